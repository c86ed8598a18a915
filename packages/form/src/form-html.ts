/**
 * The form as an HTML table: the form as it will print, drawn from the same grid (cells, merges,
 * column widths) the xlsx writer styles, so a preview cannot disagree with the exported workbook.
 * Pure functions with no Node module and no exceljs, shared by the VS Code preview webview and the
 * browser page.
 */
import { columnLetter } from './form-grid.js';
import type { LayoutCell } from './form-layout.js';
import { cellDisplayText, planForm, type GridPlan } from './form-sizing.js';
import { isEvaluationForm, type OfficialForm } from './selfeval-model.js';
import { planEvaluation } from './selfeval-layout.js';

/** Pixels per spreadsheet width unit (the width of a digit in the default font). */
const PIXELS_PER_WIDTH_UNIT = 7.5;

/** The `<table>` of any of the three forms. */
export function formTableHtml(model: OfficialForm): string {
    return gridTableHtml(isEvaluationForm(model) ? planEvaluation(model) : planForm(model));
}

/** The `<table>` of a form's grid: one `<td>` per top-left cell, rowspan/colspan for each merge. */
export function gridTableHtml(plan: GridPlan): string {
    const { layout, columnWidths } = plan;
    const byPosition = new Map<string, LayoutCell>();
    for (const cell of layout.cells) {
        byPosition.set(key(cell.row, cell.column), cell);
    }
    const spans = new Map<string, { rows: number; columns: number }>();
    const covered = new Set<string>();
    for (const merge of layout.merges) {
        spans.set(key(merge.top, merge.left), { rows: merge.bottom - merge.top + 1, columns: merge.right - merge.left + 1 });
        for (let row = merge.top; row <= merge.bottom; row++) {
            for (let column = merge.left; column <= merge.right; column++) {
                if (row !== merge.top || column !== merge.left) {
                    covered.add(key(row, column));
                }
            }
        }
    }

    const pixelWidths = columnWidths.map(width => Math.round(width * PIXELS_PER_WIDTH_UNIT));
    const tableWidth = pixelWidths.reduce((sum, width) => sum + width, 0);
    // The sheet's own column widths; the page scales the whole table to its pane, as the printed
    // form is fitted to the width of the paper. Width attributes, not style attributes: the
    // webview's content security policy blocks inline styles.
    const lines: string[] = [`<table class="form" width="${tableWidth}" data-width="${tableWidth}">`, '<colgroup>'];
    for (const width of pixelWidths) {
        lines.push(`<col width="${width}">`);
    }
    lines.push('</colgroup>', '<tbody>');
    for (let row = 1; row <= layout.rowCount; row++) {
        const cells: string[] = [];
        for (let column = 1; column <= layout.columnCount; column++) {
            if (covered.has(key(row, column))) {
                continue;
            }
            const cell = byPosition.get(key(row, column));
            const span = spans.get(key(row, column));
            const attributes = [
                `class="${cell ? cell.role : 'empty'}${row <= 2 ? ' heading' : ''}"`,
                span && span.rows > 1 ? `rowspan="${span.rows}"` : '',
                span && span.columns > 1 ? `colspan="${span.columns}"` : '',
                `data-cell="${columnLetter(column - 1)}${row}"`
            ].filter(Boolean).join(' ');
            cells.push(`<td ${attributes}>${cell ? escapeHtml(cellDisplayText(cell)) : ''}</td>`);
        }
        lines.push(`<tr>${cells.join('')}</tr>`);
    }
    lines.push('</tbody>', '</table>');
    return lines.join('\n');
}

/** The table's look: paper-like whatever the page's theme, since the form is a printed document. */
export const FORM_TABLE_CSS = `
.form { border-collapse: collapse; table-layout: fixed; font-family: "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "Microsoft YaHei", serif; font-size: 14px; line-height: 1.5; }
.form td { border: 1px solid #000; padding: 4px 6px; vertical-align: middle; white-space: pre-wrap; word-break: break-all; overflow-wrap: anywhere; }
.form td.heading { border: none; text-align: center; }
.form td.title { font-size: 24px; font-weight: bold; padding: 8px; }
.form td.subtitle { font-size: 16px; }
.form td.block, .form td.header { font-weight: bold; text-align: center; }
.form td.block { writing-mode: horizontal-tb; }
.form td.centered { text-align: center; }
.form td.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.form td.text { text-align: left; }
`;

function key(row: number, column: number): string {
    return `${row}:${column}`;
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}
