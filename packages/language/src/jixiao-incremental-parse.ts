/**
 * Re-parsing only the block an edit is in (DESIGN §9: keystroke to diagnostics under 50 ms on a
 * 1,000-indicator document). Langium parses the whole document on every change; at 1,000
 * indicators that was most of the time between a keystroke and its diagnostics (docs/performance.md).
 *
 * When an edit lies strictly inside one indicator, goal, task, category or section of a document
 * that parsed without errors, only that node's new text is parsed, with the node's own grammar
 * rule, and the result replaces the node: in the AST (same container, property and index) and in
 * the CST (the old composite node keeps its place and gets the new content); every token after
 * the edit moves by the length difference. Everything after parsing (scopes, linking, the index,
 * validation) runs on the whole document as before.
 *
 * It is exactly what a full parse would give, or it is not used:
 * - the node must end where no edit can make it reach further: with its closing `}`, or (an
 *   indicator, a goal) right before a token that cannot continue it (the next 指标/目标, or `}`);
 * - the new text must parse with that rule without any lexer or parser error, consuming it all;
 * - the old document must have parsed without errors, so its tree is the parser's own.
 * Anything else (a syntax error, an edit across nodes, deep nesting) falls back to the full parse.
 * The spec test/typing/incremental-parse.test.ts compares both on many edits of the seed.
 */
import {
    GrammarAST, isCompositeCstNode, isLeafCstNode,
    type AstNode, type CstNode, type LangiumCoreServices, type LangiumDocument
} from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import type { ChangedRegion } from './jixiao-typing-state.js';
import { GOALS_CLAUSES, INDICATOR_KEYWORD } from './domain/grammar-facts.js';

/** Rules whose nodes are re-parsed on their own, and the tokens that may follow a node that does not end with `}`. */
const REPARSEABLE: Readonly<Record<string, ReadonlySet<string> | 'brace'>> = {
    Indicator: new Set([INDICATOR_KEYWORD, '}']),
    Goal: new Set([GOALS_CLAUSES.goals, GOALS_CLAUSES.intro, '}']),
    Task: 'brace',
    Category: 'brace',
    TaskSection: 'brace',
    GoalSection: 'brace',
    IndicatorSection: 'brace',
    ProjectFunds: 'brace',
    ProjectGoalSection: 'brace'
};


interface MutableLeaf {
    _offset: number;
    _length: number;
    _range: Range;
    root: unknown;
}

/**
 * Replaces the node around `region` in `document` by a parse of its new text; false when the
 * document must be parsed in full. `textDocument` holds the new text.
 */
export function reparseIncrementally(services: LangiumCoreServices, document: LangiumDocument, region: ChangedRegion, textDocument: TextDocument,
    maxNesting: number): boolean {
    const newText = textDocument.getText();
    const { parseResult } = document;
    const root = parseResult.value.$cstNode;
    if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) {
        return false;
    }
    const delta = newText.length - root.root.fullText.length;
    // The innermost block first; its parent when the edit reaches a sibling (a new line typed
    // between two indicators); a failure beyond that is a syntax error, which the full parse reports.
    for (const { node, rule } of enclosingReparseable(parseResult.value, region).slice(0, MAX_ATTEMPTS)) {
        const old = node.$cstNode!;
        const start = old.offset;
        const text = newText.slice(start, old.end + delta);
        if (countOf(text, '{') > maxNesting) {
            // Deeper than the form ever nests: left to the guarded full parse (jixiao-document-factory.ts).
            return false;
        }
        const replacement = parseAlone(services, text, rule);
        if (replacement?.$cstNode && replacement.$type === node.$type) {
            const oldEnd = old.end;
            const oldEndPosition = old.range.end;
            splice(node, replacement, old);
            shiftTree(root, old, start, oldEnd, oldEndPosition, delta, textDocument);
            (root.root as unknown as { _text: string })._text = newText;
            renewRoot(document);
            return true;
        }
    }
    return false;
}

const MAX_ATTEMPTS = 2;

