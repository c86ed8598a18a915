/**
 * Line-level editing for quick fixes: the whole lines a node occupies, their indentation, and
 * inserting or moving a block so that it lands in the canonical layout (two spaces per level).
 */
import { GrammarUtils, isAstNode, type AstNode, type CstNode } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range, TextEdit } from 'vscode-languageserver-types';

export const INDENT = '  ';

export interface NodeLines {
    /** From the start of the node's first line to the start of the line after its last one. */
    readonly range: Range;
    /** The lines, each ending with a line break. */
    readonly text: string;
    /** The indentation of the first line. */
    readonly indent: string;
}

/**
 * The lines a node occupies, when nothing else is written on them (a trailing comment belongs to
 * the node); undefined for a node that shares a line, such as `{ 指标 … }` written on one line.
 */
export function nodeLines(document: TextDocument, node: AstNode | CstNode | undefined): NodeLines | undefined {
    const cst = node && cstOf(node);
    if (!cst) {
        return undefined;
    }
    const text = document.getText();
    const lineStart = document.offsetAt({ line: cst.range.start.line, character: 0 });
    const before = text.slice(lineStart, cst.offset);
    const lineEnd = endOfLine(text, cst.end);
    const after = text.slice(cst.end, lineEnd);
    if (/\S/.test(before) || !/^\s*(\/\/.*)?$/.test(after)) {
        return undefined;
    }
    const next = lineEnd < text.length ? lineEnd + (text.startsWith('\r\n', lineEnd) ? 2 : 1) : lineEnd;
    const body = text.slice(lineStart, next);
    return {
        range: { start: document.positionAt(lineStart), end: document.positionAt(next) },
        text: /\n$/.test(body) ? body : body + '\n',
        indent: before
    };
}

/** The leading whitespace of a line. */
export function indentOfLine(document: TextDocument, line: number): string {
    const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)![0];
}

/** Lines moved from one indentation to another; empty lines and less indented ones are left as they are. */
export function reindent(text: string, from: string, to: string): string {
    return text.split('\n').map(line => (line !== '' && line.startsWith(from) ? to + line.slice(from.length) : line)).join('\n');
}

/** Lines (without indentation or line breaks) as text at an indentation, each ending with a line break. */
export function indentedLines(lines: readonly string[], indent: string): string {
    return lines.map(line => `${indent}${line}\n`).join('');
}

/** The `}` closing a node's block (the last one among its own tokens). */
export function closingBrace(node: AstNode): CstNode | undefined {
    const braces = GrammarUtils.findNodesForKeyword(node.$cstNode, '}');
    return braces[braces.length - 1];
}

export function openingBrace(node: AstNode): CstNode | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
}

/**
 * Inserts whole lines (already indented, each ending with a line break) as the last lines of a
 * node's block. When `}` starts its own line, the lines go right before that line; when the block
 * is written on one line (`{ }`), it is opened up.
 */
export function insertBeforeClosingBrace(document: TextDocument, node: AstNode, lines: string): TextEdit | undefined {
    const brace = closingBrace(node);
    if (!brace) {
        return undefined;
    }
    const lineStart = { line: brace.range.start.line, character: 0 };
    const before = document.getText({ start: lineStart, end: brace.range.start });
    if (!/\S/.test(before)) {
        return { range: { start: lineStart, end: lineStart }, newText: lines };
    }
    // `名称 { }` or `{ 指标 … }`: break the line before `}` and indent the brace like the node's line.
    const nodeIndent = indentOfLine(document, node.$cstNode!.range.start.line);
    const trimmedStart = endOfContent(document, brace);
    return { range: { start: trimmedStart, end: brace.range.start }, newText: `\n${lines}${nodeIndent}` };
}

/** Where the whitespace before a token begins (so that inserting there replaces that whitespace). */
function endOfContent(document: TextDocument, token: CstNode): Position {
    const text = document.getText();
    let offset = token.offset;
    while (offset > 0 && (text[offset - 1] === ' ' || text[offset - 1] === '\t')) {
        offset--;
    }
    return document.positionAt(offset);
}

/** Inserts whole lines right before the line a node starts on. */
export function insertBeforeLineOf(node: AstNode | CstNode, lines: string): TextEdit | undefined {
    const cst = cstOf(node);
    if (!cst) {
        return undefined;
    }
    const start = { line: cst.range.start.line, character: 0 };
    return { range: { start, end: start }, newText: lines };
}

/** The indentation one level inside a node that starts a line. */
export function childIndent(document: TextDocument, node: AstNode): string {
    return indentOfLine(document, node.$cstNode?.range.start.line ?? 0) + INDENT;
}

function cstOf(node: AstNode | CstNode): CstNode | undefined {
    return isAstNode(node) ? node.$cstNode : node;
}

function endOfLine(text: string, offset: number): number {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    return end > offset && text[end - 1] === '\r' ? end - 1 : end;
}
