/**
 * The project form (项目支出绩效目标申报表) as a document of its own: its header, its funds, and the
 * checks it shares with the department form. Each project here is checked alone (fresh services),
 * so no department takes part.
 */
import { describe, expect, test } from 'vitest';
import { createTestServices, diagnose, diagnoseCode, indicatorsWith } from './jixiao-test-utils.js';
import { PROJECT_HEADER, project } from './project-test-utils.js';

const alone = (text: string) => diagnose(text, createTestServices());
const aloneCode = (text: string, code: string) => diagnoseCode(text, code, createTestServices());

describe('a complete project', () => {
    test('has nothing to report', async () => {
        expect(await alone(project())).toEqual([]);
    });

    test('takes its header fields in any order', async () => {
        const shuffled = PROJECT_HEADER.split('\n').reverse().join('\n');
        expect(await alone(project({ header: shuffled }))).toEqual([]);
    });

    test('parses the sketch of DESIGN §2.1 with the funds on one line', async () => {
        const text = project({ funds: null }).replace('  年度绩效目标 {', '  项目资金 { 年度资金总额 1668400.00  财政拨款 1668400.00  其他资金 0.00 }\n  年度绩效目标 {');
        expect(await alone(text)).toEqual([]);
    });
});

describe('project.header-missing', () => {
    test('each field the form cannot do without is an error on 项目支出绩效目标, naming the field', async () => {
        const text = project({ year: '', header: '  项目名称 "服务项目"\n  主管部门 "测试局"' });
        expect((await aloneCode(text, 'project.header-missing')).map(d => `${d.range} ${d.text} ${d.message} ${d.data?.field}`)).toEqual([
            '1:1-1:9 项目支出绩效目标 项目申报表缺少实施单位 implementer',
            '1:1-1:9 项目支出绩效目标 项目申报表缺少项目属性 attribute',
            '1:1-1:9 项目支出绩效目标 项目申报表缺少项目期 period',
            '1:1-1:9 项目支出绩效目标 项目申报表缺少年度 year'
        ]);
    });

    test('an empty name counts as missing', async () => {
        const text = project({ header: PROJECT_HEADER.replace('"服务项目"', '"  "') });
        expect((await aloneCode(text, 'project.header-missing')).map(d => d.message)).toEqual(['项目申报表缺少项目名称']);
    });

    test('is silent when all are there, 所属任务 not being one of them', async () => {
        expect(await aloneCode(project(), 'project.header-missing')).toEqual([]);
    });
});

describe('project.attribute-invalid', () => {
    test('a 项目属性 other than 新增项目 or 延续项目 is an error on it, with what it most likely meant', async () => {
        const text = project({ header: PROJECT_HEADER.replace('项目属性 新增项目', '项目属性 延续') });
        expect(await aloneCode(text, 'project.attribute-invalid')).toEqual([{
            code: 'project.attribute-invalid',
            severity: 'error',
            message: '项目属性“延续”无效：只能是 新增项目 或 延续项目，是否为：延续项目？',
            range: '5:8-5:10',
            text: '延续',
            data: { code: 'project.attribute-invalid', suggestions: ['延续项目'] }
        }]);
    });

    test('accepts the attribute written as a quoted string too, and checks it the same way', async () => {
        expect(await aloneCode(project({ header: PROJECT_HEADER.replace('项目属性 新增项目', '项目属性 "延续项目"') }), 'project.attribute-invalid')).toEqual([]);
        expect((await aloneCode(project({ header: PROJECT_HEADER.replace('项目属性 新增项目', '项目属性 "新建"') }), 'project.attribute-invalid'))
            .map(d => d.data?.suggestions)).toEqual([['新增项目']]);
    });

    test('offers nothing for a word unlike either', async () => {
        const text = project({ header: PROJECT_HEADER.replace('项目属性 新增项目', '项目属性 其他') });
        expect((await aloneCode(text, 'project.attribute-invalid')).map(d => d.message)).toEqual(['项目属性“其他”无效：只能是 新增项目 或 延续项目']);
    });

    test('is silent for 新增项目 and 延续项目', async () => {
        expect(await aloneCode(project(), 'project.attribute-invalid')).toEqual([]);
        expect(await aloneCode(project({ header: PROJECT_HEADER.replace('新增项目', '延续项目') }), 'project.attribute-invalid')).toEqual([]);
    });
});

