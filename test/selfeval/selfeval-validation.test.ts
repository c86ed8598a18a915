/** The selfeval.* codes (DESIGN §4 自评), each triggered and silent, with the exact range and message. */
import { describe, expect, test } from 'vitest';
import { diagnose, diagnoseCode } from '../language/jixiao-test-utils.js';
import { DEFAULT_FUNDS, evaluation, evaluatedIndicators, evaluationWith } from './selfeval-test-utils.js';

const brief = (d: { range: string; text: string; message: string }) => `${d.range} ${d.text} ${d.message}`;

async function found(text: string, code: string): Promise<string[]> {
    return (await diagnoseCode(text, code)).map(brief);
}

const GRADED = '指标 "安全管理水平" 显著 % 实际 明显 分值 30';

describe('a correct evaluation', () => {
    test('has no diagnostics at all', async () => {
        expect(await diagnose(evaluation())).toEqual([]);
    });

    test('the sample evaluation has none either', async () => {
        const { readFileSync } = await import('node:fs');
        expect(await diagnose(readFileSync(new URL('./fixtures/sample-selfeval.jixiao', import.meta.url), 'utf8'))).toEqual([]);
    });
});

describe('selfeval.actual-missing', () => {
    test('an indicator without 实际', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 分值 20'), 'selfeval.actual-missing'))
            .toEqual(['18:12-18:18 "服务人次" 指标“服务人次”缺少实际完成值（实际）']);
    });

    test('年度资金总额 without 全年执行数', async () => {
        const funds = DEFAULT_FUNDS.replace('全年执行数 100.00  分值 10', '分值 10');
        expect(await found(evaluation({ funds }), 'selfeval.actual-missing')).toEqual(['6:5-6:11 年度资金总额 年度资金总额缺少全年执行数']);
    });

    test('年度总体目标 without 实际完成情况', async () => {
        expect(await found(evaluation({ goals: '    预期目标 "1、提供服务。"' }), 'selfeval.actual-missing'))
            .toEqual(['11:3-11:9 年度总体目标 年度总体目标缺少实际完成情况']);
    });

    test('silent when every actual is written', async () => {
        expect(await found(evaluation(), 'selfeval.actual-missing')).toEqual([]);
    });
});

describe('selfeval.score-mismatch', () => {
    test('a written 得分 that differs from the computed one names both', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20 得分 15 偏差原因 "人手不足"'), 'selfeval.score-mismatch'))
            .toEqual(['18:45-18:47 15 指标“服务人次”的得分 15 与按规则计算的 16.00 不一致']);
    });

    test('silent when the written 得分 is the computed one, however many decimals it has', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20 得分 16 偏差原因 "人手不足"'), 'selfeval.score-mismatch')).toEqual([]);
    });

    test('the 预算执行率 得分', async () => {
        const funds = DEFAULT_FUNDS.replace('全年执行数 100.00  分值 10', '全年执行数 95.00  分值 10  得分 9');
        expect(await found(evaluation({ funds }), 'selfeval.score-mismatch'))
            .toEqual(['6:63-6:64 9 预算执行率得分 9 与按规则计算的 9.50（执行率 95.00%）不一致']);
    });

    test('a written 总分 that is not the sum of the scores', async () => {
        expect(await found(evaluation({ total: '99' }), 'selfeval.score-mismatch')).toEqual(['44:6-44:8 99 总分 99 与各项得分之和 100.00 不一致']);
        expect(await found(evaluation({ total: '100.00' }), 'selfeval.score-mismatch')).toEqual([]);
    });
});

