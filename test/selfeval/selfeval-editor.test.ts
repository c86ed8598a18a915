/**
 * The editor on a self-evaluation: inlay hints with each computed 得分 and the running total per
 * 一级, a hover with the rule applied, a code lens with the total and grade, completion of its
 * keywords, and the skeleton of a new evaluation in an empty file.
 */
import { describe, expect, test } from 'vitest';
import { completionAt, completionLabels, createTestServices, hoverAt, inlayHints, parseDocument } from '../lsp/lsp-test-utils.js';
import { evaluation, evaluatedIndicators, evaluationWith } from './selfeval-test-utils.js';

const services = createTestServices();

describe('inlay hints', () => {
    test('the computed 得分 after each indicator that does not write it, 执行率 and 得分 on 年度资金总额, subtotals per 一级', async () => {
        const text = evaluation({ indicators: evaluatedIndicators({ 数量指标: '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20\n  偏差原因 "人手不足"' }) });
        expect(await inlayHints(services, text)).toEqual([
            '6:59 执行率 100.00% · 得分 10.00',
            '18:41 得分 16.00',
            '22:40 得分 10.00',
            '25:46 得分 10.00',
            '28:40 得分 10.00',
            '34:39 得分 30.00',
            '41:41 得分 10.00',
            '16:9 小计 46.00/50 · 累计 56.00',
            '31:9 小计 30.00/30 · 累计 86.00',
            '39:10 小计 10.00/10 · 累计 96.00'
        ]);
    });

    test('a written 得分 that is the computed one gets no hint; one that differs, the computed one', async () => {
        const hints = await inlayHints(services, evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 100 人次 分值 20 得分 20'));
        expect(hints.filter(hint => hint.startsWith('18:'))).toEqual([]);
        const differing = await inlayHints(services, evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 100 人次 分值 20 得分 19'));
        expect(differing.filter(hint => hint.startsWith('18:'))).toEqual(['18:48 ≠ 20.00']);
    });
});

describe('hover', () => {
    test('on an indicator: the rule applied, with its arithmetic', async () => {
        const marked = evaluationWith('质量指标', '指标 "<|>满意率" ≥90 % 实际 87.5 % 分值 5\n  偏差原因 "……"');
        expect(await hoverAt(services, marked)).toBe('**满意率**：得分 4.86（分值 5）\n\n正向：5 × 87.5 ÷ 90 = 4.86');
    });

    test('on a grade: scored by the evaluator', async () => {
        const marked = evaluationWith('社会效益指标', '指标 "安全管理水平" 显著 % 实际 明显 分值 30 得分 <|>24\n  偏差原因 "……"');
        expect(await hoverAt(services, marked)).toBe('**安全管理水平**：得分 24.00（分值 30）\n\n评价人打分（等级指标）');
    });

    test('on 年度资金总额: the execution rate', async () => {
        const marked = evaluation().replace('年度资金总额 年初预算数', '年度资金<|>总额 年初预算数');
        expect(await hoverAt(services, marked)).toBe('**预算执行率**（分值 10）\n\n预算执行率 100.00%，得满分 10.00');
    });
});

describe('code lens', () => {
    const lenses = async (text: string) => {
        const document = await parseDocument(text, services);
        const found = await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        return (found ?? []).map(lens => `${lens.range.start.line + 1} ${lens.command?.title}`);
    };

    test('the total and the grade over the first line', async () => {
        expect(await lenses(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20 偏差原因 "人手不足"'))).toEqual(['1 总分 96.00 · 优']);
    });

    test('while scores are missing, what is known so far', async () => {
        expect(await lenses(evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 分值 20'))).toEqual(['1 已计 80.00 分，尚有 1 项得分未知']);
    });

    test('none on a declaration', async () => {
        expect(await lenses('部门整体支出绩效目标 2026 { }')).toEqual([]);
    });
});

describe('completion', () => {
    test('after an evaluated indicator’s target: 实际 and the score columns, not 对应 or 解释', async () => {
        const labels = await completionLabels(services, evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 <|>'));
        expect(labels).toEqual(expect.arrayContaining(['实际', '分值', '得分', '偏差原因']));
        expect(labels).not.toContain('对应');
        expect(labels).not.toContain('解释');
    });

    test('a row of 项目资金', async () => {
        const labels = await completionLabels(services, evaluation().replace('    上年结转资金', '    <|>\n    上年结转资金'));
        expect(labels).toEqual(expect.arrayContaining(['年度资金总额', '当年财政拨款', '上年结转资金', '其他资金']));
    });

    test('评分规则 offers the scoring profiles', async () => {
        const labels = await completionLabels(services, evaluation({ header: '  项目名称 "甲"\n  评分规则 <|>' }));
        expect(labels).toEqual(['2020']);
    });

    test('an empty file offers the skeleton of a new evaluation, which checks without errors once its budget is filled in', async () => {
        const [skeleton] = (await completionAt(services, '<|>')).filter(item => item.label === '项目支出绩效自评表');
        expect(skeleton.insertTextFormat).toBe(2);
        // Tab stops replaced by their defaults, as the editor shows them before the analyst types;
        // a default `$n` mirrors tab stop n. The analyst types the budget (tab stop 6; 0.00 has no 执行率).
        const snippet = skeleton.insertText as string;
        const defaults = new Map([...snippet.matchAll(/\$\{(\d+):([^{}]*)\}/g)].map(match => [match[1], match[2]]));
        defaults.set('6', '100.00');
        const value = (n: string): string => (defaults.get(n) ?? '').replace(/\$(\d+)/g, (_, m) => value(m));
        const filled = snippet.replace(/\$\{(\d+):[^{}]*\}|\$(\d+)/g, (_, stop, mirror) => value(stop ?? mirror));
        const diagnostics = (await parseDocument(filled, services)).diagnostics ?? [];
        expect(diagnostics.filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
    });
});
