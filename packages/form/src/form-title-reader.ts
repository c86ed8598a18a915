/**
 * The rows above a form's first table row: the title (`部门（单位）整体支出绩效目标申报表`, maybe
 * with the year and a region in it), `（2026年度）` and a unit line (`单位：元`). Anything else there
 * is not part of the form. Each kind of form says what its title is and which row ends these rows.
 */
import type { Message } from 'jixiao-language';
import { FormImportError } from './form-import-error.js';
import { ImportMessages } from './form-import-messages.js';
import { cellText, labelKey, type GridRow } from './form-grid.js';
import { filledColumns, type RowCursor } from './form-row-cursor.js';

export interface TitleRowsOf {
    /** The form's title as printed: `项目支出绩效目标申报表`. */
    readonly title: string;
    /** What the form is called in a message (FormKinds). */
    readonly kind: Message;
    /** The label of the row that ends the title rows (named when it is missing). */
    readonly firstRowLabel: string;
    /** Whether a row is that first row. */
    startsForm(row: GridRow): boolean;
    /** Whether a cell's text is the title. */
    isTitle(key: string): boolean;
    /** A problem a row above the form shows (another kind of form, a row that belongs lower). */
    misplaced?(row: GridRow, key: string): { column?: number; problem: Message } | undefined;
}

/** Reads up to the form's first row; returns the year ('' if none). */
export function readTitleRows(cursor: RowCursor, form: TitleRowsOf): string {
    let year = '';
    for (let row = cursor.current; row; cursor.take(), row = cursor.current) {
        if (form.startsForm(row)) {
            return year;
        }
        const filled = filledColumns(row);
        const text = cellText(row, filled[0]);
        const key = labelKey(text);
        const misplaced = form.misplaced?.(row, key);
        if (misplaced) {
            cursor.fail(row, misplaced.column, misplaced.problem);
        }
        const isTitle = form.isTitle(key);
        const yearLine = /^[（(]?(\d{4})?年度?[）)]?$/.exec(key);
        if (filled.length > 1) {
            const known = isTitle || yearLine;
            const column = known ? filled[1] : filled[0];
            cursor.fail(row, column, known ? ImportMessages.extraBesideTitle(cellText(row, column)) : ImportMessages.notFormContent(text, form.kind, form.title, form.firstRowLabel));
        }
        if (isTitle || yearLine) {
            // The title may carry the year too: 深圳市……2026年度部门整体支出绩效目标申报表.
            year = (isTitle ? /(\d{4})年度?/.exec(key)?.[1] : yearLine?.[1]) ?? year;
        } else if (!/^(金额)?单位[：:]?(万元|元)$/.test(key)) {
            cursor.fail(row, filled[0], ImportMessages.notFormContent(text, form.kind, form.title, form.firstRowLabel));
        }
    }
    throw new FormImportError(ImportMessages.firstRowNotFound(form.firstRowLabel, form.title));
}
