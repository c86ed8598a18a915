/** Compiler-style and JSON output of diagnostics, and the batch summary table. */
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { amountOf, amountUnitOf, budgetRowOf, columnSum, isDeclaration, isProjectDeclaration, isSelfEvaluation } from 'jixiao-language';
import { formatAmountGrouped, parseAmount, shortenLongNumbers, type Hundredths } from 'jixiao-language/domain';
import stringWidth from 'string-width';
import type { Locale } from 'jixiao-language';
import type { CheckedFile } from './cli-documents.js';
import { CommandTexts } from './cli-messages.js';

export type SeverityName = 'error' | 'warning' | 'info';

export interface DiagnosticRecord {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
}

export function severityName(severity: DiagnosticSeverity | undefined): SeverityName {
    switch (severity) {
        case DiagnosticSeverity.Warning: return 'warning';
        case DiagnosticSeverity.Information:
        case DiagnosticSeverity.Hint: return 'info';
        default: return 'error';
    }
}

export function toRecords(file: CheckedFile): DiagnosticRecord[] {
    const diagnostics: Diagnostic[] = [...(file.document.diagnostics ?? [])];
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    return diagnostics.map(diagnostic => ({
        file: file.displayPath,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: severityName(diagnostic.severity),
        code: String(diagnostic.code ?? 'syntax'),
        // Messages are one line in a terminal, whatever the input contained.
        message: diagnostic.message.replace(/\s*[\r\n]+\s*/g, ' ')
    }));
}

export function formatRecord(record: DiagnosticRecord, locale: Locale = 'zh'): string {
    return `${record.file}:${record.line}:${record.column}: ${CommandTexts.severity[record.severity][locale]} ${record.message} [${record.code}]`;
}

/**
 * The amount a reviewer compares: a department's sum of its tasks' 总额, a project's 年度资金总额,
 * with the document's unit.
 */
export function totalOf(file: CheckedFile): string {
    const root = file.document.parseResult.value;
    if (isProjectDeclaration(root)) {
        const total = root.funds ? amountOf(root.funds, 'total') : undefined;
        return total === undefined ? '—' : tableAmount(total, amountUnitOf(root));
    }
    if (isSelfEvaluation(root)) {
        // An evaluation's 年度资金总额: its 全年预算数.
        const budget = budgetRowOf(root)?.budget;
        const parsed = budget === undefined ? undefined : parseAmount(budget);
        return parsed?.ok ? tableAmount(parsed.hundredths, amountUnitOf(root)) : '—';
    }
    const declaration = isDeclaration(root) ? root : undefined;
    const tasks = declaration?.tasks?.tasks ?? [];
    const sum = columnSum(tasks, 'total');
    return sum === undefined || tasks.length === 0 ? '—' : tableAmount(sum, amountUnitOf(declaration));
}

/**
 * An amount as a table shows it: grouped, with its unit; a pasted amount of a million digits is
 * cut, or it would make every row of the table a million wide.
 */
export function tableAmount(amount: Hundredths, unit: string): string {
    return `${shortenLongNumbers(formatAmountGrouped(amount))} ${unit}`;
}

export function summaryTable(files: readonly CheckedFile[], records: readonly DiagnosticRecord[], locale: Locale = 'zh'): string {
    const header = CommandTexts.summaryHeader.map(text => text[locale]);
    const rows = files.map(file => {
        const own = records.filter(record => record.file === file.displayPath);
        return [
            file.displayPath,
            totalOf(file),
            String(own.filter(record => record.severity === 'error').length),
            String(own.filter(record => record.severity === 'warning').length)
        ];
    });
    const totals = [CommandTexts.summaryTotal[locale], CommandTexts.fileCount(files.length)[locale],
        String(records.filter(r => r.severity === 'error').length),
        String(records.filter(r => r.severity === 'warning').length)];
    return textTable(header, rows, totals);
}

/** A table for a terminal: columns padded by display width, text left and numbers right, rules. */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, totals?: readonly string[]): string {
    const table = [header, ...rows, ...(totals ? [totals] : [])];
    const widths = header.map((_, column) => Math.max(...table.map(row => stringWidth(row[column]))));
    const pad = (cell: string, column: number) => {
        const space = ' '.repeat(widths[column] - stringWidth(cell));
        // Numbers align right, text left, as in a spreadsheet.
        return column === 0 ? cell + space : space + cell;
    };
    const line = (row: readonly string[]) => row.map(pad).join('  ').trimEnd();
    const rule = widths.map(width => '─'.repeat(width)).join('  ');
    return [line(header), rule, ...rows.map(line), ...(totals ? [rule, line(totals)] : [])].join('\n');
}
