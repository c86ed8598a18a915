/**
 * Issue 10, item 11: an edit inside one block re-parses only that block (keystroke latency at
 * 1,000 indicators, measured by `npm run bench`). The result must be exactly what a full parse of
 * the new text gives — the AST, every token's offset and range, the diagnostics — or the full
 * parse is used. Both are compared here on chosen edits of the seed and on a few hundred random
 * one-character edits.
 */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, TextDocument, URI, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { createJixiaoServices, type Declaration } from 'jixiao-language';
import { parseDocument } from '../language/jixiao-test-utils.js';
import { seededRandom } from '../fuzz/fuzz-random.js';

const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');

/** A server's services with one open document, edited as the editor sends changes. */
function editor(text: string) {
    const { shared } = createJixiaoServices(EmptyFileSystem);
    const uri = 'file:///incremental.jixiao';
    let textDocument = TextDocument.create(uri, 'jixiao', 1, text);
    shared.workspace.TextDocuments!.set(textDocument);
    const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument);
    shared.workspace.LangiumDocuments.addDocument(document);
    return {
        document: document as LangiumDocument<Declaration>,
        ready: shared.workspace.DocumentBuilder.build([document], { validation: true }),
        async edit(start: number, end: number, newText: string) {
            textDocument = TextDocument.update(textDocument, [{ range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) }, text: newText }], textDocument.version + 1);
            shared.workspace.TextDocuments!.set(textDocument);
            await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
        }
    };
}

/** The AST as data: every property but Langium's own ($container, $cstNode…), references by name. */
function astOf(node: unknown): unknown {
    return JSON.parse(JSON.stringify(node, (key, value) => {
        if (key.startsWith('$') && key !== '$type') {
            return undefined;
        }
        return value && typeof value === 'object' && '$refText' in value ? `→${value.$refText}` : value;
    }));
}

/** Every token: text, offset, range and the AST type it belongs to. */
function tokensOf(root: CstNode): string[] {
    return CstUtils.streamCst(root).filter(node => !('content' in node)).map(leaf =>
        `${leaf.offset}+${leaf.length} ${leaf.range.start.line}:${leaf.range.start.character}-${leaf.range.end.line}:${leaf.range.end.character} ${leaf.astNode.$type} ${leaf.text}`).toArray();
}

/** Composite nodes' ranges too (they cache them). */
function rangesOf(root: AstNode): string[] {
    const result: string[] = [];
    const visit = (node: AstNode) => {
        const cst = node.$cstNode!;
        const { start, end } = cst.range;
        result.push(`${node.$type} ${cst.offset}-${cst.end} ${start.line}:${start.character}-${end.line}:${end.character}`);
        for (const value of Object.values(node)) {
            for (const child of Array.isArray(value) ? value : [value]) {
                if (child && typeof child === 'object' && '$type' in child && child.$container === node) {
                    visit(child as AstNode);
                }
            }
        }
    };
    visit(root);
    return result;
}

async function expectSameAsFullParse(document: LangiumDocument<Declaration>): Promise<void> {
    const text = document.textDocument.getText();
    const full = await parseDocument(text);
    expect(document.parseResult.value.$cstNode!.root.fullText).toBe(text);
    expect(astOf(document.parseResult.value)).toEqual(astOf(full.parseResult.value));
    expect(tokensOf(document.parseResult.value.$cstNode!)).toEqual(tokensOf(full.parseResult.value.$cstNode!));
    expect(rangesOf(document.parseResult.value)).toEqual(rangesOf(full.parseResult.value));
    const show = (d: LangiumDocument) => (d.diagnostics ?? []).map(x => `${x.code} ${JSON.stringify(x.range)} ${x.message}`);
    expect(show(document)).toEqual(show(full));
}

