/**
 * The scoring rules of DESIGN §2.2 against an independent model: every figure is an integer of
 * thousandths here, every score an integer of hundredths, and rounding half-up is written out with
 * BigInt floor division — nothing here uses the package's fraction or decimal code. Properties:
 * the score lies in [0, 分值]; it never falls as the actual gets better (and never rises as it
 * gets worse); it equals the model to the hundredth, including the half-way cases binary floating
 * point gets wrong.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
    apportion, formatDecimal, scoreBudget, scoreIndicator, SCORING_PROFILE_2020, gradeOf, sumScores, executionBelowThreshold,
    type ExactDecimal, type ScoringValue
} from 'jixiao-language/domain';

const SEED = 1320;
const RUNS = 300;

/** Thousandths → an exact decimal with three places. */
const thousandths = (units: bigint): ExactDecimal => ({ units, scale: 3 });
/** Hundredths → an exact decimal with two places. */
const hundredths = (units: bigint): ExactDecimal => ({ units, scale: 2 });

const quantity = (comparator: '≥' | '≤' | '=' | undefined, units: bigint): ScoringValue =>
    ({ kind: 'quantity', comparator, number: thousandths(units), unit: '个' });

/** An exact decimal as hundredths (it must have at most two decimals). */
function asHundredths(value: ExactDecimal | undefined): bigint {
    if (!value) {
        throw new Error('no score');
    }
    if (value.scale > 2) {
        throw new Error(`score with ${value.scale} decimals: ${formatDecimal(value)}`);
    }
    return value.units * 10n ** BigInt(2 - value.scale);
}

/** round half-up of p / q (both positive) to an integer. */
const halfUp = (p: bigint, q: bigint): bigint => (2n * p + q) / (2n * q);

/** The model: weight in hundredths, actual and target in thousandths; the score in hundredths. */
function modelPositive(weight: bigint, actual: bigint, target: bigint): bigint {
    return actual >= target ? weight : halfUp(weight * actual, target);
}
function modelNegative(weight: bigint, actual: bigint, target: bigint): bigint {
    if (target === 0n) {
        return actual === 0n ? weight : 0n;
    }
    return actual <= target ? weight : halfUp(weight * target, actual);
}

const weightArb = fc.bigInt({ min: 0n, max: 10000n });        // 0.00 … 100.00
const figureArb = fc.bigInt({ min: 0n, max: 10n ** 12n });     // 0.000 … 10^9
const positiveTargetArb = fc.bigInt({ min: 1n, max: 10n ** 12n });

describe('正向 (≥, =, no comparator): 分值 × min(实际 ÷ 目标, 1)', () => {
    test('equals the model, to the hundredth', () => {
        fc.assert(fc.property(weightArb, figureArb, positiveTargetArb, fc.constantFrom<'≥' | '=' | undefined>('≥', '=', undefined), (w, a, t, comparator) => {
            const scoring = scoreIndicator({ target: quantity(comparator, t), actual: quantity(undefined, a), weight: hundredths(w) });
            expect(scoring.computed).toBe(true);
            expect(asHundredths(scoring.score)).toBe(modelPositive(w, a, t));
        }), { seed: SEED, numRuns: RUNS });
    });

    test('lies in [0, 分值]', () => {
        fc.assert(fc.property(weightArb, figureArb, positiveTargetArb, (w, a, t) => {
            const score = asHundredths(scoreIndicator({ target: quantity('≥', t), actual: quantity(undefined, a), weight: hundredths(w) }).score);
            expect(score >= 0n && score <= w).toBe(true);
        }), { seed: SEED, numRuns: RUNS });
    });

    test('never falls when the actual rises', () => {
        fc.assert(fc.property(weightArb, figureArb, figureArb, positiveTargetArb, (w, a1, a2, t) => {
            const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1];
            const score = (a: bigint) => asHundredths(scoreIndicator({ target: quantity('≥', t), actual: quantity(undefined, a), weight: hundredths(w) }).score);
            expect(score(low) <= score(high)).toBe(true);
        }), { seed: SEED, numRuns: RUNS });
    });
});

describe('反向 (≤, <): 分值 when 实际 ≤ 目标, else 分值 × 目标 ÷ 实际; a target of 0 all or nothing', () => {
    const targetArb = fc.oneof(fc.constant(0n), positiveTargetArb);

    test('equals the model, to the hundredth', () => {
        fc.assert(fc.property(weightArb, figureArb, targetArb, fc.constantFrom<'≤' | '<'>('≤', '<'), (w, a, t, comparator) => {
            const target: ScoringValue = { kind: 'quantity', comparator, number: thousandths(t), unit: '天' };
            const scoring = scoreIndicator({ target, actual: { kind: 'quantity', number: thousandths(a), unit: '天' }, weight: hundredths(w) });
            expect(asHundredths(scoring.score)).toBe(modelNegative(w, a, t));
        }), { seed: SEED, numRuns: RUNS });
    });

    test('lies in [0, 分值]', () => {
        fc.assert(fc.property(weightArb, figureArb, targetArb, (w, a, t) => {
            const score = asHundredths(scoreIndicator({ target: quantity('≤', t), actual: quantity(undefined, a), weight: hundredths(w) }).score);
            expect(score >= 0n && score <= w).toBe(true);
        }), { seed: SEED, numRuns: RUNS });
    });

    test('never rises when the actual rises', () => {
        fc.assert(fc.property(weightArb, figureArb, figureArb, targetArb, (w, a1, a2, t) => {
            const [low, high] = a1 <= a2 ? [a1, a2] : [a2, a1];
            const score = (a: bigint) => asHundredths(scoreIndicator({ target: quantity('≤', t), actual: quantity(undefined, a), weight: hundredths(w) }).score);
            expect(score(low) >= score(high)).toBe(true);
        }), { seed: SEED, numRuns: RUNS });
    });
});

