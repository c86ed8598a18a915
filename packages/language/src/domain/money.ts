/**
 * Money on the form: exact amounts in hundredths (分 when the unit is 元) of the declaration's
 * amount unit. Sums are BigInt sums; nothing on a money path uses binary floating point.
 */
import { formatDecimal, parseDecimal, type ExactDecimal } from './decimal.js';

export type AmountUnit = '元' | '万元';
export const AMOUNT_UNITS: readonly AmountUnit[] = ['元', '万元'];
export const DEFAULT_AMOUNT_UNIT: AmountUnit = '元';

export function isAmountUnit(text: string | undefined): text is AmountUnit {
    return text === '元' || text === '万元';
}

/** An amount as a count of hundredths of the declaration's unit. */
export type Hundredths = bigint;

export type AmountParse =
    | { ok: true; hundredths: Hundredths; decimal: ExactDecimal }
    | { ok: false; reason: 'syntax' | 'precision' | 'negative'; decimal?: ExactDecimal };

/** The form allows two decimals; more is an error, not a silent rounding. */
export const AMOUNT_DECIMALS = 2;

export function parseAmount(text: string): AmountParse {
    const decimal = parseDecimal(text);
    if (!decimal) {
        return { ok: false, reason: 'syntax' };
    }
    if (decimal.units < 0n) {
        return { ok: false, reason: 'negative', decimal };
    }
    if (decimal.scale > AMOUNT_DECIMALS) {
        return { ok: false, reason: 'precision', decimal };
    }
    return { ok: true, hundredths: decimal.units * 10n ** BigInt(AMOUNT_DECIMALS - decimal.scale), decimal };
}

export function sumHundredths(values: readonly Hundredths[]): Hundredths {
    return values.reduce((total, value) => total + value, 0n);
}

/** `29141800.00` (as written in a .jixiao document). */
export function formatAmount(hundredths: Hundredths): string {
    return formatDecimal({ units: hundredths, scale: AMOUNT_DECIMALS });
}

/** `29,141,800.00` (as shown in messages and hovers). */
export function formatAmountGrouped(hundredths: Hundredths): string {
    return formatDecimal({ units: hundredths, scale: AMOUNT_DECIMALS }, { grouping: true });
}

/** Converts an amount to hundredths of 元, so that figures in 元 and 万元 can be compared exactly. */
export function toYuanHundredths(hundredths: Hundredths, unit: AmountUnit): Hundredths {
    return unit === '万元' ? hundredths * 10000n : hundredths;
}

/** Digits a spreadsheet cell (an IEEE double) keeps exactly. */
export const SPREADSHEET_DIGITS = 15;

/**
 * The significant digits of an amount written to the fen: from its first non-zero digit down to
 * the hundredths. 29,141,800.00 has 10; 0.05 has 1; 400000000000000.01 has 17.
 */
export function significantDigits(hundredths: Hundredths): number {
    return hundredths === 0n ? 0 : (hundredths < 0n ? -hundredths : hundredths).toString().length;
}

/**
 * True when a spreadsheet holds the amount to the fen: at most 15 significant digits (the largest
 * is 9,999,999,999,999.99). More is `budget.amount-too-large`, and export refuses it.
 */
export function amountFitsSpreadsheet(hundredths: Hundredths): boolean {
    return significantDigits(hundredths) <= SPREADSHEET_DIGITS;
}

/**
 * The number a spreadsheet cell holds. Excel stores IEEE doubles, so this is the one place an
 * amount becomes a JavaScript number: at the boundary, after all arithmetic is done exactly.
 * An amount of at most 15 significant digits converts without loss of the printed value; a larger
 * one is refused (RangeError) rather than rounded or turned into Infinity.
 */
export function amountToSpreadsheetNumber(hundredths: Hundredths): number {
    if (!amountFitsSpreadsheet(hundredths)) {
        throw new RangeError(`amount of ${significantDigits(hundredths)} significant digits does not fit a spreadsheet cell`);
    }
    return Number(formatAmount(hundredths));
}
