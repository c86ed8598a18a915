/**
 * 年度主要任务: the header (任务名称 | 主要内容 | 预算金额（元）), the amount columns (总额 | 财政拨款 |
 * 其他资金) on the header row or the row under it, one row per task, and 金额合计. Columns are found
 * from the header, not assumed; the unit (元 or 万元) from 预算金额's label.
 */
import type { AmountUnit } from 'jixiao-language/domain';
import type { FormAmounts, FormTask } from './form-model.js';
import { FormParts, ImportMessages } from './form-import-messages.js';
import { FormLabels, LabelKeys } from './form-labels.js';
import { cellText, labelKey, type GridRow } from './form-grid.js';
import { readAmountCell } from './form-cell-reading.js';
import { filledColumns, findKey, isBlockLabel, type RowCursor } from './form-row-cursor.js';

export interface TaskColumns {
    label: number;
    name: number;
    content: number;
    total: number;
    fiscal: number;
    other: number;
}

export interface TasksBlock {
    amountUnit: AmountUnit;
    tasks: FormTask[];
    grandTotal?: FormAmounts;
}

/** Reads the block; `endsBefore` says which row starts the next block. */
export function readTasksBlock(cursor: RowCursor, endsBefore: (row: GridRow) => boolean): TasksBlock {
    const header = cursor.current;
    const name = header ? findKey(header, [LabelKeys.taskName]) : undefined;
    const budget = header ? filledColumns(header).find(column => /^(预算)?金额（(万元|元)）$|^预算金额$/.test(labelKey(cellText(header, column)))) : undefined;
    if (!header || name === undefined || budget === undefined) {
        cursor.fail(header, undefined, ImportMessages.tasksHeaderExpected);
    }
    cursor.take();
    const amountUnit: AmountUnit = labelKey(cellText(header, budget)).includes('万元') ? '万元' : '元';
    const content = findKey(header, [LabelKeys.taskContent]);
    if (content === undefined) {
        cursor.fail(header, name, ImportMessages.contentColumnMissing);
    }
    // The three amount columns are on the header row itself or on the row under it.
    let amountRow = header;
    if (findKey(header, LabelKeys.total) === undefined) {
        const below = cursor.take();
        if (!below || findKey(below, LabelKeys.total) === undefined) {
            cursor.fail(below, undefined, ImportMessages.amountColumnsExpected);
        }
        amountRow = below;
    }
    const columns: TaskColumns = {
        label: name,
        name,
        content,
        total: findKey(amountRow, LabelKeys.total)!,
        fiscal: cursor.requireKey(amountRow, LabelKeys.fiscal, FormLabels.fiscal),
        other: cursor.requireKey(amountRow, LabelKeys.other, FormLabels.other)
    };
    const besideTable = (row: GridRow) => (column: number) => isBlockLabel(row, column, LabelKeys.tasksBlock, columns.label);
    cursor.expectOnly(header, [columns.name, columns.content, budget, columns.total, columns.fiscal, columns.other], FormParts.tasksHeader, besideTable(header));
    if (amountRow !== header) {
        cursor.expectOnly(amountRow, [columns.total, columns.fiscal, columns.other], FormParts.amountHeader, besideTable(amountRow));
    }

    const tasks: FormTask[] = [];
    let grandTotal: FormAmounts | undefined;
    for (let row = cursor.current; row && !endsBefore(row); cursor.take(), row = cursor.current) {
        const totalLabel = filledColumns(row).find(column => column < columns.total && (LabelKeys.grandTotal as readonly string[]).includes(labelKey(cellText(row!, column))));
        if (totalLabel !== undefined) {
            cursor.expectOnly(row, [totalLabel, columns.total, columns.fiscal, columns.other], FormParts.grandTotalRow, besideTable(row));
            grandTotal = readAmounts(cursor, row, columns);
            cursor.take();
            break;
        }
        cursor.expectOnly(row, [columns.name, columns.content, columns.total, columns.fiscal, columns.other], FormParts.taskTable, besideTable(row));
        const taskName = cellText(row, columns.name).trim();
        if (taskName === '') {
            cursor.fail(row, columns.name, ImportMessages.taskNameEmpty);
        }
        tasks.push({ name: taskName, content: cellText(row, columns.content).trim(), amounts: readAmounts(cursor, row, columns) });
    }
    return { amountUnit, tasks, grandTotal };
}

function readAmounts(cursor: RowCursor, row: GridRow, columns: TaskColumns): FormAmounts {
    const read = (column: number, label: string) => {
        const reading = readAmountCell(cellText(row, column), label);
        if (!reading.ok) {
            cursor.fail(row, column, reading.problem);
        }
        return reading.amount;
    };
    return {
        total: read(columns.total, FormLabels.total),
        fiscal: read(columns.fiscal, FormLabels.fiscal),
        other: read(columns.other, FormLabels.other)
    };
}
