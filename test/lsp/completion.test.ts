import { describe, expect, test } from 'vitest';
import { completionAt, completionLabels, createTestServices } from './lsp-test-utils.js';
import { marked, toLspRange } from '../language/jixiao-test-utils.js';

const services = createTestServices();

const CATEGORY_NAMES = new Set([
    '产出指标', '效益指标', '满意度指标', '成本指标', '数量指标', '质量指标', '时效指标', '经济效益指标', '社会效益指标',
    '生态效益指标', '可持续影响指标', '服务对象满意度指标', '其他满意度指标', '经济成本指标', '社会成本指标', '生态环境成本指标'
]);

async function categoriesAt(marked: string): Promise<string[]> {
    return (await completionLabels(services, marked)).filter(label => CATEGORY_NAMES.has(label));
}

describe('category names', () => {
    test('in 年度绩效指标: every 一级 of the profile, in catalogue order', async () => {
        expect(await categoriesAt('部门整体支出绩效目标 2026 { 年度绩效指标 { <|> } }')).toEqual(['产出指标', '效益指标', '满意度指标']);
    });

    test('in 年度绩效指标: only the 一级 not yet written', async () => {
        expect(await categoriesAt('部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 不适用 } <|> } }'))
            .toEqual(['效益指标', '满意度指标']);
    });

    test('inside a 一级: only its 二级 not yet written', async () => {
        expect(await categoriesAt('部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 不适用 <|> } } }'))
            .toEqual(['质量指标', '时效指标', '成本指标']);
    });

    test('inside 效益指标: the 二级 of 效益指标, not those of 产出指标', async () => {
        expect(await categoriesAt('部门整体支出绩效目标 2026 { 年度绩效指标 { 效益指标 { <|> } } }'))
            .toEqual(['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']);
    });

    test('a synonym counts as the category it stands for', async () => {
        expect(await categoriesAt('部门整体支出绩效目标 2026 { 年度绩效指标 { 效益指标 { 环境效益指标 不适用 <|> } } }'))
            .toEqual(['经济效益指标', '社会效益指标', '可持续影响指标']);
    });

    test('a 2021 declaration offers 成本指标 as a 一级, first', async () => {
        expect(await categoriesAt('部门整体支出绩效目标 2026 { 指标体系 2021 年度绩效指标 { <|> } }'))
            .toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
    });

    test('inside a 二级: no category names, and 指标 is offered', async () => {
        const labels = await completionLabels(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 { <|> } } } }');
        expect(labels.filter(label => CATEGORY_NAMES.has(label))).toEqual([]);
        expect(labels).toContain('指标');
    });

    test('inside a 一级: 指标 is not offered (an indicator needs a 二级)', async () => {
        expect(await completionLabels(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { <|> } } }')).not.toContain('指标');
    });

    test('the item explains the category', async () => {
        const [item] = (await completionAt(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { <|> } } }'))
            .filter(candidate => candidate.label === '数量指标');
        expect(item.detail).toBe('二级指标（产出指标）');
        expect(item.documentation).toBe('反映预期提供的公共产品或服务达到的数量，如设备套数、服务人次、报告份数。');
    });
});

describe('pinyin filter text', () => {
    test('every item carries its pinyin initials and full pinyin', async () => {
        const [item] = (await completionAt(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { <|> } }')).filter(candidate => candidate.label === '产出指标');
        expect(item.filterText).toBe('产出指标 cczb chanchuzhibiao');
    });

    test('typing the initials finds the category and replaces what was typed', async () => {
        const doc = marked('部门整体支出绩效目标 2026 { 年度绩效指标 { »cczb<|>« } }');
        const items = await completionAt(services, doc.text);
        const item = items.find(candidate => candidate.label === '产出指标');
        expect(item?.filterText).toBe('cczb 产出指标 chanchuzhibiao');
        expect(item?.textEdit).toEqual({ newText: '产出指标', range: toLspRange(doc.range) });
    });

    test('typing the full pinyin finds the category', async () => {
        const items = await completionAt(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { shul<|> } } }');
        expect(items.map(item => item.label)).toEqual(['数量指标']);
        expect(items[0].filterText).toBe('shuliangzhibiao 数量指标 slzb');
    });

    test('keywords are found by their initials too', async () => {
        const items = await completionAt(services, '部门整体支出绩效目标 2026 { ndzyrw<|> }');
        expect(items.map(item => item.label)).toEqual(['年度主要任务']);
        expect(items[0].detail).toBe('年度主要任务及预算金额');
    });

    test('Latin letters in a name stay whole in its initials', async () => {
        const items = await completionAt(services, lines('部门整体支出绩效目标 2026 {', '  年度总体目标 { 目标 AI福务管家 "x" }',
            '  年度绩效指标 { 产出指标 { 数量指标 { 指标 "a" 1 个 对应 <|> } } }', '}'));
        expect(items.find(item => item.label === 'AI福务管家')?.filterText).toBe('AI福务管家 aifwgj aifuwuguanjia');
    });
});

