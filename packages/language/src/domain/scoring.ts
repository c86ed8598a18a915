/**
 * The default scoring rules of the 项目支出绩效自评表 (DESIGN §2.2), in exact decimals:
 *
 * - 执行率 = 全年执行数 ÷ 全年预算数; the budget 得分 = 分值 × min(执行率, 1).
 * - a quantity whose actual is a number in the target's unit: 正向 (≥ > = or none)
 *   分值 × min(实际 ÷ 目标, 1); 反向 (≤ <) 分值 when 实际 ≤ 目标, else 分值 × 目标 ÷ 实际; a 反向 target
 *   of 0 gives 分值 for an actual of 0, else 0.
 * - a deadline met (the actual date on or before it) gives 分值; missed, the analyst's written 得分.
 * - grades, free text and whatever is not mechanical: the analyst's written 得分.
 * - every score is rounded half-up to two decimals; the total is the sum of the rounded scores;
 *   the grade comes from the profile's bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, else 差).
 *
 * Plain data in, plain data out: the language server, the CLI and the form share these functions.
 */
import { compareDecimal, parseDecimal, type ExactDecimal } from './decimal.js';
import {
    compareFractions, divide, fractionOf, minFraction, multiply, ONE, roundHalfUp, type Fraction
} from './fraction.js';
import type { ScoringProfile, WeightShare } from './scoring-profiles.js';
import { normalizeUnit } from './units.js';
import { parseDeadline, parseValueText, type DeadlineDate } from './values.js';
import type { CanonicalComparator } from './grammar-facts.js';

/** Scores, rates and totals are printed with two decimals. */
export const SCORE_DECIMALS = 2;

/** A 年度指标值 or 实际完成值 as the rules see it. */
export type ScoringValue =
    | { kind: 'quantity'; comparator?: CanonicalComparator; number: ExactDecimal; unit?: string }
    | { kind: 'deadline'; date: DeadlineDate; text: string }
    | { kind: 'grade'; grade: string }
    | { kind: 'text'; text: string }
    | { kind: 'not-applicable' };

/** A value cell as the form writes it (`≥200个`, `2026年12月25日`, `显著`), read for scoring. */
export function scoringValueFromText(cell: string, grades?: readonly string[]): ScoringValue {
    const parsed = parseValueText(cell, grades);
    switch (parsed.kind) {
        case 'quantity': {
            const number = parseDecimal(parsed.number);
            return number ? { kind: 'quantity', comparator: parsed.comparator, number, unit: parsed.unit } : { kind: 'text', text: cell.trim() };
        }
        case 'deadline': return { kind: 'deadline', date: parseDeadline(parsed.text)!, text: parsed.text };
        case 'grade': return { kind: 'grade', grade: parsed.grade };
        case 'not-applicable': return { kind: 'not-applicable' };
        case 'text': return { kind: 'text', text: parsed.text };
    }
}

/** The rule that computed a score, with its figures, so that a hover can show the arithmetic. */
export type ScoreRule =
    | { kind: 'positive'; weight: ExactDecimal; actual: ExactDecimal; target: ExactDecimal; unit?: string; reached: boolean }
    | { kind: 'negative'; weight: ExactDecimal; actual: ExactDecimal; target: ExactDecimal; unit?: string; reached: boolean }
    | { kind: 'negative-zero'; weight: ExactDecimal; actual: ExactDecimal; unit?: string; reached: boolean }
    | { kind: 'deadline-met'; weight: ExactDecimal; actual: string; deadline: string };

/** Why a score is the analyst's to write rather than computed. */
export type WrittenScoreReason =
    | 'actual-missing'      // nothing to score yet
    | 'grade'               // 显著 / 明显 / 一般
    | 'text'                // free text, or an actual that is not a figure
    | 'deadline-missed'     // the actual date is after the deadline
    | 'deadline-unclear'    // the actual names a month or year that straddles the deadline
    | 'unit-differs'        // the actual is in another unit than the target
    | 'not-numeric'         // a target or actual below zero, a 正向 target of 0…
    | 'not-applicable';     // the target is 不适用

export type IndicatorScoring =
    | { readonly computed: true; readonly rule: ScoreRule; readonly score: ExactDecimal }
    | { readonly computed: false; readonly reason: WrittenScoreReason; readonly score?: ExactDecimal };

export interface IndicatorScoreInput {
    readonly target?: ScoringValue;
    readonly actual?: ScoringValue;
    readonly weight: ExactDecimal;
    /** The 得分 the analyst wrote, taken when the rules cannot compute one. */
    readonly written?: ExactDecimal;
}

