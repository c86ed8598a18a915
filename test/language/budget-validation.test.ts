import { describe, expect, test } from 'vitest';
import { declaration, diagnoseCode, marked } from './jixiao-test-utils.js';

const task = (amounts: string, name = '基本支出') => [
    `    任务 "${name}" {`,
    '      主要内容 "人员经费"',
    `      ${amounts}`,
    '    }'
].join('\n');

describe('budget.task-sum', () => {
    test('总额 that is not 财政拨款 + 其他资金 is an error on 总额, naming the numbers', async () => {
        const doc = marked(declaration({ tasks: task('总额 »100.01«  财政拨款 100.00  其他资金 0.00') }));
        expect(await diagnoseCode(doc.text, 'budget.task-sum')).toEqual([{
            code: 'budget.task-sum',
            severity: 'error',
            message: '任务“基本支出”的总额 100.01 不等于财政拨款 100.00 + 其他资金 0.00 = 100.00',
            range: doc.range,
            text: '100.01',
            data: { code: 'budget.task-sum', expectedTotal: '100.00', expectedOther: '0.01' }
        }]);
    });

    test('is silent when the task adds up, thousands separators included', async () => {
        const text = declaration({ tasks: task('总额 11,782,800.50  财政拨款 11782800.00  其他资金 0.50') });
        expect(await diagnoseCode(text, 'budget.task-sum')).toEqual([]);
    });

    test('does not offer a negative 其他资金 when 财政拨款 alone exceeds 总额', async () => {
        const text = declaration({ tasks: task('总额 90.00  财政拨款 100.00  其他资金 0.00') });
        const [diagnostic] = await diagnoseCode(text, 'budget.task-sum');
        expect(diagnostic.data).toEqual({ code: 'budget.task-sum', expectedTotal: '100.00', expectedOther: undefined });
    });
});

describe('budget.grand-total', () => {
    const tasks = [
        task('总额 100.00  财政拨款 100.00  其他资金 0.00', '甲'),
        task('总额 50.50  财政拨款 50.00  其他资金 0.50', '乙')
    ].join('\n');

    test('a 金额合计 column that differs from the sum of the tasks is an error on that column', async () => {
        const doc = marked(declaration({ tasks: `${tasks}\n    金额合计 总额 150.50  财政拨款 150.00  其他资金 »0.00«` }));
        expect(await diagnoseCode(doc.text, 'budget.grand-total')).toEqual([{
            code: 'budget.grand-total',
            severity: 'error',
            message: '金额合计的其他资金 0.00 不等于 2 项任务之和 0.50',
            range: doc.range,
            text: '0.00',
            data: { code: 'budget.grand-total', column: 'other', expected: '0.50' }
        }]);
    });

    test('is silent when 金额合计 is right', async () => {
        const text = declaration({ tasks: `${tasks}\n    金额合计 总额 150.50  财政拨款 150.00  其他资金 0.50` });
        expect(await diagnoseCode(text, 'budget.grand-total')).toEqual([]);
    });

    test('is silent when 金额合计 is omitted (it is computed on export)', async () => {
        expect(await diagnoseCode(declaration({ tasks }), 'budget.grand-total')).toEqual([]);
    });

    test('sums exactly where binary floating point would not (0.10 + 0.20 = 0.30)', async () => {
        const cents = [task('总额 0.10  财政拨款 0.10  其他资金 0.00', '甲'), task('总额 0.20  财政拨款 0.20  其他资金 0.00', '乙')].join('\n');
        const text = declaration({ tasks: `${cents}\n    金额合计 总额 0.30  财政拨款 0.30  其他资金 0.00` });
        expect(await diagnoseCode(text, 'budget.grand-total')).toEqual([]);
    });
});

describe('budget.amount-missing', () => {
    test('a task without 其他资金 is an error on the task name', async () => {
        const doc = marked(declaration({ tasks: task('总额 100.00  财政拨款 100.00') }).replace('"基本支出"', '»"基本支出"«'));
        const diagnostics = await diagnoseCode(doc.text, 'budget.amount-missing');
        expect(diagnostics.map(d => [d.message, d.range, d.data])).toEqual([
            ['任务“基本支出”缺少其他资金', doc.range, { code: 'budget.amount-missing', column: 'other' }]
        ]);
    });

    test('is silent when all three amounts are given', async () => {
        expect(await diagnoseCode(declaration(), 'budget.amount-missing')).toEqual([]);
    });
});

