/**
 * Small workbooks made in the specs, as an analyst would make them by hand in Excel: rows of
 * cells (text or numbers), optional merges, number formats and more sheets.
 */
import ExcelJS from 'exceljs';

export type SheetCell = string | number | null | ExcelJS.CellValue;

export interface SheetSpec {
    name?: string;
    rows: SheetCell[][];
    /** Ranges such as `B12:B14`, merged after the values are set. */
    merges?: string[];
    /** Number formats by address, e.g. `{ E12: '0%' }`. */
    formats?: Record<string, string>;
}

export async function workbookBytes(...sheets: SheetSpec[]): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    sheets.forEach((spec, index) => {
        const sheet = workbook.addWorksheet(spec.name ?? `Sheet${index + 1}`);
        spec.rows.forEach((row, rowIndex) => row.forEach((value, columnIndex) => {
            if (value !== null && value !== '') {
                sheet.getCell(rowIndex + 1, columnIndex + 1).value = value as ExcelJS.CellValue;
            }
        }));
        for (const [address, format] of Object.entries(spec.formats ?? {})) {
            sheet.getCell(address).numFmt = format;
        }
        for (const range of spec.merges ?? []) {
            sheet.mergeCells(range);
        }
    });
    return new Uint8Array(await workbook.xlsx.writeBuffer());
}