describe('the funds (项目资金) are checked like a task', () => {
    test('budget.task-sum: 年度资金总额 that is not 财政拨款 + 其他资金 is an error on it, with the fixes\' data', async () => {
        const text = project({ funds: '年度资金总额 1,350,000.00  财政拨款 1,250,000.00  其他资金 0.00' });
        expect(await aloneCode(text, 'budget.task-sum')).toEqual([{
            code: 'budget.task-sum',
            severity: 'error',
            message: '项目资金的年度资金总额 1,350,000.00 不等于财政拨款 1,250,000.00 + 其他资金 0.00 = 1,250,000.00',
            range: '8:12-8:24',
            text: '1,350,000.00',
            data: { code: 'budget.task-sum', expectedTotal: '1250000.00', expectedOther: '100000.00' }
        }]);
    });

    test('budget.task-sum is silent when the funds add up', async () => {
        expect(await aloneCode(project({ funds: '年度资金总额 150.50  财政拨款 100.00  其他资金 50.50' }), 'budget.task-sum')).toEqual([]);
    });

    test('budget.amount-missing: a column left out is an error on 项目资金', async () => {
        const text = project({ funds: '年度资金总额 100.00  财政拨款 100.00' });
        expect((await aloneCode(text, 'budget.amount-missing')).map(d => `${d.range} ${d.message} ${d.data?.column}`)).toEqual([
            '7:3-7:7 项目资金缺少其他资金 other'
        ]);
    });

    test('budget.amount-missing: no 项目资金 at all is one error on 项目支出绩效目标', async () => {
        expect((await aloneCode(project({ funds: null }), 'budget.amount-missing')).map(d => `${d.range} ${d.message}`)).toEqual([
            '1:1-1:9 项目申报表缺少项目资金（年度资金总额、财政拨款、其他资金）'
        ]);
    });

    test('budget.amount-precision and budget.amount-negative apply to the funds', async () => {
        const text = project({ funds: '年度资金总额 100.001  财政拨款 -1.00  其他资金 0.00' });
        expect((await alone(text)).map(d => `${d.code} ${d.text}`)).toEqual([
            'budget.amount-precision 100.001',
            'budget.amount-negative -1.00'
        ]);
    });
});

describe('indicator.cost-over-budget on a project', () => {
    const withCost = (cost: string, unit = '') => project({
        extra: unit,
        funds: '年度资金总额 1,250,000.00  财政拨款 1,250,000.00  其他资金 0.00',
        indicators: indicatorsWith({ 成本指标: `指标 "运营服务采购成本" ${cost} 解释 "考察成本"` })
    });

    test('a cost above the project\'s 年度资金总额 is a warning naming it', async () => {
        expect((await aloneCode(withCost('≤130 万元'), 'indicator.cost-over-budget')).map(d => `${d.text} ${d.message}`)).toEqual([
            '130 成本指标“运营服务采购成本”的 130 万元 超过项目年度资金总额 1,250,000.00 元'
        ]);
    });

    test('is silent at or below it, also when the project writes its funds in 万元', async () => {
        expect(await aloneCode(withCost('≤125 万元'), 'indicator.cost-over-budget')).toEqual([]);
        const inTenThousands = project({
            extra: '  金额单位 万元',
            funds: '年度资金总额 125.00  财政拨款 125.00  其他资金 0.00',
            indicators: indicatorsWith({ 成本指标: '指标 "运营服务采购成本" ≤1,250,000 元 解释 "考察成本"' })
        });
        expect(await aloneCode(inTenThousands, 'indicator.cost-over-budget')).toEqual([]);
    });
});

describe('what a project shares with the department form', () => {
    test('structure.header-duplicate: a field written twice', async () => {
        const text = project({ extra: '  所属任务 "甲"\n  所属任务 "乙"' });
        expect((await aloneCode(text, 'structure.header-duplicate')).map(d => `${d.range} ${d.message}`)).toEqual([
            '8:3-8:7 所属任务重复填写：只保留一个'
        ]);
    });

    test('structure.category-missing: no 年度绩效指标 at all', async () => {
        const text = project().replace(/ {2}年度绩效指标 \{[\s\S]*\n {2}\}\n\}/, '}');
        expect((await aloneCode(text, 'structure.category-missing')).map(d => `${d.range} ${d.message}`)).toEqual([
            '1:1-1:9 缺少一级指标“产出指标”：请填写指标或标为不适用',
            '1:1-1:9 缺少一级指标“效益指标”：请填写指标或标为不适用',
            '1:1-1:9 缺少一级指标“满意度指标”：请填写指标或标为不适用'
        ]);
    });

    test('goals of 年度绩效目标 are linked by 对应 and checked like the department\'s', async () => {
        const text = project({ goals: '    目标 服务 "2026年提供服务。"\n    目标 报告 "2026年出具4份报告。"' });
        expect((await alone(text)).map(d => `${d.code} ${d.message}`)).toEqual([
            'goal.unsupported 目标“报告”没有任何指标对应：请为它设置指标并写“对应 报告”'
        ]);
    });

    test('a deadline is checked against the project\'s year', async () => {
        const text = project({ year: '2027' });
        expect((await alone(text)).map(d => `${d.code} ${d.text}`)).toEqual(['indicator.deadline-outside-year 2026年6月前']);
    });
});
