/**
 * The official form as an .xlsx workbook (exceljs): the grid of form-layout.ts with the look a
 * reviewer expects — thin borders, wrapped text, a CJK font, amounts as numbers formatted
 * `#,##0.00`, rows tall enough for their text, A4 landscape fitted to one page wide with the
 * indicator header repeated on every printed page.
 *
 * Bytes only, no file system, so that the browser page builds the same workbook; writing the file
 * is xlsx-file.ts.
 */
import ExcelJS from 'exceljs';
import { amountFitsSpreadsheet, amountToSpreadsheetNumber, formatAmountGrouped, MAX_CELL_TEXT, shortenLongNumbers, significantDigits, spreadsheetCellText, SPREADSHEET_DIGITS, type Hundredths } from 'jixiao-language/domain';
import { isProjectForm } from './form-model.js';
import type { CellRole, GridLayout } from './form-layout.js';
import { FONT_SIZES, planForm, type GridPlan } from './form-sizing.js';
import { FormLabels, ProjectFormLabels } from './form-labels.js';
import { isEvaluationForm, type EvaluationForm, type OfficialForm } from './selfeval-model.js';
import { planEvaluation } from './selfeval-layout.js';
import { SelfevalLabels } from './selfeval-labels.js';
import { markWorkbook } from './workbook-mark.js';

export const SHEET_NAME = '部门整体支出绩效目标申报表';
export const PROJECT_SHEET_NAME = '项目支出绩效目标申报表';
export const AMOUNT_FORMAT = '#,##0.00';
/**
 * 宋体 is what the official forms use and what Chinese Windows and macOS have; where it is missing
 * (LibreOffice on Linux) the CJK font fallback picks Noto Serif/Sans CJK, whose metrics the sizing
 * allows for. GB2312 charset tells Excel which script the font is for.
 */
export const FORM_FONT = '宋体';
const GB2312_CHARSET = 134;

/** A form that cannot become a valid workbook; the message says which cell and why. */
export class FormExportError extends Error {}

/** The workbook in memory, for callers that time or stream it: any of the three forms. */
export function formToWorkbook(model: OfficialForm): ExcelJS.Workbook {
    if (isEvaluationForm(model)) {
        return gridToWorkbook(planEvaluation(model), { sheetName: SelfevalLabels.title, title: evaluationTitle(model) });
    }
    return gridToWorkbook(planForm(model), {
        sheetName: isProjectForm(model) ? PROJECT_SHEET_NAME : SHEET_NAME,
        title: isProjectForm(model)
            ? `${model.projectName}${model.year}年度${ProjectFormLabels.title}`
            : `${model.departmentName}${model.year}年度${FormLabels.title}`
    });
}

/** `项目名称2026年度项目支出绩效自评表`: the workbook's title property. */
function evaluationTitle(form: EvaluationForm): string {
    return `${form.projectName}${form.year}年度${SelfevalLabels.title}`;
}

/**
 * A form's sized grid as a workbook: A4 landscape, one page wide, the layout's header row
 * repeated on every page, borders, fonts and formats by role.
 */
export function gridToWorkbook(plan: GridPlan, options: { sheetName: string; title: string }): ExcelJS.Workbook {
    const layout: GridLayout = plan.layout;
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Jixiao';
    workbook.title = options.title;
    const lastColumn = String.fromCharCode(64 + layout.columnCount);
    const sheet = workbook.addWorksheet(options.sheetName, {
        pageSetup: {
            paperSize: 9, // A4
            orientation: 'landscape',
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0, // as many pages tall as needed
            horizontalCentered: true,
            margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
            printArea: `A1:${lastColumn}${layout.rowCount}`,
            printTitlesRow: layout.repeatedRow === undefined ? undefined : `${layout.repeatedRow}:${layout.repeatedRow}`
        },
        headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' }
    });

    plan.columnWidths.forEach((width, index) => {
        sheet.getColumn(index + 1).width = width;
    });
    plan.rowHeights.forEach((height, index) => {
        sheet.getRow(index + 1).height = height;
    });

    // Every cell of the table gets borders, also those the layout leaves empty; merged cells take
    // the style of their top-left cell when merged, so the order is: borders, values, merges.
    for (let row = 3; row <= layout.rowCount; row++) {
        for (let column = 1; column <= layout.columnCount; column++) {
            sheet.getCell(row, column).style = ROLE_STYLES.text;
        }
    }
    for (const cell of layout.cells) {
        const target = sheet.getCell(cell.row, cell.column);
        target.value = typeof cell.value === 'bigint'
            ? sheetAmount(cell.value, target.address)
            : sheetText(cell.value, target.address);
        target.style = ROLE_STYLES[cell.role];
    }
    for (const merge of layout.merges) {
        sheet.mergeCells(merge.top, merge.left, merge.bottom, merge.right);
    }
    return workbook;
}

