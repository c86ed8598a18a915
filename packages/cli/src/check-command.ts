/** `jixiao check PATH…`: diagnostics for files and folders, compiler style or JSON. */
import { createCli } from './cli-documents.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';
import { formatRecord, summaryTable, toRecords } from './cli-diagnostics.js';
import { departmentSummaries, departmentSummaryTable } from './cli-workspace-summary.js';
import { CommandTexts, HelpTexts } from './cli-messages.js';

/** A garbage file can produce thousands of errors; a terminal needs the first ones. */
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
        process.stdout.write(JSON.stringify(records.map(({ file, line, column, endLine, endColumn, severity, code, message }) =>
            ({ file, line, column, endLine, endColumn, severity, code, message })), null, 2) + '\n');
    } else {
        const lines: string[] = [];
        for (const file of files) {
            const own = records.filter(record => record.file === file.displayPath);
            lines.push(...own.slice(0, MAX_TEXT_RECORDS_PER_FILE).map(record => formatRecord(record, locale)));
            if (own.length > MAX_TEXT_RECORDS_PER_FILE) {
                lines.push(CommandTexts.moreNotShown(file.displayPath, own.length - MAX_TEXT_RECORDS_PER_FILE)[locale]);
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
        process.stdout.write(lines.join('\n') + '\n');
    }
    return records.some(record => record.severity === 'error') ? 1 : 0;
}
