import { describe, expect, test } from 'vitest';
import { applyFix, createTestServices, fixesFor, lines } from './lsp-test-utils.js';

const services = createTestServices();

/** A declaration with the given lines in 年度主要任务 and/or 年度绩效指标 (each indented for its section). */
function document(parts: { tasks?: string[]; goals?: string[]; indicators?: string[] }): string {
    const section = (keyword: string, content: string[] | undefined) =>
        content ? ['', `  ${keyword} {`, ...content.map(line => `    ${line}`), '  }'] : [];
    return lines(
        '部门整体支出绩效目标 2026 {',
        '  部门名称 "测试局"',
        '  主管部门 "测试局"',
        ...section('年度主要任务', parts.tasks),
        ...section('年度总体目标', parts.goals),
        ...section('年度绩效指标', parts.indicators),
        '}');
}

describe('budget', () => {
    const wrongTotal = document({ tasks: ['任务 "a" {', '  总额 60.00  财政拨款 50.00  其他资金 0.00', '}'] });

    test('task-sum: set 总额 to 财政拨款 + 其他资金 (preferred)', async () => {
        expect(await fixesFor(services, wrongTotal, 'budget.task-sum')).toEqual([
            { title: '将总额改为 50.00', preferred: true, result: wrongTotal.replace('总额 60.00', '总额 50.00') },
            { title: '将其他资金改为 10.00', preferred: false, result: wrongTotal.replace('其他资金 0.00', '其他资金 10.00') }
        ]);
    });

    test('task-sum: no 其他资金 fix when 财政拨款 alone exceeds 总额', async () => {
        const text = document({ tasks: ['任务 "a" {', '  总额 40.00  财政拨款 50.00  其他资金 0.00', '}'] });
        expect((await fixesFor(services, text, 'budget.task-sum')).map(fix => fix.title)).toEqual(['将总额改为 50.00']);
    });

    test('task-sum: amounts keep the grouping the document uses', async () => {
        const text = document({ tasks: ['任务 "a" {', '  总额 1,000.00  财政拨款 1,200.00  其他资金 0.00', '}'] });
        expect(await applyFix(services, text, 'budget.task-sum', '将总额改为 1,200.00')).toBe(text.replace('总额 1,000.00', '总额 1,200.00'));
    });

    test('grand-total: write the sum of the tasks', async () => {
        const text = document({ tasks: [
            '任务 "a" {', '  总额 100.00  财政拨款 100.00  其他资金 0.00', '}',
            '任务 "b" {', '  总额 50.00  财政拨款 50.00  其他资金 0.00', '}',
            '金额合计 总额 150.00  财政拨款 140.00  其他资金 0.00'
        ] });
        expect(await fixesFor(services, text, 'budget.grand-total')).toEqual([
            { title: '将金额合计的财政拨款改为 150.00', preferred: true, result: text.replace('财政拨款 140.00', '财政拨款 150.00') }
        ]);
    });

    test('amount-missing: 其他资金 computed as 总额 − 财政拨款, after 财政拨款', async () => {
        const text = document({ tasks: ['任务 "a" {', '  总额 30.00  财政拨款 20.00', '}'] });
        expect(await applyFix(services, text, 'budget.amount-missing', '填写其他资金 10.00'))
            .toBe(text.replace('财政拨款 20.00', '财政拨款 20.00  其他资金 10.00'));
    });

    test('amount-missing: 总额 computed as the sum, before 财政拨款', async () => {
        const text = document({ tasks: ['任务 "a" {', '  财政拨款 20.00  其他资金 5.00', '}'] });
        expect(await applyFix(services, text, 'budget.amount-missing', '填写总额 25.00'))
            .toBe(text.replace('  财政拨款 20.00', '  总额 25.00  财政拨款 20.00'));
    });

    test('amount-missing: a task without amounts gets a new amounts line after 主要内容', async () => {
        const text = document({ tasks: ['任务 "a" {', '  主要内容 "人员经费"', '}'] });
        expect(await applyFix(services, text, 'budget.amount-missing', '填写总额 0.00'))
            .toBe(text.replace('主要内容 "人员经费"', '主要内容 "人员经费"\n      总额 0.00'));
    });

    test('task-duplicate: remove the second task with its lines', async () => {
        const text = document({ tasks: [
            '任务 "a" {', '  总额 1.00  财政拨款 1.00  其他资金 0.00', '}',
            '任务 "a" {', '  总额 2.00  财政拨款 2.00  其他资金 0.00', '}'
        ] });
        expect(await applyFix(services, text, 'budget.task-duplicate', '删除重复的任务“a”'))
            .toBe(text.replace('    任务 "a" {\n      总额 2.00  财政拨款 2.00  其他资金 0.00\n    }\n', ''));
    });
});

