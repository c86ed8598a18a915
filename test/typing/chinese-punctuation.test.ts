/**
 * Issue 10, item 1: what a Chinese input method types — “ ” quotes, full-width digits, （）, ：, ｛｝
 * — is accepted or one quick fix away, never a cascade of errors; the formatter writes the
 * canonical spelling.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { isIndicator, isQuantity, type Indicator } from 'jixiao-language';
import { AstUtils } from 'langium';
import { createTestServices, diagnose, parseDocument, withIndicator } from '../language/jixiao-test-utils.js';
import { applyFix, format, lines } from '../lsp/lsp-test-utils.js';

const services = createTestServices();
const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');

async function indicators(text: string): Promise<Indicator[]> {
    const document = await parseDocument(text, services);
    return AstUtils.streamAst(document.parseResult.value).filter(isIndicator).toArray();
}

const syntaxErrors = async (text: string) => (await diagnose(text, services)).filter(d => d.code === 'syntax').map(d => `${d.range} ${d.message}`);

/** Every "…" text of a document written as “…” instead. */
function withChineseQuotes(text: string): string {
    return text.replace(/"((?:\\.|[^"\\\n])*)"/g, (_, body: string) => `“${body.replace(/\\(.)/g, '$1')}”`);
}

describe('“…” quotes', () => {
    test('the issue\'s indicator, typed with Chinese quotes, has no diagnostic but the checks', async () => {
        const text = withIndicator('数量指标', '指标 “经济普查入户登记户数” ≥12000 户 对应 服务 解释 “考察入户登记户数”');
        expect(await syntaxErrors(text)).toEqual([]);
        expect((await indicators(text))[0].name).toBe('经济普查入户登记户数');
    });

    test('a “ inside a “…” text opens a nested pair: 《…“十五五”规划》 stays one text', async () => {
        const text = withIndicator('数量指标', '指标 “完成《福田区智慧城区建设“十五五”规划》篇数” 1 篇 对应 服务 解释 “x”');
        expect(await syntaxErrors(text)).toEqual([]);
        expect((await indicators(text))[0].name).toBe('完成《福田区智慧城区建设“十五五”规划》篇数');
    });

    test('the seed with every text in “…” reads exactly as the seed (same values, same diagnostics)', async () => {
        const chinese = withChineseQuotes(seed);
        expect(chinese).not.toContain('"');
        const asWritten = await diagnose(seed, services);
        const asTyped = await diagnose(chinese, services);
        expect(asTyped.map(d => `${d.code} ${d.message}`)).toEqual(asWritten.map(d => `${d.code} ${d.message}`));
        const names = async (text: string) => (await indicators(text)).map(indicator => `${indicator.name}|${indicator.explanation}`);
        expect(await names(chinese)).toEqual(await names(seed));
    });

    test('unbalanced nested quotes: the text ends at the last ” of its line', async () => {
        const text = withIndicator('数量指标', '指标 “规划“十五五” 1 篇 对应 服务 解释 “x”');
        expect((await indicators(text))[0].name).toBe('规划“十五五” 1 篇 对应 服务 解释 “x');
    });

    test('"…" keeps its escapes; “…” has none', async () => {
        const text = withIndicator('数量指标', '指标 "a\\"b" 1 个 对应 服务 解释 “c\\d”');
        const [indicator] = await indicators(text);
        expect([indicator.name, indicator.explanation]).toEqual(['a"b', 'c\\d']);
    });
});

