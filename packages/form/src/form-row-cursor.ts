/**
 * The rows of a form, read top to bottom by the block readers (form-*-reader.ts): each reader
 * takes the rows of its block from the cursor and leaves it on the first row of the next block.
 * Blank rows are skipped. The cursor also says where a problem is: a reader fails on a row or a
 * cell, and the message names it as the grid does (`第12行 C列`).
 */
import type { Message } from 'jixiao-language';
import { FormImportError } from './form-import-error.js';
import { ImportMessages, Places } from './form-import-messages.js';
import { cellText, isBlankRow, labelKey, type FormGrid, type GridRow } from './form-grid.js';

export class RowCursor {
    private readonly rows: readonly GridRow[];
    private position = 0;

    constructor(private readonly grid: FormGrid) {
        this.rows = grid.rows.filter(row => !isBlankRow(row));
    }

    /** The row the next reader starts on, or undefined at the end of the form. */
    get current(): GridRow | undefined {
        return this.rows[this.position];
    }

    /** The row after the current one. */
    get next(): GridRow | undefined {
        return this.rows[this.position + 1];
    }

    /** Moves past the current row and returns it. */
    take(): GridRow | undefined {
        return this.rows[this.position++];
    }

    fail(row: GridRow | undefined, column: number | undefined, problem: Message): never {
        const place = row === undefined ? Places.endOfTable : column === undefined ? this.grid.describeRow(row.number) : this.grid.describeCell(row.number, column);
        throw new FormImportError(ImportMessages.at(place, problem));
    }

    /** The column of a label, or a failure naming the label that is missing on this row. */
    requireKey(row: GridRow, keys: readonly string[], label: string): number {
        const column = findKey(row, keys);
        if (column === undefined) {
            this.fail(row, undefined, ImportMessages.columnMissing(label));
        }
        return column;
    }

    /** Fails on the first filled cell that is not in `columns` (nor accepted by `alsoAllowed`). */
    expectOnly(row: GridRow, columns: readonly number[], part: Message, alsoAllowed: (column: number) => boolean = () => false): void {
        for (const column of filledColumns(row)) {
            if (!columns.includes(column) && !alsoAllowed(column)) {
                this.fail(row, column, ImportMessages.extraCell(cellText(row, column), part));
            }
        }
    }
}

export function filledColumns(row: GridRow): number[] {
    const columns: number[] = [];
    row.cells.forEach((cell, column) => {
        if (cell.text.trim() !== '') {
            columns.push(column);
        }
    });
    return columns;
}

/** The first column whose label is one of `keys` (compared as labels: no spaces, no colon). */
export function findKey(row: GridRow, keys: readonly string[]): number | undefined {
    const wanted = keys.map(labelKey);
    return filledColumns(row).find(column => wanted.includes(labelKey(cellText(row, column))));
}

/** A block label (年度主要任务 …) in a column left of the block's table: allowed on any row. */
export function isBlockLabel(row: GridRow, column: number, key: string, tableStart: number): boolean {
    return column < tableStart && labelKey(cellText(row, column)) === key;
}
