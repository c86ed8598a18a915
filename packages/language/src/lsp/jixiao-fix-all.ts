/**
 * "Fix all" (source.fixAll, DESIGN §5): every safe fix of the document at once — the fixes that
 * restore what the document itself says or leave nothing to judge: a missing category marked
 * 不适用, 金额合计 set to the sum of the tasks, a missing quote added, a unit removed from an
 * amount, 对应 written before a goal name, a misspelt keyword with a single candidate. Fixes that
 * choose a number or delete something (a task sum, a duplicate) stay one by one.
 *
 * It covers every diagnostic of the last check, also those held back while typing.
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { IssueCodes } from '../validation/jixiao-issue-codes.js';
import { diagnosticData, stringsIn, type FixContext } from './jixiao-fix-context.js';
import { FixTexts } from './jixiao-lsp-messages.js';

const SAFE_CODES = new Set<string>([IssueCodes.StructureCategoryMissing, IssueCodes.BudgetGrandTotal, IssueCodes.Syntax]);

function isSafe(diagnostic: Diagnostic): boolean {
    if (!SAFE_CODES.has(String(diagnostic.code))) {
        return false;
    }
    if (diagnostic.code !== IssueCodes.Syntax) {
        return true;
    }
    const data = diagnosticData(diagnostic);
    return data.repair !== undefined || data.kind === 'unit-after-amount' || data.kind === 'goal-without-link'
        || (data.kind === 'misspelt' && stringsIn(data.suggestions).length === 1);
}

/** One action with the preferred fix of every safe diagnostic whose edits do not touch another's; undefined when none applies. */
export function fixAllAction(context: FixContext, diagnostics: readonly Diagnostic[], fixesOf: (diagnostic: Diagnostic) => CodeAction[]): CodeAction | undefined {
    const edits: TextEdit[] = [];
    let count = 0;
    for (const diagnostic of diagnostics.filter(isSafe)) {
        const fixes = fixesOf(diagnostic);
        const fix = fixes.find(action => action.isPreferred) ?? fixes[0];
        const fixEdits = fix?.edit?.changes?.[context.document.textDocument.uri];
        if (!fixEdits || fixEdits.some(edit => edits.some(taken => overlaps(context, edit, taken)))) {
            continue;
        }
        edits.push(...fixEdits);
        count++;
    }
    if (count === 0) {
        return undefined;
    }
    return {
        title: context.say(FixTexts.fixAll(count)),
        kind: CodeActionKind.SourceFixAll,
        edit: { changes: { [context.document.textDocument.uri]: edits } }
    };
}

/** Two edits that replace overlapping text (insertions at one point do not overlap: they are applied in order). */
function overlaps(context: FixContext, a: TextEdit, b: TextEdit): boolean {
    const start = (edit: TextEdit) => context.text.offsetAt(edit.range.start);
    const end = (edit: TextEdit) => context.text.offsetAt(edit.range.end);
    if (start(a) === end(a) || start(b) === end(b)) {
        return start(a) > start(b) && start(a) < end(b) || start(b) > start(a) && start(b) < end(a);
    }
    return start(a) < end(b) && start(b) < end(a);
}
