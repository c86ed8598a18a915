/**
 * `jixiao selfeval init DECLARATION.jixiao [-o OUT] [--force] [--overwrite]`: the year-end
 * self-evaluation of a project, generated from its declaration (every indicator with its target
 * and 分值, `申报` naming the declaration relative to OUT); what is left to fill in are the actuals.
 * A declaration with errors is refused unless --force. An existing OUT may be an evaluation being
 * filled in: it is kept unless --overwrite (or --force, as before), and never replaced when
 * read-only (DESIGN §6).
 */
import path from 'node:path';
import type { Command } from 'commander';
import { draftEvaluation, isProjectDeclaration } from 'jixiao-language';
import { existingFile, writeFileAtomically } from 'jixiao-form';
import { createCli, UsageError } from './cli-documents.js';
import { formatRecord, toRecords } from './cli-diagnostics.js';
import { describeWriteError } from './import-command.js';
import { printErr, printOut } from './cli-output.js';
import { refusedOutput } from './cli-overwrite.js';

export interface SelfevalInitOptions {
    output?: string;
    force?: boolean;
    overwrite?: boolean;
    locale?: string;
}

export function registerSelfevalCommand(program: Command, run: (action: () => Promise<number>) => Promise<void>): void {
    const selfeval = program
        .command('selfeval')
        .description('项目支出绩效自评表');
    selfeval
        .command('init')
        .description('由项目支出绩效目标申报表生成待填写的自评表（指标、目标值和分值）')
        .argument('<declaration>', '项目申报表 .jixiao 文件')
        .option('-o, --output <out.jixiao>', '输出文件（默认：与申报表同目录，名为“申报表名-自评.jixiao”）')
        .option('--force', '申报表有错误也生成；输出文件已存在时替换它（只读文件除外）')
        .option('--overwrite', '输出文件已存在时替换它（只读文件除外）')
        .option('--locale <locale>', '提示语言：zh 或 en')
        .action((file: string, options: SelfevalInitOptions) => run(() => initEvaluation(file, options)));
}

export async function initEvaluation(file: string, options: SelfevalInitOptions = {}): Promise<number> {
    const output = options.output ?? defaultEvaluationPath(file);
    if (path.extname(output).toLowerCase() !== '.jixiao') {
        throw new UsageError(`输出文件“${output}”应以 .jixiao 结尾`);
    }
    if (path.resolve(output) === path.resolve(file)) {
        throw new UsageError(`输出文件“${output}”就是申报表，生成会覆盖它`);
    }
    const cli = createCli({ locale: options.locale });
    const [checked] = await cli.check([file]);
    const root = checked.document.parseResult.value;
    if (!isProjectDeclaration(root)) {
        printErr(`jixiao: ${checked.displayPath} 不是项目支出绩效目标申报表（应以“项目支出绩效目标”开头），无法生成自评表\n`);
        return 1;
    }
    const errors = toRecords(checked).filter(record => record.severity === 'error');
    if (errors.length > 0 && !options.force) {
        printErr(errors.map(record => formatRecord(record, cli.services.settings.JixiaoSettings.locale)).join('\n') + '\n');
        printErr(`${checked.displayPath}: 有 ${errors.length} 个错误，未生成自评表（改正错误后重试，或用 --force 仍然生成）\n`);
        return 1;
    }
    const refusal = refusedOutput(output, await existingFile(output), options.overwrite || options.force, '生成', '自评表');
    if (refusal) {
        printErr(`jixiao: ${refusal}\n`);
        return 1;
    }
    // 申报 is read relative to the evaluation, wherever it is written.
    const relative = path.relative(path.dirname(path.resolve(output)), path.resolve(file)).split(path.sep).join('/');
    const draft = draftEvaluation(root, relative);
    try {
        await writeFileAtomically(output, new TextEncoder().encode(draft.text));
    } catch (error) {
        printErr(`jixiao: 无法写入“${output}”：${describeWriteError(output, error)}\n`);
        return 1;
    }
    printOut(`已生成 ${output}\n`);
    printOut(`${draft.indicatorCount} 个指标待填写实际完成值（实际），另有全年执行数和实际完成情况\n`);
    return 0;
}

/** `项目.jixiao` → `项目-自评.jixiao` in the same folder. */
export function defaultEvaluationPath(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}-自评.jixiao`);
}
