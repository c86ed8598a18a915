/**
 * Money text round trips, checked against an independent BigInt model: parsing what the formatter
 * writes gives back the same hundredths, with and without thousands separators, in 元 and 万元, and
 * the spreadsheet boundary (`amountToSpreadsheetNumber`) keeps the printed value of every amount up
 * to 10^12 元.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
    amountToSpreadsheetNumber, formatAmount, formatAmountGrouped, formatDecimal, parseAmount, parseDecimal, sumHundredths, toYuanHundredths
} from 'jixiao-language/domain';
import { MAX_HUNDREDTHS, writeHundredths } from './money-arbitraries.js';

const SEED = 4243;
const hundredths = fc.bigInt({ min: 0n, max: MAX_HUNDREDTHS.元 });

describe('amount text', () => {
    test('parse(format(x)) = x, plain and grouped', () => {
        fc.assert(fc.property(hundredths, amount => {
            expect(parseAmount(formatAmount(amount))).toMatchObject({ ok: true, hundredths: amount });
            expect(parseAmount(formatAmountGrouped(amount))).toMatchObject({ ok: true, hundredths: amount });
        }), { seed: SEED, numRuns: 2000 });
    });

    test('format writes what an independent formatter writes', () => {
        fc.assert(fc.property(hundredths, amount => {
            expect(formatAmount(amount)).toBe(writeHundredths(amount, { grouping: false, decimals: 2 }));
            expect(formatAmountGrouped(amount)).toBe(writeHundredths(amount, { grouping: true, decimals: 2 }));
        }), { seed: SEED, numRuns: 2000 });
    });

    test('text as analysts write it (separators, full-width comma, one or no decimals) parses to its exact value', () => {
        fc.assert(fc.property(hundredths, fc.boolean(), fc.boolean(), fc.constantFrom<0 | 1 | 2>(0, 1, 2), (amount, grouping, fullWidth, decimals) => {
            let text = writeHundredths(amount, { grouping, decimals });
            if (fullWidth) {
                text = text.replace(/,/g, '，');
            }
            const value = decimals === 2 ? amount : decimals === 1 ? amount - amount % 10n : amount - amount % 100n;
            expect(parseAmount(text)).toMatchObject({ ok: true, hundredths: value });
        }), { seed: SEED, numRuns: 2000 });
    });

    test('a third decimal is a precision error, never rounded', () => {
        fc.assert(fc.property(hundredths, fc.integer({ min: 1, max: 9 }), (amount, digit) => {
            expect(parseAmount(`${formatAmount(amount)}${digit}`)).toMatchObject({ ok: false, reason: 'precision' });
        }), { seed: SEED, numRuns: 500 });
    });

    test('decimals of any scale round-trip through parseDecimal/formatDecimal', () => {
        fc.assert(fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }), (units, scale) => {
            expect(parseDecimal(formatDecimal({ units, scale }))).toEqual({ units, scale });
            expect(parseDecimal(formatDecimal({ units, scale }, { grouping: true }))).toEqual({ units, scale });
        }), { seed: SEED, numRuns: 2000 });
    });
});

describe('sums and units', () => {
    test('sumHundredths is the BigInt sum, far beyond 2^53', () => {
        fc.assert(fc.property(fc.array(hundredths, { maxLength: 200 }), amounts => {
            let expected = 0n;
            for (const amount of amounts) {
                expected += amount;
            }
            expect(sumHundredths(amounts)).toBe(expected);
        }), { seed: SEED, numRuns: 500 });
    });

    test('万元 converts to 元 exactly', () => {
        fc.assert(fc.property(fc.bigInt({ min: 0n, max: MAX_HUNDREDTHS.万元 }), amount => {
            expect(toYuanHundredths(amount, '万元')).toBe(amount * 10000n);
            expect(toYuanHundredths(amount, '元')).toBe(amount);
        }), { seed: SEED, numRuns: 500 });
    });
});

describe('the spreadsheet boundary', () => {
    test('amountToSpreadsheetNumber keeps the printed value of every amount up to 10^12 元', () => {
        fc.assert(fc.property(hundredths, amount => {
            const cell = amountToSpreadsheetNumber(amount);
            // What Excel shows (and what import reads back): the shortest decimal of the double.
            expect(parseAmount(String(cell))).toMatchObject({ ok: true, hundredths: amount });
        }), { seed: SEED, numRuns: 5000 });
    });
});
