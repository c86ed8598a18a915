/** `jixiao check PATH…`: diagnostics for files and folders, compiler style or JSON. */
import { createCli } from './cli-documents.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';
import { formatRecord, summaryTable, toRecords, type DiagnosticRecord } from './cli-diagnostics.js';
import { printJson, printOut } from './cli-output.js';
import { departmentSummaries, departmentSummaryTable } from './cli-workspace-summary.js';
import { CommandTexts, HelpTexts } from './cli-messages.js';

/** A garbage file can produce thousands of findings; a terminal needs the ones that matter first. */
const MAX_TEXT_RECORDS_PER_FILE = 200;

export interface CheckOptions extends GlobalOptions {
    format: 'text' | 'json';
}

export const checkCommand: CommandSpec<string[], CheckOptions> = {
    name: 'check',
    description: HelpTexts.check,
    argument: [HelpTexts.checkPaths, HelpTexts.checkPathsHelp],
    options: [{ flags: '--format', value: HelpTexts.formatValue, help: HelpTexts.format, choices: ['text', 'json'], default: 'text' }],
    run: check
};

export async function check(paths: readonly string[], options: CheckOptions): Promise<number> {
    const cli = createCli({ locale: options.locale });
    const locale = cli.services.settings.JixiaoSettings.locale;
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
            lines.push(...shown.map(record => formatRecord(record, locale)));
            if (own.length > shown.length) {
                lines.push(CommandTexts.moreNotShown(file.displayPath, own.length - shown.length, hiddenCounts(own, shown))[locale]);
            }
        }
        if (files.length > 1) {
            lines.push('', summaryTable(files, records, locale));
        } else if (records.length === 0) {
            lines.push(CommandTexts.noProblems(files[0]?.displayPath ?? '')[locale]);
        }
        // A folder with projects: where each department stands against its projects.
        const departments = departmentSummaries(cli.services, files, records, locale);
        if (departments.some(summary => summary.projects > 0)) {
            lines.push('', departmentSummaryTable(departments, locale));
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

/** How many of each severity are among the findings not shown. */
function hiddenCounts(all: readonly DiagnosticRecord[], shown: readonly DiagnosticRecord[]) {
    const shownSet = new Set(shown);
    const hidden = all.filter(record => !shownSet.has(record));
    return CommandTexts.hiddenCounts((['error', 'warning', 'info'] as const)
        .map(severity => [severity, hidden.filter(record => record.severity === severity).length] as const));
}