describe('an edit inside a block', () => {
    test.each([
        ['a character typed into an explanation', '考察通信服务配套PDA设备数量。', '考察通信服务配套PDA设备数量', '测'],
        ['a digit of a value changed', '≥190 万人', '≥19', '9'],
        ['a line break inside an indicator (every later line moves)', '对应 网格信息\n          解释 "考察网格系统', '对应 网格信息', '\n         '],
        ['a character deleted from a goal text', '提供7*24小时', '提供7*24', ''],
        ['a task amount changed (the budget checks change)', '总额  3172700.00', '总额  31727', '1'],
        ['a new indicator typed into a category', '      成本指标 {\n', '      成本指标 {\n', '        指标 "新指标" 1 个 解释 "新"\n'],
        ['a category name changed', '    效益指标 {\n      经济效益指标 不适用', '    效益指标 {\n      经济效益', '测']
    ])('%s: the same as a full parse, and the rest of the tree is kept', async (_, context, before, typed) => {
        const session = editor(seed);
        await session.ready;
        const firstTask = session.document.parseResult.value.tasks!.tasks[0];
        const at = seed.indexOf(context) + before.length;
        expect(seed.indexOf(context)).toBeGreaterThan(0);
        const deleted = typed === '' ? 1 : 0;
        await session.edit(at, at + deleted, typed);
        await expectSameAsFullParse(session.document);
        // The first task was not parsed again: only the block around the edit was.
        expect(session.document.parseResult.value.tasks!.tasks[0] === firstTask).toBe(true);
    });
});

describe('falls back to the full parse', () => {
    test.each([
        ['a closing quote deleted (a syntax error)', '考察网格系统采集到的人口数。"', '考察网格系统采集到的人口数。', '', 1],
        ['a closing brace deleted', '      }\n      质量指标 {', '      ', '', 1],
        ['an edit across two indicators', '解释 "考察通信服务配套PDA设备数量。"\n        指标', '解释 "考察通信服务配套PDA设备数量', '"', 12]
    ])('%s: still the same as a full parse', async (_, context, before, typed, deleted) => {
        const session = editor(seed);
        await session.ready;
        const firstTask = session.document.parseResult.value.tasks!.tasks[0];
        const at = seed.indexOf(context) + before.length;
        await session.edit(at, at + deleted, typed);
        await expectSameAsFullParse(session.document);
        expect(session.document.parseResult.value.tasks!.tasks[0] === firstTask).toBe(false);
        // …and the next edit, on a clean document again, is incremental once more.
        await session.edit(at, at + typed.length, seed.slice(at, at + deleted));
        await expectSameAsFullParse(session.document);
    });
});

test('200 random one-character edits of the seed, each made and undone: always the same as a full parse', async () => {
    const random = seededRandom(20261010);
    const session = editor(seed);
    await session.ready;
    const alphabet = ['测', '1', ' ', '\n', '"', '{', '}', 'a', '、', '0', '“'];
    for (let round = 0; round < 200; round++) {
        const at = random.int(1, seed.length - 2);
        const insert = random.chance(0.6);
        const typed = insert ? random.pick(alphabet) : '';
        await session.edit(at, insert ? at : at + 1, typed);
        await expectSameAsFullParse(session.document);
        await session.edit(at, at + typed.length, insert ? '' : seed[at]);
        await expectSameAsFullParse(session.document);
    }
}, 600_000);

test('a cost indicator compared with the budget sees a task amount changed by an incremental parse', async () => {
    const text = seed.replace('指标 "部门整体支出进度达标率" ≥90 %', '指标 "部门整体支出成本" 20000000 元');
    const session = editor(text);
    await session.ready;
    expect((session.document.diagnostics ?? []).filter(d => d.code === 'indicator.cost-over-budget')).toEqual([]);
    const at = text.indexOf('总额 11782800.00') + '总额 '.length;
    // 11782800.00 → 1782800.00: the budget falls below the cost.
    await session.edit(at, at + 1, '');
    await expectSameAsFullParse(session.document);
    expect((session.document.diagnostics ?? []).map(d => d.code)).toContain('indicator.cost-over-budget');
});
