/**
 * A parsed self-evaluation read as the scoring rules need it (domain/scoring.ts): each indicator's
 * target and actual as scoring values, its 分值 and written 得分, the share of the 100 points it
 * counts towards, and the scores the rules give. The validator, the inlay hints, the hover, the
 * code lens, `jixiao score` and the form all read this one sheet, computed once per parse.
 */
import {
    isDeadline, isFreeText, isGrade, isNotApplicableValue, isQuantity,
    type FundRow, type Indicator, type SelfEvaluation, type Value
} from './generated/ast.js';
import { allIndicators, headerValue, indicatorPlacement, profileOf } from './jixiao-ast-utils.js';
import { canonicalCategoryName } from './domain/catalogue.js';
import { parseDecimal, type ExactDecimal } from './domain/decimal.js';
import {
    DEFAULT_SCORING_PROFILE, scoringProfileByName, shareOf, type ScoringProfile, type WeightShare
} from './domain/scoring-profiles.js';
import {
    addDecimals, gradeOf, scoreBudget, scoreIndicator, sumScores,
    type BudgetScoring, type IndicatorScoring, type ScoringValue
} from './domain/scoring.js';
import { parseDeadline, normalizeComparator } from './domain/values.js';
import { FUND_TOTAL_ROW } from './domain/grammar-facts.js';
import { normalizeUnit } from './domain/units.js';

/** The row of 项目资金 that carries the 预算执行率 score. */
export const BUDGET_ROW = FUND_TOTAL_ROW;

export interface ScoredIndicator {
    readonly indicator: Indicator;
    /** The 一级 category, by its catalogue name. */
    readonly firstLevel?: string;
    /** The share of the points it counts towards; undefined under an unknown 一级. */
    readonly share?: WeightShare;
    readonly target?: ScoringValue;
    readonly actual?: ScoringValue;
    /** 分值, when written and a valid decimal. */
    readonly weight?: ExactDecimal;
    /** 得分 as written, when a valid decimal. */
    readonly written?: ExactDecimal;
    /** The rules' verdict; undefined without a 分值. */
    readonly scoring?: IndicatorScoring;
    /** The score that counts: the computed one, else the written one. */
    readonly score?: ExactDecimal;
}

export interface BudgetLine {
    readonly row: FundRow;
    readonly weight?: ExactDecimal;
    readonly budget?: ExactDecimal;
    readonly executed?: ExactDecimal;
    readonly written?: ExactDecimal;
    /** Undefined without a 分值. */
    readonly scoring?: BudgetScoring;
    readonly score?: ExactDecimal;
}

export interface ScoreSheet {
    readonly evaluation: SelfEvaluation;
    readonly profile: ScoringProfile;
    readonly budget?: BudgetLine;
    /** Every indicator that is scored (a target of 不适用 is not). */
    readonly indicators: readonly ScoredIndicator[];
    /** The sum of the scores known so far. */
    readonly total: ExactDecimal;
    /** True when every score is known: then `total` is the evaluation's 总分. */
    readonly complete: boolean;
    /** The grade of a complete total. */
    readonly grade?: string;
    /** Σ of the 分值, when every one is written. */
    readonly weightTotal?: ExactDecimal;
}

const sheets = new WeakMap<SelfEvaluation, ScoreSheet>();

/** The sheet of a parsed evaluation; a new parse is a new node, so a cached sheet is never stale. */
export function scoreSheetOf(evaluation: SelfEvaluation): ScoreSheet {
    let sheet = sheets.get(evaluation);
    if (!sheet) {
        sheet = computeSheet(evaluation);
        sheets.set(evaluation, sheet);
    }
    return sheet;
}

/** The scoring profile the evaluation names (评分规则), else the default. */
export function scoringProfileOf(evaluation: SelfEvaluation): ScoringProfile {
    const name = headerValue(evaluation.scoringProfile);
    return (name !== undefined ? scoringProfileByName(name) : undefined) ?? DEFAULT_SCORING_PROFILE;
}

