/**
 * The acceptance test of the export: every non-empty cell of the real 2026 form, as pasted from
 * the government system (fixtures/futian-zwfw-2026-department.txt, a copy of
 * ../shared/forms/), appears in the workbook exported from the seed declaration — texts exactly,
 * amounts as numbers.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { exportedSheet, formOf, seedText } from './form-test-utils.js';

const pasted = readFileSync(new URL('./fixtures/futian-zwfw-2026-department.txt', import.meta.url), 'utf8');

/**
 * A pasted cell as the sheet holds it: the paste wraps the title in a Markdown heading, breaks
 * narrow labels with spaces (年度 主要 任务), writes the goals as <p> paragraphs and amounts as text.
 */
function fromPaste(cell: string): string | number {
    const text = cell.trim().replace(/^##\s*/, '');
    if (/^\d+\.\d{2}$/.test(text)) {
        return Number(text);
    }
    return text.replace(/<\/p>\s*<p>/g, '\n').replace(/<\/?p>/g, '').replace(/[ \t]+/g, '');
}

function fromSheet(value: ExcelJS.CellValue): string | number {
    return typeof value === 'number' ? value : String(value).replace(/[ \t]+/g, '');
}

test('every non-empty cell of the official 2026 form is in the exported seed workbook', async () => {
    const sheet = await exportedSheet(await formOf(seedText));
    const exported = new Set<string | number>();
    sheet.eachRow(row => row.eachCell(cell => {
        if (cell.type !== ExcelJS.ValueType.Merge) {
            exported.add(fromSheet(cell.value));
        }
    }));
    const official = pasted.split(/\r?\n/).flatMap(line => line.split('\t')).map(fromPaste).filter(cell => cell !== '');

    expect(official.length).toBe(197);
    expect(official.filter(cell => !exported.has(cell))).toEqual([]);
});