export function scoreIndicator(input: IndicatorScoreInput): IndicatorScoring {
    const { target, actual, weight, written } = input;
    const byAnalyst = (reason: WrittenScoreReason): IndicatorScoring => ({ computed: false, reason, score: written });
    if (target?.kind === 'not-applicable') {
        return byAnalyst('not-applicable');
    }
    if (actual === undefined) {
        return byAnalyst('actual-missing');
    }
    if (target?.kind === 'grade') {
        return byAnalyst('grade');
    }
    if (target?.kind === 'deadline') {
        return scoreDeadline(target, actual, weight) ?? byAnalyst(deadlineReason(target, actual));
    }
    if (target?.kind !== 'quantity' || actual.kind !== 'quantity') {
        return byAnalyst('text');
    }
    if (!sameUnit(target.unit, actual.unit)) {
        return byAnalyst('unit-differs');
    }
    const rule = quantityRule(target, actual, weight);
    return rule ? { computed: true, rule, score: roundHalfUp(ruleFraction(rule), SCORE_DECIMALS) } : byAnalyst('not-numeric');
}

/** An actual written without a unit is read in the target's unit. */
function sameUnit(target: string | undefined, actual: string | undefined): boolean {
    return actual === undefined || target === undefined || normalizeUnit(target) === normalizeUnit(actual);
}

function quantityRule(target: Extract<ScoringValue, { kind: 'quantity' }>, actual: Extract<ScoringValue, { kind: 'quantity' }>, weight: ExactDecimal): ScoreRule | undefined {
    const zero = { units: 0n, scale: 0 };
    if (compareDecimal(actual.number, zero) < 0 || compareDecimal(target.number, zero) < 0) {
        return undefined;
    }
    const unit = target.unit ?? actual.unit;
    const figures = { weight, actual: actual.number, unit };
    if (isNegativeDirection(target.comparator)) {
        if (compareDecimal(target.number, zero) === 0) {
            return { kind: 'negative-zero', ...figures, reached: compareDecimal(actual.number, zero) === 0 };
        }
        return { kind: 'negative', ...figures, target: target.number, reached: compareDecimal(actual.number, target.number) <= 0 };
    }
    if (compareDecimal(target.number, zero) === 0) {
        // 实际 ÷ 0 has no value; a target of “≥0” says nothing to score against.
        return undefined;
    }
    return { kind: 'positive', ...figures, target: target.number, reached: compareDecimal(actual.number, target.number) >= 0 };
}

/** ≤ and < ask for less (反向); ≥, >, = and no comparator ask for more (正向). */
export function isNegativeDirection(comparator: CanonicalComparator | undefined): boolean {
    return comparator === '≤' || comparator === '<';
}

/** The exact, unrounded score of a rule. */
export function ruleFraction(rule: ScoreRule): Fraction {
    const weight = fractionOf(rule.weight);
    switch (rule.kind) {
        case 'positive':
            return multiply(weight, minFraction(divide(fractionOf(rule.actual), fractionOf(rule.target)), ONE));
        case 'negative':
            return rule.reached ? weight : multiply(weight, divide(fractionOf(rule.target), fractionOf(rule.actual)));
        case 'negative-zero':
            return rule.reached ? weight : { numerator: 0n, denominator: 1n };
        case 'deadline-met':
            return weight;
    }
}

function scoreDeadline(target: Extract<ScoringValue, { kind: 'deadline' }>, actual: ScoringValue, weight: ExactDecimal): IndicatorScoring | undefined {
    if (actual.kind !== 'deadline' || !(lastDay(actual.date) <= lastDay(target.date))) {
        return undefined;
    }
    return {
        computed: true,
        rule: { kind: 'deadline-met', weight, actual: actual.text, deadline: target.text },
        score: roundHalfUp(fractionOf(weight), SCORE_DECIMALS)
    };
}

function deadlineReason(target: Extract<ScoringValue, { kind: 'deadline' }>, actual: ScoringValue): WrittenScoreReason {
    if (actual.kind !== 'deadline') {
        return 'text';
    }
    return firstDay(actual.date) > lastDay(target.date) ? 'deadline-missed' : 'deadline-unclear';
}

/**
 * The last day a deadline admits, as yyyymmdd: 2026年12月31日前 → 20261231; a month or a year
 * stands for its end (2026年6月前 → 20260630, 2026年底前 → 20261231).
 */
export function lastDay(date: DeadlineDate): number {
    const month = date.month ?? 12;
    const day = date.day ?? new Date(Date.UTC(date.year, month, 0)).getUTCDate();
    return date.year * 10000 + month * 100 + day;
}

/** The first day a date written as a month or a year can mean. */
export function firstDay(date: DeadlineDate): number {
    return date.year * 10000 + (date.month ?? 1) * 100 + (date.day ?? 1);
}

// ── 预算执行率 ─────────────────────────────────────────────────────────────────────────────────

export interface BudgetScoreInput {
    readonly weight: ExactDecimal;
    /** 全年预算数 of 年度资金总额. */
    readonly budget?: ExactDecimal;
    /** 全年执行数 of 年度资金总额. */
    readonly executed?: ExactDecimal;
    readonly written?: ExactDecimal;
}

export type BudgetScoring =
    | {
        readonly computed: true;
        /** 执行率 in percent, rounded half-up to two decimals (95.00). */
        readonly rate: ExactDecimal;
        /** The exact rate as a fraction of 1, for the threshold. */
        readonly exactRate: Fraction;
        readonly weight: ExactDecimal;
        readonly score: ExactDecimal;
    }
    | { readonly computed: false; readonly reason: 'actual-missing' | 'no-budget'; readonly score?: ExactDecimal };

