/**
 * Exact fractions of BigInts, for the few divisions of the scoring rules (实际 ÷ 目标, 执行数 ÷ 预算数):
 * the quotient is kept exact and rounded once, half-up, where the form prints it.
 */
import type { ExactDecimal } from './decimal.js';

export interface Fraction {
    readonly numerator: bigint;
    /** Always positive. */
    readonly denominator: bigint;
}

export function fractionOf(value: ExactDecimal): Fraction {
    return { numerator: value.units, denominator: 10n ** BigInt(value.scale) };
}

export function fraction(numerator: bigint, denominator: bigint): Fraction {
    if (denominator === 0n) {
        throw new RangeError('division by zero');
    }
    return denominator < 0n ? { numerator: -numerator, denominator: -denominator } : { numerator, denominator };
}

export function multiply(a: Fraction, b: Fraction): Fraction {
    return { numerator: a.numerator * b.numerator, denominator: a.denominator * b.denominator };
}

/** a ÷ b; b must not be zero. */
export function divide(a: Fraction, b: Fraction): Fraction {
    return fraction(a.numerator * b.denominator, a.denominator * b.numerator);
}

export function compareFractions(a: Fraction, b: Fraction): number {
    const left = a.numerator * b.denominator;
    const right = b.numerator * a.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
}

export function minFraction(a: Fraction, b: Fraction): Fraction {
    return compareFractions(a, b) <= 0 ? a : b;
}

export const ONE: Fraction = { numerator: 1n, denominator: 1n };

/**
 * The fraction rounded half-up (四舍五入: a half goes away from zero) to `decimals` places:
 * 4.825 → 4.83, 4.8249 → 4.82, -0.005 → -0.01.
 */
export function roundHalfUp(value: Fraction, decimals: number): ExactDecimal {
    const scaled = value.numerator * 10n ** BigInt(decimals);
    const negative = scaled < 0n;
    const magnitude = negative ? -scaled : scaled;
    const rounded = (2n * magnitude + value.denominator) / (2n * value.denominator);
    return { units: negative ? -rounded : rounded, scale: decimals };
}
