/**
 * Regression for the per-section budget total in the indicator validator (summing the tasks again
 * for every 成本 indicator made validation quadratic): each indicator still compares with its own
 * document's budget, the same services checking many documents one after another.
 */
import { describe, expect, test } from 'vitest';
import { createTestServices, declaration, diagnoseCode, indicatorsWith } from '../language/jixiao-test-utils.js';

const withBudget = (total: string, costs: string[]) => declaration({
    tasks: `    任务 "基本支出" {\n      总额 ${total}  财政拨款 ${total}  其他资金 0.00\n    }`,
    indicators: indicatorsWith({ 成本指标: costs.map((cost, i) => `指标 "设备${i}购置成本" ≤${cost} 元 解释 "考察"`).join('\n') })
});

describe('成本 indicators compare with their own document’s budget', () => {
    test('every over-budget cost in a document is reported, each against the same total', async () => {
        const found = await diagnoseCode(withBudget('100.00', ['50', '150', '99.99', '100.01']), 'indicator.cost-over-budget');
        expect(found.map(d => d.text)).toEqual(['150', '100.01']);
        expect(found.every(d => d.message.includes('100.00 元'))).toBe(true);
    });

    test('documents with different budgets checked by one service set do not share a total', async () => {
        const services = createTestServices();
        expect(await diagnoseCode(withBudget('100.00', ['150']), 'indicator.cost-over-budget', services)).toHaveLength(1);
        expect(await diagnoseCode(withBudget('1000.00', ['150']), 'indicator.cost-over-budget', services)).toHaveLength(0);
        expect(await diagnoseCode(withBudget('100.00', ['150']), 'indicator.cost-over-budget', services)).toHaveLength(1);
    });
});
