/**
 * 指标值: comparators, deadlines, and reading a value cell as the form writes it (`≥190万人`,
 * `2026年6月前`, `显著`), which import and goal-text checks share with the checker.
 */
import { DEFAULT_GRADES } from './grades.js';
import { compareDecimal, parseDecimal, type ExactDecimal } from './decimal.js';
import { COMPARATORS, type CanonicalComparator } from './grammar-facts.js';
import { normalizeUnit, unitsForTextScanning } from './units.js';

/**
 * The grammar's spellings, and two more that pasted forms use and import reads (the grammar lexes
 * ＞＝ as two tokens).
 */
const COMPARATOR_FORMS: ReadonlyMap<string, CanonicalComparator> = new Map([...COMPARATORS, ['＞＝', '≥'], ['＜＝', '≤']]);

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A value cell: an optional comparator (longest spelling first: `>=` before `>`), a number, the rest. */
const QUANTITY_CELL = new RegExp(
    `^(${[...COMPARATOR_FORMS.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})?\\s*(-?\\d[\\d,，]*(?:\\.\\d+)?)\\s*(.*)$`
);

/** ASCII and full-width spellings become the form's ≥ ≤ > < =. */
export function normalizeComparator(comparator: string): CanonicalComparator | undefined {
    return COMPARATOR_FORMS.get(comparator);
}

export function isLowerBound(comparator: string | undefined): boolean {
    const canonical = comparator ? normalizeComparator(comparator) : undefined;
    return canonical === '≥' || canonical === '>';
}

export function isUpperBound(comparator: string | undefined): boolean {
    const canonical = comparator ? normalizeComparator(comparator) : undefined;
    return canonical === '≤' || canonical === '<';
}

export interface DeadlineDate {
    readonly year: number;
    readonly month?: number;
    readonly day?: number;
}

const DEADLINE_PATTERN = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(底|末|内)?(前|之前|以前)?$/;

export function parseDeadline(text: string): DeadlineDate | undefined {
    const match = DEADLINE_PATTERN.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [, year, month, day] = match;
    return {
        year: Number(year),
        month: month === undefined ? undefined : Number(month),
        day: day === undefined ? undefined : Number(day)
    };
}

/** Month 13 or 2月30日 is not a date. */
export function isValidDeadline(date: DeadlineDate): boolean {
    if (date.month === undefined) {
        return true;
    }
    if (date.month < 1 || date.month > 12) {
        return false;
    }
    if (date.day === undefined) {
        return true;
    }
    const daysInMonth = new Date(Date.UTC(date.year, date.month, 0)).getUTCDate();
    return date.day >= 1 && date.day <= daysInMonth;
}

export type ParsedValue =
    | { kind: 'quantity'; comparator?: CanonicalComparator; number: string; unit?: string }
    | { kind: 'deadline'; text: string }
    | { kind: 'grade'; grade: string }
    | { kind: 'not-applicable' }
    | { kind: 'text'; text: string };

const FULL_WIDTH_DIGITS = /[０-９．]/g;

