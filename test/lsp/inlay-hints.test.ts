import { expect, test } from 'vitest';
import { createTestServices, inlayHints, lines } from './lsp-test-utils.js';

const services = createTestServices();

const tasks = (...content: string[]) => lines('部门整体支出绩效目标 2026 {', '  年度主要任务 {', ...content, '  }', '}');

test('beside a task total: the computed 财政拨款 + 其他资金, grouped', async () => {
    expect(await inlayHints(services, tasks('    任务 "a" { 总额 11782800.00  财政拨款 11700000.00  其他资金 82800.00 }'))).toEqual(['3:28 = 11,782,800.00']);
});

test('beside a wrong total: ≠ and the right figure', async () => {
    expect(await inlayHints(services, tasks('    任务 "a" { 总额 60.00  财政拨款 50.00  其他资金 0.00 }'))).toEqual(['3:22 ≠ 50.00']);
});

test('beside each 金额合计 column: the sum of the tasks', async () => {
    expect(await inlayHints(services, tasks(
        '    任务 "a" { 总额 1,000.00  财政拨款 1,000.00  其他资金 0.00 }',
        '    任务 "b" { 总额 2,000.00  财政拨款 1,500.00  其他资金 500.00 }',
        '    金额合计 总额 3000.00  财政拨款 2400.00  其他资金 500.00'
    ))).toEqual(['5:20 = 3,000.00', '5:34 ≠ 2,500.00']);
});

test('no hint that would repeat the figure as written', async () => {
    expect(await inlayHints(services, tasks('    任务 "a" { 总额 1,000.00  财政拨款 1,000.00  其他资金 0.00 }'))).toEqual([]);
});

test('no hint where nothing can be computed', async () => {
    expect(await inlayHints(services, tasks(
        '    任务 "a" { 总额 100.00  财政拨款 100.00 }',
        '    金额合计 总额 100.00  财政拨款 100.00  其他资金 0.00'
    ))).toEqual([]);
});

test('a document without tasks has no hints', async () => {
    expect(await inlayHints(services, '部门整体支出绩效目标 2026 { 年度主要任务 { 任务 ')).toEqual([]);
});
