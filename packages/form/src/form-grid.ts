/**
 * The form as a grid of cell texts, whatever it came from: a worksheet or pasted tab-separated
 * text. Both readers build one; `readFormGrid` reads the form from it, so the two inputs share one
 * understanding of the layout.
 */
import type { Message } from 'jixiao-language';

export interface GridCell {
    /** The text as the cell shows it (a number already written as decimal text). */
    readonly text: string;
    /**
     * For a cell covered by a merge but not its top-left cell: the top-left cell's text and whether
     * the merge reaches down from a row above. Pasted text has no merges, so this stays undefined.
     */
    readonly merged?: { readonly text: string; readonly fromAbove: boolean };
}

export interface GridRow {
    /** 1-based row (worksheet row, or line of the pasted text where the row starts). */
    readonly number: number;
    /** By 0-based column; may be sparse (a worksheet's empty cells are holes): read with cellText. */
    readonly cells: readonly GridCell[];
}

export interface FormGrid {
    readonly rows: readonly GridRow[];
    /** How a message names a cell: `第12行 C列` in a worksheet, `第12行第3列` in text. */
    describeCell(row: number, column: number): Message;
    describeRow(row: number): Message;
}

export function cellText(row: GridRow, column: number): string {
    return row.cells[column]?.text ?? '';
}

export function isBlankRow(row: GridRow): boolean {
    return row.cells.every(cell => cell.text.trim() === '');
}

/** `A`, `B`, …, `Z`, `AA` for a 0-based column. */
export function columnLetter(column: number): string {
    let letters = '';
    for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    }
    return letters;
}

/**
 * A label as compared: no spaces (the pasted form writes `年度 主要 任务`), no trailing colon,
 * full-width brackets, no Markdown heading marks.
 */
export function labelKey(text: string): string {
    return text
        .replace(/^#+/, '')
        .replace(/[\s\u3000]+/g, '')
        .replace(/\(/g, '（')
        .replace(/\)/g, '）')
        .replace(/[：:]+$/, '');
}
