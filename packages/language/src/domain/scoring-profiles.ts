/**
 * The settings of the self-evaluation's scoring rules, grouped by profile like the indicator
 * framework (catalogue.ts): the weights of 预算执行率 and of each 一级 category, the execution rate
 * below which a reason is asked for, the factor above which an actual counts as over-achieved, and
 * the grade bands. A region's variant is a new profile here, not a code change.
 */
import { parseDecimal, type ExactDecimal } from './decimal.js';

export type ScoringProfileId = '2020';

/** One share of the 100 points: a 一级 category, or several that are weighed together. */
export interface WeightShare {
    /** The name the share is reported by (the first of its categories). */
    readonly name: string;
    /** The 一级 category names the share covers, in any indicator profile. */
    readonly categories: readonly string[];
    readonly weight: ExactDecimal;
}

export interface GradeBand {
    readonly grade: string;
    /** The lowest total of the band, inclusive. */
    readonly minimum: ExactDecimal;
}

export interface ScoringProfile {
    readonly id: ScoringProfileId;
    readonly label: string;
    /** Σ of all 分值. */
    readonly totalWeight: ExactDecimal;
    /** The 分值 of 预算执行率 (the 年度资金总额 row). */
    readonly budgetWeight: ExactDecimal;
    readonly shares: readonly WeightShare[];
    /** An execution rate below this percentage needs a 偏差原因. */
    readonly executionThreshold: ExactDecimal;
    /** A 正向 actual above this multiple of its target is reported as over-achieved. */
    readonly overachievementFactor: ExactDecimal;
    /** Highest band first; the last band's minimum is 0. */
    readonly gradeBands: readonly GradeBand[];
}

function decimal(text: string): ExactDecimal {
    return parseDecimal(text)!;
}

/**
 * 财预〔2020〕10号 practice: 预算执行率 10, 产出 50, 效益 30, 满意度 10. The 2021 indicator framework
 * puts 成本指标 at the first level; its points come out of the output share, as the framework's
 * guidance weighs 成本 and 产出 together.
 */
export const SCORING_PROFILE_2020: ScoringProfile = {
    id: '2020',
    label: '财预〔2020〕10号（预算执行率 10、产出 50、效益 30、满意度 10）',
    totalWeight: decimal('100'),
    budgetWeight: decimal('10'),
    shares: [
        { name: '产出指标', categories: ['产出指标', '成本指标'], weight: decimal('50') },
        { name: '效益指标', categories: ['效益指标'], weight: decimal('30') },
        { name: '满意度指标', categories: ['满意度指标'], weight: decimal('10') }
    ],
    executionThreshold: decimal('90'),
    overachievementFactor: decimal('1.2'),
    gradeBands: [
        { grade: '优', minimum: decimal('90') },
        { grade: '良', minimum: decimal('80') },
        { grade: '中', minimum: decimal('60') },
        { grade: '差', minimum: decimal('0') }
    ]
};

export const SCORING_PROFILES: Readonly<Record<ScoringProfileId, ScoringProfile>> = { '2020': SCORING_PROFILE_2020 };

export const DEFAULT_SCORING_PROFILE = SCORING_PROFILE_2020;

export function scoringProfileByName(name: string): ScoringProfile | undefined {
    return (SCORING_PROFILES as Readonly<Record<string, ScoringProfile>>)[name];
}

export function scoringProfileNames(): string[] {
    return Object.keys(SCORING_PROFILES);
}

/** The share a 一级 category's indicators count towards, if any. */
export function shareOf(profile: ScoringProfile, firstLevel: string | undefined): WeightShare | undefined {
    return firstLevel === undefined ? undefined : profile.shares.find(share => share.categories.includes(firstLevel));
}
