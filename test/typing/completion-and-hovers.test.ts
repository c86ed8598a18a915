/**
 * Issue 10, item 8: value suggestions ranked by the category they are typed in; after
 * `金额合计 总额` the computed sum is offered; keywords have a one-line hover.
 */
import { describe, expect, test } from 'vitest';
import { completionAt, createTestServices, hoverAt } from '../lsp/lsp-test-utils.js';

const services = createTestServices();

/** The value suggestions at the cursor in a category, in the order an editor sorts them. */
async function valuesIn(category: string, first = '产出指标'): Promise<string[]> {
    const items = await completionAt(services, `部门整体支出绩效目标 2026 { 年度绩效指标 { ${first} { ${category} { 指标 "x" <|> } } } }`);
    return items.sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map(item => item.label);
}

describe('values ranked by category', () => {
    test('数量指标: comparators first, deadlines last', async () => {
        expect((await valuesIn('数量指标')).slice(0, 9)).toEqual(['≥', '≤', '>', '<', '=', '显著', '明显', '一般', '2026年12月31日前']);
    });

    test('时效指标: deadlines first', async () => {
        expect((await valuesIn('时效指标')).slice(0, 4)).toEqual(['2026年12月31日前', '2026年6月30日前', '2026年底前', '≥']);
    });

    test('社会效益指标: grades first, before deadlines', async () => {
        const values = await valuesIn('社会效益指标', '效益指标');
        expect(values.slice(0, 3)).toEqual(['显著', '明显', '一般']);
        expect(values.indexOf('显著')).toBeLessThan(values.indexOf('2026年12月31日前'));
    });
});

describe('computed amounts', () => {
    const tasks = '任务 "a" { 总额 1,000.00 财政拨款 600.00 其他资金 400.00 } 任务 "b" { 总额 10.00 财政拨款 10.00 其他资金 0.00 }';

    test('after 金额合计 总额: the sum of the tasks, in the document\'s style', async () => {
        const [first] = await completionAt(services, `部门整体支出绩效目标 2026 { 年度主要任务 { ${tasks} 金额合计 总额 <|> } }`);
        expect([first.label, first.detail]).toEqual(['1,010.00', '各任务之和']);
    });

    test('after 金额合计 … 其他资金: that column\'s sum', async () => {
        const [first] = await completionAt(services, `部门整体支出绩效目标 2026 { 年度主要任务 { ${tasks} 金额合计 总额 1,010.00 财政拨款 610.00 其他资金 <|> } }`);
        expect(first.label).toBe('400.00');
    });

    test('a task\'s 总额 from its 财政拨款 and 其他资金', async () => {
        const [first] = await completionAt(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 "a" { 财政拨款 600.00 其他资金 400.00 总额 <|> } } }');
        expect([first.label, first.detail]).toEqual(['1000.00', '由另外两栏算出']);
    });

    test('nothing computed when a task lacks an amount', async () => {
        const items = await completionAt(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 "a" { 财政拨款 600.00 } 金额合计 总额 <|> } }');
        expect(items.map(item => item.detail)).not.toContain('各任务之和');
    });
});

describe('keyword hovers', () => {
    test.each([
        ['任务', '部门整体支出绩效目标 2026 { 年度主要任务 { 任<|>务 "a" { 总额 1.00 财政拨款 1.00 其他资金 0.00 } } }', '**任务 "名称" { 主要内容 "…" 总额 … 财政拨款 … 其他资金 … }**：一项年度主要任务，总额 = 财政拨款 + 其他资金'],
        ['对应', '部门整体支出绩效目标 2026 { 年度总体目标 { 目标 甲 "x" } 年度绩效指标 { 产出指标 { 数量指标 { 指标 "x" 1 个 对<|>应 甲 } } } }', '**对应 目标名、目标名**：该指标计量的年度总体目标；每个目标都应有指标对应'],
        ['解释', '部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 { 指标 "x" 1 个 解<|>释 "y" } } } }', '**解释 "…"**：指标解释，写明考察什么；等级指标还须写明各等级的量化标准'],
        ['导语', '部门整体支出绩效目标 2026 { 年度总体目标 { 导<|>语 "x" } }', '**导语 "…"**：编号目标前的引导语，如“通过全年预算执行，本部门拟达到的年度总体目标有：”'],
        ['部门名称', '部门整体支出绩效目标 2026 { 部门<|>名称 "x" }', '**部门名称 "…"**：表头的部门（单位）名称'],
        ['主管部门', '部门整体支出绩效目标 2026 { 主管<|>部门 "x" }', '**主管部门 "…"**：表头的主管部门'],
        ['金额单位', '部门整体支出绩效目标 2026 { 金额<|>单位 万元 }', '**金额单位 元|万元**：全表金额的单位，默认为元；金额本身不带单位']
    ])('%s', async (_, marked, line) => {
        const hover = await hoverAt(services, marked);
        expect(hover?.split('\n\n').at(-1)).toBe(line);
    });

    test('a task keyword keeps the task\'s sums above the line', async () => {
        const hover = await hoverAt(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任<|>务 "a" { 总额 1.00 财政拨款 1.00 其他资金 0.00 } } }');
        expect(hover?.startsWith('**任务“a”**')).toBe(true);
    });
});
