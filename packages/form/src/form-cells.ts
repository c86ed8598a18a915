/**
 * How the form writes the cells that are not copied verbatim from the document: an indicator's
 * 指标值 and 度量单位 cells, and the 年度总体目标 text. Pure functions of the form model, shared by
 * the xlsx writer, the preview and (in reverse) the readers.
 *
 * 指标值 / 度量单位, as the official form prints them:
 *
 * | value in the document | 指标值        | 度量单位 |
 * |-----------------------|---------------|----------|
 * | `≥190 万人`           | `≥190万人`    | `万人`   |
 * | `100 %`               | `100%`        | `%`      |
 * | `2026年6月前`         | `2026年6月前` | `时间`   |
 * | `显著 %`              | `显著`        | `%`      |
 * | `1 年`                | `1年`         | `年`     |
 * | `0 起`                | `0起`         | `起`     |
 * | `不适用`              | `不适用`      | `不适用` |
 * | `"文字"`              | `文字`        | (empty)  |
 *
 * A `度量单位 X` written in the document (FormIndicator.unitCell) always wins over the unit the
 * value implies. Every 指标值 cell reads back to the same value with `parseValueText` from the
 * domain, so a reader needs no second format.
 *
 * 年度总体目标 is one text: the intro line (when there is one), then `1、…`, `2、…`, one goal per line.
 * A reader splits it at lines that begin with the next expected number and `、`; a line break inside
 * a goal therefore survives as long as the next line does not start with that number.
 *
 * A cell holds at most 32,767 characters, so a longer goals text (hundreds of goals) is written as
 * several cells one under the other, cut where one goal ends and the next begins; a reader joins
 * consecutive cells with a line break and gets the same text back. Only a single goal (or intro)
 * longer than a cell is cut inside: at one of its own line breaks if it has one (still read back
 * exactly), else after a sentence or clause, else anywhere; the cut then reads back as a line break.
 */
import type { FormGoal, FormIndicator, FormValue } from './form-model.js';
import { FormLabels } from './form-labels.js';
import { MAX_CELL_TEXT } from 'jixiao-language/domain';

/** What the 度量单位 cell reads for a deadline: the form's word for “a date”. */
export const DEADLINE_UNIT_CELL = '时间';

/** `≥190万人`, `100%`, `2026年6月前`, `显著`, `不适用`. */
export function valueCellText(value: FormValue): string {
    switch (value.kind) {
        case 'quantity': return `${value.comparator ?? ''}${value.number}${value.unit ?? ''}`;
        case 'deadline': return value.text;
        case 'grade': return value.grade;
        case 'text': return value.text;
        case 'not-applicable': return FormLabels.notApplicable;
    }
}

/**
 * The 度量单位 a value implies when the document writes none: a quantity's own unit, 时间 for a
 * deadline, 不适用 for 不适用; nothing for a grade (its `%` is kept in unitCell) or free text.
 */
export function impliedUnitCell(value: FormValue): string {
    switch (value.kind) {
        case 'quantity': return value.unit ?? '';
        case 'deadline': return DEADLINE_UNIT_CELL;
        case 'not-applicable': return FormLabels.notApplicable;
        case 'grade':
        case 'text': return '';
    }
}

/** The 度量单位 cell of an indicator row. */
export function unitCellText(indicator: Pick<FormIndicator, 'value' | 'unitCell'>): string {
    return indicator.unitCell ?? impliedUnitCell(indicator.value);
}

/** `1、` for the first goal: the numbering the form uses. */
export function goalNumberPrefix(index: number): string {
    return `${index + 1}、`;
}

/** The 年度总体目标 cell: intro line, then the numbered goals, one per line. */
export function goalsCellText(intro: string | undefined, goals: readonly Pick<FormGoal, 'text'>[]): string {
    const lines = goals.map((goal, index) => goalNumberPrefix(index) + goal.text);
    return (intro ? [intro, ...lines] : lines).join('\n');
}

