/**
 * How the self-evaluation's scores are explained in words: the rule applied with its arithmetic
 * (“正向：5 × 87.5 ÷ 90 = 4.86”) for the hover and `jixiao score`, a value as written, and the
 * 偏差原因 templates a quick fix inserts (those are the form's content, so always Chinese).
 */
import type { Locale } from './jixiao-settings.js';
import { formatDecimal, type ExactDecimal } from './domain/decimal.js';
import type { BudgetScoring, ScoreRule, ScoringValue, WrittenScoreReason } from './domain/scoring.js';

type Text = Readonly<Record<Locale, string>>;
const t = (zh: string, en: string): Text => ({ zh, en });

const d = (value: ExactDecimal) => formatDecimal(value);
/** `236 个`, `92%` (a percent sign is glued to its number, as on the form). */
const withUnit = (value: ExactDecimal, unit: string | undefined) => `${d(value)}${unit ? (unit === '%' ? unit : ' ' + unit) : ''}`;

/** `≥200 个`, `2026年12月31日前`, `显著`. */
export function scoringValueText(value: ScoringValue | undefined): string {
    switch (value?.kind) {
        case undefined: return '';
        case 'quantity': return `${value.comparator ?? ''}${withUnit(value.number, value.unit)}`;
        case 'deadline': return value.text;
        case 'grade': return value.grade;
        case 'text': return `“${value.text}”`;
        case 'not-applicable': return '不适用';
    }
}

/** The rule and its arithmetic, ending in the rounded score. */
export function ruleText(rule: ScoreRule, score: ExactDecimal, locale: Locale): string {
    const s = d(score);
    switch (rule.kind) {
        case 'positive':
            return (rule.reached
                ? t(`正向：实际 ${withUnit(rule.actual, rule.unit)} 达到目标 ${withUnit(rule.target, rule.unit)}，得满分 ${s}`,
                    `higher is better: actual ${withUnit(rule.actual, rule.unit)} reaches the target ${withUnit(rule.target, rule.unit)}, full marks ${s}`)
                : t(`正向：${d(rule.weight)} × ${d(rule.actual)} ÷ ${d(rule.target)} = ${s}`,
                    `higher is better: ${d(rule.weight)} × ${d(rule.actual)} ÷ ${d(rule.target)} = ${s}`))[locale];
        case 'negative':
            return (rule.reached
                ? t(`反向：实际 ${withUnit(rule.actual, rule.unit)} 不超过目标 ${withUnit(rule.target, rule.unit)}，得满分 ${s}`,
                    `lower is better: actual ${withUnit(rule.actual, rule.unit)} within the target ${withUnit(rule.target, rule.unit)}, full marks ${s}`)
                : t(`反向：${d(rule.weight)} × ${d(rule.target)} ÷ ${d(rule.actual)} = ${s}`,
                    `lower is better: ${d(rule.weight)} × ${d(rule.target)} ÷ ${d(rule.actual)} = ${s}`))[locale];
        case 'negative-zero':
            return (rule.reached
                ? t(`反向（目标为 0）：实际为 0，得满分 ${s}`, `lower is better (target 0): actual 0, full marks ${s}`)
                : t(`反向（目标为 0）：实际 ${withUnit(rule.actual, rule.unit)} 不为 0，得 ${s}`, `lower is better (target 0): actual ${withUnit(rule.actual, rule.unit)} is not 0, score ${s}`))[locale];
        case 'deadline-met':
            return t(`时限：${rule.actual} 不晚于 ${rule.deadline}，得满分 ${s}`, `deadline: ${rule.actual} is within ${rule.deadline}, full marks ${s}`)[locale];
    }
}

/** `预算执行率：10 × 95.00% = 9.50`. */
export function budgetRuleText(scoring: Extract<BudgetScoring, { computed: true }>, locale: Locale): string {
    const capped = scoring.rate.units >= 100n * 10n ** BigInt(scoring.rate.scale);
    return (capped
        ? t(`预算执行率 ${d(scoring.rate)}%，得满分 ${d(scoring.score)}`, `execution rate ${d(scoring.rate)}%, full marks ${d(scoring.score)}`)
        : t(`预算执行率：${d(scoring.weight)} × ${d(scoring.rate)}% = ${d(scoring.score)}`,
            `execution rate: ${d(scoring.weight)} × ${d(scoring.rate)}% = ${d(scoring.score)}`))[locale];
}

const WRITTEN_REASONS: Readonly<Record<WrittenScoreReason, Text>> = {
    'actual-missing': t('尚未填写实际完成值', 'no actual value yet'),
    grade: t('等级指标', 'a grade'),
    text: t('实际完成值或指标值不是数值', 'the actual or the target is not a figure'),
    'deadline-missed': t('未在时限内完成', 'the deadline was missed'),
    'deadline-unclear': t('不能确定是否在时限内完成', 'the actual date may or may not be within the deadline'),
    'unit-differs': t('实际完成值与指标值单位不同', 'the actual is in another unit than the target'),
    'not-numeric': t('不能按比例计分', 'cannot be scored in proportion'),
    'not-applicable': t('指标不适用', 'the indicator does not apply')
};

/** Why the score is the analyst's to write. */
export function writtenReasonText(reason: WrittenScoreReason, locale: Locale): string {
    return WRITTEN_REASONS[reason][locale];
}

/** The 偏差原因 a quick fix inserts, with the figures; the analyst replaces the dots. */
export const ReasonTemplates = {
    shortfall: (score: string, weight: string) => `得分 ${score}，低于分值 ${weight}。偏差原因：……；改进措施：……`,
    execution: (rate: string, threshold: string) => `预算执行率 ${rate}%，低于 ${threshold}%。偏差原因：……；改进措施：……`,
    overachieved: (actual: string, target: string) => `实际完成 ${actual}，超过目标 ${target}。超额原因：……；目标设定是否偏低：……`
} as const;
