/**
 * Quoted text as analysts type it. A Chinese input method types “ ” for the quote key, so a name
 * or text may be quoted either way:
 *
 * - `"…"`: ends at the next `"`; `\"` and `\\` are escapes (the canonical form, as the formatter
 *   writes it);
 * - `“…”`: ends at the ” that closes the opening “. Texts quote inside themselves (《…“十五五”规划》,
 *   “显著”的量化标准为“80%-100%”), so a “ inside opens a nested pair and its ” does not end the
 *   text. No escapes: a backslash is a backslash.
 *
 * Neither may span lines. A text whose line ends before it is closed (the closing quote forgotten,
 * or not typed yet) still reads as a text, so that one diagnostic says which quote is missing and
 * the rest of the document is parsed and checked as usual. It ends where the quote most likely
 * belongs: before the first space that is followed by what looks like the next part of a
 * statement (`指标 "名称 4 个 对应 …`: a figure, a comparator, a quote, a keyword, a brace, a
 * comment), else at the line end. Chinese texts seldom contain spaces, so this rarely cuts a text
 * short. A “ text whose nested pairs are unbalanced but which has a ” later on its line ends at
 * the last ” of the line.
 */
import { JIXIAO_KEYWORDS } from './domain/grammar-facts.js';

export const OPEN_QUOTE = '“';
export const CLOSE_QUOTE = '”';

export interface StringMatch {
    /** Length of the quoted text in the source, quotes included. */
    readonly length: number;
    /** False when the line ended before the closing quote. */
    readonly closed: boolean;
}

/** The quoted text starting at `offset`, or undefined when no quote starts there. */
export function matchString(text: string, offset: number): StringMatch | undefined {
    const first = text[offset];
    if (first === '"') {
        return matchAsciiString(text, offset);
    }
    if (first === OPEN_QUOTE) {
        return matchChineseString(text, offset);
    }
    return undefined;
}

function matchAsciiString(text: string, offset: number): StringMatch {
    for (let i = offset + 1; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\' && i + 1 < text.length && !isLineBreak(text[i + 1])) {
            i++;
        } else if (ch === '"') {
            return { length: i + 1 - offset, closed: true };
        } else if (isLineBreak(ch)) {
            return unclosed(text, offset, i);
        }
    }
    return unclosed(text, offset, text.length);
}

/** An unclosed text ends before the statement continues, else with the last non-space of its line. */
function unclosed(text: string, offset: number, lineEnd: number): StringMatch {
    for (let i = offset + 2; i < lineEnd; i++) {
        if (isSpace(text[i]) && !isSpace(text[i - 1])) {
            let next = i;
            while (next < lineEnd && isSpace(text[next])) {
                next++;
            }
            if (next < lineEnd && continuesStatement(text, next)) {
                return { length: i - offset, closed: false };
            }
        }
    }
    let end = lineEnd;
    while (end > offset + 1 && isSpace(text[end - 1])) {
        end--;
    }
    return { length: end - offset, closed: false };
}

function isSpace(ch: string): boolean {
    return ch === ' ' || ch === '\t' || ch === '\u3000';
}

/** Keywords longest first, so that 指标体系 is not taken for 指标. */
const KEYWORDS_LONGEST_FIRST = [...JIXIAO_KEYWORDS].sort((a, b) => b.length - a.length);

/** What starts the next part of a statement: a figure, comparator, quote, brace, comment or keyword. */
function continuesStatement(text: string, at: number): boolean {
    if (/^(?:[0-9０-９≥≤><=＞＜≧≦＝"“{}｛｝%％‰-]|\/\/)/.test(text.slice(at, at + 2))) {
        return true;
    }
    const keyword = KEYWORDS_LONGEST_FIRST.find(word => text.startsWith(word, at));
    return keyword !== undefined && !/[\p{L}\p{N}_]/u.test(text[at + keyword.length] ?? '');
}

function matchChineseString(text: string, offset: number): StringMatch {
    let depth = 0;
    let lastClose = -1;
    let i = offset;
    for (; i < text.length && !isLineBreak(text[i]); i++) {
        const ch = text[i];
        if (ch === OPEN_QUOTE) {
            depth++;
        } else if (ch === CLOSE_QUOTE) {
            lastClose = i;
            if (--depth === 0) {
                return { length: i + 1 - offset, closed: true };
            }
        }
    }
    // Unbalanced inside: the text ends at the last ” of its line, when there is one.
    return lastClose > offset ? { length: lastClose + 1 - offset, closed: true } : unclosed(text, offset, i);
}

function isLineBreak(ch: string): boolean {
    return ch === '\n' || ch === '\r';
}

/** The value of a quoted text as written in the source (`"a\"b"` → `a"b`, `“a“b”c”` → `a“b”c`). */
export function stringValue(image: string): string {
    const { body, ascii } = stringBody(image);
    return ascii ? body.replace(/\\(.)/g, (_, ch: string) => ESCAPES[ch] ?? ch) : body;
}

/** The escapes of "…" texts, as Langium reads them (`\n` is a line break inside a goal text). */
const ESCAPES: Readonly<Record<string, string>> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };

/** Whether the text has its closing quote. */
export function isClosedString(image: string): boolean {
    // The usual case at once (every text of a document is asked on every parse): a closing quote
    // last, not escaped. Anything else is read in full.
    const first = image[0];
    const last = image[image.length - 1];
    if (image.length >= 2 && ((first === '"' && last === '"' && image[image.length - 2] !== '\\') || (first === OPEN_QUOTE && last === CLOSE_QUOTE && !image.includes('\n')))) {
        if (first === '"' || balanced(image)) {
            return true;
        }
    }
    const match = matchString(image, 0);
    return match !== undefined && match.closed && match.length === image.length;
}

/** A “…” text whose nested pairs close exactly at its end. */
function balanced(image: string): boolean {
    let depth = 0;
    for (let i = 0; i < image.length; i++) {
        const ch = image[i];
        if (ch === OPEN_QUOTE) {
            depth++;
        } else if (ch === CLOSE_QUOTE && --depth === 0) {
            return i === image.length - 1;
        }
    }
    return false;
}

/** The closing quote a text needs. */
export function closingQuoteOf(image: string): string {
    return image.startsWith(OPEN_QUOTE) ? CLOSE_QUOTE : '"';
}

/** A value written as the formatter writes it: ASCII quotes, `"` and `\` escaped, line breaks as `\n`. */
export function canonicalString(value: string): string {
    return `"${value.replace(/[\\"\n\r\t]/g, ch => `\\${CANONICAL_ESCAPES[ch] ?? ch}`)}"`;
}

const CANONICAL_ESCAPES: Readonly<Record<string, string>> = { '\n': 'n', '\r': 'r', '\t': 't' };

/**
 * Offsets in the source token of each character of the value, and of the end: escapes take two
 * source characters, quotes one. Used to underline a part of a text.
 */
export function sourceOffsetOfValueIndex(image: string, valueIndex: number): number {
    const { ascii, bodyLength } = stringBody(image);
    let raw = 1;
    for (let index = 0; index < valueIndex && raw < 1 + bodyLength; index++) {
        raw += ascii && image[raw] === '\\' ? 2 : 1;
    }
    return raw;
}

function stringBody(image: string): { body: string; ascii: boolean; bodyLength: number } {
    const ascii = image.startsWith('"');
    const closed = isClosedString(image);
    const bodyLength = Math.max(0, image.length - 1 - (closed ? 1 : 0));
    return { body: image.substr(1, bodyLength), ascii, bodyLength };
}
