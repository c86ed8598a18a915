import { describe, expect, test } from 'vitest';
import { createTestServices, declaration, diagnoseCode, indicatorsWith, marked, withIndicator } from './jixiao-test-utils.js';

/** `line:col-line:col text — message` of each diagnostic with the code. */
async function reported(text: string, code: string, services = createTestServices()) {
    return (await diagnoseCode(text, code, services)).map(d => `${d.range} ${d.text} — ${d.message}`);
}

describe('indicator.unit-missing', () => {
    test('a quantity without a unit is an error on the number, suggesting the unit from the name', async () => {
        const doc = marked(withIndicator('质量指标', '指标 "系统可用率" ≥»99« 解释 "考察系统可用率"'));
        const [diagnostic] = await diagnoseCode(doc.text, 'indicator.unit-missing');
        expect([diagnostic.range, diagnostic.text, diagnostic.severity, diagnostic.message]).toEqual([
            doc.range, '99', 'error', '指标“系统可用率”的指标值缺少度量单位（建议：%）'
        ]);
        expect((diagnostic.data?.suggestedUnits as string[])[0]).toBe('%');
    });

    test('suggests the counting word the siblings use for a …数量', async () => {
        const text = withIndicator('数量指标', '指标 "设备数量" 2010 对应 服务 解释 "考察设备数量"\n指标 "终端数量" 30 套 对应 服务 解释 "考察终端数量"');
        const [diagnostic] = await diagnoseCode(text, 'indicator.unit-missing');
        expect(diagnostic.message).toBe('指标“设备数量”的指标值缺少度量单位（建议：套）');
    });

    test('is silent when the unit is written, or given in the 度量单位 cell', async () => {
        expect(await diagnoseCode(withIndicator('质量指标', '指标 "系统可用率" ≥99 % 解释 "考察"'), 'indicator.unit-missing')).toEqual([]);
        expect(await diagnoseCode(withIndicator('质量指标', '指标 "系统可用率" ≥99 度量单位 % 解释 "考察"'), 'indicator.unit-missing')).toEqual([]);
    });
});

describe('indicator.unit-mismatch', () => {
    test('a 率 measured in 个 is a warning on the unit', async () => {
        const doc = marked(withIndicator('质量指标', '指标 "验收合格率" 100 »个« 解释 "考察验收合格率"'));
        expect(await reported(doc.text, 'indicator.unit-mismatch')).toEqual([`${doc.range} 个 — 指标“验收合格率”是比率，度量单位应为 %，而不是“个”`]);
    });

    test('% on a count is a warning', async () => {
        const doc = marked(withIndicator('数量指标', '指标 "报告份数" 4 »%« 对应 服务 解释 "考察报告份数"'));
        expect(await reported(doc.text, 'indicator.unit-mismatch')).toEqual([`${doc.range} % — 指标“报告份数”是计数，度量单位却是 %：请写计数单位（个、套、份…）`]);
    });

    test('a value whose own unit differs from the 度量单位 cell is a warning on the cell', async () => {
        const doc = marked(withIndicator('数量指标', '指标 "设备数量" 2010 套 度量单位 »台« 对应 服务 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.unit-mismatch')).toEqual([`${doc.range} 台 — 指标值中的单位“套”与度量单位“台”不一致`]);
    });

    test('is silent on a 率 in %, a count in 个 and agreeing cells', async () => {
        const text = declaration({
            indicators: indicatorsWith({
                数量指标: '指标 "设备数量" 2010 套 度量单位 套 对应 服务 解释 "考察"',
                质量指标: '指标 "验收合格率" 100 ％ 解释 "考察"'
            })
        });
        expect(await diagnoseCode(text, 'indicator.unit-mismatch')).toEqual([]);
    });
});

describe('indicator.percent-range', () => {
    test('a 率 of 190% is an error on the number', async () => {
        const doc = marked(withIndicator('质量指标', '指标 "验收合格率" »190« % 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.percent-range')).toEqual([`${doc.range} 190 — 百分比 190% 超出 0–100% 的范围`]);
    });

    test('is silent on 0 and 100', async () => {
        const text = declaration({ indicators: indicatorsWith({ 质量指标: '指标 "差错率" 0 % 解释 "考察"\n指标 "合格率" 100 % 解释 "考察"' }) });
        expect(await diagnoseCode(text, 'indicator.percent-range')).toEqual([]);
    });
});

describe('indicator.grade-undefined', () => {
    test('a grade whose explanation does not quantify it is a warning on the grade', async () => {
        const doc = marked(withIndicator('社会效益指标', '指标 "服务能力提升" »显著« % 解释 "考察服务能力的提升程度。"'));
        expect(await reported(doc.text, 'indicator.grade-undefined'))
            .toEqual([`${doc.range} 显著 — 等级“显著”没有量化标准：请在指标解释中写明，如“显著”的量化标准为“80%-100%”`]);
    });

    test('is silent when the explanation gives the scale', async () => {
        const text = withIndicator('社会效益指标', '指标 "服务能力提升" 显著 % 解释 "“显著”的量化标准为“80%-100%”，“明显”则为“60%-80%”。"');
        expect(await diagnoseCode(text, 'indicator.grade-undefined')).toEqual([]);
    });
});

