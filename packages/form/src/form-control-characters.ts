/**
 * Import drops the C0 control characters of a grid's cells (other than tab and line feed) and says
 * so per cell: they are invisible in a spreadsheet, cannot be written into a workbook's XML, and an
 * escape sequence among them would reach a terminal.
 */
import type { Message } from 'jixiao-language';
import type { FormGrid, GridCell } from './form-grid.js';
import { ImportMessages } from './form-import-messages.js';

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
export function withoutControlCharacters(grid: FormGrid, warnings: Message[]): FormGrid {
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
                warnings.push(ImportMessages.controlCharactersDropped(grid.describeCell(row.number, column), found.length,
                    `${codes.join('、')}${new Set(found).size > 3 ? '…' : ''}`));
            }
            cells[column] = cell.merged
                ? { text: clean(cell.text), merged: { text: clean(cell.merged.text), fromAbove: cell.merged.fromAbove } }
                : { text: clean(cell.text) };
        });
        return { number: row.number, cells };
    });
    return { ...grid, rows };
}