/** The re-parseable nodes that contain the edit strictly inside and end safely, innermost first, with their rules. */
function enclosingReparseable(rootNode: AstNode, region: ChangedRegion): Array<{ node: AstNode; rule: string }> {
    const found: Array<{ node: AstNode; rule: string }> = [];
    for (let node: AstNode | undefined = innermostAt(rootNode, region.start); node; node = node.$container) {
        const cst = node.$cstNode;
        const call = cst?.grammarSource;
        const rule = GrammarAST.isRuleCall(call) ? call.rule.ref?.name : undefined;
        const follow = rule ? REPARSEABLE[rule] : undefined;
        if (cst && rule && follow && cst.offset < region.start && region.oldEnd < cst.end && endsSafely(cst, follow)) {
            found.push({ node, rule });
        }
    }
    return found;
}

function innermostAt(rootNode: AstNode, offset: number): AstNode | undefined {
    let cst: CstNode | undefined = rootNode.$cstNode;
    while (isCompositeCstNode(cst)) {
        const child: CstNode | undefined = cst.content.find(candidate => candidate.offset <= offset && offset < candidate.end);
        if (!child) {
            break;
        }
        cst = child;
    }
    return cst?.astNode;
}

/** The node's last token is its `}`, or the token after it cannot continue it. */
function endsSafely(cst: CstNode, follow: ReadonlySet<string> | 'brace'): boolean {
    if (follow === 'brace') {
        const last = lastLeaf(cst);
        return last !== undefined && last.text === '}';
    }
    const next = nextLeaf(cst);
    return next !== undefined && isLeafCstNode(next) && follow.has(next.tokenType.name);
}

function lastLeaf(cst: CstNode): CstNode | undefined {
    let current: CstNode | undefined = cst;
    while (isCompositeCstNode(current)) {
        current = [...current.content].reverse().find(child => !child.hidden);
    }
    return current;
}

function nextLeaf(cst: CstNode): CstNode | undefined {
    for (let node: CstNode = cst; node.container; node = node.container) {
        const siblings = node.container.content;
        const next = siblings.slice(siblings.indexOf(node) + 1).find(sibling => !sibling.hidden);
        if (next) {
            let leaf: CstNode | undefined = next;
            while (isCompositeCstNode(leaf)) {
                leaf = leaf.content.find(child => !child.hidden);
            }
            return leaf;
        }
    }
    return undefined;
}

function parseAlone(services: LangiumCoreServices, text: string, rule: string): AstNode | undefined {
    const parser = services.parser.LangiumParser;
    try {
        const result = parser.parse(text, { rule });
        return result.lexerErrors.length === 0 && result.parserErrors.length === 0 ? result.value : undefined;
    } catch {
        // A thrown parse leaves its rule stack behind (see jixiao-document-factory.ts).
        const stack = (parser as unknown as { stack?: unknown[] }).stack;
        if (Array.isArray(stack)) {
            stack.length = 0;
        }
        return undefined;
    }
}

/**
 * A new root object for the document, as after a full parse: caches keyed by the root or the
 * parse result (a document's own diagnostics, the workspace's facts) then see a new parse. The
 * nodes below keep their identity; only their container changes.
 */
function renewRoot(document: LangiumDocument): void {
    const old = document.parseResult.value;
    const fresh = Object.assign(Object.create(Object.getPrototypeOf(old)) as AstNode, old);
    for (const value of Object.values(old)) {
        for (const child of Array.isArray(value) ? value : [value]) {
            if (child && typeof child === 'object' && (child as AstNode).$container === old) {
                (child as { $container: AstNode }).$container = fresh;
            }
        }
    }
    // The root CST node and the composite of the entry rule's alternative both stand for the root.
    const stack: CstNode[] = old.$cstNode ? [old.$cstNode] : [];
    while (stack.length > 0) {
        const cst = stack.pop()!;
        const owner = cst as unknown as { _astNode?: AstNode; astNode: AstNode };
        if (owner._astNode === old) {
            owner.astNode = fresh;
        }
        if (isCompositeCstNode(cst) && (owner._astNode === fresh || owner._astNode === undefined)) {
            stack.push(...cst.content.filter(isCompositeCstNode));
        }
    }
    document.parseResult = { ...document.parseResult, value: fresh };
    (fresh as { $document?: LangiumDocument }).$document = document;
}

