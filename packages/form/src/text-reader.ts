/**
 * The form pasted as text, as the online system and Excel copy it: one row per line, cells
 * separated by tabs, CRLF or LF line ends. A cell that holds tabs or line breaks comes quoted
 * ("…", with "" for a quote), as Excel writes it. Everything else about the layout — the `## `
 * title line, the year line, spaces inside labels, shifted category names, the repeated header,
 * the `<p>` goals — is the layout reader's business (form-grid-reader.ts).
 */
import type { Message } from 'jixiao-language';
import type { OfficialForm } from './selfeval-model.js';
import type { FormGrid, GridRow } from './form-grid.js';
import { withoutControlCharacters } from './form-control-characters.js';
import { readAnyFormGrid } from './project-grid-reader.js';
import { Places } from './form-import-messages.js';

/**
 * The form pasted as text, of whichever kind (the department's, a project's, a self-evaluation).
 * `warnings` collects what was changed on the way in (control characters dropped, by cell).
 */
export function readFormText(text: string, warnings: Message[] = []): OfficialForm {
    return readAnyFormGrid(withoutControlCharacters(pastedTextGrid(text), warnings));
}

export function pastedTextGrid(text: string): FormGrid {
    return {
        rows: splitRows(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text),
        describeCell: Places.textCell,
        describeRow: Places.textRow
    };
}

/** Tab-separated rows; quoted cells may span lines. Row numbers are the lines they start on. */
function splitRows(text: string): GridRow[] {
    const rows: GridRow[] = [];
    let line = 1;
    let position = 0;
    while (position < text.length) {
        const rowLine = line;
        const cells: string[] = [];
        for (;;) {
            const quoted = position < text.length && text[position] === '"' ? quotedCellAt(text, position) : undefined;
            let end: number;
            if (quoted) {
                cells.push(quoted.text);
                line += quoted.lineBreaks;
                end = quoted.end;
            } else {
                end = position;
                while (end < text.length && text[end] !== '\t' && text[end] !== '\n' && text[end] !== '\r') {
                    end++;
                }
                cells.push(text.slice(position, end));
            }
            position = end;
            if (text[position] === '\t') {
                position++;
                continue;
            }
            break;
        }
        if (text[position] === '\r') {
            position++;
        }
        if (text[position] === '\n') {
            position++;
        }
        line++;
        rows.push({ number: rowLine, cells: cells.map(cell => ({ text: cell })) });
    }
    return rows;
}

/**
 * A cell in Excel's quoting, when the quote closes right before a tab, a line end or the end of
 * the text; otherwise undefined, and the quote is an ordinary character of the cell.
 */
function quotedCellAt(text: string, start: number): { text: string; end: number; lineBreaks: number } | undefined {
    let value = '';
    for (let index = start + 1; index < text.length; index++) {
        const char = text[index];
        if (char !== '"') {
            value += char;
            continue;
        }
        if (text[index + 1] === '"') {
            value += '"';
            index++;
            continue;
        }
        const after = text[index + 1];
        if (after === undefined || after === '\t' || after === '\n' || after === '\r') {
            const normalized = value.replace(/\r\n?/g, '\n');
            return { text: normalized, end: index + 1, lineBreaks: (normalized.match(/\n/g) ?? []).length };
        }
        return undefined;
    }
    return undefined;
}
