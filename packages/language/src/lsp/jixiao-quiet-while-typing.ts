/**
 * Quiet about what the user is visibly still typing (DESIGN §5), correct on save and in the CLI.
 *
 * The mechanism: the server remembers where each document's last edit ended (its cursor, see
 * jixiao-typing-state.ts). Every check runs on every change as before; what changes is which of
 * the results an editor is shown while the user types. Held back are:
 *
 * 1. everything, in an empty document (whitespace and comments only): the skeleton completion is
 *    the way to start, not seven diagnostics about what is not written yet;
 * 2. a diagnostic on the token at the cursor, when the last edit typed something (`总` on the way
 *    to 总额, `sl` on the way to 数量指标, the digits of an amount, a goal name after 对应); after
 *    a deletion the user looks at what is left, so it is shown;
 * 3. a syntax error after the cursor (after typing) with nothing but closing braces between: the parser
 *    tripping over what follows a statement that is not finished (`}`, the end of the file);
 * 4. "something is missing" (an amount, a category, a header field, an explanation, a unit) about
 *    a block the user is appending to: the cursor is in it or right after it, and nothing but
 *    closing braces follows in it (`任务 "x" {|}` just opened, an indicator whose 解释 comes next,
 *    a declaration being written top to bottom).
 *
 * Everything held back is shown again as soon as the cursor moves on (the next edit elsewhere),
 * when the typing pauses (TypingState.pauseMs) and on save (lsp/jixiao-document-update-handler.ts). The CLI and documents opened but not yet
 * edited have no last edit: they always get every diagnostic.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { IssueCodes } from '../validation/jixiao-issue-codes.js';
import type { TypingState } from '../jixiao-typing-state.js';

/** Diagnostics that say something is not written yet, and the node that is missing it. */
const MISSING_CONTENT = new Set<string>([
    IssueCodes.BudgetAmountMissing, IssueCodes.StructureCategoryEmpty, IssueCodes.StructureCategoryMissing,
    IssueCodes.StructureHeaderMissing, IssueCodes.IndicatorExplanationMissing, IssueCodes.IndicatorUnitMissing
]);
const OWNER_TYPES = new Set(['Task', 'Category', 'IndicatorSection', 'Declaration', 'Indicator']);

/** Between the cursor and the end of a block being appended to: spaces, comments and closing braces. */
const ONLY_CLOSING = /^(?:\s|[}｝]|\/\/[^\n\r]*|\/\*[\s\S]*?\*\/)*$/;

export function diagnosticsToShow(document: LangiumDocument, diagnostics: Diagnostic[], typing: TypingState): Diagnostic[] {
    if (!typing.editor) {
        return diagnostics;
    }
    const text = document.textDocument.getText();
    if (isBlank(text)) {
        return [];
    }
    const edit = typing.lastEdit(document);
    if (!edit) {
        return diagnostics;
    }
    const root = document.parseResult.value;
    const cursor = Math.min(edit.cursor, text.length);
    // Typing inside a token (a text whose closing quote the editor already added) is typing that token.
    const tokenEnd = endOfTokenAt(root, cursor);
    // Only text just typed is "being typed": after a deletion the user sees what is left.
    const typed = edit.region.newEnd > edit.region.start;
    return diagnostics.filter(diagnostic => {
        const start = document.textDocument.offsetAt(diagnostic.range.start);
        const end = document.textDocument.offsetAt(diagnostic.range.end);
        if (typed && start <= tokenEnd && cursor <= end) {
            return false;
        }
        if (typed && diagnostic.code === IssueCodes.Syntax && start >= tokenEnd && ONLY_CLOSING.test(text.slice(tokenEnd, start))) {
            // Nothing but closing braces between the statement being typed and the error: the
            // parser tripping over what follows an unfinished statement (`}`, the end of the file).
            return false;
        }
        if (MISSING_CONTENT.has(String(diagnostic.code))) {
            const owner = ownerAt(root, start);
            return !(owner && isAppendingTo(owner, root, text, tokenEnd));
        }
        return true;
    });
}

function endOfTokenAt(root: AstNode, offset: number): number {
    const leaf = root.$cstNode && CstUtils.findLeafNodeAtOffset(root.$cstNode, offset);
    return leaf && !leaf.hidden && leaf.offset < offset && offset < leaf.end ? leaf.end : offset;
}

/** Whitespace and comments only. */
function isBlank(text: string): boolean {
    const trimmed = text.trim();
    return trimmed === '' || (trimmed.startsWith('/') && text.replace(/\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g, '').trim() === '');
}

/** The block a "missing" diagnostic at this offset is about. */
function ownerAt(root: AstNode, offset: number): AstNode | undefined {
    const cst = root.$cstNode;
    const leaf = cst && CstUtils.findLeafNodeAtOffset(cst, offset);
    const node = leaf?.astNode ?? root;
    return OWNER_TYPES.has(node.$type) ? node : AstUtils.getContainerOfType(node, (candidate): candidate is AstNode => OWNER_TYPES.has(candidate.$type));
}

/** The cursor is in the block or right after it, with only closing braces of it still to come. */
function isAppendingTo(owner: AstNode, root: AstNode, text: string, cursor: number): boolean {
    const block = owner.$cstNode;
    const rootCst = root.$cstNode;
    if (!block || !rootCst || cursor <= block.offset) {
        return false;
    }
    const before = cursor > 0 ? CstUtils.findLeafNodeBeforeOffset(rootCst, cursor - 1) : undefined;
    if (!before || before.offset < block.offset || before.end > block.end) {
        return false;
    }
    return cursor >= block.end || ONLY_CLOSING.test(text.slice(cursor, block.end));
}
