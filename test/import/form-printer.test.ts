/**
 * The printer: a form model as a .jixiao document in the canonical layout (that of the seed).
 */
import { describe, expect, test } from 'vitest';
import { printForm, type FormIndicator, type FormModel } from 'jixiao-form';
import { formModel } from './form-rows.js';
import { formOf } from './import-test-utils.js';

function withIndicator(indicator: Partial<FormIndicator>): FormModel {
    const model = formModel();
    model.categories[0].children[0].indicators[0] = { ...model.categories[0].children[0].indicators[0], ...indicator };
    return model;
}

/** The printed line of the first indicator (数量指标's first). */
const firstIndicatorLine = (model: FormModel) => printForm(model).split('\n').find(line => line.includes('指标 "'))!.trim();

describe('printForm', () => {
    test('prints a small model in the canonical layout', () => {
        const model = formModel();
        model.categories[0].children[0].indicators[0].goals = ['服务'];
        expect(printForm(model)).toBe([
            '部门整体支出绩效目标 2026 {',
            '  部门名称 "测试局"',
            '  主管部门 "测试委"',
            '',
            '  年度主要任务 {',
            '    任务 "基本支出" {',
            '      主要内容 "人员经费"',
            '      总额 100.00  财政拨款 100.00  其他资金 0.00',
            '    }',
            '    金额合计 总额 100.00  财政拨款 100.00  其他资金 0.00',
            '  }',
            '',
            '  年度总体目标 {',
            '    目标 服务 "2026年提供服务100人次。"',
            '  }',
            '',
            '  年度绩效指标 {',
            '    产出指标 {',
            '      数量指标 {',
            '        指标 "服务人次" 100 人次 对应 服务',
            '          解释 "考察服务人次"',
            '      }',
            '      质量指标 {',
            '        指标 "服务合格率" 100 %',
            '          解释 "考察服务合格率"',
            '      }',
            '    }',
            '    效益指标 {',
            '      社会效益指标 {',
            '        指标 "服务能力提升" 显著 %',
            '          解释 "“显著”的量化标准为“80%-100%”"',
            '      }',
            '      生态效益指标 不适用',
            '    }',
            '    满意度指标 {',
            '      服务对象满意度指标 {',
            '        指标 "服务对象满意度" ≥90 %',
            '          解释 "考察满意度"',
            '      }',
            '    }',
            '  }',
            '}',
            ''
        ].join('\n'));
    });

    test('prints header comments above the declaration', () => {
        expect(printForm(formModel(), { headerComments: ['由 a.xlsx 导入。'] }).split('\n').slice(0, 2)).toEqual([
            '// 由 a.xlsx 导入。', '部门整体支出绩效目标 2026 {'
        ]);
    });

    test('marks each inferred 对应 for review', () => {
        const model = withIndicator({ goals: ['服务'] });
        expect(printForm(model, { inferredLinks: true })).toContain('指标 "服务人次" 100 人次 对应 服务  // 对应为自动推断，请核对\n');
    });

    test('joins several 对应 with 、', () => {
        const model = formModel();
        model.goals.push({ name: '验收', text: '完成验收。' });
        model.categories[0].children[0].indicators[0].goals = ['服务', '验收'];
        expect(firstIndicatorLine(model)).toBe('指标 "服务人次" 100 人次 对应 服务、验收');
    });

    test('escapes quotes, backslashes and line breaks in strings', () => {
        const model = withIndicator({ name: '“A”与"B"\\C', explanation: '第一行\n第二行' });
        expect(printForm(model)).toContain('指标 "“A”与\\"B\\"\\\\C" 100 人次\n          解释 "第一行\\n第二行"\n');
    });

    test('writes a 度量单位 that differs from the value\'s unit after the value', () => {
        expect(firstIndicatorLine(withIndicator({ unitCell: '人' }))).toBe('指标 "服务人次" 100 人次 度量单位 人');
    });

    test('writes a deadline, a quoted text and 不适用 as values', () => {
        const lines = ['2026年6月前', '"按计划完成"', '不适用'];
        const values: FormIndicator['value'][] = [
            { kind: 'deadline', text: '2026年6月前' }, { kind: 'text', text: '按计划完成' }, { kind: 'not-applicable' }
        ];
        expect(values.map(value => firstIndicatorLine(withIndicator({ value })))).toEqual(lines.map(line => `指标 "服务人次" ${line}`));
    });

    test('leaves out what the model does not have: amounts, 主要内容, 解释, 金额合计, names', () => {
        const model = withIndicator({ explanation: '' });
        model.departmentName = '';
        model.tasks[0] = { name: '基本支出', content: '', amounts: { total: 10000n } };
        model.grandTotal = undefined;
        const text = printForm(model);
        expect(text.split('\n').slice(0, 9)).toEqual([
            '部门整体支出绩效目标 2026 {',
            '  主管部门 "测试委"',
            '',
            '  年度主要任务 {',
            '    任务 "基本支出" {',
            '      总额 100.00',
            '    }',
            '  }',
            ''
        ]);
        expect(text).toContain('        指标 "服务人次" 100 人次\n      }\n');
    });

    test('prints 金额单位 and 指标体系 when the model has them', () => {
        const model = { ...formModel(), amountUnit: '万元' as const, profile: '2021' };
        expect(printForm(model).split('\n').slice(3, 5)).toEqual(['  金额单位 万元', '  指标体系 2021']);
    });

    test('prints indicators of an empty 二级 name directly inside their 一级', () => {
        const model = formModel();
        model.categories[0].children[0].name = '';
        expect(printForm(model)).toContain('    产出指标 {\n      指标 "服务人次" 100 人次\n        解释 "考察服务人次"\n      质量指标 {');
    });

    test('replaces a goal name the language cannot read, in the goal and in its links', () => {
        const model = withIndicator({ goals: ['目标'] });
        model.goals[0].name = '目标';
        const text = printForm(model);
        expect([text.includes('    目标 目标1 "2026年提供服务100人次。"'), firstIndicatorLine(model)]).toEqual([
            true, '指标 "服务人次" 100 人次 对应 目标1'
        ]);
    });

    test('the printed document reads back as the same model', async () => {
        const model = formModel();
        model.categories[0].children[0].indicators[0].goals = ['服务'];
        expect(await formOf(printForm(model))).toEqual(model);
    });
});
