/**
 * The preview's HTML: the form as it will print, drawn from the same grid (cells, merges, column
 * widths) the xlsx writer styles, so the preview cannot disagree with the exported workbook.
 * Pure functions, no `vscode`: specs check the table against the layout.
 */
import { cellDisplayText, FORM_COLUMN_COUNT, planForm, type FormModel, type LayoutCell } from 'jixiao-form/model';

/** Pixels per spreadsheet width unit (the width of a digit in the default font). */
const PIXELS_PER_WIDTH_UNIT = 7.5;

/** The `<table>` of the form: one `<td>` per top-left cell, rowspan/colspan for each merge. */
export function formTableHtml(model: FormModel): string {
    const { layout, columnWidths } = planForm(model);
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
    // The sheet's own column widths; the page script scales the whole table to the pane, as the
    // printed form is fitted to the width of the paper. Width attributes, not style attributes:
    // the webview's content security policy blocks inline styles.
    const lines: string[] = [`<table class="form" width="${tableWidth}" data-width="${tableWidth}">`, '<colgroup>'];
    for (const width of pixelWidths) {
        lines.push(`<col width="${width}">`);
    }
    lines.push('</colgroup>', '<tbody>');
    for (let row = 1; row <= layout.rowCount; row++) {
        const cells: string[] = [];
        for (let column = 1; column <= FORM_COLUMN_COUNT; column++) {
            if (covered.has(key(row, column))) {
                continue;
            }
            const cell = byPosition.get(key(row, column));
            const span = spans.get(key(row, column));
            const attributes = [
                `class="${cell ? cell.role : 'empty'}${row <= 2 ? ' heading' : ''}"`,
                span && span.rows > 1 ? `rowspan="${span.rows}"` : '',
                span && span.columns > 1 ? `colspan="${span.columns}"` : '',
                `data-cell="${columnLetter(column)}${row}"`
            ].filter(Boolean).join(' ');
            cells.push(`<td ${attributes}>${cell ? cellHtml(cell) : ''}</td>`);
        }
        lines.push(`<tr>${cells.join('')}</tr>`);
    }
    lines.push('</tbody>', '</table>');
    return lines.join('\n');
}

/** The webview document. Scripts only with the nonce; updates arrive as `{ type: 'update' }` messages. */
export function previewPageHtml(options: { nonce: string; cspSource: string; title: string; body: string; banner?: string; lang: string }): string {
    const { nonce, cspSource } = options;
    return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head>
<body>
<div id="banner" class="banner"${options.banner ? '' : ' hidden'}>${escapeHtml(options.banner ?? '')}</div>
<main id="form">${options.body}</main>
<script nonce="${nonce}">
const banner = document.getElementById('banner');
const form = document.getElementById('form');
function fitToPane() {
    const table = form.querySelector('table.form');
    if (!table) { return; }
    const available = document.documentElement.clientWidth - 80;
    form.style.zoom = String(Math.min(1, Math.max(0.3, available / Number(table.dataset.width))));
}
window.addEventListener('resize', fitToPane);
window.addEventListener('message', event => {
    const message = event.data;
    if (message && message.type === 'update') {
        if (typeof message.html === 'string') { form.innerHTML = message.html; fitToPane(); }
        banner.textContent = message.banner || '';
        banner.hidden = !message.banner;
    }
});
fitToPane();
</script>
</body>
</html>`;
}

/** Paper-like, whatever the editor theme: the form is a printed document. */
const PREVIEW_CSS = `
body { background: #e8e8e8; margin: 0; padding: 16px; }
.banner { font: 13px var(--vscode-font-family, sans-serif); background: #fff4ce; color: #5c4400; border: 1px solid #e0c36a; padding: 6px 10px; margin: 0 auto 12px; max-width: 1200px; }
main { background: #fff; color: #000; margin: 0 auto; padding: 24px; width: max-content; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
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

function cellHtml(cell: LayoutCell): string {
    return escapeHtml(cellDisplayText(cell));
}

function key(row: number, column: number): string {
    return `${row}:${column}`;
}

function columnLetter(column: number): string {
    return String.fromCharCode('A'.charCodeAt(0) + column - 1);
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}
