/**
 * Each way of breaking the seed declaration that reviewers send forms back for is reported with
 * its DESIGN code, on the line that was broken (issue 2, "done when").
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { diagnose } from './jixiao-test-utils.js';

const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');
const lines = seed.split('\n');

/** Replaces text on the one line that contains `anchor`, returning the new document and that line (1-based). */
function breakLine(anchor: string, from: string, to: string): { text: string; line: number } {
    const index = lines.findIndex(line => line.includes(anchor));
    expect(index, `anchor ${anchor}`).toBeGreaterThanOrEqual(0);
    expect(lines[index]).toContain(from);
    const changed = [...lines];
    changed[index] = changed[index].replace(from, to);
    return { text: changed.join('\n'), line: index + 1 };
}

function deleteLine(anchor: string): { text: string; line: number } {
    const index = lines.findIndex(line => line.includes(anchor));
    return { text: lines.filter((_, i) => i !== index).join('\n'), line: index + 1 };
}

describe('breaking the seed in one way is reported with the matching code on the right line', () => {
    test.each([
        ['a task total off by one yuan', () => breakLine('总额  4911000.00', '总额  4911000.00', '总额  4911001.00'), 'budget.task-sum', 0],
        ['a unit removed', () => breakLine('"通信服务配套投入PDA设备的数量"', '2010 套', '2010'), 'indicator.unit-missing', 0],
        ['a 率 set to 190%', () => breakLine('"平台项目系统故障解决率"', '≥90 %', '≥190 %'), 'indicator.percent-range', 0],
        ['a deadline moved to 2025', () => breakLine('2026年6月前', '2026年6月前', '2025年6月前'), 'indicator.deadline-outside-year', 0],
        ['a satisfaction target of 60%', () => breakLine('"政务服务群众满意度"', '≥90 %', '≥60 %'), 'indicator.satisfaction-low', 0],
        ['a category misspelled', () => breakLine('质量指标 {', '质量指标', '质量指表'), 'structure.unknown-category', 0],
        ['a 率 measured in 个', () => breakLine('"平台项目系统故障解决率"', '≥90 %', '≥90 个'), 'indicator.unit-mismatch', 0]
    ])('%s', async (_, mutate, code, lineOffset) => {
        const { text, line } = mutate();
        const diagnostics = (await diagnose(text)).filter(d => d.code === code);
        expect(diagnostics.map(d => Number(d.range.split(':')[0]))).toEqual([line + lineOffset]);
    });

    test('the 生态效益指标 line deleted: missing under 效益指标', async () => {
        const { text } = deleteLine('生态效益指标 不适用');
        const diagnostics = (await diagnose(text)).filter(d => d.code === 'structure.category-missing');
        expect(diagnostics.map(d => [d.text, d.data?.category])).toEqual([['效益指标', '生态效益指标']]);
    });

    test('an explanation removed: on the indicator above it', async () => {
        const { text, line } = deleteLine('解释 "考察平台项目系统故障解决率"');
        const diagnostics = (await diagnose(text)).filter(d => d.code === 'indicator.explanation-missing');
        expect(diagnostics.map(d => [Number(d.range.split(':')[0]), d.text])).toEqual([[line - 1, '"平台项目系统故障解决率"']]);
    });

    test('an indicator duplicated: on the copy', async () => {
        const index = lines.findIndex(line => line.includes('"政务服务季度运维报告份数"'));
        const copy = [...lines.slice(0, index + 2), ...lines.slice(index, index + 2), ...lines.slice(index + 2)];
        const diagnostics = (await diagnose(copy.join('\n'))).filter(d => d.code === 'indicator.duplicate');
        expect(diagnostics.map(d => Number(d.range.split(':')[0]))).toEqual([index + 3]);
    });

    test('and each broken seed still has no other error than the one introduced', async () => {
        const { text } = breakLine('"平台项目系统故障解决率"', '≥90 %', '≥190 %');
        expect((await diagnose(text)).filter(d => d.severity === 'error').map(d => d.code)).toEqual(['indicator.percent-range']);
    });
});
