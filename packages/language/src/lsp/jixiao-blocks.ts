/**
 * The `{ … }` blocks of a document, read from its tokens rather than its syntax tree. While the user
 * types, the parser recovers in ways that move nodes around; braces and the word before them still
 * say where the cursor is (inside 产出指标, inside a task…), which is what completion needs.
 */
import type { Lexer, LexerResult } from 'langium';

export type Token = LexerResult['tokens'][number];

export type BlockKind = 'declaration' | 'tasks' | 'task' | 'funds' | 'goals' | 'indicators' | 'category' | 'unknown';

export interface Block {
    readonly kind: BlockKind;
    /** The category's or task's name. */
    readonly name?: string;
    /** Offset of `{`, or -1 for the document itself. */
    readonly open: number;
    /** Offset of the matching `}`, or the document's length when it is not closed yet. */
    close: number;
    readonly parent?: Block;
    readonly children: Block[];
    /** Categories written directly inside (`名称 {` or `名称 不适用`), in document order. */
    readonly categories: Array<{ name: string; offset: number }>;
}

const SECTION_KINDS: Readonly<Record<string, BlockKind>> = {
    部门整体支出绩效目标: 'declaration',
    项目支出绩效目标: 'declaration',
    项目支出绩效自评: 'declaration',
    年度主要任务: 'tasks',
    项目资金: 'funds',
    年度总体目标: 'goals',
    年度绩效目标: 'goals',
    年度绩效指标: 'indicators'
};

export function scanBlocks(lexer: Lexer, text: string): Block {
    return scanTokens(lexer.tokenize(text).tokens, text.length);
}

function scanTokens(tokens: readonly Token[], length: number): Block {
    const root: Block = { kind: 'unknown', open: -1, close: length, children: [], categories: [] };
    let current = root;
    tokens.forEach((token, index) => {
        const type = token.tokenType.name;
        if (type === '{') {
            const block: Block = { ...describeOpening(tokens, index, current), open: token.startOffset, close: length, parent: current, children: [], categories: [] };
            current.children.push(block);
            current = block;
        } else if (type === '}') {
            current.close = token.startOffset;
            current = current.parent ?? root;
        } else if (type === 'ID' && (current.kind === 'indicators' || current.kind === 'category')) {
            const next = tokens[index + 1]?.tokenType.name;
            if (next === '{' || next === '不适用') {
                current.categories.push({ name: token.image, offset: token.startOffset });
            }
        }
    });
    return root;
}

function describeOpening(tokens: readonly Token[], braceIndex: number, parent: Block): { kind: BlockKind; name?: string } {
    const previous = tokens[braceIndex - 1];
    const beforePrevious = tokens[braceIndex - 2];
    const type = previous?.tokenType.name;
    if (type === undefined) {
        return { kind: 'unknown' };
    }
    if (SECTION_KINDS[type]) {
        return { kind: SECTION_KINDS[type] };
    }
    if (type === 'NUMBER' && SECTION_KINDS[beforePrevious?.tokenType.name ?? ''] === 'declaration') {
        return { kind: 'declaration' };
    }
    if (type === 'STRING' && beforePrevious?.tokenType.name === '任务') {
        return { kind: 'task', name: unquote(previous.image) };
    }
    if (type === 'ID' && (parent.kind === 'indicators' || parent.kind === 'category')) {
        return { kind: 'category', name: previous.image };
    }
    return { kind: 'unknown' };
}

/** The innermost block whose braces enclose the offset (strictly after `{`, at or before `}`). */
export function blockAt(root: Block, offset: number): Block {
    for (const child of root.children) {
        if (child.open < offset && offset <= child.close) {
            return blockAt(child, offset);
        }
    }
    return root;
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
