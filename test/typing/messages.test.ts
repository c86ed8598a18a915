/**
 * Issue 10, item 6: messages that say what to do. A unit after an amount says that amounts take
 * none; a goal name written without 对应 asks for it; `对应 普查` finds the goal 经济普查.
 */
import { describe, expect, test } from 'vitest';
import { createTestServices, declaration, diagnose, withIndicator } from '../language/jixiao-test-utils.js';
import { applyFix } from '../lsp/lsp-test-utils.js';

const services = createTestServices();
const show = async (text: string) => (await diagnose(text, services)).map(d => `${d.code} ${d.range} ${d.message}`);

const task = (amounts: string) => declaration({ tasks: `    任务 "基本支出" {\n      主要内容 "人员经费"\n      ${amounts}\n    }` });

describe('0.00元: amounts take no unit', () => {
    test('one diagnostic that says so, and a fix that removes the unit', async () => {
        const text = task('总额 100.00  财政拨款 100.00  其他资金 0.00元');
        expect(await show(text)).toEqual(['syntax 7:40-7:41 金额不带单位：请删去“元”（金额单位在表头用“金额单位”设定，默认为元）']);
        expect(await applyFix(services, text, 'syntax', '删去“元”')).toBe(task('总额 100.00  财政拨款 100.00  其他资金 0.00'));
    });

    test('with a space before it, and in 金额合计', async () => {
        const text = declaration({ tasks: '    任务 "基本支出" {\n      总额 100.00  财政拨款 100.00  其他资金 0.00\n    }\n    金额合计 总额 100.00 元' });
        expect((await show(text)).map(line => line.split(' ').slice(2).join(' '))).toEqual(['金额不带单位：请删去“元”（金额单位在表头用“金额单位”设定，默认为元）']);
        expect(await applyFix(services, text, 'syntax', '删去“元”')).toBe(text.replace('总额 100.00 元', '总额 100.00'));
    });

    test('silent without a unit', async () => {
        expect(await show(task('总额 100.00  财政拨款 100.00  其他资金 0.00'))).toEqual([]);
    });
});

describe('a goal name without 对应', () => {
    const indicator = (tail: string) => withIndicator('数量指标', `指标 "服务人次" 100 人次 ${tail} 解释 "考察服务人次"`);

    test('asks for 对应 (it used to be “服务”嵌套过深), the goal counts as measured, and the fix writes 对应', async () => {
        const text = indicator('服务');
        expect(await show(text)).toEqual(['syntax 16:26-16:28 “服务”是目标名：是否漏写了“对应”？应为：对应 服务']);
        expect(await applyFix(services, text, 'syntax', '改为“对应 服务”')).toBe(indicator('对应 服务'));
    });

    test('silent with 对应', async () => {
        expect(await show(indicator('对应 服务'))).toEqual([]);
    });
});

describe('对应 a part of a goal name', () => {
    const text = withIndicator('数量指标', '指标 "服务人次" 100 人次 对应 服务 解释 "考察服务人次"')
        .replace('    目标 服务 "2026年提供服务。"', '    目标 服务 "2026年提供服务。"\n    目标 经济普查 "2026年完成经济普查入户登记。"');

    test('did-you-mean finds the goal whose name contains it, and the fix writes it', async () => {
        const typo = text.replace('对应 服务 解释', '对应 服务、普查 解释');
        expect((await show(typo)).filter(line => line.startsWith('goal.unresolved'))).toEqual([
            'goal.unresolved 17:32-17:34 找不到目标“普查”，是否为：经济普查？'
        ]);
        expect(await applyFix(services, typo, 'goal.unresolved', '改为“经济普查”')).toBe(text.replace('对应 服务 解释', '对应 服务、经济普查 解释'));
    });
});