describe('indicators', () => {
    const quality = (...indicators: string[]) => document({ indicators: ['产出指标 {', '  质量指标 {', ...indicators.map(line => `    ${line}`), '  }', '}'] });

    test('unit-missing: one fix per suggested unit, the best first and preferred', async () => {
        const text = quality('指标 "验收合格率" 100', '  解释 "x"');
        const fixes = await fixesFor(services, text, 'indicator.unit-missing');
        expect(fixes.map(fix => [fix.title, fix.preferred])).toEqual([
            ['添加度量单位“%”', true], ['添加度量单位“个”', false], ['添加度量单位“套”', false], ['添加度量单位“份”', false], ['添加度量单位“次”', false]
        ]);
        expect(fixes[0].result).toBe(text.replace('100', '100 %'));
    });

    test('unit-mismatch: a rate measured in 个 gets %', async () => {
        const text = quality('指标 "数据准确率" 95 个', '  解释 "x"');
        expect(await fixesFor(services, text, 'indicator.unit-mismatch')).toEqual([
            { title: '将单位改为“%”', preferred: true, result: text.replace('95 个', '95 %') }
        ]);
    });

    test('unit-mismatch: a count measured in % gets a counting unit', async () => {
        const text = quality('指标 "报告份数" 4 %', '  解释 "x"');
        expect(await applyFix(services, text, 'indicator.unit-mismatch', '将单位改为“份”')).toBe(text.replace('4 %', '4 份'));
    });

    test('unit-mismatch: a 度量单位 cell that differs from the value takes the value’s unit', async () => {
        const text = quality('指标 "合格率" 100 % 度量单位 个', '  解释 "x"');
        expect(await applyFix(services, text, 'indicator.unit-mismatch', '将度量单位改为“%”（与指标值一致）')).toBe(text.replace('度量单位 个', '度量单位 %'));
    });

    test('direction-suspicious: ≤ on a rate becomes ≥', async () => {
        const text = quality('指标 "系统可用率" ≤99 %', '  解释 "x"');
        expect(await fixesFor(services, text, 'indicator.direction-suspicious')).toEqual([
            { title: '将“≤”改为“≥”', preferred: true, result: text.replace('≤99', '≥99') }
        ]);
    });

    test('duplicate: the second indicator goes, with its 解释 line', async () => {
        const text = quality('指标 "数据准确率" 95 %', '  解释 "x"', '指标 "数据准确率" 98 %', '  解释 "y"');
        expect(await applyFix(services, text, 'indicator.duplicate', '删除重复的指标“数据准确率”'))
            .toBe(quality('指标 "数据准确率" 95 %', '  解释 "x"'));
    });

    test('category-suspicious: a rate filed under 数量指标 moves to the end of 质量指标', async () => {
        const text = document({ indicators: [
            '产出指标 {',
            '  数量指标 {',
            '    指标 "设备数量" 10 台', '      解释 "a"',
            '    指标 "设备验收合格率" 100 %', '      解释 "b"',
            '  }',
            '  质量指标 {',
            '    指标 "问题整改率" 100 %', '      解释 "c"',
            '  }',
            '}'
        ] });
        expect(await applyFix(services, text, 'indicator.category-suspicious', '将指标移到“质量指标”下')).toBe(document({ indicators: [
            '产出指标 {',
            '  数量指标 {',
            '    指标 "设备数量" 10 台', '      解释 "a"',
            '  }',
            '  质量指标 {',
            '    指标 "问题整改率" 100 %', '      解释 "c"',
            '    指标 "设备验收合格率" 100 %', '      解释 "b"',
            '  }',
            '}'
        ] }));
    });

    test('category-suspicious: a category marked 不适用 opens into a block for the indicator', async () => {
        const text = document({ indicators: [
            '产出指标 {',
            '  数量指标 {',
            '    指标 "设备数量" 10 台', '      解释 "a"',
            '    指标 "设备验收合格率" 100 %', '      解释 "b"',
            '  }',
            '  质量指标 不适用',
            '}'
        ] });
        expect(await applyFix(services, text, 'indicator.category-suspicious', '将指标移到“质量指标”下')).toBe(document({ indicators: [
            '产出指标 {',
            '  数量指标 {',
            '    指标 "设备数量" 10 台', '      解释 "a"',
            '  }',
            '  质量指标 {',
            '    指标 "设备验收合格率" 100 %', '      解释 "b"',
            '  }',
            '}'
        ] }));
    });

    test('category-suspicious: no fix when the suggested category is not in the document', async () => {
        const text = document({ indicators: ['产出指标 {', '  数量指标 {', '    指标 "设备验收合格率" 100 %', '      解释 "b"', '  }', '}'] });
        expect(await fixesFor(services, text, 'indicator.category-suspicious')).toEqual([]);
    });

    test('deadline-outside-year: the declaration’s year', async () => {
        const text = document({ indicators: ['产出指标 {', '  时效指标 {', '    指标 "按时印发" 2025年6月前', '      解释 "x"', '  }', '}'] });
        expect(await fixesFor(services, text, 'indicator.deadline-outside-year')).toEqual([
            { title: '将时限改为 2026年6月前', preferred: true, result: text.replace('2025年6月前', '2026年6月前') }
        ]);
    });

    test('goal.unresolved: did you mean the goal with a close name', async () => {
        const text = document({
            goals: ['目标 网格信息 "x"'],
            indicators: ['产出指标 {', '  数量指标 {', '    指标 "设备数量" 10 台 对应 网格消息', '      解释 "a"', '  }', '}']
        });
        expect(await fixesFor(services, text, 'goal.unresolved')).toEqual([
            { title: '改为“网格信息”', preferred: true, result: text.replace('对应 网格消息', '对应 网格信息') }
        ]);
    });
});

