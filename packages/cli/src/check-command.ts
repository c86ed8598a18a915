/** `jixiao check PATH…`: diagnostics for files and folders, compiler style or JSON. */
import type { Command } from 'commander';
import { createCli } from './cli-documents.js';
import { formatRecord, summaryTable, toRecords, type DiagnosticRecord } from './cli-diagnostics.js';
import { printErr, printJson, printOut } from './cli-output.js';
import { departmentSummaries, departmentSummaryTable } from './cli-workspace-summary.js';

/** A garbage file can produce thousands of findings; a terminal needs the ones that matter first. */
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
        printErr(`未知的输出格式“${options.format}”：可用 text 或 json\n`);
        return 2;
    }
    const cli = createCli({ locale: options.locale });
    const files = await cli.check(paths);
    const records = files.flatMap(toRecords);
    if (options.format === 'json') {
        printJson(records.map(({ file, line, column, endLine, endColumn, severity, code, message }) =>
            ({ file, line, column, endLine, endColumn, severity, code, message })));
    } else {
        const lines: string[] = [];
        for (const file of files) {
            const own = records.filter(record => record.file === file.displayPath);
            const shown = own.length > MAX_TEXT_RECORDS_PER_FILE ? mostSevereFirst(own).slice(0, MAX_TEXT_RECORDS_PER_FILE) : own;
            lines.push(...shown.map(record => formatRecord(record, cli.services.settings.JixiaoSettings.locale)));
            if (own.length > shown.length) {
                lines.push(`${file.displayPath}: …另有 ${(own.length - shown.length).toLocaleString('en-US')} 条未显示${hiddenCounts(own, shown)}（用 --format json 查看全部）`);
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
        printOut(lines.join('\n') + '\n');
    }
    return records.some(record => record.severity === 'error') ? 1 : 0;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors, then warnings, then the rest, each in line order (the sort is stable). */
function mostSevereFirst(records: readonly DiagnosticRecord[]): DiagnosticRecord[] {
    return [...records].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** `：5 个错误、49,616 个警告` for the findings not shown. */
function hiddenCounts(all: readonly DiagnosticRecord[], shown: readonly DiagnosticRecord[]): string {
    const shownSet = new Set(shown);
    const hidden = all.filter(record => !shownSet.has(record));
    const parts = ([['error', '错误'], ['warning', '警告'], ['info', '提示']] as const)
        .map(([severity, label]) => [hidden.filter(record => record.severity === severity).length, label] as const)
        .filter(([n]) => n > 0)
        .map(([n, label]) => `${n.toLocaleString('en-US')} 个${label}`);
    return parts.length > 0 ? `：${parts.join('、')}` : '';
}
