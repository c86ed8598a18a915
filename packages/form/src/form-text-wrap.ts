/**
 * How many lines a wrapped cell needs, so that row heights fit their text. Spreadsheets do not
 * store row heights for wrapped text that a printer respects, so the writer estimates them: a CJK
 * character takes two display columns, a Latin letter or digit one; CJK breaks between any two
 * characters, a Latin word or number stays together unless it is longer than the line.
 */
import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Display columns of a text: CJK and full-width characters count two, and so do the “ambiguous”
 * ones (“” ‘’ … ≥ ×), which CJK fonts such as 宋体 draw full width. Control characters and
 * combining marks take no room. Code point by code point, because this runs for every cell of a
 * form with thousands of them.
 */
export function displayWidth(text: string): number {
    let width = 0;
    for (let index = 0; index < text.length; index++) {
        const code = text.codePointAt(index)!;
        if (code > 0xffff) {
            index++;
        }
        if (code >= 0x20 && code < 0x7f) {
            width++;
        } else if (code < 0xa0 || (code >= 0x300 && code < 0x370) || (code >= 0x200b && code < 0x2010) || (code >= 0xfe00 && code < 0xfe10)) {
            continue;
        } else {
            width += eastAsianWidth(code, { ambiguousAsWide: true });
        }
    }
    return width;
}

/** Latin words and numbers (kept together), spaces, or any other single character. */
const TOKEN = /[\x21-\x7e]+|\s+|[^]/gu;

/** Lines a text takes when wrapped at `columns` display columns; explicit line breaks count. */
export function wrappedLineCount(text: string, columns: number): number {
    const width = Math.max(1, Math.floor(columns));
    let lines = 0;
    for (const paragraph of text.split(/\r\n|\r|\n/)) {
        lines += paragraphLineCount(paragraph, width);
    }
    return lines;
}

function paragraphLineCount(paragraph: string, columns: number): number {
    let lines = 1;
    let used = 0;
    for (const token of paragraph.match(TOKEN) ?? []) {
        const width = displayWidth(token);
        if (used + width <= columns) {
            used += width;
            continue;
        }
        if (/^\s+$/.test(token)) {
            // A space at the end of a line is swallowed by the break.
            continue;
        }
        if (used > 0) {
            lines++;
            used = 0;
        }
        if (width > columns) {
            // A word longer than the line is broken wherever it must be.
            lines += Math.ceil(width / columns) - 1;
            used = width % columns || columns;
        } else {
            used = width;
        }
    }
    return lines;
}

/** The display width of the longest line, for columns sized to their content. */
export function longestLineWidth(text: string): number {
    return Math.max(0, ...text.split(/\r\n|\r|\n/).map(displayWidth));
}