describe('indicator.vague-value', () => {
    test('free text is a warning: it cannot be measured', async () => {
        const doc = marked(withIndicator('社会效益指标', '指标 "服务能力提升" »"有所提高"« 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.vague-value'))
            .toEqual([`${doc.range} "有所提高" — 指标值“有所提高”不是数量、时限或等级，无法衡量：请写成如 ≥95 %、2026年6月前 或 显著`]);
    });

    test('a word that is not a configured grade is a warning', async () => {
        const doc = marked(withIndicator('社会效益指标', '指标 "服务能力提升" »良好« 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.vague-value')).toEqual([`${doc.range} 良好 — “良好”不是可用的等级（显著、明显、一般），无法衡量`]);
    });

    test('a grade added in settings is accepted', async () => {
        const services = createTestServices({ grades: ['优', '良', '中'] });
        const text = withIndicator('社会效益指标', '指标 "服务能力提升" 良 解释 "“良”的量化标准为“70%-85%”"');
        expect(await diagnoseCode(text, 'indicator.vague-value', services)).toEqual([]);
        expect(await diagnoseCode(text, 'indicator.grade-undefined', services)).toEqual([]);
    });

    test('is silent on quantities, deadlines and grades', async () => {
        expect(await diagnoseCode(declaration(), 'indicator.vague-value')).toEqual([]);
    });
});

describe('indicator.deadline-outside-year', () => {
    test('a deadline in 2025 on a 2026 declaration is a warning on the deadline', async () => {
        const doc = marked(withIndicator('时效指标', '指标 "按时印发规划" »2025年6月前« 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.deadline-outside-year')).toEqual([`${doc.range} 2025年6月前 — 时限 2025年6月前 不在申报年度 2026 年内`]);
    });

    test('is silent inside the year, whatever the form (年底前, 12月31日前)', async () => {
        const text = declaration({ indicators: indicatorsWith({ 时效指标: '指标 "甲" 2026年底前 解释 "考察"\n指标 "乙" 2026年12月31日前 解释 "考察"' }) });
        expect(await diagnoseCode(text, 'indicator.deadline-outside-year')).toEqual([]);
    });
});

describe('indicator.deadline-invalid', () => {
    test('a date that does not exist is an error', async () => {
        const doc = marked(withIndicator('时效指标', '指标 "按时印发规划" »2026年2月30日前« 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.deadline-invalid')).toEqual([`${doc.range} 2026年2月30日前 — 时限“2026年2月30日前”不是有效日期`]);
    });

    test('is silent on real dates', async () => {
        expect(await diagnoseCode(withIndicator('时效指标', '指标 "按时印发规划" 2026年2月28日前 解释 "考察"'), 'indicator.deadline-invalid')).toEqual([]);
    });
});

describe('indicator.explanation-missing', () => {
    test('an indicator without 解释 is a warning on its name', async () => {
        const doc = marked(withIndicator('质量指标', '指标 »"验收合格率"« 100 %'));
        expect(await reported(doc.text, 'indicator.explanation-missing')).toEqual([`${doc.range} "验收合格率" — 指标“验收合格率”缺少指标解释`]);
    });

    test('an empty explanation counts as missing', async () => {
        expect(await diagnoseCode(withIndicator('质量指标', '指标 "验收合格率" 100 % 解释 ""'), 'indicator.explanation-missing')).toHaveLength(1);
    });

    test('is silent with an explanation', async () => {
        expect(await diagnoseCode(declaration(), 'indicator.explanation-missing')).toEqual([]);
    });
});

describe('indicator.duplicate', () => {
    test('the same 三级 name twice is a warning on the second, even in another category', async () => {
        const text = declaration({ indicators: indicatorsWith({ 质量指标: '指标 "服务人次" 100 % 解释 "考察"' }) });
        const doc = marked(text.replaceAll('"服务人次"', '»"服务人次"«'));
        expect(await reported(doc.text, 'indicator.duplicate')).toEqual([`${doc.ranges[1]} "服务人次" — 三级指标“服务人次”重复：第 ${doc.lines[0]} 行已有同名指标`]);
    });

    test('is silent when names differ', async () => {
        expect(await diagnoseCode(declaration(), 'indicator.duplicate')).toEqual([]);
    });
});