describe('budget.amount-precision', () => {
    test('more than two decimals is an error on the amount', async () => {
        const text = declaration({ tasks: task('总额 100.005  财政拨款 100.005  其他资金 0.00') });
        const diagnostics = await diagnoseCode(text, 'budget.amount-precision');
        expect(diagnostics.map(d => [d.message, d.text])).toEqual([
            ['金额 100.005 超过两位小数：元金额最多保留到小数点后两位', '100.005'],
            ['金额 100.005 超过两位小数：元金额最多保留到小数点后两位', '100.005']
        ]);
    });

    test('names 万元 when the declaration counts in 万元', async () => {
        const text = declaration({
            header: '  部门名称 "测试局"\n  主管部门 "测试局"\n  金额单位 万元',
            tasks: task('总额 1.234  财政拨款 1.234  其他资金 0')
        });
        const [first] = await diagnoseCode(text, 'budget.amount-precision');
        expect(first.message).toBe('金额 1.234 超过两位小数：万元金额最多保留到小数点后两位');
    });

    test('is silent on one or two decimals and on whole amounts', async () => {
        const text = declaration({ tasks: task('总额 100.5  财政拨款 100  其他资金 0.50') });
        expect(await diagnoseCode(text, 'budget.amount-precision')).toEqual([]);
    });
});

describe('budget.amount-negative', () => {
    test('a negative amount is an error on the amount', async () => {
        const doc = marked(declaration({ tasks: task('总额 100.00  财政拨款 110.00  其他资金 »-10.00«') }));
        const diagnostics = await diagnoseCode(doc.text, 'budget.amount-negative');
        expect(diagnostics.map(d => [d.message, d.range])).toEqual([['金额 -10.00 为负数：预算金额不能小于 0', doc.range]]);
    });

    test('is silent on zero', async () => {
        expect(await diagnoseCode(declaration(), 'budget.amount-negative')).toEqual([]);
    });
});

describe('budget.amount-syntax', () => {
    test('thousands separators out of place are an error', async () => {
        const text = declaration({ tasks: task('总额 1,00.00  财政拨款 100.00  其他资金 0.00') });
        const diagnostics = await diagnoseCode(text, 'budget.amount-syntax');
        expect(diagnostics.map(d => [d.message, d.text])).toEqual([
            ['金额“1,00.00”的千分位分隔不正确，应每三位一个逗号，如 11,782,800.00', '1,00.00']
        ]);
    });

    test('is silent on correct grouping', async () => {
        const text = declaration({ tasks: task('总额 1,000.00  财政拨款 1,000.00  其他资金 0.00') });
        expect(await diagnoseCode(text, 'budget.amount-syntax')).toEqual([]);
    });
});

describe('budget.task-duplicate', () => {
    test('a second task of the same name is an error on its name, pointing to the first', async () => {
        const text = declaration({ tasks: [task('总额 1.00  财政拨款 1.00  其他资金 0.00'), task('总额 2.00  财政拨款 2.00  其他资金 0.00')].join('\n') });
        const doc = marked(text.replaceAll('"基本支出"', '»"基本支出"«'));
        const diagnostics = await diagnoseCode(doc.text, 'budget.task-duplicate');
        expect(diagnostics.map(d => [d.message, d.range])).toEqual([[`任务“基本支出”重复：第 ${doc.lines[0]} 行已有同名任务`, doc.ranges[1]]]);
    });

    test('is silent when task names differ', async () => {
        const text = declaration({ tasks: [task('总额 1.00  财政拨款 1.00  其他资金 0.00', '甲'), task('总额 2.00  财政拨款 2.00  其他资金 0.00', '乙')].join('\n') });
        expect(await diagnoseCode(text, 'budget.task-duplicate')).toEqual([]);
    });
});