describe('full-width digits, commas and points', () => {
    test('a figure, an amount, a year and a deadline typed in full width', async () => {
        const text = lines(
            '部门整体支出绩效目标 ２０２６ {',
            '  部门名称 "测试局"',
            '  主管部门 "测试局"',
            '  年度主要任务 {',
            '    任务 "基本支出" {',
            '      主要内容 "人员经费"',
            '      总额 １２，０００．００  财政拨款 １２０００  其他资金 0.00',
            '    }',
            '  }',
            '}');
        const document = await parseDocument(text, services);
        const task = document.parseResult.value.tasks!.tasks[0];
        expect([document.parseResult.value.year, task.total, task.fiscal]).toEqual(['2026', '12,000.00', '12000']);
        expect((document.diagnostics ?? []).filter(d => d.code === 'syntax' || String(d.code).startsWith('budget'))).toEqual([]);
    });

    test('≥１２０００ 户 and ２０２６年６月前', async () => {
        const text = withIndicator('数量指标', '指标 "入户登记户数" ≥１２０００ 户 对应 服务 解释 "x"')
            .replace('2026年6月前', '２０２６年６月前');
        const [quantity, , deadline] = await indicators(text);
        expect(isQuantity(quantity.value) && quantity.value.number).toBe('12000');
        expect(deadline.value.$type === 'Deadline' && deadline.value.deadline).toBe('2026年6月前');
        expect(await syntaxErrors(text)).toEqual([]);
    });
});

describe('：, ｛｝ and （）', () => {
    test('a colon after a keyword reads as a space (部门名称：“…”)', async () => {
        const text = lines('部门整体支出绩效目标 2026 ｛', '  部门名称：“测试局”', '  主管部门: "测试局"', '｝');
        const document = await parseDocument(text, services);
        expect(await syntaxErrors(text)).toEqual([]);
        expect([document.parseResult.value.departmentName, document.parseResult.value.authority]).toEqual([['测试局'], ['测试局']]);
    });

    test('a name with brackets typed without quotes is one error, and one fix quotes it', async () => {
        const text = lines('部门整体支出绩效目标 2026 {', '  部门名称 深圳市福田区政务服务和数据管理局（本级）', '  主管部门 "测试局"', '}');
        expect((await diagnose(text, services)).filter(d => d.code === 'syntax' || d.code === 'structure.header-missing').map(d => `${d.range} ${d.message}`)).toEqual([
            '2:8-2:28 此处应为带引号的文字（如 "基本支出"），却是“深圳市福田区政务服务和数据管理局（本级）”'
        ]);
        expect(await applyFix(services, text, 'syntax', '加上引号："深圳市福田区政务服务和数据管理局（本级）"'))
            .toBe(text.replace('深圳市福田区政务服务和数据管理局（本级）', '"深圳市福田区政务服务和数据管理局（本级）"'));
    });

    test('brackets alone are unrecognised characters that say to quote the name', async () => {
        expect(await syntaxErrors(lines('部门整体支出绩效目标 2026 {', '  （本级）', '}'))).toContain(
            '2:3-2:4 无法识别的字符“（”：含括号的名称须用引号括起，如 "名称（本级）"');
    });
});

describe('the formatter writes the canonical spelling', () => {
    test('“…” → "…" (quotes and backslashes escaped), full width → ASCII, ｛｝ → {}, the colon dropped', async () => {
        const typed = lines(
            '部门整体支出绩效目标 ２０２６ ｛',
            '  部门名称：“深圳“十五五”局”',
            '  主管部门 “a\\b\"c”',
            '  年度主要任务 ｛',
            '    任务 “基本支出” ｛',
            '      总额 １２０００．００  财政拨款 12000.00  其他资金 0.00',
            '    ｝',
            '  ｝',
            '｝');
        expect(await format(services, typed)).toBe(lines(
            '部门整体支出绩效目标 2026 {',
            '  部门名称 "深圳“十五五”局"',
            '  主管部门 "a\\\\b\\"c"',
            '',
            '  年度主要任务 {',
            '    任务 "基本支出" {',
            '      总额 12000.00  财政拨款 12000.00  其他资金 0.00',
            '    }',
            '  }',
            '}'));
    });

    test('the seed is already canonical', async () => {
        expect(await format(services, seed)).toBe(seed);
    });
});
