/**
 * jixiao-parser.ts builds the syntax tree with hidden nodes placed by a search from the back
 * (linear in a block's length, where Langium's search from the front made 20,000 goals quadratic).
 * The tree must be exactly Langium's: every node, hidden or not, at the same place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createLangiumParser, type CstNode } from 'langium';
import { createTestServices } from './jixiao-test-utils.js';

const services = createTestServices();
const langiumParser = createLangiumParser(services);
const examples = new URL('../../examples/', import.meta.url);

/** Every node of the tree, depth first: depth, offset, length, hidden, grammar element. */
function shape(node: CstNode, depth = 0, lines: string[] = []): string[] {
    lines.push(`${depth} ${node.offset}+${node.length} ${node.hidden ? 'hidden' : ''} ${node.grammarSource?.$type ?? ''}`);
    for (const child of (node as { content?: CstNode[] }).content ?? []) {
        shape(child, depth + 1, lines);
    }
    return lines;
}

const documents: Array<[string, string]> = [
    ...readdirSync(examples).filter(name => name.endsWith('.jixiao')).map(name => [name, readFileSync(new URL(name, examples), 'utf8')] as [string, string]),
    ['comments before the first token and between blocks', '// 头注释\n/* 块 */ 部门整体支出绩效目标 2026 { // 行尾\n  年度总体目标 { /* a */ 目标 a "b" // c\n 目标 c "d" }\n}\n// 尾注释'],
    ['only a comment', '// 只有注释\n'],
    ['broken text', '部门整体支出绩效目标 { 年度主要任务 { 任务 "甲" { 总额 } }']
];

describe('the syntax tree', () => {
    test.each(documents)('of %s is Langium\'s, node for node', (_name, text) => {
        const ours = services.parser.LangiumParser.parse(text).value.$cstNode!;
        const langium = langiumParser.parse(text).value.$cstNode!;
        expect(shape(ours)).toEqual(shape(langium));
    });
});
