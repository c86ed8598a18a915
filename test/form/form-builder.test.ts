/** From a parsed declaration to the form model. */
import { describe, expect, test } from 'vitest';
import { grandTotalOf, indicatorCount } from 'jixiao-form';
import { declaration } from '../language/jixiao-test-utils.js';
import { formOf, seedText } from './form-test-utils.js';

const indicators = (lines: string) => declaration({
    indicators: ['    产出指标 {', '      数量指标 {', lines, '      }', '    }'].join('\n')
});

describe('buildForm', () => {
    test('header: year, names and the default amount unit 元', async () => {
        const model = await formOf(declaration());
        expect(model).toMatchObject({ year: '2026', departmentName: '测试局', authority: '测试局', amountUnit: '元' });
    });

    test('amounts are exact hundredths, thousands separators read as pasted from Excel', async () => {
        const model = await formOf(declaration({
            tasks: '    任务 "甲" { 主要内容 "内容" 总额 11,782,800.05  财政拨款 11782800  其他资金 0.05 }'
        }));
        expect(model.tasks).toEqual([{ name: '甲', content: '内容', amounts: { total: 1178280005n, fiscal: 1178280000n, other: 5n } }]);
    });

    test('a negative amount is kept; one with three decimals is left empty, never rounded', async () => {
        const model = await formOf(declaration({
            tasks: '    任务 "甲" { 主要内容 "内容" 总额 100.005  财政拨款 -1.50  其他资金 0 }'
        }));
        expect(model.tasks[0].amounts).toEqual({ total: undefined, fiscal: -150n, other: 0n });
    });

    test('金额合计 is kept as written and absent when the document omits it', async () => {
        const written = await formOf(declaration({
            tasks: '    任务 "甲" { 主要内容 "内容" 总额 100.00 财政拨款 100.00 其他资金 0.00 }\n    金额合计 总额 100.00 财政拨款 100.00'
        }));
        expect(written.grandTotal).toEqual({ total: 10000n, fiscal: 10000n, other: undefined });
        expect((await formOf(declaration())).grandTotal).toBeUndefined();
    });

    test('comparators are normalised to the form\'s ≥ ≤ > <, units to their usual spelling', async () => {
        const model = await formOf(indicators([
            '        指标 "甲数" >= 5 个 解释 "甲"',
            '        指标 "乙率" ＜ 3 ％ 解释 "乙"'
        ].join('\n')));
        expect(model.categories[0].children[0].indicators.map(indicator => indicator.value)).toEqual([
            { kind: 'quantity', comparator: '≥', number: '5', unit: '个' },
            { kind: 'quantity', comparator: '<', number: '3', unit: '%' }
        ]);
    });

    test('a grade\'s unit and a written 度量单位 go to the unit cell; one that repeats the value\'s unit does not', async () => {
        const model = await formOf(indicators([
            '        指标 "提升" 显著 % 解释 "“显著”为80%-100%"',
            '        指标 "甲率" 100 % 度量单位 个 解释 "甲"',
            '        指标 "乙率" 100 % 度量单位 % 解释 "乙"'
        ].join('\n')));
        expect(model.categories[0].children[0].indicators.map(({ value, unitCell }) => ({ value, unitCell }))).toEqual([
            { value: { kind: 'grade', grade: '显著' }, unitCell: '%' },
            { value: { kind: 'quantity', number: '100', unit: '%' }, unitCell: '个' },
            { value: { kind: 'quantity', number: '100', unit: '%' }, unitCell: undefined }
        ]);
    });

    test('deadlines, free text and 不适用 values', async () => {
        const model = await formOf(indicators([
            '        指标 "甲" 2026年12月31日前 解释 "甲"',
            '        指标 "乙" "按计划推进" 解释 "乙"',
            '        指标 "丙" 不适用 解释 "丙"'
        ].join('\n')));
        expect(model.categories[0].children[0].indicators.map(indicator => indicator.value)).toEqual([
            { kind: 'deadline', text: '2026年12月31日前' },
            { kind: 'text', text: '按计划推进' },
            { kind: 'not-applicable' }
        ]);
    });

    test('对应 keeps the goal names; goals keep their names and texts in order', async () => {
        const model = await formOf(seedText);
        const byName = new Map(model.categories.flatMap(first => first.children.flatMap(second => second.indicators))
            .map(indicator => [indicator.name, indicator.goals]));
        expect(byName.get('审查信息化项目数量')).toEqual(['项目审核', '十五五规划']);
        expect(byName.get('数字安全关管理工作按时完工率')).toEqual([]);
        expect(model.goals.map(goal => goal.name)).toEqual([
            '运维保障', '项目审核', 'AI福务管家', '十五五规划', '政务服务运维', '网格信息', '新媒体监测', 'AI中心运营'
        ]);
        expect(model.goalIntro).toBe('通过全年预算执行，本部门拟达到的年度总体目标有：');
    });

    test('categories keep the order written and 不适用 marks', async () => {
        const model = await formOf(seedText);
        expect(model.categories.map(first => [first.name, first.children.map(second => second.notApplicable ? `${second.name} 不适用` : second.name)])).toEqual([
            ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
            ['效益指标', ['经济效益指标 不适用', '社会效益指标', '可持续影响指标 不适用', '生态效益指标 不适用']],
            ['满意度指标', ['服务对象满意度指标', '其他满意度指标']]
        ]);
        expect(indicatorCount(model)).toBe(29);
    });

    test('indicators filed directly under a 一级 or under a third level are not lost', async () => {
        const model = await formOf(declaration({
            indicators: [
                '    产出指标 {',
                '      指标 "直接" 1 个 解释 "直接"',
                '      数量指标 { 细分 { 指标 "更深" 2 个 解释 "更深" } }',
                '    }'
            ].join('\n')
        }));
        expect(model.categories[0].children.map(second => [second.name, second.indicators.map(indicator => indicator.name)])).toEqual([
            ['', ['直接']],
            ['数量指标', ['更深']]
        ]);
    });
});

describe('grandTotalOf', () => {
    const task = (total?: bigint, fiscal?: bigint, other?: bigint) => ({ name: '任务', content: '', amounts: { total, fiscal, other } });

    test('sums the tasks for each column the document omits', () => {
        expect(grandTotalOf({ tasks: [task(100n, 60n, 40n), task(5n, 5n, 0n)] })).toEqual({ total: 105n, fiscal: 65n, other: 40n });
    });

    test('keeps a written column as written, even when it does not add up', () => {
        expect(grandTotalOf({ tasks: [task(100n, 60n, 40n)], grandTotal: { total: 999n } })).toEqual({ total: 999n, fiscal: 60n, other: 40n });
    });

    test('leaves a column empty when a task lacks that amount', () => {
        expect(grandTotalOf({ tasks: [task(100n, 60n, 40n), task(5n, undefined, 0n)] })).toEqual({ total: 105n, fiscal: undefined, other: 40n });
    });

    test('is zero without tasks', () => {
        expect(grandTotalOf({ tasks: [] })).toEqual({ total: 0n, fiscal: 0n, other: 0n });
    });
});
