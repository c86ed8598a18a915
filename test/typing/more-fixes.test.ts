/**
 * Issue 10, item 7: fix-all as the source action source.fixAll, and quick fixes for a low
 * satisfaction target, a missing 指标解释, a percentage over 100 and a repeated goal name.
 */
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { TextDocument } from 'langium';
import { createTestServices, DEFAULT_INDICATORS, declaration, diagnose, parseDocument, withIndicator } from '../language/jixiao-test-utils.js';
import { applyFix, fixesFor } from '../lsp/lsp-test-utils.js';

const services = createTestServices();

async function sourceFixAll(text: string): Promise<{ title: string; kind?: string; result: string } | undefined> {
    const document = await parseDocument(text, services);
    const uri = document.uri.toString();
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] }
    }) as CodeAction[];
    const [action] = actions;
    return action && { title: action.title, kind: action.kind, result: TextDocument.applyEdits(document.textDocument, action.edit!.changes![uri]) };
}

describe('source.fixAll', () => {
    test('the five 不适用 categories at once', async () => {
        const text = declaration({ indicators: DEFAULT_INDICATORS
            .replace('      时效指标 { 指标 "按时完成" 2026年6月前 解释 "考察完成时间" }\n', '')
            .replace('      成本指标 { 指标 "支出进度达标率" ≥90 % 解释 "考察支出进度" }\n', '')
            .replace('      经济效益指标 不适用\n', '').replace('      生态效益指标 不适用\n', '').replace('      可持续影响指标 不适用\n', '') });
        expect((await diagnose(text, services)).filter(d => d.code === 'structure.category-missing').map(d => d.data?.category)).toEqual([
            '时效指标', '成本指标', '经济效益指标', '生态效益指标', '可持续影响指标'
        ]);
        const fixed = await sourceFixAll(text);
        expect([fixed?.kind, fixed?.title]).toEqual(['source.fixAll', '修复全部可自动修复的问题（5 处）']);
        expect(fixed!.result).toBe(declaration({ indicators: DEFAULT_INDICATORS
            .replace('      时效指标 { 指标 "按时完成" 2026年6月前 解释 "考察完成时间" }\n      成本指标 { 指标 "支出进度达标率" ≥90 % 解释 "考察支出进度" }\n',
                '      时效指标 不适用\n      成本指标 不适用\n') }));
        expect(await diagnose(fixed!.result, services)).toEqual([]);
    });

    test('mixes kinds (a missing quote, a unit after an amount, 金额合计) and leaves what needs a judgement (a task sum)', async () => {
        const text = declaration({
            header: '  部门名称 "测试局\n  主管部门 "测试局"',
            tasks: '    任务 "基本支出" {\n      总额 100.00  财政拨款 90.00  其他资金 0.00元\n    }\n    金额合计 总额 90.00'
        });
        const fixed = await sourceFixAll(text);
        expect(fixed?.title).toBe('修复全部可自动修复的问题（3 处）');
        expect((await diagnose(fixed!.result, services)).map(d => d.code)).toEqual(['budget.task-sum']);
    });

    test('none in a document without safe fixes', async () => {
        expect(await sourceFixAll(declaration())).toBeUndefined();
    });
});

describe('quick fixes', () => {
    test('satisfaction-low: raise the target to the threshold', async () => {
        const text = withIndicator('服务对象满意度指标', '指标 "服务对象满意度" ≥60 % 解释 "考察满意度"');
        expect(await applyFix(services, text, 'indicator.satisfaction-low', '将目标值提高到 85')).toBe(text.replace('≥60 %', '≥85 %'));
        expect(await applyFix(createTestServices({ satisfactionThreshold: 90 }), text, 'indicator.satisfaction-low', '将目标值提高到 90')).toBe(text.replace('≥60 %', '≥90 %'));
    });

    test('explanation-missing: a template from the name, on the line below like the seed', async () => {
        const text = declaration({ indicators: DEFAULT_INDICATORS }).replace('质量指标 { 指标 "服务合格率" 100 % 解释 "考察服务合格率" }', '质量指标 {\n        指标 "服务合格率" 100 %\n      }');
        expect(await applyFix(services, text, 'indicator.explanation-missing', '添加指标解释“考察服务合格率。”'))
            .toBe(text.replace('指标 "服务合格率" 100 %', '指标 "服务合格率" 100 %\n          解释 "考察服务合格率。"'));
    });

    test('explanation-missing on an indicator written inside `{ … }` on one line: after it', async () => {
        const text = withIndicator('质量指标', '指标 "服务合格率" 100 %').replace('        指标 "服务合格率" 100 %', '        指标 "服务合格率" 100 %');
        const fixed = await applyFix(services, text, 'indicator.explanation-missing', '添加指标解释“考察服务合格率。”');
        expect((await diagnose(fixed, services)).filter(d => d.code === 'indicator.explanation-missing')).toEqual([]);
    });

    test('percent-range: over 100 becomes 100, below 0 becomes 0', async () => {
        const over = withIndicator('质量指标', '指标 "服务合格率" 120 % 解释 "考察服务合格率"');
        expect(await applyFix(services, over, 'indicator.percent-range', '将百分比改为 100')).toBe(over.replace('120 %', '100 %'));
        const under = withIndicator('质量指标', '指标 "服务合格率" -5 % 解释 "考察服务合格率"');
        expect((await fixesFor(services, under, 'indicator.percent-range')).map(fix => fix.title)).toEqual(['将百分比改为 0']);
    });

    test('goal.duplicate-name: the repeated goal gets a name of its own', async () => {
        const text = declaration({ goals: '    目标 服务 "2026年提供服务。"\n    目标 服务 "2026年完成培训。"' });
        expect(await applyFix(services, text, 'goal.duplicate-name', '将重复的目标名改为“服务2”')).toBe(text.replace('目标 服务 "2026年完成培训。"', '目标 服务2 "2026年完成培训。"'));
    });
});
