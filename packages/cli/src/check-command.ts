/** `jixiao check PATH…`: diagnostics for files and folders, compiler style or JSON. */
import type { Command } from 'commander';
import { createCli } from './cli-documents.js';
import { formatRecord, summaryTable, toRecords } from './cli-diagnostics.js';
import { departmentSummaries, departmentSummaryTable } from './cli-workspace-summary.js';

/** A garbage file can produce thousands of errors; a terminal needs the first ones. */
const MAX_TEXT_RECORDS_PER_FILE = 200;

export function registerCheckCommand(program: Command, run: (action: () => Promise<number>) => Promise<void>): void {
    program
        .command('check')
        .description('检查申报表：预算、指标、结构和目标，以及部门与项目之间的核对（文件或文件夹）')
        .argument('<paths...>', '.jixiao 文件或包含它们的文件夹')
        .option('--format <format>', '输出格式：text 或 json', 'text')
        .option('--locale <locale>', '提示语言：zh 或 en')
        .action((paths: string[], options: { format: string; locale?: string }) => run(() => check(paths, options)));
}

export async function check(paths: readonly string[], options: { format: string; locale?: string }): Promise<number> {
    if (options.format !== 'text' && options.format !== 'json') {
        process.stderr.write(`未知的输出格式“${options.format}”：可用 text 或 json\n`);
        return 2;
    }
    const cli = createCli({ locale: options.locale });
    const files = await cli.check(paths);
    const records = files.flatMap(toRecords);
    if (options.format === 'json') {
        process.stdout.write(JSON.stringify(records.map(({ file, line, column, endLine, endColumn, severity, code, message }) =>
            ({ file, line, column, endLine, endColumn, severity, code, message })), null, 2) + '\n');
    } else {
        const lines: string[] = [];
        for (const file of files) {
            const own = records.filter(record => record.file === file.displayPath);
            lines.push(...own.slice(0, MAX_TEXT_RECORDS_PER_FILE).map(record => formatRecord(record, cli.services.settings.JixiaoSettings.locale)));
            if (own.length > MAX_TEXT_RECORDS_PER_FILE) {
                lines.push(`${file.displayPath}: …另有 ${own.length - MAX_TEXT_RECORDS_PER_FILE} 条未显示（用 --format json 查看全部）`);
            }
        }
        if (files.length > 1) {
            lines.push('', summaryTable(files, records));
        } else if (records.length === 0) {
            lines.push(`${files[0]?.displayPath ?? ''}: 未发现问题`);
        }
        // A folder with projects: where each department stands against its projects.
        const departments = departmentSummaries(cli.services, files, records);
        if (departments.some(summary => summary.projects > 0)) {
            lines.push('', departmentSummaryTable(departments));
        }
        process.stdout.write(lines.join('\n') + '\n');
    }
    return records.some(record => record.severity === 'error') ? 1 : 0;
}