describe('预算执行率: 分值 × min(全年执行数 ÷ 全年预算数, 1)', () => {
    const amountArb = fc.bigInt({ min: 0n, max: 10n ** 14n }); // fen, up to 10^12 元
    const budgetArb = fc.bigInt({ min: 1n, max: 10n ** 14n });

    test('rate and score equal the model; the score lies in [0, 分值] and never falls as execution rises', () => {
        fc.assert(fc.property(weightArb, amountArb, amountArb, budgetArb, (w, e1, e2, b) => {
            const run = (executed: bigint) => scoreBudget({ weight: hundredths(w), budget: hundredths(b), executed: hundredths(executed) });
            const first = run(e1);
            if (!first.computed) {
                throw new Error('not computed');
            }
            expect(asHundredths(first.rate)).toBe(halfUp(e1 * 10000n, b));
            expect(asHundredths(first.score)).toBe(e1 >= b ? w : halfUp(w * e1, b));
            expect(asHundredths(first.score) >= 0n && asHundredths(first.score) <= w).toBe(true);
            const [low, high] = e1 <= e2 ? [e1, e2] : [e2, e1];
            expect(asHundredths(run(low).score) <= asHundredths(run(high).score)).toBe(true);
        }), { seed: SEED, numRuns: RUNS });
    });

    test('below 90% exactly: 89.999…% is below, 90% is not', () => {
        const below = (executed: bigint, budget: bigint) =>
            executionBelowThreshold(scoreBudget({ weight: hundredths(1000n), budget: hundredths(budget), executed: hundredths(executed) }), SCORING_PROFILE_2020);
        expect(below(899_999n, 1_000_000n)).toBe(true);
        expect(below(900_000n, 1_000_000n)).toBe(false);
        expect(below(2n, 3n)).toBe(true);
    });
});

describe('exactness', () => {
    test('half-way cases round up where binary floating point rounds down', () => {
        // 0.965 × 100 is 96.49999999999999 in binary floating point: Math.round gives 0.96.
        const score = scoreIndicator({ target: quantity('≥', 1000n), actual: quantity(undefined, 965n), weight: hundredths(100n) }).score;
        expect(formatDecimal(score!)).toBe('0.97');
        // 1.005 × 100 = 100.49999999999999; half-up of 1.005 is 1.01.
        const budget = scoreBudget({ weight: hundredths(201n), budget: hundredths(200n), executed: hundredths(100n) });
        expect(budget.computed && formatDecimal(budget.score)).toBe('1.01');
        expect(Math.round(1.005 * 100) / 100).toBe(1); // what a float implementation would print
    });

    test('the issue’s example: 正向 5 × 87.5 ÷ 90 = 4.86', () => {
        const scoring = scoreIndicator({
            target: { kind: 'quantity', comparator: '≥', number: { units: 90n, scale: 0 }, unit: '%' },
            actual: { kind: 'quantity', number: { units: 875n, scale: 1 }, unit: '%' },
            weight: { units: 5n, scale: 0 }
        });
        expect(scoring.computed && formatDecimal(scoring.score)).toBe('4.86');
    });

    test('the total is the sum of the rounded scores, not the rounded sum of exact ones', () => {
        // Three scores of 1/3 each: each rounds to 0.33, the total is 0.99 (the exact sum would round to 1.00).
        const third = scoreIndicator({ target: quantity('≥', 3000n), actual: quantity(undefined, 1000n), weight: hundredths(100n) }).score!;
        expect(formatDecimal(sumScores([third, third, third]))).toBe('0.99');
    });
});

describe('grades', () => {
    test.each([['100', '优'], ['90', '优'], ['89.99', '良'], ['80', '良'], ['79.99', '中'], ['60', '中'], ['59.99', '差'], ['0', '差']])(
        '%s → %s', (total, grade) => {
            const [integer, fraction = ''] = total.split('.');
            expect(gradeOf({ units: BigInt(integer + fraction), scale: fraction.length }, SCORING_PROFILE_2020)).toBe(grade);
        });
});

describe('apportion', () => {
    test('parts add up to the total exactly, differ by at most a hundredth, and follow the order', () => {
        fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10000n }), fc.integer({ min: 1, max: 60 }), (total, count) => {
            const parts = apportion(hundredths(total), Array.from({ length: count }, () => 1n)).map(asHundredths);
            expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
            expect(parts[0] - parts[parts.length - 1] <= 1n).toBe(true);
            expect(parts.every((part, index) => index === 0 || part <= parts[index - 1])).toBe(true);
        }), { seed: SEED, numRuns: RUNS });
    });

    test('50 over 7 indicators', () => {
        expect(apportion({ units: 50n, scale: 0 }, [1n, 1n, 1n, 1n, 1n, 1n, 1n]).map(part => formatDecimal(part)))
            .toEqual(['7.15', '7.15', '7.14', '7.14', '7.14', '7.14', '7.14']);
    });
});
