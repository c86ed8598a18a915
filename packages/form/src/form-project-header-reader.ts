/**
 * A project form's header rows: 项目名称; 主管部门 | 实施单位; 项目属性 | 项目期 — each label followed
 * by its value, in any order and any column, over as many rows as the form gives them.
 */
import { FormParts, ImportMessages } from './form-import-messages.js';
import { ProjectFormLabels } from './form-labels.js';
import { cellText, labelKey, type GridRow } from './form-grid.js';
import { filledColumns, type RowCursor } from './form-row-cursor.js';

export type ProjectHeaderField = 'projectName' | 'authority' | 'implementer' | 'attribute' | 'period';

const HEADER_LABELS: Readonly<Record<ProjectHeaderField, readonly string[]>> = {
    projectName: [ProjectFormLabels.projectName],
    authority: [ProjectFormLabels.authority, '主管部门名称'],
    implementer: [ProjectFormLabels.implementer, '实施单位名称'],
    attribute: [ProjectFormLabels.attribute],
    period: [ProjectFormLabels.period, '项目周期', '实施期', '项目实施期']
};

/** The header labels on a row, left to right. */
export function projectHeaderLabels(row: GridRow): Array<{ field: ProjectHeaderField; column: number }> {
    const labels: Array<{ field: ProjectHeaderField; column: number }> = [];
    for (const column of filledColumns(row)) {
        const key = labelKey(cellText(row, column));
        const field = (Object.keys(HEADER_LABELS) as ProjectHeaderField[]).find(candidate => HEADER_LABELS[candidate].includes(key));
        if (field) {
            labels.push({ field, column });
        }
    }
    return labels;
}

export function readProjectHeader(cursor: RowCursor): Record<ProjectHeaderField, string> {
    const header: Record<ProjectHeaderField, string> = { projectName: '', authority: '', implementer: '', attribute: '', period: '' };
    const seen = new Set<ProjectHeaderField>();
    for (let row = cursor.current; row; cursor.take(), row = cursor.current) {
        const labels = projectHeaderLabels(row);
        if (labels.length === 0) {
            break;
        }
        const filled = filledColumns(row);
        const used: number[] = [];
        for (const { field, column } of labels) {
            if (seen.has(field)) {
                cursor.fail(row, column, ImportMessages.labelTwice(HEADER_LABELS[field][0]));
            }
            seen.add(field);
            const value = filled.find(candidate => candidate > column && !labels.some(label => label.column === candidate));
            const next = labels.find(label => label.column > column)?.column;
            used.push(column);
            if (value !== undefined && (next === undefined || value < next)) {
                header[field] = cellText(row, value).trim();
                used.push(value);
            }
        }
        cursor.expectOnly(row, used, FormParts.projectHeaderRow);
    }
    return header;
}