describe('indicator.satisfaction-low', () => {
    test('a 满意度 target of 60% is a warning', async () => {
        const doc = marked(withIndicator('服务对象满意度指标', '指标 "服务对象满意度" ≥»60« % 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.satisfaction-low')).toEqual([`${doc.range} 60 — 满意度指标“服务对象满意度”的目标 60% 低于 85%`]);
    });

    test('follows the threshold setting', async () => {
        const text = withIndicator('服务对象满意度指标', '指标 "服务对象满意度" ≥80 % 解释 "考察"');
        expect(await diagnoseCode(text, 'indicator.satisfaction-low', createTestServices({ satisfactionThreshold: 80 }))).toEqual([]);
        expect(await diagnoseCode(text, 'indicator.satisfaction-low', createTestServices({ satisfactionThreshold: 90 }))).toHaveLength(1);
    });

    test('is silent at 85% and above', async () => {
        expect(await diagnoseCode(withIndicator('服务对象满意度指标', '指标 "服务对象满意度" ≥85 % 解释 "考察"'), 'indicator.satisfaction-low')).toEqual([]);
    });
});

describe('indicator.direction-suspicious', () => {
    test('≤ on a rate is information on the comparator', async () => {
        const doc = marked(withIndicator('质量指标', '指标 "验收合格率" »≤«95 % 解释 "考察"'));
        const [diagnostic] = await diagnoseCode(doc.text, 'indicator.direction-suspicious');
        expect([diagnostic.range, diagnostic.text, diagnostic.severity, diagnostic.message]).toEqual([
            doc.range, '≤', 'info', '指标“验收合格率”越高越好，却用了“≤”：是否应为 ≥？'
        ]);
    });

    test('≥ on an accident count is information', async () => {
        const doc = marked(withIndicator('社会效益指标', '指标 "安全生产事故发生数" »>=«1 起 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.direction-suspicious')).toEqual([`${doc.range} >= — 指标“安全生产事故发生数”越少越好，却用了“≥”：是否应为 ≤？`]);
    });

    test('is silent on ≥ for a rate and ≤ for accidents', async () => {
        const text = declaration({
            indicators: indicatorsWith({ 质量指标: '指标 "验收合格率" ≥95 % 解释 "考察"', 社会效益指标: '指标 "安全生产事故发生数" ≤1 起 解释 "考察"' })
        });
        expect(await diagnoseCode(text, 'indicator.direction-suspicious')).toEqual([]);
    });
});

describe('indicator.cost-over-budget', () => {
    test('a 成本 figure in 元 above the whole budget is a warning', async () => {
        const doc = marked(withIndicator('成本指标', '指标 "设备购置成本" ≤»150« 元 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.cost-over-budget')).toEqual([`${doc.range} 150 — 成本指标“设备购置成本”的 150 元 超过预算金额合计 100.00 元`]);
    });

    test('compares 万元 and 元 exactly', async () => {
        const text = declaration({
            header: '  部门名称 "测试局"\n  主管部门 "测试局"\n  金额单位 万元',
            indicators: indicatorsWith({ 成本指标: '指标 "设备购置成本" ≤1000000 元 解释 "考察"' })
        });
        expect(await diagnoseCode(text, 'indicator.cost-over-budget')).toEqual([]);
        const over = marked(text.replace('≤1000000 元', '≤»1000000.01« 元'));
        expect(await reported(over.text, 'indicator.cost-over-budget')).toEqual([
            `${over.range} 1000000.01 — 成本指标“设备购置成本”的 1,000,000.01 元 超过预算金额合计 1,000,000.00 元`
        ]);
    });

    test('is silent within the budget and for costs in %', async () => {
        expect(await diagnoseCode(withIndicator('成本指标', '指标 "设备购置成本" ≤100 元 解释 "考察"'), 'indicator.cost-over-budget')).toEqual([]);
        expect(await diagnoseCode(declaration(), 'indicator.cost-over-budget')).toEqual([]);
    });
});

describe('indicator.category-suspicious', () => {
    test('a …率 under 数量指标 is information on its name', async () => {
        const doc = marked(withIndicator('数量指标', '指标 »"验收合格率"« 100 % 解释 "考察"'));
        const [diagnostic] = await diagnoseCode(doc.text, 'indicator.category-suspicious');
        expect([diagnostic.range, diagnostic.severity, diagnostic.message, diagnostic.data?.suggestedCategory]).toEqual([
            doc.range, 'info', '“验收合格率”是比率，通常属于质量指标，而不是数量指标', '质量指标'
        ]);
    });

    test('a count under 质量指标 is information', async () => {
        const doc = marked(withIndicator('质量指标', '指标 »"培训场次"« 4 场 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.category-suspicious')).toEqual([`${doc.range} "培训场次" — “培训场次”是数量，通常属于数量指标，而不是质量指标`]);
    });

    test('a 满意度 outside 满意度指标 is information', async () => {
        const doc = marked(withIndicator('社会效益指标', '指标 »"群众满意度"« ≥90 % 解释 "考察"'));
        expect(await reported(doc.text, 'indicator.category-suspicious')).toEqual([`${doc.range} "群众满意度" — “群众满意度”是满意度，应放在满意度指标下，而不是社会效益指标`]);
    });

    test('is silent when every indicator is filed where its name says', async () => {
        expect(await diagnoseCode(declaration(), 'indicator.category-suspicious')).toEqual([]);
    });
});
