/**
 * `jixiao selfeval init DECLARATION.jixiao [-o OUT] [--force]`: the year-end self-evaluation of a
 * project, generated from its declaration (every indicator with its target and 分值, `申报` naming
 * the declaration relative to OUT); what is left to fill in are the actuals. A declaration with
 * errors is refused unless --force; an existing OUT is kept unless --force.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { draftEvaluation, isProjectDeclaration } from 'jixiao-language';
import { writeFileAtomically } from 'jixiao-form';
import { createCli, UsageError } from './cli-documents.js';
import { formatRecord, toRecords } from './cli-diagnostics.js';
import { describeWriteError, exists } from './import-command.js';

export interface SelfevalInitOptions {
    output?: string;
    force?: boolean;
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
        .option('--force', '申报表有错误也生成；输出文件已存在时覆盖它')
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
        process.stderr.write(`jixiao: ${checked.displayPath} 不是项目支出绩效目标申报表（应以“项目支出绩效目标”开头），无法生成自评表\n`);
        return 1;
    }
    const errors = toRecords(checked).filter(record => record.severity === 'error');
    if (errors.length > 0 && !options.force) {
        process.stderr.write(errors.map(record => formatRecord(record, cli.services.settings.JixiaoSettings.locale)).join('\n') + '\n');
        process.stderr.write(`${checked.displayPath}: 有 ${errors.length} 个错误，未生成自评表（改正错误后重试，或用 --force 仍然生成）\n`);
        return 1;
    }
    if (!options.force && await exists(output)) {
        process.stderr.write(`jixiao: “${output}”已存在，未生成（用 --force 覆盖，或用 -o 指定另一个文件）\n`);
        return 1;
    }
    // 申报 is read relative to the evaluation, wherever it is written.
    const relative = path.relative(path.dirname(path.resolve(output)), path.resolve(file)).split(path.sep).join('/');
    const draft = draftEvaluation(root, relative);
    try {
        await writeFileAtomically(output, new TextEncoder().encode(draft.text));
    } catch (error) {
        process.stderr.write(`jixiao: 无法写入“${output}”：${describeWriteError(output, error)}\n`);
        return 1;
    }
    process.stdout.write(`已生成 ${output}\n`);
    process.stdout.write(`${draft.indicatorCount} 个指标待填写实际完成值（实际），另有全年执行数和实际完成情况\n`);
    return 0;
}

/** `项目.jixiao` → `项目-自评.jixiao` in the same folder. */
export function defaultEvaluationPath(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}-自评.jixiao`);
}
