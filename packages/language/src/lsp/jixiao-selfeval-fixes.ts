/**
 * Quick fixes for the self-evaluation: write the computed 得分 or 总分 over a written one that
 * differs, and insert a 偏差原因 template (with the figures filled in) where a shortfall, a low
 * execution rate or an over-achievement needs explaining.
 */
import type { AstNode } from 'langium';
import { isFundRow, isIndicator, isSelfEvaluation } from '../generated/ast.js';
import { diagnosticData, type Fix } from './jixiao-fix-context.js';
import { FixTexts } from './jixiao-lsp-messages.js';
import { quoteJixiaoString } from '../domain/grammar-facts.js';
import { INDENT, indentOfLine } from './jixiao-text-edits.js';

export const fixScoreMismatch: Fix = (context, diagnostic) => {
    const { computed } = diagnosticData(diagnostic);
    if (typeof computed !== 'string') {
        return [];
    }
    const total = context.nodeAt(diagnostic, isSelfEvaluation) && !context.nodeAt(diagnostic, isIndicator) && !context.nodeAt(diagnostic, isFundRow);
    const title = total ? FixTexts.setTotalScore(computed) : FixTexts.setScore(computed);
    return [context.action(title, diagnostic, [{ range: diagnostic.range, newText: computed }], true)];
};

/** `偏差原因 "…"` on the line after the indicator or fund row, two spaces further in. */
export const fixReasonMissing: Fix = (context, diagnostic) => {
    const { reasonTemplate } = diagnosticData(diagnostic);
    const owner: AstNode | undefined = context.nodeAt(diagnostic, isIndicator) ?? context.nodeAt(diagnostic, isFundRow);
    const cst = owner?.$cstNode;
    if (typeof reasonTemplate !== 'string' || !cst || (owner as { reason?: string }).reason !== undefined) {
        return [];
    }
    const text = context.text.getText();
    const lineEnd = context.text.offsetAt({ line: cst.range.end.line + 1, character: 0 });
    const rest = text.slice(cst.end, lineEnd > cst.end ? lineEnd : text.length).replace(/\r?\n$/, '');
    const reason = `偏差原因 ${quoteJixiaoString(reasonTemplate)}`;
    // On its own line when nothing but a comment follows the node; else right after it.
    const edit = /^\s*(\/\/.*)?$/.test(rest)
        ? {
            range: { start: context.text.positionAt(cst.end + rest.length), end: context.text.positionAt(cst.end + rest.length) },
            newText: `\n${indentOfLine(context.text, cst.range.start.line)}${INDENT}${reason}`
        }
        : { range: { start: cst.range.end, end: cst.range.end }, newText: ` ${reason}` };
    return [context.action(FixTexts.insertReason, diagnostic, [edit], true)];
};
