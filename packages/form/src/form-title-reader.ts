/**
 * The rows above a form's first table row: the title (`部门（单位）整体支出绩效目标申报表`, maybe
 * with the year and a region in it), `（2026年度）` and a unit line (`单位：元`). Anything else there
 * is not part of the form; a project form is recognised and refused by name.
 */
import { FormImportError } from './form-import-error.js';
import { ImportMessages } from './form-import-messages.js';
import { FormLabels, LabelKeys } from './form-labels.js';
import { cellText, labelKey } from './form-grid.js';
import { filledColumns, findKey, type RowCursor } from './form-row-cursor.js';

/** Reads up to the 部门（单位）名称 row; returns the year ('' if none). */
export function readTitleRows(cursor: RowCursor): string {
    let year = '';
    for (let row = cursor.current; row; cursor.take(), row = cursor.current) {
        if (findKey(row, LabelKeys.departmentName) !== undefined) {
            return year;
        }
        if (findKey(row, [LabelKeys.taskName, LabelKeys.goalsBlock, FormLabels.firstLevel]) !== undefined) {
            cursor.fail(row, undefined, ImportMessages.headerRowMissingBefore);
        }
        const filled = filledColumns(row);
        const text = cellText(row, filled[0]);
        const key = labelKey(text);
        if (key === '项目名称') {
            cursor.fail(row, filled[0], ImportMessages.projectFormByRow);
        }
        const isTitle = /绩效目标申报表$/.test(key);
        const yearLine = /^[（(]?(\d{4})?年度?[）)]?$/.exec(key);
        if (filled.length > 1) {
            const known = isTitle || yearLine;
            const column = known ? filled[1] : filled[0];
            cursor.fail(row, column, known ? ImportMessages.extraBesideTitle(cellText(row, column)) : ImportMessages.notFormContent(text));
        }
        if (isTitle && /项目支出/.test(key)) {
            cursor.fail(row, filled[0], ImportMessages.projectFormByTitle);
        }
        if (isTitle || yearLine) {
            // The title may carry the year too: 深圳市……2026年度部门整体支出绩效目标申报表.
            year = (isTitle ? /(\d{4})年度?/.exec(key)?.[1] : yearLine?.[1]) ?? year;
        } else if (!/^(金额)?单位[：:]?(万元|元)$/.test(key)) {
            cursor.fail(row, filled[0], ImportMessages.notFormContent(text));
        }
    }
    throw new FormImportError(ImportMessages.headerRowNotFound);
}
