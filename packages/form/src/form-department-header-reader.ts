/**
 * The department form's header: `部门（单位）名称 | name | 主管部门 | name` on one row, or (a form
 * made by hand) 主管部门 on a row of its own under it.
 */
import { FormParts } from './form-import-messages.js';
import { LabelKeys } from './form-labels.js';
import { cellText } from './form-grid.js';
import { filledColumns, findKey, type RowCursor } from './form-row-cursor.js';

export function readDepartmentHeader(cursor: RowCursor): { departmentName: string; authority: string } {
    const row = cursor.take()!;
    const nameLabel = findKey(row, LabelKeys.departmentName)!;
    const authorityLabel = findKey(row, LabelKeys.authority);
    const nameValue = filledColumns(row).find(column => column > nameLabel && column !== authorityLabel);
    const departmentName = nameValue !== undefined && (authorityLabel === undefined || nameValue < authorityLabel)
        ? cellText(row, nameValue).trim() : '';
    let authority = '';
    const allowed = [nameLabel];
    if (departmentName !== '') {
        allowed.push(nameValue!);
    }
    if (authorityLabel !== undefined) {
        const authorityValue = filledColumns(row).find(column => column > authorityLabel);
        allowed.push(authorityLabel, ...(authorityValue === undefined ? [] : [authorityValue]));
        authority = authorityValue === undefined ? '' : cellText(row, authorityValue).trim();
    }
    cursor.expectOnly(row, allowed, FormParts.headerRow);
    const next = cursor.current;
    const ownRow = authorityLabel === undefined && next ? findKey(next, LabelKeys.authority) : undefined;
    if (next && ownRow !== undefined) {
        cursor.take();
        const authorityValue = filledColumns(next).find(column => column > ownRow);
        cursor.expectOnly(next, [ownRow, ...(authorityValue === undefined ? [] : [authorityValue])], FormParts.authorityRow);
        authority = authorityValue === undefined ? '' : cellText(next, authorityValue).trim();
    }
    return { departmentName, authority };
}
