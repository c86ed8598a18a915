import { describe, expect, test } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver';
import { createTestServices, lines, parseDocument } from './lsp-test-utils.js';

const services = createTestServices();

const text = lines(
    '部门整体支出绩效目标 2026 {',
    '  部门名称 "测试局"',
    '  年度主要任务 {',
    '    任务 "基本支出" {',
    '      总额 100.00  财政拨款 100.00  其他资金 0.00',
    '    }',
    '    金额合计 总额 100.00',
    '  }',
    '  年度总体目标 {',
    '    目标 服务 "2026年提供服务。"',
    '  }',
    '  年度绩效指标 {',
    '    产出指标 {',
    '      数量指标 {',
    '        指标 "服务人次" ≥100 人次 对应 服务',
    '          解释 "考察服务人次"',
    '      }',
    '      质量指标 不适用',
    '    }',
    '  }',
    '}');

function outline(symbols: DocumentSymbol[], depth = 0): string[] {
    return symbols.flatMap(symbol => [
        `${'  '.repeat(depth)}${symbol.name}${symbol.detail ? ` — ${symbol.detail}` : ''}`,
        ...outline(symbol.children ?? [], depth + 1)
    ]);
}

describe('outline', () => {
    test('sections, tasks, goals, categories and indicators with their values', async () => {
        const document = await parseDocument(text, services);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(outline(symbols)).toEqual([
            '部门整体支出绩效目标 2026 — 测试局',
            '  年度主要任务',
            '    基本支出 — 100.00',
            '    金额合计 — 100.00',
            '  年度总体目标',
            '    服务 — 2026年提供服务。',
            '  年度绩效指标',
            '    产出指标',
            '      数量指标',
            '        服务人次 — ≥100 人次',
            '      质量指标 — 不适用'
        ]);
    });

    test('a half-typed document still has an outline of what is there', async () => {
        const document = await parseDocument('部门整体支出绩效目标 2026 { 年度主要任务 { 任务 "a" { 总额 ', services);
        const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(outline(symbols)).toEqual(['部门整体支出绩效目标 2026', '  年度主要任务', '    a']);
    });
});

describe('folding', () => {
    test('each section, task and category block; not indicators', async () => {
        const document = await parseDocument(text, services);
        const ranges = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(ranges.map(range => `${range.startLine + 1}-${range.endLine + 1}`)).toEqual(['3-7', '4-5', '9-10', '12-19', '13-18', '14-16']);
    });
});

describe('semantic tokens', () => {
    test('keywords, categories, goals, units, numbers and strings', async () => {
        const small = '部门整体支出绩效目标 2026 { 年度总体目标 { 目标 服务 "x" } 年度绩效指标 { 产出指标 { 数量指标 { 指标 "a" ≥100 人次 对应 服务 } 质量指标 { 指标 "b" 显著 % } } } }';
        const document = await parseDocument(small, services);
        const provider = services.lsp.SemanticTokenProvider!;
        const { data } = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const { tokenTypes, tokenModifiers } = provider.semanticTokensOptions.legend;
        const decoded: string[] = [];
        let line = 0;
        let character = 0;
        for (let i = 0; i < data.length; i += 5) {
            line += data[i];
            character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
            const offset = document.textDocument.offsetAt({ line, character });
            const modifiers = tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
            decoded.push(`${small.slice(offset, offset + data[i + 2])}:${tokenTypes[data[i + 3]]}${modifiers.length ? `+${modifiers.join('+')}` : ''}`);
        }
        expect(decoded).toEqual([
            '部门整体支出绩效目标:keyword', '2026:number', '年度总体目标:keyword', '目标:keyword', '服务:variable+declaration+readonly', '"x":string',
            '年度绩效指标:keyword', '产出指标:namespace', '数量指标:type', '指标:keyword', '"a":string', '≥:operator', '100:number', '人次:enumMember',
            '对应:keyword', '服务:variable+readonly', '质量指标:type', '指标:keyword', '"b":string', '显著:enumMember+readonly', '%:enumMember'
        ]);
    });
});
