/**
 * Quick fixes for target values and explanations (issue 10): a satisfaction target raised to the
 * threshold, a percentage brought into 0–100, a missing 指标解释 written from the indicator's name,
 * a repeated goal name made unique.
 */
import { GrammarUtils } from 'langium';
import { isGoal, isIndicator } from '../generated/ast.js';
import { diagnosticData, type Fix } from './jixiao-fix-context.js';
import { FixTexts } from './jixiao-lsp-messages.js';
import { childIndent } from './jixiao-text-edits.js';

export const fixSatisfactionLow: Fix = (context, diagnostic) => {
    const { threshold } = diagnosticData(diagnostic);
    if (typeof threshold !== 'number') {
        return [];
    }
    return [context.action(FixTexts.raiseTarget(String(threshold)), diagnostic, [{ range: diagnostic.range, newText: String(threshold) }], true)];
};

export const fixPercentRange: Fix = (context, diagnostic) => {
    const written = context.text.getText(diagnostic.range);
    const bound = written.trim().startsWith('-') ? '0' : '100';
    return [context.action(FixTexts.setPercent(bound), diagnostic, [{ range: diagnostic.range, newText: bound }], true)];
};

/** `解释 "考察<name>。"` on the line after the indicator, as the seed writes its explanations. */
export const fixExplanationMissing: Fix = (context, diagnostic) => {
    const indicator = context.nodeAt(diagnostic, isIndicator);
    const cst = indicator?.$cstNode;
    if (!indicator || !cst || typeof indicator.name !== 'string') {
        return [];
    }
    const explanation = `考察${indicator.name.replace(/[。.]$/, '')}。`;
    const text = `解释 "${explanation.replace(/[\\"]/g, ch => `\\${ch}`)}"`;
    const end = cst.range.end;
    const ownLine = context.text.getText({ start: { line: cst.range.start.line, character: 0 }, end: cst.range.start }).trim() === '';
    // An indicator on a line of its own gets its 解释 below, indented like the seed; one written inside `{ … }` on one line, after it.
    const newText = ownLine ? `\n${childIndent(context.text, indicator)}${text}` : ` ${text}`;
    return [context.action(FixTexts.addExplanation(explanation), diagnostic, [{ range: { start: end, end }, newText }], true)];
};

export const fixGoalDuplicateName: Fix = (context, diagnostic) => {
    const goal = context.nodeAt(diagnostic, isGoal);
    const nameNode = goal && GrammarUtils.findNodeForProperty(goal.$cstNode, 'name');
    if (!goal || !nameNode || typeof goal.name !== 'string') {
        return [];
    }
    const taken = new Set((context.declaration?.goals?.goals ?? []).map(other => other.name));
    let suffix = 2;
    while (taken.has(`${goal.name}${suffix}`)) {
        suffix++;
    }
    const unique = `${goal.name}${suffix}`;
    return [context.action(FixTexts.renameGoal(unique), diagnostic, [{ range: nameNode.range, newText: unique }], true)];
};
