/**
 * Helpers for form specs: a declaration's form model, and the exported workbook read back from its
 * bytes with exceljs, as a reviewer's Excel would read it.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { buildForm, formToXlsxBuffer, type FormGoal, type FormModel } from 'jixiao-form';
import { parseDocument } from '../language/jixiao-test-utils.js';

export const seedText = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');

export async function formOf(text: string): Promise<FormModel> {
    const document = await parseDocument(text);
    return buildForm(document.parseResult.value);
}

/** Exports the model to .xlsx bytes and loads them back: the only sheet of the workbook. */
export async function exportedSheet(model: FormModel): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await formToXlsxBuffer(model)));
    return workbook.worksheets[0];
}

export type CellContent = string | number;

/** Row `row`, columns A–G, as values: '' for an empty cell or one covered by a merge. */
export function rowValues(sheet: ExcelJS.Worksheet, row: number): CellContent[] {
    const values: CellContent[] = [];
    for (let column = 1; column <= 7; column++) {
        const cell = sheet.getCell(row, column);
        values.push(cell.type === ExcelJS.ValueType.Merge ? '' : (cell.value as CellContent | null) ?? '');
    }
    return values;
}

/** Every row of the sheet, as `rowValues`. */
export function sheetRows(sheet: ExcelJS.Worksheet): CellContent[][] {
    return Array.from({ length: sheet.rowCount }, (_, index) => rowValues(sheet, index + 1));
}

/**
 * `count` goals of about 230 characters each, as a generated declaration with a thousand indicators
 * has them; each text starts with its own number (第12项：) so that a spec can tell them apart.
 */
export function generatedGoals(count: number): FormGoal[] {
    return Array.from({ length: count }, (_, index) => ({
        name: `目标${index + 1}`,
        text: `第${index + 1}项：` + '通过持续投入，全面保障平台软硬件的正常运行，提升政务服务能力。'.repeat(7)
    }));
}