describe('selfeval.reason-missing', () => {
    test('a score below its 分值 without 偏差原因', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20'), 'selfeval.reason-missing'))
            .toEqual(['18:12-18:18 "服务人次" 指标“服务人次”得分 16.00 低于分值 20：请填写偏差原因分析及改进措施']);
    });

    test('an execution rate below 90% without 偏差原因', async () => {
        const funds = DEFAULT_FUNDS.replace('全年执行数 100.00  分值 10', '全年执行数 85.00  分值 10');
        expect(await found(evaluation({ funds }), 'selfeval.reason-missing'))
            .toEqual(['6:5-6:11 年度资金总额 预算执行率 85.00% 低于 90%：请填写偏差原因分析及改进措施']);
    });

    test('silent with a reason, and at 90% exactly', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20 偏差原因 "人手不足"'), 'selfeval.reason-missing')).toEqual([]);
        const funds = DEFAULT_FUNDS.replace('全年执行数 100.00  分值 10', '全年执行数 90.00  分值 10');
        expect(await found(evaluation({ funds }), 'selfeval.reason-missing')).toEqual([]);
    });
});

describe('selfeval.weights-total', () => {
    test('分值 that do not add up to 100', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 100 人次 分值 25'), 'selfeval.weights-total'))
            .toEqual(['15:3-15:9 年度绩效指标 分值合计 105，应为 100（预算执行率 10 + 各指标 95）']);
    });

    test('an indicator without 分值', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 100 人次'), 'selfeval.weights-total'))
            .toEqual(['18:12-18:18 "服务人次" 指标“服务人次”缺少分值']);
    });

    test('silent when they add up', async () => {
        expect(await found(evaluation(), 'selfeval.weights-total')).toEqual([]);
    });
});

describe('selfeval.weights-split', () => {
    test('a 一级 whose 分值 differ from the configured split, on the 一级', async () => {
        const indicators = evaluatedIndicators({
            数量指标: '指标 "服务人次" ≥100 人次 实际 100 人次 分值 15',
            社会效益指标: '指标 "安全事故发生数" ≤0 起 实际 0 起 分值 35'
        });
        expect(await found(evaluation({ indicators }), 'selfeval.weights-split')).toEqual([
            '16:5-16:9 产出指标 产出指标的分值合计 45，按评分规则应为 50',
            '30:5-30:9 效益指标 效益指标的分值合计 35，按评分规则应为 30'
        ]);
    });

    test('silent when every 一级 has its share', async () => {
        expect(await found(evaluation(), 'selfeval.weights-split')).toEqual([]);
    });
});

describe('selfeval.score-range', () => {
    test('a written 得分 above its 分值', async () => {
        expect(await found(evaluationWith('社会效益指标', `${GRADED} 得分 31`), 'selfeval.score-range'))
            .toEqual(['33:41-33:43 31 指标“安全管理水平”的得分 31 超出 0 到分值 30 的范围']);
    });

    test('silent within [0, 分值]', async () => {
        expect(await found(evaluationWith('社会效益指标', `${GRADED} 得分 30`), 'selfeval.score-range')).toEqual([]);
    });
});

describe('selfeval.score-missing', () => {
    test('a grade without a written 得分', async () => {
        expect(await found(evaluationWith('社会效益指标', GRADED), 'selfeval.score-missing'))
            .toEqual(['33:29-33:31 明显 指标“安全管理水平”不能按规则计分（等级指标）：请填写得分']);
    });

    test('a missed deadline', async () => {
        expect(await found(evaluationWith('时效指标', '指标 "按时完成" 2026年6月前 实际 2026年7月1日 分值 10 偏差原因 "延期"'), 'selfeval.score-missing'))
            .toEqual(['24:31-24:40 2026年7月1日 指标“按时完成”不能按规则计分（未在时限内完成）：请填写得分']);
    });

    test('silent once the 得分 is written', async () => {
        expect(await found(evaluationWith('社会效益指标', `${GRADED} 得分 24 偏差原因 "制度尚未印发"`), 'selfeval.score-missing')).toEqual([]);
    });
});

describe('selfeval.execution-over', () => {
    test('全年执行数 above 全年预算数', async () => {
        const funds = DEFAULT_FUNDS.replace('全年执行数 100.00  分值 10', '全年执行数 120.00  分值 10');
        expect(await found(evaluation({ funds }), 'selfeval.execution-over'))
            .toEqual(['6:46-6:52 120.00 年度资金总额的全年执行数 120.00 超过全年预算数 100.00']);
    });

    test('silent at or below the budget', async () => {
        expect(await found(evaluation(), 'selfeval.execution-over')).toEqual([]);
    });
});