/** Full-width digits and signs as pasted from some systems become ASCII. */
export function normalizeFullWidth(text: string): string {
    return text
        .replace(FULL_WIDTH_DIGITS, ch => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
        .replace(/％/g, '%')
        .replace(/\u3000/g, ' ');
}

/**
 * Reads a 指标值 cell as written on the form. A cell that is none of the known shapes is text, so
 * nothing is lost: the checker then warns that it is not measurable.
 */
export function parseValueText(cell: string, grades: readonly string[] = DEFAULT_GRADES): ParsedValue {
    const text = normalizeFullWidth(cell).trim();
    if (text === '不适用') {
        return { kind: 'not-applicable' };
    }
    if (parseDeadline(text)) {
        return { kind: 'deadline', text };
    }
    if (grades.includes(text)) {
        return { kind: 'grade', grade: text };
    }
    const match = QUANTITY_CELL.exec(text);
    if (match) {
        const [, comparator, number, rest] = match;
        const unit = rest.trim();
        if (parseDecimal(number) && (unit === '' || /^[%‰\p{L}²³·/]+$/u.test(unit))) {
            return {
                kind: 'quantity',
                comparator: comparator ? normalizeComparator(comparator) : undefined,
                number: number.replace(/，/g, ','),
                unit: unit === '' ? undefined : normalizeUnit(unit)
            };
        }
    }
    return { kind: 'text', text: cell.trim() };
}

export interface TextFigure {
    /** Offset of the figure in the text. */
    readonly offset: number;
    readonly length: number;
    /** The figure as written, e.g. `200个以上`, `≥90%`. */
    readonly text: string;
    readonly value: ExactDecimal;
    readonly unit: string;
    /** `lower` for “≥90%”, “200个以上”, “不少于6次”; `upper` for “≤…”, “…以内”; else `exact`. */
    readonly bound: 'lower' | 'upper' | 'exact';
}

const LOWER_BOUND_WORDS = ['≥', '>', '＞', '不少于', '不低于', '超过', '超', '以上', '及以上'];
const UPPER_BOUND_WORDS = ['≤', '<', '＜', '不超过', '不高于', '以下', '以内'];

function boundOf(before: string | undefined, after: string | undefined): TextFigure['bound'] {
    const words = [before, after].filter((word): word is string => word !== undefined);
    if (words.some(word => LOWER_BOUND_WORDS.includes(word))) {
        return 'lower';
    }
    return words.some(word => UPPER_BOUND_WORDS.includes(word)) ? 'upper' : 'exact';
}

let figurePattern: RegExp | undefined;

function getFigurePattern(): RegExp {
    if (!figurePattern) {
        const units = unitsForTextScanning().map(escapeRegExp).join('|');
        figurePattern = new RegExp(
            // The lookbehind skips starts inside a longer number at once: without it, a run of n digits
            // with no unit after it cost n² steps (a 100,000-digit goal text ran for minutes).
            `(≥|≤|>|<|＞|＜|不少于|不低于|不超过|不高于|超过|超|达到|达)?(?<![\\d.*×])(\\d+(?:\\.\\d+)?)(${units})(以上|以下|以内|及以上)?`,
            'g'
        );
    }
    return figurePattern;
}

/**
 * The figures a goal text promises (“2010套”, “200个以上”, “≥90%”). A number glued to a unit we
 * know counts; years (2026年度) and clock times (7*24小时) are still returned with their unit and
 * left to the caller to filter by kind.
 */
export function figuresInText(text: string): TextFigure[] {
    const figures: TextFigure[] = [];
    const pattern = getFigurePattern();
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const value = parseDecimal(match[2]);
        // A digit right before means we are inside a longer number such as a year.
        const glued = match.index > 0 && /[\d.*×]/.test(text[match.index - 1]);
        if (value && !glued) {
            figures.push({
                offset: match.index, length: match[0].length, text: match[0], value,
                unit: normalizeUnit(match[3]), bound: boundOf(match[1], match[4])
            });
        }
    }
    return figures;
}

/**
 * Whether an indicator's target keeps a promise written in text: equal to it, or at least a
 * lower bound (≥90% is kept by 100%), or at most an upper bound.
 */
export function figureKeptBy(figure: TextFigure, value: ExactDecimal): boolean {
    const order = compareDecimal(value, figure.value);
    return order === 0 || (figure.bound === 'lower' && order > 0) || (figure.bound === 'upper' && order < 0);
}

/** Every number written in a text, so that “4大应用场景” still counts as mentioning 4. */
export function numbersInText(text: string): ExactDecimal[] {
    return [...text.matchAll(/\d+(?:\.\d+)?/g)].flatMap(match => {
        const value = parseDecimal(match[0]);
        return value ? [value] : [];
    });
}
