/** Which rule scores an indicator, and when the score is left to the analyst. */
import { describe, expect, test } from 'vitest';
import {
    expectedShareWeights, formatDecimal, isOverachieved, parseDecimal, scoreIndicator, scoringValueFromText, SCORING_PROFILE_2020
} from 'jixiao-language/domain';

function score(target: string, actual: string | undefined, weight = '5', written?: string) {
    const scoring = scoreIndicator({
        target: scoringValueFromText(target),
        actual: actual === undefined ? undefined : scoringValueFromText(actual),
        weight: parseDecimal(weight)!,
        written: written === undefined ? undefined : parseDecimal(written)
    });
    return scoring.computed
        ? { rule: scoring.rule.kind, score: formatDecimal(scoring.score) }
        : { reason: scoring.reason, score: scoring.score && formatDecimal(scoring.score) };
}

describe('deadlines', () => {
    test('met on the day: full 分值', () => {
        expect(score('2026年12月31日前', '2026年12月31日')).toEqual({ rule: 'deadline-met', score: '5.00' });
    });

    test('a month stands for its last day: 2026年6月前 is met on 2026年6月30日', () => {
        expect(score('2026年6月前', '2026年6月30日')).toEqual({ rule: 'deadline-met', score: '5.00' });
    });

    test('missed: the analyst’s written 得分 is taken', () => {
        expect(score('2026年6月前', '2026年7月1日', '5', '3')).toEqual({ reason: 'deadline-missed', score: '3' });
    });

    test('an actual month that straddles a day deadline is not decided by the rule', () => {
        expect(score('2026年6月15日前', '2026年6月', '5')).toEqual({ reason: 'deadline-unclear', score: undefined });
    });
});

describe('left to the analyst', () => {
    test.each([
        ['a grade', '显著', '明显', 'grade'],
        ['free text', '"按计划推进"', '"已推进"', 'text'],
        ['an actual in another unit', '≥200 个', '2 万个', 'unit-differs'],
        ['a 正向 target of 0', '≥0 个', '3 个', 'not-numeric'],
        ['a target 不适用', '不适用', '不适用', 'not-applicable']
    ])('%s', (_what, target, actual, reason) => {
        expect(score(target, actual, '5', '4.5')).toEqual({ reason, score: '4.5' });
    });

    test('no actual yet', () => {
        expect(score('≥5 个', undefined)).toEqual({ reason: 'actual-missing', score: undefined });
    });

    test('an actual without a unit is read in the target’s unit', () => {
        expect(score('≥5 个', '4')).toEqual({ rule: 'positive', score: '4.00' });
    });
});

describe('over-achievement', () => {
    const overachieved = (target: string, actual: string) => {
        const scoring = scoreIndicator({ target: scoringValueFromText(target), actual: scoringValueFromText(actual), weight: parseDecimal('5')! });
        return scoring.computed && isOverachieved(scoring.rule, SCORING_PROFILE_2020);
    };

    test('a 正向 actual above 1.2 × target', () => {
        expect(overachieved('≥200个', '241个')).toBe(true);
        expect(overachieved('≥200个', '240个')).toBe(false);
    });

    test('never for 反向', () => {
        expect(overachieved('≤10天', '1天')).toBe(false);
    });
});

describe('weights of a 一级 share whose categories are all 不适用', () => {
    test('go to the other shares in proportion: 产出 50 and 满意度 10 share 效益’s 30 as 75 and 15', () => {
        const expected = expectedShareWeights(SCORING_PROFILE_2020, new Set(['产出指标', '满意度指标']));
        expect([...expected].map(([share, weight]) => [share.name, formatDecimal(weight)])).toEqual([['产出指标', '75'], ['满意度指标', '15']]);
    });
});
