/**
 * The self-evaluation's 年度总体目标: a header row (the block label, 预期目标 | 实际完成情况) and the
 * row of the two texts under it, each kept as plain lines.
 */
import { FormParts, ImportMessages } from './form-import-messages.js';
import { cellText, labelKey, type GridRow } from './form-grid.js';
import { plainCellText } from './form-goal-reading.js';
import { findKey, type RowCursor } from './form-row-cursor.js';
import { SelfevalLabels } from './selfeval-labels.js';

export function atOutcomeBlock(row: GridRow): boolean {
    return findKey(row, [SelfevalLabels.goalsBlock]) !== undefined;
}

/** Reads the block when the cursor is on it (else both texts are empty); `endsBefore` says which row starts the next block. */
export function readOutcomeBlock(cursor: RowCursor, endsBefore: (row: GridRow) => boolean): { expected: string; achieved: string } {
    const header = cursor.current;
    const label = header ? findKey(header, [SelfevalLabels.goalsBlock]) : undefined;
    if (!header || label === undefined) {
        return { expected: '', achieved: '' };
    }
    cursor.take();
    const expectedColumn = findKey(header, [SelfevalLabels.expected]);
    const achievedColumn = findKey(header, [SelfevalLabels.achieved]);
    if (expectedColumn === undefined || achievedColumn === undefined) {
        cursor.fail(header, label, ImportMessages.outcomeColumnsExpected);
    }
    cursor.expectOnly(header, [label, expectedColumn, achievedColumn], FormParts.outcomeHeader);
    const texts = cursor.current;
    if (!texts || endsBefore(texts)) {
        return { expected: '', achieved: '' };
    }
    cursor.take();
    cursor.expectOnly(texts, [expectedColumn, achievedColumn], FormParts.outcome,
        column => column === label && labelKey(cellText(texts, column)) === SelfevalLabels.goalsBlock);
    return { expected: plainCellText(cellText(texts, expectedColumn)), achieved: plainCellText(cellText(texts, achievedColumn)) };
}
