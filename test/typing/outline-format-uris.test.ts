/**
 * Issue 10, item 9: the outline shows amounts as the form prints them; the formatter indents as
 * the editor asks (tab size, tabs) and writes every amount in one thousands style; a client that
 * opens a file under a non-ASCII URI, unencoded, gets its diagnostics under that same URI.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { TextDocument } from 'langium';
import type { DocumentSymbol } from 'vscode-languageserver';
import { createTestServices, declaration, parseDocument } from '../language/jixiao-test-utils.js';
import { format, lines } from '../lsp/lsp-test-utils.js';
import { startSession, type LspSession } from './lsp-session.js';

const services = createTestServices();

const mixed = declaration({ tasks: [
    '    任务 "甲" {',
    '      总额 3,000,000.00  财政拨款 3,000,000.00  其他资金 0.00',
    '    }',
    '    任务 "乙" {',
    '      总额 1100000.00  财政拨款 1100000.00  其他资金 0.00',
    '    }',
    '    金额合计 总额 4,100,000.00  财政拨款 4,100,000.00  其他资金 0.00'
].join('\n') });

describe('outline', () => {
    test('every amount as the form prints it, however it was typed', async () => {
        const document = await parseDocument(mixed, services);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } }) as DocumentSymbol[];
        const tasks = symbols[0].children!.find(symbol => symbol.name === '年度主要任务')!;
        expect(tasks.children!.map(symbol => `${symbol.name} ${symbol.detail}`)).toEqual(['甲 3,000,000.00', '乙 1,100,000.00', '金额合计 4,100,000.00']);
    });
});

describe('formatter', () => {
    const small = lines('部门整体支出绩效目标 2026 {', '  部门名称 "测试局"', '  年度主要任务 {', '    任务 "甲" {', '      总额 1.00  财政拨款 1.00  其他资金 0.00', '    }', '  }', '}');

    async function formatWith(text: string, options: { tabSize: number; insertSpaces: boolean }): Promise<string> {
        const document = await parseDocument(text, services);
        const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
        return TextDocument.applyEdits(document.textDocument, edits);
    }

    test('four spaces when the editor\'s tab size is 4', async () => {
        expect(await formatWith(small, { tabSize: 4, insertSpaces: true })).toBe(small.replace(/^( +)/gm, indent => indent.repeat(2)).replace('\n    年度主要任务', '\n\n    年度主要任务'));
    });

    test('tabs when the editor indents with tabs', async () => {
        expect(await formatWith(small, { tabSize: 4, insertSpaces: false })).toBe(small.replace(/^( +)/gm, indent => '\t'.repeat(indent.length / 2)).replace('\n\t年度主要任务', '\n\n\t年度主要任务'));
    });

    test('two spaces by default: the seed\'s layout', async () => {
        expect(await formatWith(small, { tabSize: 2, insertSpaces: true })).toBe(small.replace('\n  年度主要任务', '\n\n  年度主要任务'));
    });

    test('mixed thousands separators: the style most amounts have, for all of them', async () => {
        const formatted = await format(services, mixed);
        expect(formatted).toContain('总额 1,100,000.00  财政拨款 1,100,000.00');
        expect(formatted).not.toMatch(/\d{4}\./);
    });

    test('mostly plain amounts: separators removed', async () => {
        const plain = mixed.replace('3,000,000.00  财政拨款 3,000,000.00', '3000000.00  财政拨款 3000000.00').replace('4,100,000.00  财政拨款 4,100,000.00', '4100000.00  财政拨款 4100000.00');
        const formatted = await format(services, plain.replace('总额 1100000.00', '总额 1,100,000.00'));
        expect(formatted).not.toContain(',');
    });
});

describe('a non-ASCII URI sent unencoded', () => {
    let session: LspSession | undefined;
    afterEach(async () => session?.close());

    test('diagnostics come back under the URI the client used', async () => {
        session = await startSession('file:///tmp/申报表 2026.jixiao');
        await session.open(declaration().replace('部门名称 "测试局"', ''));
        expect(session.published.map(entry => entry.uri)).toEqual(['file:///tmp/申报表 2026.jixiao']);
    });
});