export function budgetRowOf(evaluation: SelfEvaluation): FundRow | undefined {
    return evaluation.funds?.rows.find(row => row.kind === BUDGET_ROW);
}

function computeSheet(evaluation: SelfEvaluation): ScoreSheet {
    const profile = scoringProfileOf(evaluation);
    const categories = profileOf(evaluation);
    const indicators = allIndicators(evaluation)
        .filter(indicator => typeof indicator.name === 'string' && !isNotApplicableValue(indicator.value))
        .map(indicator => scoreOne(indicator, profile, placementName(indicator, name => canonicalCategoryName(categories, name))));
    const budget = budgetLine(evaluation);
    const scores = [budget?.score, ...indicators.map(indicator => indicator.score)];
    const known = scores.filter((score): score is ExactDecimal => score !== undefined);
    const complete = budget !== undefined && known.length === scores.length;
    const total = sumScores(known);
    const weights = [budget?.weight, ...indicators.map(indicator => indicator.weight)];
    const weightTotal = budget && weights.every(weight => weight !== undefined)
        ? weights.reduce<ExactDecimal>((sum, weight) => addDecimals(sum, weight!), { units: 0n, scale: 0 }) : undefined;
    return { evaluation, profile, budget, indicators, total, complete, grade: complete ? gradeOf(total, profile) : undefined, weightTotal };
}

function placementName(indicator: Indicator, canonical: (name: string) => string): string | undefined {
    const first = indicatorPlacement(indicator).first;
    return first === undefined ? undefined : canonical(first);
}

function scoreOne(indicator: Indicator, profile: ScoringProfile, firstLevel: string | undefined): ScoredIndicator {
    const target = scoringValueOf(indicator.value, indicator.unitCell);
    const actual = indicator.actual === undefined ? undefined : scoringValueOf(indicator.actual, undefined);
    const weight = decimalOf(indicator.weight);
    const written = decimalOf(indicator.score);
    const scoring = weight === undefined ? undefined : scoreIndicator({ target, actual, weight, written });
    return {
        indicator, firstLevel, share: shareOf(profile, firstLevel), target, actual, weight, written, scoring,
        score: scoring?.score
    };
}

function budgetLine(evaluation: SelfEvaluation): BudgetLine | undefined {
    const row = budgetRowOf(evaluation);
    if (!row) {
        return undefined;
    }
    const weight = decimalOf(row.weight);
    const budget = decimalOf(row.budget);
    const executed = decimalOf(row.executed);
    const written = decimalOf(row.score);
    const scoring = weight === undefined ? undefined : scoreBudget({ weight, budget, executed, written });
    return { row, weight, budget, executed, written, scoring, score: scoring?.score };
}

/** A decimal as written, or undefined when absent or not a number. */
export function decimalOf(text: string | undefined): ExactDecimal | undefined {
    return text === undefined ? undefined : parseDecimal(text);
}

/** A 年度指标值 or 实际 as a scoring value; a quantity without its own unit takes the 度量单位 cell. */
export function scoringValueOf(value: Value | undefined, unitCell: string | undefined): ScoringValue | undefined {
    if (isQuantity(value)) {
        const number = value.number === undefined ? undefined : parseDecimal(value.number);
        if (!number) {
            return undefined;
        }
        const unit = value.unit ?? unitCell;
        return {
            kind: 'quantity',
            comparator: value.comparator === undefined ? undefined : normalizeComparator(value.comparator),
            number,
            unit: unit === undefined ? undefined : normalizeUnit(unit)
        };
    }
    if (isDeadline(value) && value.deadline !== undefined) {
        const date = parseDeadline(value.deadline);
        return date ? { kind: 'deadline', date, text: value.deadline } : { kind: 'text', text: value.deadline };
    }
    if (isGrade(value) && value.grade !== undefined) {
        return { kind: 'grade', grade: value.grade };
    }
    if (isFreeText(value) && value.text !== undefined) {
        return { kind: 'text', text: value.text };
    }
    if (isNotApplicableValue(value)) {
        return { kind: 'not-applicable' };
    }
    return undefined;
}
