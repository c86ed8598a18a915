/**
 * The form from an .xlsx workbook: the one our export writes, and forms made by hand in the same
 * layout (merged or unmerged labels, amounts as numbers or as text, extra sheets). Finds the sheet
 * that holds the form, turns it into a grid of cell texts with merge information, and leaves the
 * layout to form-grid-reader.ts.
 *
 * Numbers become decimal text here, the one place a spreadsheet double meets the model: rounded
 * to 15 significant digits (so 0.1+0.2 reads 0.3 and 4911000 reads 4911000), never to fewer
 * decimals than the cell has; the amount reader then refuses more than two decimals.
 */
import ExcelJS from 'exceljs';
import type { OfficialForm } from './selfeval-model.js';
import { FormLabels } from './form-labels.js';
import { FormImportError } from './form-import-error.js';
import type { Message } from 'jixiao-language';
import { ImportMessages, Places } from './form-import-messages.js';
import { columnLetter, labelKey, type FormGrid, type GridCell, type GridRow } from './form-grid.js';
import { withoutControlCharacters } from './form-control-characters.js';
import { readAnyFormGrid } from './project-grid-reader.js';
import { measureWorkbook } from './workbook-measure.js';

export interface XlsxReadOptions {
    /** The worksheet to read, by name, when the workbook holds more than one form. */
    sheet?: string;
    /** Collects what was changed on the way in (control characters dropped, by cell). */
    warnings?: Message[];
}

/** The form in the workbook, of whichever kind (the department's, a project's, a self-evaluation). */
export async function readFormXlsx(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<OfficialForm> {
    return readAnyFormGrid(await readXlsxGrid(bytes, options));
}

/**
 * The grid of the sheet that holds the form, measured before it is opened (workbook-measure.ts),
 * without control characters (named in `options.warnings`).
 */
export async function readXlsxGrid(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<FormGrid> {
    measureWorkbook(bytes);
    const workbook = await loadWorkbook(bytes);
    const sheets = workbook.worksheets;
    const sheet = chooseSheet(sheets, options.sheet);
    return withoutControlCharacters(worksheetGrid(sheet, sheets.length > 1), options.warnings ?? []);
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
    const workbook = new ExcelJS.Workbook();
    try {
        // The bytes as they are (JSZip reads a Uint8Array), not a Node Buffer: the page imports too.
        await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    } catch {
        // The loader's own message (a zip offset, an XML parser's complaint) means nothing to an
        // analyst; what they can do about it does.
        throw new FormImportError(ImportMessages.damagedWorkbook);
    }
    if (workbook.worksheets.length === 0) {
        throw new FormImportError(ImportMessages.noWorksheet);
    }
    return workbook;
}

/**
 * The named sheet; else the only sheet that has the form's labels; else, when the workbook has a
 * single sheet, that one (so that the message names the row that does not fit).
 */
function chooseSheet(sheets: ExcelJS.Worksheet[], wanted: string | undefined): ExcelJS.Worksheet {
    const names = sheets.map(sheet => `“${sheet.name}”`).join('、');
    if (wanted !== undefined) {
        const named = sheets.find(sheet => sheet.name === wanted);
        if (!named) {
            throw new FormImportError(ImportMessages.noSuchSheet(wanted, names));
        }
        return named;
    }
    const forms = sheets.filter(holdsForm);
    if (forms.length === 1) {
        return forms[0];
    }
    if (forms.length > 1) {
        throw new FormImportError(ImportMessages.severalForms(forms.length, forms.map(sheet => `“${sheet.name}”`).join('、')));
    }
    if (sheets.length === 1) {
        return sheets[0];
    }
    throw new FormImportError(ImportMessages.noFormSheet(names));
}

function holdsForm(sheet: ExcelJS.Worksheet): boolean {
    const wanted = new Set([labelKey(FormLabels.departmentName), labelKey(FormLabels.firstLevel)]);
    let found = false;
    sheet.eachRow({ includeEmpty: false }, row => {
        row.eachCell({ includeEmpty: false }, cell => {
            if (!found && typeof cell.value === 'string' && wanted.has(labelKey(cell.value))) {
                found = true;
            }
        });
    });
    return found;
}

function worksheetGrid(sheet: ExcelJS.Worksheet, nameTheSheet: boolean): FormGrid {
    const sheetName = nameTheSheet ? sheet.name : undefined;
    const describeCell = (row: number, column: number) => Places.sheetCell(sheetName, row, columnLetter(column));
    const rows: GridRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        // Sparse: a stray value in column XFD costs one cell, not 16,384.
        const cells: GridCell[] = [];
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
            const master = cell.isMerged ? cell.master : cell;
            if (master.address !== cell.address) {
                const text = displayText(master, describeCell(master.fullAddress.row, master.fullAddress.col - 1));
                cells[columnNumber - 1] = { text: '', merged: { text, fromAbove: master.fullAddress.row < rowNumber } };
            } else {
                cells[columnNumber - 1] = { text: displayText(cell, describeCell(rowNumber, columnNumber - 1)) };
            }
        });
        rows.push({ number: rowNumber, cells });
    });
    return { rows, describeCell, describeRow: row => Places.sheetRow(sheetName, row) };
}

