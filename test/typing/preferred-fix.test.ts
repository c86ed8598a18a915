/**
 * Issue 10, item 4: where several fixes repair one diagnostic, the preferred one leaves the fewest
 * errors in the document.
 */
import { describe, expect, test } from 'vitest';
import { createTestServices, declaration } from '../language/jixiao-test-utils.js';
import { fixesFor } from '../lsp/lsp-test-utils.js';

const services = createTestServices();

const tasks = (other: string, grandOther: string) => declaration({ tasks: [
    '    任务 "基本支出" {',
    `      总额 1,200,000.00  财政拨款 1,000,000.00  其他资金 ${other}`,
    '    }',
    `    金额合计 总额 1,200,000.00  财政拨款 1,000,000.00  其他资金 ${grandOther}`
].join('\n') });

describe('budget.task-sum', () => {
    test('the issue\'s task: setting 其他资金 to 200,000 clears both errors, so it is preferred over setting 总额', async () => {
        const text = tasks('100,000.00', '200,000.00');
        const fixes = await fixesFor(services, text, 'budget.task-sum');
        expect(fixes.map(fix => [fix.title, fix.preferred])).toEqual([
            ['将总额改为 1,100,000.00', false],
            ['将其他资金改为 200,000.00', true]
        ]);
        expect(fixes[1].result).toBe(tasks('200,000.00', '200,000.00'));
    });

    test('when 金额合计 agrees with the written 总额 and 其他资金, setting 总额 is preferred (both leave no error: the first stays)', async () => {
        const text = declaration({ tasks: '    任务 "基本支出" {\n      总额 60.00  财政拨款 50.00  其他资金 0.00\n    }' });
        expect((await fixesFor(services, text, 'budget.task-sum')).map(fix => [fix.title, fix.preferred])).toEqual([
            ['将总额改为 50.00', true],
            ['将其他资金改为 10.00', false]
        ]);
    });

    test('when 金额合计 follows 总额 + 0, setting 总额 is preferred', async () => {
        const text = declaration({ tasks: [
            '    任务 "基本支出" {',
            '      总额 1,200,000.00  财政拨款 1,000,000.00  其他资金 100,000.00',
            '    }',
            '    金额合计 总额 1,100,000.00  财政拨款 1,000,000.00  其他资金 100,000.00'
        ].join('\n') });
        expect((await fixesFor(services, text, 'budget.task-sum')).map(fix => [fix.title, fix.preferred])).toEqual([
            ['将总额改为 1,100,000.00', true],
            ['将其他资金改为 200,000.00', false]
        ]);
    });
});
