import { describe, expect, test } from 'vitest';
import { createTestServices, hoverAt } from './lsp-test-utils.js';

const services = createTestServices();
const english = createTestServices({ locale: 'en' });

const indicators = (body: string) => `部门整体支出绩效目标 2026 { 年度绩效指标 { ${body} } }`;

describe('categories and units', () => {
    test('a 一级 category: its meaning', async () => {
        expect(await hoverAt(services, indicators('产<|>出指标 { }'))).toBe('**产出指标**（一级指标）\n\n反映预算资金在一定期限内预期提供的公共产品和服务情况。');
    });

    test('a 二级 category: its parent, meaning and common indicators', async () => {
        expect(await hoverAt(services, indicators('产出指标 { 时效<|>指标 { } }'))).toBe(
            '**时效指标**（二级指标，属于产出指标）\n\n反映预期提供公共产品或服务的及时程度和效率，如完成时间、及时率。\n\n' +
            '常用指标：按时完成率、完成及时率、项目完成时间、响应时间');
    });

    test('an old synonym says which category it stands for', async () => {
        expect(await hoverAt(services, indicators('效益指标 { 环境<|>效益指标 不适用 }'))).toContain('即“生态效益指标”');
    });

    test('a unit after a number', async () => {
        expect(await hoverAt(services, indicators('产出指标 { 数量指标 { 指标 "采集人口数" ≥190 万<|>人 } }'))).toBe('**万人**：人数，以万人计');
    });

    test('a unit in the 度量单位 cell', async () => {
        expect(await hoverAt(services, indicators('产出指标 { 数量指标 { 指标 "x" 100 % 度量单位 <|>个 } }'))).toBe('**个**：计数：个');
    });

    test('in English', async () => {
        expect(await hoverAt(english, indicators('产出指标 { 数量指标 { 指标 "x" 5 <|>套 } }'))).toBe('**套**: 计数：成套的设备或系统');
    });
});

describe('sums', () => {
    test('a task: 财政拨款 + 其他资金, and whether 总额 agrees', async () => {
        expect(await hoverAt(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 "基本<|>支出" { 总额 11782800.00  财政拨款 11700000.00  其他资金 82800.00 } } }')).toBe(
            '**任务“基本支出”**\n\n财政拨款 11,700,000.00 + 其他资金 82,800.00 = **11,782,800.00** 元\n\n总额 11,782,800.00：相符 ✓');
    });

    test('a task whose 总额 is wrong: by how much', async () => {
        expect(await hoverAt(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 "a" { 总额 <|>60.00  财政拨款 50.00  其他资金 0.00 } } }')).toBe(
            '**任务“a”**\n\n财政拨款 50.00 + 其他资金 0.00 = **50.00** 元\n\n总额 60.00：不相符，相差 10.00');
    });

    test('a task in 万元', async () => {
        expect(await hoverAt(services, '部门整体支出绩效目标 2026 { 金额单位 万元 年度主要任务 { 任务 "a" { 总<|>额 1.00  财政拨款 1.00  其他资金 0.00 } } }'))
            .toContain('= **1.00** 万元');
    });

    test('a task without 其他资金: nothing to add up yet', async () => {
        expect(await hoverAt(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 "a<|>" { 总额 1.00  财政拨款 1.00 } } }')).toBe(
            '**任务“a”**\n\n财政拨款和其他资金都填写后才能计算合计。');
    });

    test('金额合计: each column as the sum of the tasks', async () => {
        expect(await hoverAt(services, [
            '部门整体支出绩效目标 2026 { 年度主要任务 {',
            '  任务 "a" { 总额 100.00  财政拨款 80.00  其他资金 20.00 }',
            '  任务 "b" { 总额 50.00  财政拨款 50.00  其他资金 0.00 }',
            '  金额<|>合计 总额 150.00  财政拨款 120.00',
            '} }'
        ].join('\n'))).toBe('**金额合计**（2 项任务之和，元）\n\n- 总额：150.00 ✓\n- 财政拨款：130.00（填写为 120.00，不相符）\n- 其他资金：20.00（未填写，导出时计算）');
    });

    test('金额合计 when a task lacks a column', async () => {
        expect(await hoverAt(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 "a" { 总额 1.00 } 金额合计 总额 <|>1.00 } }'))
            .toContain('- 财政拨款：无法计算（有任务缺少或填错该列）');
    });
});

describe('grades and goals', () => {
    test('a grade: the scale its explanation defines', async () => {
        expect(await hoverAt(services, indicators('效益指标 { 社会效益指标 { 指标 "x" 明<|>显 % 解释 "“显著”为“90%-100%”，“明显”为“70%-90%”，“一般”为“0%-70%”。" } }'))).toBe(
            '**明显**：70%-90%\n\n量化标准（取自指标解释）：显著 90%-100%，明显 70%-90%，一般 0%-70%');
    });

    test('a grade whose explanation defines nothing: the usual scale, said to be the usual one', async () => {
        expect(await hoverAt(services, indicators('效益指标 { 社会效益指标 { 指标 "x" 显<|>著 % 解释 "考察提升程度。" } }'))).toBe(
            '**显著**：80%-100%\n\n指标解释未写量化标准；常用标准：显著 80%-100%，明显 60%-80%，一般 0%-60%');
    });

    test('a goal after 对应: its text', async () => {
        expect(await hoverAt(services, '部门整体支出绩效目标 2026 { 年度总体目标 { 目标 网格信息 "投入2010套PDA设备。" } 年度绩效指标 { 产出指标 { 数量指标 { 指标 "x" 2010 套 对应 网格<|>信息 } } } }'))
            .toBe('**目标 网格信息**\n\n投入2010套PDA设备。');
    });

    test('a goal where it is defined: its text and how many indicators measure it', async () => {
        expect(await hoverAt(services, '部门整体支出绩效目标 2026 { 年度总体目标 { 目标 网<|>格信息 "投入设备。" } 年度绩效指标 { 产出指标 { 数量指标 { 指标 "x" 2010 套 对应 网格信息 指标 "y" 1 个 对应 网格信息 } } } }'))
            .toBe('**目标 网格信息**\n\n投入设备。\n\n由 2 个指标计量');
    });

    test('nothing on an indicator name or a keyword without meaning of its own', async () => {
        expect(await hoverAt(services, indicators('产出指标 { 数量指标 { 指标 "采集<|>人口数" ≥190 万人 } }'))).toBeUndefined();
    });

    test('nothing in a broken document where the node is half-built', async () => {
        expect(await hoverAt(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 <|> } }')).toBeUndefined();
    });
});