/** The most characters an Excel cell holds; more and Excel reports the file as damaged (domain/spreadsheet.ts). */
export { MAX_CELL_TEXT } from 'jixiao-language/domain';

/**
 * The 年度总体目标 text as the cells that carry it, top to bottom: `goalsCellText` itself when it
 * fits one cell (always at least one cell, maybe empty); otherwise as few cells as goal boundaries
 * allow, each at most `limit` characters, whose texts joined with `\n` are `goalsCellText`
 * (unless a single goal or the intro is longer than `limit`: see `splitLongText`).
 */
export function goalsCellTexts(intro: string | undefined, goals: readonly Pick<FormGoal, 'text'>[], limit = MAX_CELL_TEXT): string[] {
    const whole = goalsCellText(intro, goals);
    if (whole.length <= limit) {
        return [whole];
    }
    // Each goal with its number; the number stays with the first piece of a goal that is cut.
    const parts = goals.map((goal, index) => ({ text: goalNumberPrefix(index) + goal.text, number: goalNumberPrefix(index).length }));
    if (intro) {
        parts.unshift({ text: intro, number: 0 });
    }
    const cells: string[] = [];
    let current: string | undefined;
    for (const { text: part, number } of parts) {
        if (current !== undefined && current.length + 1 + part.length <= limit) {
            current += '\n' + part;
            continue;
        }
        if (current !== undefined) {
            cells.push(current);
        }
        // A part too long for a cell starts a cell of its own, so it is cut as few times as it must be.
        const pieces = splitLongText(part, limit, number);
        cells.push(...pieces.slice(0, -1));
        current = pieces[pieces.length - 1];
    }
    cells.push(current!);
    return cells;
}

/** Where a text may be cut when no line break will do: after a sentence, else after a clause. */
const SENTENCE_ENDS = /[。！？；!?;]/;
const CLAUSE_ENDS = /[，、：,:）)」』”]/;
/** A line a reader would take for the start of a numbered goal (`3、`, `3.`, `（3）`). */
const NUMBERED_LINE = /^[\s\u3000]*(\d+\s*[、.．]|[（(]\s*\d+\s*[）)])/;

/**
 * One goal (or the intro) in pieces of at most `limit` characters, each as long as it can be: cut
 * at the last line break that fits, whose `\n` the join puts back; failing that after the last
 * sentence end, then clause end, that fits, where the join adds a line break (never where the rest
 * would start with a number and read as the next goal); failing that at `limit`, never between the
 * halves of a surrogate pair. The first piece keeps more than the goal's number (`numberLength`
 * characters), so a goal never reads back empty.
 */
function splitLongText(text: string, limit: number, numberLength: number): string[] {
    const pieces: string[] = [];
    let rest = text;
    let keep = numberLength;
    while (rest.length > limit) {
        const lineBreak = rest.lastIndexOf('\n', limit);
        if (lineBreak > keep) {
            pieces.push(rest.slice(0, lineBreak));
            rest = rest.slice(lineBreak + 1);
        } else {
            const cut = lastCutAfter(rest, limit, keep, SENTENCE_ENDS) ?? lastCutAfter(rest, limit, keep, CLAUSE_ENDS) ?? hardCut(rest, limit);
            pieces.push(rest.slice(0, cut));
            rest = rest.slice(cut);
        }
        keep = 0;
    }
    pieces.push(rest);
    return pieces;
}

/**
 * The largest cut in (keep, limit] right after a character matching `ends` whose rest does not
 * look numbered.
 */
function lastCutAfter(text: string, limit: number, keep: number, ends: RegExp): number | undefined {
    for (let cut = limit; cut > keep; cut--) {
        if (ends.test(text[cut - 1]) && !NUMBERED_LINE.test(text.slice(cut, cut + 24))) {
            return cut;
        }
    }
    return undefined;
}

function hardCut(text: string, limit: number): number {
    const high = text.charCodeAt(limit - 1);
    return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}
