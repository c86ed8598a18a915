/**
 * Regression from `npm run fuzz`: a 对应 that does not resolve while a goal has no name yet (half
 * typed) made the did-you-mean throw "b is not iterable"; Langium logged the exception and showed
 * its English internal message instead of ours.
 */
import { describe, expect, test, vi } from 'vitest';
import { declaration, diagnoseCode } from '../language/jixiao-test-utils.js';

describe('an unresolved 对应 beside a goal without a name', () => {
    test('is our goal.unresolved message, and nothing is logged', async () => {
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            const text = declaration({
                goals: '    目标 服务 "提供服务"\n    目标 "没有名称的目标"',
                indicators: '    产出指标 { 数量指标 { 指标 "服务人次" 100 人次 对应 服物 解释 "考察" } }'
            });
            const [unresolved] = await diagnoseCode(text, 'goal.unresolved');
            expect(unresolved.text).toBe('服物');
            expect(unresolved.message).toContain('服务');
            expect(logged).not.toHaveBeenCalled();
        } finally {
            logged.mockRestore();
        }
    });
});