/**
 * The workbook as the bytes of an .xlsx file, marked as ours (workbook-mark.ts). Runs in a browser
 * too: writing the bytes to a file is the Node-only xlsx-file.ts.
 */
export async function formToXlsxBuffer(model: OfficialForm): Promise<Uint8Array> {
    const buffer = await formToWorkbook(model).xlsx.writeBuffer();
    return markWorkbook(new Uint8Array(buffer as ArrayBuffer));
}

/**
 * Text as a cell can hold it. Control characters other than tab and line breaks cannot be stored
 * in the file's XML at all, so they are dropped (they are invisible); text too long for a cell is
 * refused rather than cut (the checker reports it as structure.text-too-long). The goals text
 * never is: the layout spreads it over several cells.
 */
function sheetText(text: string, address: string): string {
    const clean = spreadsheetCellText(text);
    if (clean.length > MAX_CELL_TEXT) {
        throw new FormExportError(
            `单元格 ${address} 的文字有 ${clean.length} 个字符（“${clean.slice(0, 20)}…”），超过 Excel 单元格的上限 ${MAX_CELL_TEXT} 个字符`);
    }
    return clean;
}

/**
 * An amount as the cell's number, refused when a double cannot hold it to the fen (the checker
 * reports it as budget.amount-too-large): never a rounded figure, never Infinity.
 */
function sheetAmount(amount: Hundredths, address: string): number {
    if (!amountFitsSpreadsheet(amount)) {
        throw new FormExportError(shortenLongNumbers(
            `单元格 ${address} 的金额 ${formatAmountGrouped(amount)} 有 ${significantDigits(amount)} 位有效数字，超过 Excel 能精确保存的 ${SPREADSHEET_DIGITS} 位`));
    }
    return amountToSpreadsheetNumber(amount);
}

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function font(role: CellRole, bold: boolean): Partial<ExcelJS.Font> {
    return { name: FORM_FONT, size: FONT_SIZES[role], bold, charset: GB2312_CHARSET };
}

/**
 * One shared style object per role: exceljs recognises a style object it has seen, so thousands
 * of cells cost one lookup each instead of one style comparison each.
 */
const ROLE_STYLES: Readonly<Record<CellRole, Partial<ExcelJS.Style>>> = {
    title: {
        font: font('title', true),
        alignment: { horizontal: 'center', vertical: 'middle' }
    },
    subtitle: {
        font: font('subtitle', false),
        alignment: { horizontal: 'center', vertical: 'middle' }
    },
    block: {
        font: font('block', true),
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        border: BORDER
    },
    header: {
        font: font('header', true),
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        border: BORDER
    },
    text: {
        font: font('text', false),
        alignment: { horizontal: 'left', vertical: 'middle', wrapText: true },
        border: BORDER
    },
    centered: {
        font: font('centered', false),
        alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        border: BORDER
    },
    amount: {
        font: font('amount', false),
        // One character of space from the right border, as accountants' sheets have.
        alignment: { horizontal: 'right', vertical: 'middle', indent: 1 },
        border: BORDER,
        numFmt: AMOUNT_FORMAT
    }
};