/** The new node takes the old one's place in the AST, and its tokens the old composite CST node. */
function splice(node: AstNode, replacement: AstNode, old: CstNode): void {
    const container = node.$container!;
    const property = node.$containerProperty!;
    const index = node.$containerIndex;
    const owner = container as unknown as Record<string, unknown>;
    if (index === undefined) {
        owner[property] = replacement;
    } else {
        (owner[property] as AstNode[])[index] = replacement;
    }
    Object.assign(replacement, { $container: container, $containerProperty: property, $containerIndex: index });
    const parsed = replacement.$cstNode!;
    if (!isCompositeCstNode(old) || !isCompositeCstNode(parsed)) {
        throw new Error('incremental parse: a node without content');
    }
    old.content.splice(0, old.content.length, ...parsed.content);
    (old as unknown as { astNode: AstNode }).astNode = replacement;
    (replacement as { $cstNode?: CstNode }).$cstNode = old;
}

/**
 * The new node's tokens move from offsets in their own text to offsets in the document; tokens
 * after the edit move by `delta`. Only what follows the node is visited (the siblings after it,
 * up through its ancestors), and ranges are made anew only where they change: for every token
 * after the edit when the edit added or removed lines, else only on the line the edit ended on.
 * Composite nodes cache their range: the caches of the ancestors and of what follows are dropped.
 */
function shiftTree(root: CstNode, replaced: CstNode, start: number, oldEnd: number, oldEndPosition: Position, delta: number, textDocument: TextDocument): void {
    placeNewTokens(replaced, root, start, textDocument);
    const newEndPosition = textDocument.positionAt(oldEnd + delta);
    const lineDelta = newEndPosition.line - oldEndPosition.line;
    const characterDelta = newEndPosition.character - oldEndPosition.character;
    // Replacing a digit by a digit: nothing after the node moves.
    const nothingMoves = delta === 0 && lineDelta === 0 && characterDelta === 0;
    const moved = (position: { character: number; line: number }) => ({
        character: position.line === oldEndPosition.line ? position.character + characterDelta : position.character,
        line: position.line + lineDelta
    });
    const stack: CstNode[] = [];
    for (let child: CstNode = replaced, parent = replaced.container; parent; child = parent, parent = parent.container) {
        (parent as unknown as { _rangeCache?: Range })._rangeCache = undefined;
        if (!nothingMoves) {
            const siblings = parent.content;
            for (let index = siblings.indexOf(child) + 1; index < siblings.length; index++) {
                stack.push(siblings[index]);
            }
        }
    }
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            (node as unknown as { _rangeCache?: Range })._rangeCache = undefined;
            const content = node.content;
            for (let index = 0; index < content.length; index++) {
                stack.push(content[index]);
            }
            continue;
        }
        const leaf = node as unknown as MutableLeaf;
        leaf._offset += delta;
        const { start: from, end: to } = leaf._range;
        if (lineDelta !== 0 || from.line === oldEndPosition.line || to.line === oldEndPosition.line) {
            leaf._range = { start: moved(from), end: moved(to) };
        }
    }
}

/** The tokens of the new node: offsets in the document, ranges from it, the document's root. */
function placeNewTokens(node: CstNode, root: CstNode, start: number, textDocument: TextDocument): void {
    const stack: CstNode[] = [node];
    while (stack.length > 0) {
        const current = stack.pop()!;
        (current as unknown as { root: unknown }).root = root;
        if (isCompositeCstNode(current)) {
            (current as unknown as { _rangeCache?: Range })._rangeCache = undefined;
            stack.push(...current.content);
        } else {
            const leaf = current as unknown as MutableLeaf;
            leaf._offset += start;
            leaf._range = { start: positionAt(textDocument, leaf._offset), end: positionAt(textDocument, leaf._offset + leaf._length) };
        }
    }
}

/** As Langium's token ranges have them (character first), so that a range reads the same either way. */
function positionAt(textDocument: TextDocument, offset: number): { character: number; line: number } {
    const { line, character } = textDocument.positionAt(offset);
    return { character, line };
}

export function countOf(text: string, ch: string): number {
    let count = 0;
    for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
        count++;
    }
    return count;
}
