/**
 * 年度总体目标 (a project's 年度绩效目标): the label and the goals as one text, in one cell or going
 * on in the cells below it in the same column (see form-goal-reading.ts for reading that text into
 * an intro and goals).
 */
import { FormParts, ImportMessages } from './form-import-messages.js';
import { LabelKeys } from './form-labels.js';
import { cellText, type GridRow } from './form-grid.js';
import { readGoalsCell, type GoalCellReading } from './form-goal-reading.js';
import { filledColumns, findKey, isBlockLabel, type RowCursor } from './form-row-cursor.js';

/** Whether the current row starts the goals block (labelled `blockKey`). */
export function atGoalsBlock(row: GridRow, blockKey: string = LabelKeys.goalsBlock): boolean {
    return findKey(row, [blockKey]) !== undefined;
}

/**
 * Reads the block labelled `blockKey` when the cursor is on it (else no goals); `endsBefore` says
 * which row starts the next block.
 */
export function readGoalsBlock(cursor: RowCursor, endsBefore: (row: GridRow) => boolean, blockKey: string = LabelKeys.goalsBlock): GoalCellReading {
    const row = cursor.current;
    const label = row ? findKey(row, [blockKey]) : undefined;
    if (!row || label === undefined) {
        return { texts: [] };
    }
    cursor.take();
    const textColumns = filledColumns(row).filter(column => column > label);
    const lines: string[] = [];
    let textColumn: number | undefined;
    if (textColumns.length > 0) {
        textColumn = textColumns[0];
        cursor.expectOnly(row, [label, textColumn], FormParts.goalsRow);
        lines.push(cellText(row, textColumn));
    }
    // The text may go on in the cells below, in the same column: the export continues a text
    // longer than an Excel cell holds there (cut between goals, see goalsCellTexts), and a form
    // made by hand may give each goal its own row. Consecutive cells are one text, a line
    // break between each two. (A worksheet's rows covered by a merge are blank, so skipped.)
    for (let next = cursor.current; next && !endsBefore(next); cursor.take(), next = cursor.current) {
        const filled = filledColumns(next).filter(column => !isBlockLabel(next!, column, blockKey, label + 1));
        if (filled.length !== 1 || (textColumn !== undefined && filled[0] !== textColumn) || filled[0] <= label) {
            const column = filled.find(candidate => candidate !== textColumn) ?? filled[0];
            cursor.fail(next, column, ImportMessages.outsideGoalsCell(cellText(next, column)));
        }
        textColumn = filled[0];
        lines.push(cellText(next, textColumn));
    }
    return readGoalsCell(lines.join('\n'));
}
