/**
 * The form as a grid of cell texts, whatever it came from: a worksheet or pasted tab-separated
 * text. Both readers build one; `readFormGrid` reads the form from it, so the two inputs share one
 * understanding of the layout.
 */

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
    describeCell(row: number, column: number): string;
    describeRow(row: number): string;
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

/** Cell text shown in a message: quoted, cut when long. */
export function quoteCell(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return `“${flat.length > 30 ? flat.slice(0, 30) + '…' : flat}”`;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f]/g;
// eslint-disable-next-line no-control-regex
const HAS_CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f]/;

/**
 * The grid without C0 control characters other than tab and line feed (a CR of a CRLF line break
 * inside a cell becomes a plain line break). They are invisible in a spreadsheet, cannot be
 * written into a workbook's XML, and an escape sequence among them would reach a terminal; each
 * cell that had some is named in `warnings`.
 */
export function withoutControlCharacters(grid: FormGrid, warnings: string[]): FormGrid {
    const clean = (text: string) => text.replace(/\r\n/g, '\n').replace(CONTROL_CHARACTERS, '');
    const rows = grid.rows.map(row => {
        if (!row.cells.some(cell => HAS_CONTROL_CHARACTER.test(cell.text) || HAS_CONTROL_CHARACTER.test(cell.merged?.text ?? ''))) {
            return row;
        }
        const cells: GridCell[] = [];
        row.cells.forEach((cell, column) => {
            const found = cell.text.replace(/\r\n/g, '\n').match(CONTROL_CHARACTERS);
            if (found) {
                const codes = [...new Set(found)].slice(0, 3).map(char => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
                warnings.push(`${grid.describeCell(row.number, column)}：删除了 ${found.length} 个控制字符（${codes.join('、')}${new Set(found).size > 3 ? '…' : ''}），它们在表格中不可见，也不能写入申报表`);
            }
            cells[column] = cell.merged
                ? { text: clean(cell.text), merged: { text: clean(cell.merged.text), fromAbove: cell.merged.fromAbove } }
                : { text: clean(cell.text) };
        });
        return { number: row.number, cells };
    });
    return { ...grid, rows };
}
