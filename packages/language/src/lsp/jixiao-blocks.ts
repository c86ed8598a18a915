/**
 * The `{ … }` blocks of a document, read from its tokens rather than its syntax tree. While the user
 * types, the parser recovers in ways that move nodes around; braces and the word before them still
 * say where the cursor is (inside 产出指标, inside a task…), which is what completion needs, and the
 * formatter lays out a document that does not parse yet the same way. Which keyword opens which
 * block comes from the grammar facts.
 */
import type { Lexer, LexerResult } from 'langium';
import {
    DOCUMENT_KINDS, NAMED_BLOCKS, NOT_APPLICABLE_KEYWORD, documentKindOf, sectionBlock, type BlockKind, type DocumentKindFacts
} from '../domain/grammar-facts.js';

export type Token = LexerResult['tokens'][number];

export interface Block {
    readonly kind: BlockKind;
    /** For a document's own block, which kind of document it is. */
    readonly document?: DocumentKindFacts;
    /** The category's or task's name. */
    readonly name?: string;
    /** Offset of `{`, or -1 for the document itself. */
    readonly open: number;
    /** Offset of the matching `}`, or the document's length when it is not closed yet. */
    close: number;
    readonly parent?: Block;
    /** 0 for the document itself, 1 for a declaration's block, and so on. */
    readonly depth: number;
    readonly children: Block[];
    /** Categories written directly inside (`名称 {` or `名称 不适用`), in document order. */
    readonly categories: Array<{ name: string; offset: number }>;
}

/**
 * A section keyword opens the block it opens in the document it is written in; written in another
 * kind of document or outside one (while typing), the block of the first kind that has the section.
 */
function sectionBlockIn(parent: Block, keyword: string): BlockKind | undefined {
    let document: DocumentKindFacts | undefined;
    for (let block: Block | undefined = parent; block && !document; block = block.parent) {
        document = block.document;
    }
    return (document && sectionBlock(document, keyword)) ?? DOCUMENT_KINDS.map(kind => sectionBlock(kind, keyword)).find(found => found !== undefined);
}

export function scanBlocks(lexer: Lexer, text: string): Block {
    return scanTokens(lexer.tokenize(text).tokens, text.length);
}

/** The blocks of a document from its tokens (comments and whitespace left out). */
export function scanTokens(tokens: readonly Token[], length: number): Block {
    const root: Block = { kind: 'unknown', open: -1, close: length, depth: 0, children: [], categories: [] };
    let current = root;
    tokens.forEach((token, index) => {
        const type = token.tokenType.name;
        if (type === '{') {
            const block: Block = {
                ...describeOpening(tokens, index, current), open: token.startOffset, close: length, parent: current, depth: current.depth + 1, children: [], categories: []
            };
            current.children.push(block);
            current = block;
        } else if (type === '}') {
            current.close = token.startOffset;
            current = current.parent ?? root;
        } else if (type === 'ID' && isCategoryList(current)) {
            const next = tokens[index + 1]?.tokenType.name;
            if (next === '{' || next === NOT_APPLICABLE_KEYWORD) {
                current.categories.push({ name: token.image, offset: token.startOffset });
            }
        }
    });
    return root;
}

function isCategoryList(block: Block): boolean {
    return block.kind === 'indicators' || block.kind === 'category';
}

function describeOpening(tokens: readonly Token[], braceIndex: number, parent: Block): { kind: BlockKind; document?: DocumentKindFacts; name?: string } {
    const previous = tokens[braceIndex - 1];
    const beforePrevious = tokens[braceIndex - 2]?.tokenType.name;
    const type = previous?.tokenType.name;
    if (type === undefined) {
        return { kind: 'unknown' };
    }
    const document = documentKindOf(type) ?? (type === 'NUMBER' && beforePrevious !== undefined ? documentKindOf(beforePrevious) : undefined);
    if (document) {
        return { kind: 'declaration', document };
    }
    const section = sectionBlockIn(parent, type);
    if (section) {
        return { kind: section };
    }
    if (type === 'STRING' && beforePrevious !== undefined && NAMED_BLOCKS[beforePrevious]) {
        return { kind: NAMED_BLOCKS[beforePrevious], name: unquote(previous.image) };
    }
    if (type === 'ID' && isCategoryList(parent)) {
        return { kind: 'category', name: previous.image };
    }
    return { kind: 'unknown' };
}

/** The innermost block whose braces enclose the offset (strictly after `{`, at or before `}`). */
export function blockAt(root: Block, offset: number): Block {
    for (const child of root.children) {
        if (encloses(child, offset)) {
            return blockAt(child, offset);
        }
    }
    return root;
}

function encloses(block: Block, offset: number): boolean {
    return block.open < offset && offset <= block.close;
}

/**
 * The block around each offset of a walk through the document in order (the formatter's): the
 * same answer as blockAt, in time linear in the document rather than in blocks × offsets.
 */
export class BlockWalk {
    private current: Block;
    /** Per block, the first child the walk has not left behind yet. */
    private readonly nextChild = new Map<Block, number>();

    constructor(root: Block) {
        this.current = root;
    }

    /** The block around `offset`; offsets must not decrease from one call to the next. */
    at(offset: number): Block {
        while (this.current.parent && !encloses(this.current, offset)) {
            this.current = this.current.parent;
        }
        for (;;) {
            const children = this.current.children;
            let index = this.nextChild.get(this.current) ?? 0;
            while (index < children.length && children[index].close < offset) {
                index++;
            }
            this.nextChild.set(this.current, index);
            const child = children[index];
            if (!child || !encloses(child, offset)) {
                return this.current;
            }
            this.current = child;
        }
    }
}

/** 1 for a category directly in 年度绩效指标, 2 inside it; 0 outside any category. */
export function categoryLevel(block: Block): number {
    let level = 0;
    for (let current: Block | undefined = block; current?.kind === 'category'; current = current.parent) {
        level++;
    }
    return level;
}

function unquote(image: string): string {
    return image.length >= 2 ? image.slice(1, -1).replace(/\\(.)/g, '$1') : image;
}