/** The text a cell shows: strings as they are, numbers as exact decimal text, formulas by result. */
function displayText(cell: ExcelJS.Cell, where: Message): string {
    return valueText(cell.value, cell.numFmt, where);
}

function valueText(value: ExcelJS.CellValue | undefined, numFmt: string | undefined, where: Message): string {
    if (value === null || value === undefined) {
        return '';
    }
    if (typeof value === 'string') {
        return value;
    }
    if (typeof value === 'number') {
        return spreadsheetNumberText(value, numFmt, where);
    }
    if (typeof value === 'boolean') {
        return value ? 'TRUE' : 'FALSE';
    }
    if (value instanceof Date) {
        // A deadline typed as a date: the form's own way of writing it.
        return `${value.getUTCFullYear()}年${value.getUTCMonth() + 1}月${value.getUTCDate()}日`;
    }
    if ('richText' in value && Array.isArray(value.richText)) {
        return value.richText.map(run => run.text).join('');
    }
    if ('error' in value && value.error) {
        throw new FormImportError(ImportMessages.at(where, ImportMessages.errorValue(String(value.error))));
    }
    if ('formula' in value || 'sharedFormula' in value) {
        const result = (value as ExcelJS.CellFormulaValue).result;
        if (result === undefined) {
            throw new FormImportError(ImportMessages.at(where, ImportMessages.formulaWithoutResult));
        }
        return valueText(result as ExcelJS.CellValue, numFmt, where);
    }
    if ('text' in value) {
        return valueText((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue, numFmt, where);
    }
    throw new FormImportError(ImportMessages.at(where, ImportMessages.unreadableCell));
}

/**
 * A spreadsheet number as decimal text: 15 significant digits remove binary artefacts
 * (0.30000000000000004 → 0.3) without inventing or dropping a written decimal. A cell formatted as
 * a percentage (0.95 shown as 95%) reads as the percentage.
 */
export function spreadsheetNumberText(value: number, numFmt: string | undefined, where: Message): string {
    if (!Number.isFinite(value)) {
        throw new FormImportError(ImportMessages.at(where, ImportMessages.invalidNumber));
    }
    const percent = numFmt !== undefined && /%/.test(numFmt.replace(/"[^"]*"/g, ''));
    const shown = percent ? value * 100 : value;
    const precise = shown.toPrecision(15);
    if (/e/i.test(precise)) {
        return String(shown);
    }
    const text = precise.includes('.') ? precise.replace(/0+$/, '').replace(/\.$/, '') : precise;
    return percent ? `${text}%` : text;
}
