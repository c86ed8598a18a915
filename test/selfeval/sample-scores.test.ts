/**
 * The sample 自评表's rows through the domain's rules give the scores of the independent model,
 * and the model gives the form's 95.30 (优).
 */
import { describe, expect, test } from 'vitest';
import {
    formatDecimal, gradeOf, parseDecimal, scoreBudget, scoreIndicator, scoringValueFromText, sumScores, SCORING_PROFILE_2020
} from 'jixiao-language/domain';
import { hundredthsText, sampleScores } from './score-model.js';

/** The sample's indicator rows: 三级指标, 年度指标值, 实际完成值, 分值, written 得分 (for the grades). */
const ROWS: Array<[string, string, string, string, string?]> = [
    ['政务信息化项目清单审核数量', '≥200个', '236个', '8'],
    ['验收前符合性审查项目数量', '≥30个', '34个', '6'],
    ['后评价项目数量', '≥5个', '4个', '6'],
    ['项目应评尽评率', '100%', '100%', '8'],
    ['审核意见采纳率', '≥90%', '92%', '7'],
    ['项目审核平均办理时长', '≤10天', '8天', '5'],
    ['年度运营报告提交时间', '2026年12月31日前', '2026年12月25日', '5'],
    ['运营服务采购成本', '≤125万元', '118.75万元', '5'],
    ['政务信息化集约化、规范化水平', '显著', '显著', '15', '15'],
    ['项目管理长效机制建设', '显著', '明显', '15', '12'],
    ['项目建设单位满意度', '≥90%', '94%', '10']
];

describe('the sample evaluation', () => {
    const model = sampleScores();

    test('the model reproduces the form: 95.30, 优', () => {
        expect(hundredthsText(model.total)).toBe('95.30');
        expect(model.grade).toBe('优');
    });

    test('the domain computes the same budget score and rate', () => {
        const budget = scoreBudget({ weight: parseDecimal('10')!, budget: parseDecimal('1,250,000.00'), executed: parseDecimal('1,187,500.00') });
        expect(budget.computed && [formatDecimal(budget.rate), formatDecimal(budget.score)]).toEqual([hundredthsText(model.rate), hundredthsText(model.budget)]);
    });

    test('the domain computes the same score for every indicator; only the grades are the analyst’s', () => {
        const scored = ROWS.map(([name, target, actual, weight, written]) => {
            const scoring = scoreIndicator({
                target: scoringValueFromText(target), actual: scoringValueFromText(actual),
                weight: parseDecimal(weight)!, written: written === undefined ? undefined : parseDecimal(written)
            });
            return [name, formatDecimal(scoring.score!, { minScale: 2 }), scoring.computed] as const;
        });
        expect(scored).toEqual(model.indicators.map(([name, score], index) => [name, hundredthsText(score), ROWS[index][4] === undefined]));
        const total = sumScores([
            ...scored.map(([, score]) => parseDecimal(score)!),
            scoreBudget({ weight: parseDecimal('10')!, budget: parseDecimal('1250000'), executed: parseDecimal('1187500') }).score!
        ]);
        expect(formatDecimal(total)).toBe('95.30');
        expect(gradeOf(total, SCORING_PROFILE_2020)).toBe('优');
    });
});
