/**
 * `jixiao export FILE [-o OUT.xlsx] [--force] [--overwrite]`: the declaration as the official
 * Excel form. A document with errors is refused (exit 1, the errors listed, nothing written)
 * unless --force; the workbook is written atomically, so a failure never leaves half a file.
 * An existing OUT is replaced only when it is a workbook an export wrote and nobody changed since;
 * any other file (the analyst's own workbook, the form the declaration was imported from) needs
 * --overwrite, and a read-only file is never replaced.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
    buildOfficialForm, evaluationIndicators, existingWorkbook, FormExportError, grandTotalOf, indicatorCount, isEvaluationForm, isProjectForm, writeFormWorkbook
} from 'jixiao-form';
import { formatAmountGrouped } from 'jixiao-language/domain';
import { createCli, describeFsError, UsageError } from './cli-documents.js';
import { formatRecord, toRecords } from './cli-diagnostics.js';
import { printErr, printOut } from './cli-output.js';
import { refusedOutput } from './cli-overwrite.js';

export interface ExportOptions {
    output?: string;
    force?: boolean;
    overwrite?: boolean;
    locale?: string;
}

export function registerExportCommand(program: Command, run: (action: () => Promise<number>) => Promise<void>): void {
    program
        .command('export')
        .description('导出为官方申报表 Excel 文件（.xlsx）：部门整体支出或项目支出绩效目标申报表')
        .argument('<file>', '要导出的 .jixiao 文件')
        .option('-o, --output <out.xlsx>', '输出文件（默认：与输入同名、同目录的 .xlsx）')
        .option('--force', '即使申报表有错误也导出')
        .option('--overwrite', '输出文件已存在且不是 Jixiao 导出的（或导出后被修改过）时，也替换它')
        .option('--locale <locale>', '提示语言：zh 或 en')
        .action((file: string, options: ExportOptions) => run(() => exportDeclaration(file, options)));
}

export async function exportDeclaration(file: string, options: ExportOptions = {}): Promise<number> {
    const output = options.output ?? defaultOutputPath(file);
    await checkPaths(file, output);
    const refusal = refusedOutput(output, await existingWorkbook(output), options.overwrite, '导出');
    if (refusal) {
        printErr(`jixiao: ${refusal}\n`);
        return 1;
    }

    const cli = createCli({ locale: options.locale });
    const [checked] = await cli.check([file]);
    const errors = toRecords(checked).filter(record => record.severity === 'error');
    if (errors.length > 0) {
        printErr(errors.map(record => formatRecord(record, cli.services.settings.JixiaoSettings.locale)).join('\n') + '\n');
        if (!options.force) {
            printErr(`${checked.displayPath}: 有 ${errors.length} 个错误，未导出（改正错误后重试，或用 --force 强制导出）\n`);
            return 1;
        }
        printErr(`${checked.displayPath}: 有 ${errors.length} 个错误，按 --force 仍然导出\n`);
    }

    const model = buildOfficialForm(checked.document.parseResult.value);
    try {
        await writeFormWorkbook(model, output);
    } catch (error) {
        printErr(`jixiao: ${describeWriteError(output, error)}\n`);
        return 1;
    }

    const amount = (total: bigint | undefined) => total === undefined ? '—' : `${formatAmountGrouped(total)} ${model.amountUnit}`;
    printOut(`已导出 ${output}\n`);
    printOut(isEvaluationForm(model)
        ? `项目支出绩效自评表“${model.projectName}”，${evaluationIndicators(model).length} 个指标，总分 ${model.total ?? '—'}\n`
        : isProjectForm(model)
            ? `项目“${model.projectName}”，${indicatorCount(model)} 个指标，年度资金总额 ${amount(model.funds.total)}\n`
            : `${model.tasks.length} 项任务，${indicatorCount(model)} 个指标，总额 ${amount(grandTotalOf(model).total)}\n`);
    return 0;
}

/** `decl.jixiao` → `decl.xlsx` in the same folder. */
export function defaultOutputPath(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.ext === '.jixiao' ? parsed.name : parsed.base}.xlsx`);
}

/** Refuses, before any work, an input that is not a file and an output that would destroy it. */
async function checkPaths(file: string, output: string): Promise<void> {
    let stat;
    try {
        stat = await fs.stat(file);
    } catch (error) {
        throw new UsageError(`无法读取“${file}”：${describeFsError(error)}`);
    }
    if (stat.isDirectory()) {
        throw new UsageError(`无法导出“${file}”：这是一个文件夹，export 一次导出一个 .jixiao 文件`);
    }
    if (path.extname(output).toLowerCase() !== '.xlsx') {
        throw new UsageError(`输出文件“${output}”应以 .xlsx 结尾`);
    }
    if (path.resolve(output) === path.resolve(file)) {
        throw new UsageError(`输出文件“${output}”就是输入文件，导出会覆盖申报表`);
    }
}

/** Why OUT could not be written, in Chinese, with what to do about a file held open by Excel. */
export function describeWriteError(output: string, error: unknown): string {
    if (error instanceof FormExportError) {
        return `无法导出到“${output}”：${error.message}`;
    }
    const code = (error as NodeJS.ErrnoException)?.code;
    const folder = path.dirname(output);
    switch (code) {
        case 'ENOENT':
            return `无法写入“${output}”：文件夹“${folder}”不存在`;
        case 'EISDIR':
            return `无法写入“${output}”：这是一个文件夹`;
        case 'EBUSY':
        case 'EPERM':
        case 'EACCES':
            return `无法写入“${output}”：${describeFsError(error)}（文件可能正在 Excel 中打开，或没有写入该文件夹的权限）`;
        default:
            return `无法写入“${output}”：${describeFsError(error)}`;
    }
}