describe('structure', () => {
    const benefit = (...children: string[]) => document({ indicators: ['效益指标 {', ...children.map(line => `  ${line}`), '}'] });

    test('category-missing: `X 不适用` where the catalogue puts it', async () => {
        const text = benefit('经济效益指标 不适用', '社会效益指标 不适用', '可持续影响指标 不适用');
        expect(await applyFix(services, text, 'structure.category-missing', '添加“生态效益指标 不适用”'))
            .toBe(benefit('经济效益指标 不适用', '社会效益指标 不适用', '生态效益指标 不适用', '可持续影响指标 不适用'));
    });

    test('category-missing: at the end of the 一级 when the catalogue puts it last', async () => {
        const text = benefit('经济效益指标 不适用', '社会效益指标 不适用', '生态效益指标 不适用');
        expect(await applyFix(services, text, 'structure.category-missing', '添加“可持续影响指标 不适用”'))
            .toBe(benefit('经济效益指标 不适用', '社会效益指标 不适用', '生态效益指标 不适用', '可持续影响指标 不适用'));
    });

    test('category-missing: a missing 一级 as a block of 不适用 (preferred) or as one line', async () => {
        const text = document({ indicators: ['产出指标 不适用', '满意度指标 不适用'] });
        const fixes = await fixesFor(services, text, 'structure.category-missing');
        expect(fixes).toEqual([
            {
                title: '添加“效益指标”及其二级指标（均标为不适用）', preferred: true,
                result: document({ indicators: ['产出指标 不适用', '效益指标 {', '  经济效益指标 不适用', '  社会效益指标 不适用', '  生态效益指标 不适用', '  可持续影响指标 不适用', '}', '满意度指标 不适用'] })
            },
            { title: '添加“效益指标 不适用”', preferred: false, result: document({ indicators: ['产出指标 不适用', '效益指标 不适用', '满意度指标 不适用'] }) }
        ]);
    });

    test('misplaced-category: a 二级 under the wrong 一级 moves into its own, in catalogue order', async () => {
        const text = document({ indicators: [
            '产出指标 {', '  质量指标 不适用', '}',
            '效益指标 {', '  数量指标 {', '    指标 "设备数量" 10 台', '      解释 "a"', '  }', '  经济效益指标 不适用', '}'
        ] });
        expect(await applyFix(services, text, 'structure.misplaced-category', '将“数量指标”移到“产出指标”下')).toBe(document({ indicators: [
            '产出指标 {', '  数量指标 {', '    指标 "设备数量" 10 台', '      解释 "a"', '  }', '  质量指标 不适用', '}',
            '效益指标 {', '  经济效益指标 不适用', '}'
        ] }));
    });

    test('misplaced-category: a 二级 at the top whose 一级 is not written gets its 一级 around it', async () => {
        const text = document({ indicators: ['数量指标 {', '  指标 "设备数量" 10 台', '    解释 "a"', '}', '满意度指标 不适用'] });
        expect(await applyFix(services, text, 'structure.misplaced-category', '将“数量指标”移到“产出指标”下')).toBe(document({ indicators: [
            '产出指标 {', '  数量指标 {', '    指标 "设备数量" 10 台', '      解释 "a"', '  }', '}', '满意度指标 不适用'
        ] }));
    });

    test('misplaced-category: a 一级 nested in another goes back to the top level', async () => {
        const text = document({ indicators: ['产出指标 {', '  满意度指标 不适用', '  数量指标 不适用', '}'] });
        expect(await applyFix(services, text, 'structure.misplaced-category', '将“满意度指标”移到年度绩效指标下')).toBe(document({ indicators: [
            '产出指标 {', '  数量指标 不适用', '}', '满意度指标 不适用'
        ] }));
    });

    test('unknown-category: did you mean', async () => {
        const text = document({ indicators: ['产出指标 {', '  数最指标 不适用', '}'] });
        expect(await fixesFor(services, text, 'structure.unknown-category')).toEqual([
            { title: '改为“数量指标”', preferred: true, result: text.replace('数最指标', '数量指标') }
        ]);
    });

    test('category-empty: mark it 不适用', async () => {
        const text = benefit('经济效益指标 { }', '社会效益指标 不适用', '生态效益指标 不适用', '可持续影响指标 不适用');
        expect(await fixesFor(services, text, 'structure.category-empty')).toEqual([
            { title: '将“经济效益指标”标为不适用', preferred: true, result: text.replace('经济效益指标 { }', '经济效益指标 不适用') }
        ]);
    });

    test('category-empty: no fix when a comment would be lost', async () => {
        const text = benefit('经济效益指标 { // 待补充', '}', '社会效益指标 不适用', '生态效益指标 不适用', '可持续影响指标 不适用');
        expect(await fixesFor(services, text, 'structure.category-empty')).toEqual([]);
    });
});

describe('English titles', () => {
    test('follow the locale', async () => {
        const english = createTestServices({ locale: 'en' });
        const text = document({ tasks: ['任务 "a" {', '  总额 60.00  财政拨款 50.00  其他资金 0.00', '}'] });
        expect((await fixesFor(english, text, 'budget.task-sum')).map(fix => fix.title)).toEqual(['Set the total to 50.00', 'Set other funds to 10.00']);
    });
});