export function scoreBudget(input: BudgetScoreInput): BudgetScoring {
    const { weight, budget, executed, written } = input;
    if (executed === undefined) {
        return { computed: false, reason: 'actual-missing', score: written };
    }
    if (budget === undefined || budget.units <= 0n || executed.units < 0n) {
        return { computed: false, reason: 'no-budget', score: written };
    }
    const exactRate = divide(fractionOf(executed), fractionOf(budget));
    return {
        computed: true,
        rate: roundHalfUp(multiply(exactRate, { numerator: 100n, denominator: 1n }), SCORE_DECIMALS),
        exactRate,
        weight,
        score: roundHalfUp(multiply(fractionOf(weight), minFraction(exactRate, ONE)), SCORE_DECIMALS)
    };
}

/** True when the execution rate is below the profile's threshold (a reason is then required). */
export function executionBelowThreshold(scoring: BudgetScoring, profile: ScoringProfile): boolean {
    return scoring.computed && compareFractions(scoring.exactRate, divide(fractionOf(profile.executionThreshold), { numerator: 100n, denominator: 1n })) < 0;
}

// ── over-achievement, totals, grades ──────────────────────────────────────────────────────────

/** A 正向 actual above the profile's factor × target (1.2 × by default). */
export function isOverachieved(rule: ScoreRule, profile: ScoringProfile): boolean {
    if (rule.kind !== 'positive') {
        return false;
    }
    const limit = multiply(fractionOf(profile.overachievementFactor), fractionOf(rule.target));
    return compareFractions(fractionOf(rule.actual), limit) > 0;
}

/** The sum of the rounded scores. */
export function sumScores(scores: readonly ExactDecimal[]): ExactDecimal {
    return scores.reduce((sum, score) => addDecimals(sum, score), { units: 0n, scale: SCORE_DECIMALS });
}

export function addDecimals(a: ExactDecimal, b: ExactDecimal): ExactDecimal {
    const scale = Math.max(a.scale, b.scale);
    const units = (value: ExactDecimal) => value.units * 10n ** BigInt(scale - value.scale);
    return { units: units(a) + units(b), scale };
}

export function gradeOf(total: ExactDecimal, profile: ScoringProfile): string {
    const band = profile.gradeBands.find(candidate => compareDecimal(total, candidate.minimum) >= 0);
    return (band ?? profile.gradeBands[profile.gradeBands.length - 1]).grade;
}

// ── weights ───────────────────────────────────────────────────────────────────────────────────

/**
 * `total` split into `ratios.length` parts in proportion to the ratios, each with two decimals,
 * the parts adding up to `total` exactly: every part is rounded down to the hundredth and the
 * hundredths left over go one each to the first parts (50 over 7 → 7.15, 7.15, 7.14 × 5).
 */
export function apportion(total: ExactDecimal, ratios: readonly bigint[]): ExactDecimal[] {
    const hundredths = roundHalfUp(fractionOf(total), SCORE_DECIMALS).units;
    const sum = ratios.reduce((a, b) => a + b, 0n);
    if (ratios.length === 0 || sum <= 0n) {
        return ratios.map(() => ({ units: 0n, scale: SCORE_DECIMALS }));
    }
    const parts = ratios.map(ratio => (hundredths * ratio) / sum);
    let left = hundredths - parts.reduce((a, b) => a + b, 0n);
    for (let index = 0; left > 0n; index = (index + 1) % parts.length) {
        if (ratios[index] > 0n) {
            parts[index] += 1n;
            left -= 1n;
        }
    }
    return parts.map(units => trimScore({ units, scale: SCORE_DECIMALS }));
}

/** `10.00` → `10`, `7.50` → `7.5`: weights read as analysts write them. */
function trimScore(value: ExactDecimal): ExactDecimal {
    let { units, scale } = value;
    while (scale > 0 && units % 10n === 0n) {
        units /= 10n;
        scale--;
    }
    return { units, scale };
}

/**
 * What each share of the profile should weigh when some shares have no indicators at all (every
 * category 不适用): their points go to the shares that have indicators, in proportion to their
 * weights, so that the 分值 still add up to the total.
 */
export function expectedShareWeights(profile: ScoringProfile, present: ReadonlySet<string>): Map<WeightShare, ExactDecimal> {
    const shares = profile.shares.filter(share => present.has(share.name));
    const result = new Map<WeightShare, ExactDecimal>();
    if (shares.length === profile.shares.length || shares.length === 0) {
        shares.forEach(share => result.set(share, share.weight));
        return result;
    }
    const indicatorPoints = profile.shares.reduce((sum, share) => addDecimals(sum, share.weight), { units: 0n, scale: 0 });
    const common = Math.max(...shares.map(share => share.weight.scale));
    const ratios = shares.map(share => share.weight.units * 10n ** BigInt(common - share.weight.scale));
    apportion(indicatorPoints, ratios).forEach((weight, index) => result.set(shares[index], weight));
    return result;
}
