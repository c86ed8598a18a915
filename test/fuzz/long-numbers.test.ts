/**
 * Regressions from `npm run fuzz`: numbers of tens of thousands of digits (pasted by mistake) made
 * two text routines quadratic, so one diagnostic took minutes: thousands grouping in
 * formatDecimal, and the figure scan of goal texts. Both are linear now; a quadratic regression
 * would make these specs run for minutes instead of milliseconds.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { figuresInText, formatDecimal } from 'jixiao-language/domain';
import { diagnose } from '../language/jixiao-test-utils.js';
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');

describe('thousands grouping', () => {
    test('groups like the form prints amounts, for any length', () => {
        fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 4 }), (units, scale) => {
            const plain = formatDecimal({ units, scale });
            const [integer, fraction] = plain.split('.');
            const grouped = [...integer].reverse().map((digit, i) => (i > 0 && i % 3 === 0 ? digit + ',' : digit)).reverse().join('');
            expect(formatDecimal({ units, scale }, { grouping: true })).toBe(fraction === undefined ? grouped : `${grouped}.${fraction}`);
            expect(formatDecimal({ units: -units, scale }, { grouping: true })).toBe(units === 0n ? formatDecimal({ units, scale }, { grouping: true }) : `-${formatDecimal({ units, scale }, { grouping: true })}`);
        }), { seed: 7, numRuns: 500 });
    });

    test('a 100,000-digit amount is grouped', () => {
        const grouped = formatDecimal({ units: 10n ** 100_000n, scale: 2 }, { grouping: true });
        expect(grouped.startsWith('100,000,000,')).toBe(true);
        expect(grouped.replace(/[,.]/g, '')).toBe('1' + '0'.repeat(100_000));
        expect(grouped.endsWith(',000.00')).toBe(true);
    });
});

describe('figures in goal texts', () => {
    test('a long run of digits with no unit is no figure; one with a unit is one figure', () => {
        const digits = '9'.repeat(100_000);
        expect(figuresInText(`完成${digits}，`)).toEqual([]);
        const [figure] = figuresInText(`完成${digits}个以上`);
        expect([figure.offset, figure.length, figure.unit, figure.bound]).toEqual([2, 100_003, '个', 'lower']);
    });

    test('figures inside longer numbers are still skipped (7*24小时, 2026.5年)', () => {
        expect(figuresInText('提供7*24小时服务').map(f => f.text)).toEqual([]);
        expect(figuresInText('≥90%，出具4份，12.5%').map(f => f.text)).toEqual(['≥90%', '4份', '12.5%']);
    });

    test('the seed with 100,000-digit amounts and goal figures is checked', async () => {
        const huge = '9'.repeat(100_000);
        const text = seed.replace('11782800.00', `${huge}.00`).replace('200个以上', `${huge}个以上`);
        const diagnostics = await diagnose(text);
        expect(diagnostics.some(d => d.code === 'budget.task-sum')).toBe(true);
    });
});