describe('selfeval.overachieved', () => {
    test('a 正向 actual above 1.2 × target', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 121 人次 分值 20'), 'selfeval.overachieved'))
            .toEqual(['18:30-18:36 121 人次 指标“服务人次”实际完成 121 人次，超过目标 100 人次的 1.2 倍：请在偏差原因中说明，并检查目标是否定得过低']);
    });

    test('silent at 1.2 × target, and once explained', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 120 人次 分值 20'), 'selfeval.overachieved')).toEqual([]);
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 121 人次 分值 20 偏差原因 "新增线上服务"'), 'selfeval.overachieved')).toEqual([]);
    });
});

describe('selfeval.field-misplaced', () => {
    test('an evaluation’s column in a declaration', async () => {
        const declaration = '部门整体支出绩效目标 2026 { 部门名称 "甲" 主管部门 "甲" 年度绩效指标 { 产出指标 { 数量指标 { 指标 "服务人次" 100 人次 实际 90 人次 解释 "考察" } } } }';
        expect(await found(declaration, 'selfeval.field-misplaced')).toEqual(['1:77-1:79 实际 “实际”只用于项目支出绩效自评表，申报表中不填']);
    });

    test('a score on a row other than 年度资金总额', async () => {
        const funds = DEFAULT_FUNDS.replace('当年财政拨款 年初预算数 100.00  全年预算数 100.00  全年执行数 100.00', '当年财政拨款 年初预算数 100.00  全年预算数 100.00  全年执行数 100.00  得分 5');
        expect(await found(evaluation({ funds }), 'selfeval.field-misplaced'))
            .toEqual(['7:54-7:56 得分 “得分”只填在年度资金总额一行，当年财政拨款一行不填（表中为“—”）']);
    });

    test('silent in a correct evaluation', async () => {
        expect(await found(evaluation(), 'selfeval.field-misplaced')).toEqual([]);
    });
});

describe('codes the evaluation shares', () => {
    test('project.header-missing: 实施单位', async () => {
        expect(await found(evaluation({ header: '  项目名称 "测试项目"\n  主管部门 "测试局"' }), 'project.header-missing'))
            .toEqual(['1:1-1:9 项目支出绩效自评 自评表缺少实施单位']);
    });

    test('budget.task-sum: a column of 年度资金总额 that is not the sum of the rows under it', async () => {
        const funds = DEFAULT_FUNDS.replace('上年结转资金 年初预算数 0.00  全年预算数 0.00', '上年结转资金 年初预算数 0.00  全年预算数 5.00');
        expect(await found(evaluation({ funds }), 'budget.task-sum'))
            .toEqual(['6:32-6:38 100.00 年度资金总额的全年预算数 100.00 不等于当年财政拨款 100.00 + 上年结转资金 5.00 + 其他资金 0.00 = 105.00']);
    });

    test('budget.amount-missing: no 年度资金总额 row', async () => {
        const funds = DEFAULT_FUNDS.split('\n').slice(1).join('\n');
        expect(await found(evaluation({ funds }), 'budget.amount-missing'))
            .toEqual(['5:3-5:7 项目资金 项目资金缺少“年度资金总额”一行：预算执行率按这一行计分']);
    });

    test('indicator.unit-mismatch: an actual in another unit than its target', async () => {
        expect(await found(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 1 万人次 分值 20 得分 20'), 'indicator.unit-mismatch'))
            .toEqual(['18:32-18:35 万人次 实际完成值的单位“万人次”与指标值的单位“人次”不一致，无法按规则计分']);
    });

    test('indicator.percent-range: an actual percentage above 100', async () => {
        expect(await found(evaluationWith('质量指标', '指标 "服务合格率" 100 % 实际 105 % 分值 10'), 'indicator.percent-range'))
            .toEqual(['21:29-21:32 105 百分比 105% 超出 0–100% 的范围']);
    });

    test('the checks of how a target was set are the declaration’s: no explanation asked for, no grade scale', async () => {
        expect(await diagnose(evaluationWith('社会效益指标', `${GRADED} 得分 30`))).toEqual([]);
    });
});
