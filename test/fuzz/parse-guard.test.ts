/**
 * Regressions for what fuzzing found in parsing (JixiaoDocumentFactory, JixiaoCompletionParser):
 * deep nesting overflowed the parser's stack and left it broken for every later document, and
 * overflowed completion's parser; a binary file produced hundreds of thousands of diagnostics.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { flattenDeepNesting, MAX_NESTING, MAX_SYNTAX_ERRORS } from '../../packages/language/src/jixiao-document-factory.js';
import { createTestServices, diagnose, parseDocument } from '../language/jixiao-test-utils.js';

const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');
const nested = (depth: number) => '部门整体支出绩效目标 2026 { 年度绩效指标 { ' + '产出指标 { '.repeat(depth) + '}'.repeat(depth) + ' } }';

describe('deeply nested braces', () => {
    test('300 nested categories are a syntax error, not a stack overflow', async () => {
        const services = createTestServices();
        const diagnostics = await diagnose(nested(300), services);
        const deep = diagnostics.filter(d => d.code === 'syntax' && d.message.includes(`嵌套超过 ${MAX_NESTING} 层`));
        expect(deep).toHaveLength(1);
        expect(deep[0].text).toBe('{');
    });

    test('the same services still parse the seed cleanly afterwards', async () => {
        const services = createTestServices();
        await diagnose(nested(2000), services);
        const after = await diagnose(seed, services);
        expect(after.filter(d => d.severity === 'error')).toEqual([]);
    });

    test('flattening keeps length and lines, and ignores braces in strings and comments', () => {
        const text = '{'.repeat(MAX_NESTING) + '"{{{"\n// {{{\n/* {{ */{{' + '}'.repeat(MAX_NESTING + 2);
        const { text: flat, firstBlanked } = flattenDeepNesting(text);
        expect(flat).toHaveLength(text.length);
        expect(flat.split('\n')).toHaveLength(text.split('\n').length);
        expect(flat).toContain('"{{{"\n// {{{\n/* {{ */  ');
        expect(firstBlanked).toBe(text.indexOf('*/') + 2);
        // Two opening braces past the limit and the two closing braces that match them.
        expect(flat.match(/[{}]/g)!.length).toBe(text.match(/[{}]/g)!.length - 4);
    });

    test('a document within the limit is parsed unchanged', () => {
        expect(flattenDeepNesting(seed)).toEqual({ text: seed });
    });
});

describe('completion inside deep nesting', () => {
    test('answers instead of overflowing the completion parser’s stack', async () => {
        const services = createTestServices();
        const text = nested(400);
        const document = await parseDocument(text, services);
        const offset = text.indexOf('}');
        const position = document.textDocument.positionAt(offset);
        const completion = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
        expect(completion).toBeDefined();
    });
});

describe('completion after stray tokens inside nested categories', () => {
    test('answers (17 levels and six stray tokens overflowed the stack; more hung)', async () => {
        const services = createTestServices();
        const text = '部门整体支出绩效目标 2026 {\n  年度绩效指标 {\n    产出指标 {\n' + '      时效指标 {\n'.repeat(17) +
            '        指标 "按时完成率" 100 % 解释 "考察"\n' + '        解释 "重复的解释"\n'.repeat(10);
        const document = await parseDocument(text, services);
        const position = document.textDocument.positionAt(text.length);
        const completion = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
        expect(completion).toBeDefined();
    });
});

describe('a flood of syntax errors', () => {
    test('is cut after the first hundred, with one diagnostic counting the rest', async () => {
        const garbage = Array.from({ length: 20_000 }, (_, i) => (i % 3 ? '§' : '任务 ')).join('');
        const syntax = (await diagnose(garbage)).filter(d => d.code === 'syntax');
        expect(syntax).toHaveLength(MAX_SYNTAX_ERRORS + 1);
        expect(syntax.at(-1)!.message).toMatch(/^另有 \d+ 个语法错误未列出/);
    });
});

describe('a parser that throws', () => {
    test('gives one syntax error instead of an exception, and the next parse works', async () => {
        const services = createTestServices();
        const parser = services.parser.LangiumParser;
        const original = parser.parse.bind(parser);
        parser.parse = () => { throw new Error('boom'); };
        try {
            const diagnostics = await diagnose(seed, services);
            expect(diagnostics.filter(d => d.code === 'syntax').map(d => d.message)).toEqual(['无法解析此文档（boom）']);
        } finally {
            parser.parse = original;
        }
        expect((await diagnose(seed, services)).filter(d => d.severity === 'error')).toEqual([]);
    });
});