describe('indicator values and units', () => {
    test('where a value starts: the five comparators as the form writes them, the deadlines of the year, the grades and 不适用', async () => {
        expect(await completionLabels(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 { 指标 "a" <|> } } } }')).toEqual([
            '≥', '≤', '>', '<', '=', '2026年12月31日前', '2026年6月30日前', '2026年底前', '显著', '明显', '一般', '不适用'
        ]);
    });

    test('a comparator is found by its ASCII spelling', async () => {
        const [item] = (await completionAt(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 { 指标 "a" <|> } } } }'));
        expect(item).toMatchObject({ label: '≥', filterText: '≥ >=', detail: '不低于' });
    });

    test('after the number of a rate: % first', async () => {
        const labels = await completionLabels(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 质量指标 { 指标 "验收合格率" 100 <|> } } } }');
        expect(labels[0]).toBe('%');
    });

    test('after the number of a count: the unit its siblings use for the same kind of thing first', async () => {
        const labels = await completionLabels(services, lines(
            '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 {',
            '  指标 "PDA设备数量" 2010 套',
            '  指标 "服务器数量" 5 <|>',
            '} } } }'));
        expect(labels.slice(0, 2)).toEqual(['套', '台']);
    });

    test('without hints from the name: the common units first, then every known unit, then the keywords that may follow', async () => {
        const labels = await completionLabels(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 { 指标 "其他" 5 <|> } } } }');
        expect(labels.slice(0, 5)).toEqual(['%', '个', '套', '份', '次']);
        expect(labels).toContain('万人次');
        expect(labels.slice(-4)).toEqual(['度量单位', '对应', '解释', '指标']);
    });

    test('a unit item says what the unit measures', async () => {
        const item = (await completionAt(services, '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 { 指标 "其他" 5 <|> } } } }'))
            .find(candidate => candidate.label === '万人');
        expect(item?.documentation).toBe('人数，以万人计');
    });

    test('after 指标: the common indicator names of the 二级, quoted, without those already used', async () => {
        const items = await completionAt(services, lines(
            '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 质量指标 {',
            '  指标 "验收合格率" 100 %',
            '  指标 <|>',
            '} } } }'));
        expect(items.map(item => item.label)).toEqual(['问题整改率', '系统可用率', '数据准确率', '故障解决率']);
        expect(items[0].insertText).toBe('"问题整改率"');
    });
});

describe('goals after 对应', () => {
    const goals = '  年度总体目标 { 目标 网格信息 "投入2010套PDA设备。" 目标 运维保障 "全年运维。" }';

    test('every goal, with its text as documentation', async () => {
        const items = await completionAt(services, lines('部门整体支出绩效目标 2026 {', goals,
            '  年度绩效指标 { 产出指标 { 数量指标 { 指标 "a" 1 个 对应 <|> } } }', '}'));
        expect(items.map(item => [item.label, item.detail, item.documentation])).toEqual([
            ['网格信息', '年度总体目标', '投入2010套PDA设备。'],
            ['运维保障', '年度总体目标', '全年运维。']
        ]);
    });

    test('after a separator: the goals the indicator does not name yet', async () => {
        expect(await completionLabels(services, lines('部门整体支出绩效目标 2026 {', goals,
            '  年度绩效指标 { 产出指标 { 数量指标 { 指标 "a" 1 个 对应 网格信息、<|> } } }', '}'))).toEqual(['运维保障']);
    });

    test('typed in pinyin initials', async () => {
        expect(await completionLabels(services, lines('部门整体支出绩效目标 2026 {', goals,
            '  年度绩效指标 { 产出指标 { 数量指标 { 指标 "a" 1 个 对应 ywbz<|> } } }', '}'))).toEqual(['运维保障']);
    });
});

describe('keywords', () => {
    test('a header field already written is not offered again', async () => {
        const labels = await completionLabels(services, '部门整体支出绩效目标 2026 { 部门名称 "测试局" <|> }');
        expect(labels).toEqual(['主管部门', '金额单位', '指标体系', '年度主要任务', '年度总体目标', '年度绩效指标']);
    });

    test('in a task: the amount columns in the order of the form', async () => {
        expect(await completionLabels(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 "a" { 总额 1.00 <|> } } }')).toEqual(['财政拨款', '其他资金']);
    });

    test('after 金额单位: 元 and 万元', async () => {
        expect(await completionLabels(services, '部门整体支出绩效目标 2026 { 金额单位 <|> }')).toEqual(['元', '万元']);
    });

    test('in an empty document: the keyword of each kind of document', async () => {
        expect(await completionLabels(services, '<|>')).toEqual(['部门整体支出绩效目标', '项目支出绩效目标申报表', '项目支出绩效目标', '项目支出绩效自评表', '项目支出绩效自评']);
    });
});

function lines(...content: string[]): string {
    return content.join('\n');
}
