/**
 * Quick fixes for 指标 and 目标 diagnostics: insert or replace a unit, flip a comparator, remove a
 * duplicate indicator, move an indicator into the category it belongs to, correct a deadline's
 * year, and the did-you-mean of an unresolved 对应.
 */
import { AstUtils, GrammarUtils } from 'langium';
import { isCategory, isDeadline, isIndicator, type Category } from '../generated/ast.js';
import { categoryDepth, declarationOf } from '../jixiao-ast-utils.js';
import { NOT_APPLICABLE_KEYWORD } from '../domain/grammar-facts.js';
import { canonicalCategoryName } from '../domain/catalogue.js';
import { closestMatches } from '../domain/similarity.js';
import { diagnosticData, removeNodeFix, stringsIn, type Fix } from './jixiao-fix-context.js';
import { FixTexts } from './jixiao-lsp-messages.js';
import { childIndent, insertBeforeClosingBrace, nodeLines, openingBrace, reindent } from './jixiao-text-edits.js';

/** Enough to choose from; the list behind the first few is the completion's job. */
const MAX_UNIT_CHOICES = 5;

export const fixUnitMissing: Fix = (context, diagnostic) => {
    const units = stringsIn(diagnosticData(diagnostic).suggestedUnits).slice(0, MAX_UNIT_CHOICES);
    const end = diagnostic.range.end;
    return units.map((unit, index) => context.action(FixTexts.insertUnit(unit), diagnostic, [{ range: { start: end, end }, newText: ` ${unit}` }], index === 0));
};

export const fixUnitMismatch: Fix = (context, diagnostic) => {
    const data = diagnosticData(diagnostic);
    if (typeof data.valueUnit === 'string') {
        return [context.action(FixTexts.unitCellLikeValue(data.valueUnit), diagnostic, [{ range: diagnostic.range, newText: data.valueUnit }], true)];
    }
    const units = typeof data.suggestedUnit === 'string' ? [data.suggestedUnit] : stringsIn(data.suggestedUnits).slice(0, MAX_UNIT_CHOICES);
    return units.map((unit, index) => context.action(FixTexts.replaceUnit(unit), diagnostic, [{ range: diagnostic.range, newText: unit }], index === 0));
};

export const fixDirection: Fix = (context, diagnostic) => {
    const { suggested } = diagnosticData(diagnostic);
    if (typeof suggested !== 'string') {
        return [];
    }
    const written = context.text.getText(diagnostic.range);
    return [context.action(FixTexts.flipComparator(written, suggested), diagnostic, [{ range: diagnostic.range, newText: suggested }], true)];
};

export const fixIndicatorDuplicate: Fix = removeNodeFix(isIndicator, indicator => FixTexts.removeIndicator(indicator.name));

/** The linker's error names no candidates in its data: the goals of the document are compared here. */
export const fixGoalUnresolved: Fix = (context, diagnostic) => {
    const written = context.text.getText(diagnostic.range);
    const goals = (context.declaration?.goals?.goals ?? []).map(goal => goal.name).filter((name): name is string => typeof name === 'string');
    return closestMatches(written, goals).map((name, index) =>
        context.action(FixTexts.rename(name), diagnostic, [{ range: diagnostic.range, newText: name }], index === 0));
};

/**
 * Moves the indicator (its lines, 解释 included) to the end of the suggested 二级 category, when
 * the document has that category; a category marked 不适用 is opened into a block for it.
 */
export const fixCategorySuspicious: Fix = (context, diagnostic) => {
    const { suggestedCategory } = diagnosticData(diagnostic);
    const indicator = context.nodeAt(diagnostic, isIndicator);
    const declaration = indicator && declarationOf(indicator);
    const lines = indicator && nodeLines(context.text, indicator);
    if (typeof suggestedCategory !== 'string' || !indicator || !declaration || !lines) {
        return [];
    }
    const profile = context.profile;
    const target = AstUtils.streamAllContents(declaration)
        .filter(isCategory)
        .find(category => categoryDepth(category) === 2 && typeof category.name === 'string'
            && canonicalCategoryName(profile, category.name) === suggestedCategory) as Category | undefined;
    if (!target || target === indicator.$container) {
        return [];
    }
    const indent = childIndent(context.text, target);
    const moved = reindent(lines.text, lines.indent, indent);
    const remove = { range: lines.range, newText: '' };
    if (target.notApplicable) {
        const keyword = GrammarUtils.findNodeForKeyword(target.$cstNode, NOT_APPLICABLE_KEYWORD);
        if (!keyword) {
            return [];
        }
        const closingIndent = indent.slice(2);
        const block = { range: keyword.range, newText: `{\n${moved}${closingIndent}}` };
        return [context.action(FixTexts.moveIndicator(target.name), diagnostic, [remove, block], true)];
    }
    if (!openingBrace(target)) {
        return [];
    }
    return [context.action(FixTexts.moveIndicator(target.name), diagnostic, [remove, insertBeforeClosingBrace(context.text, target, moved)], true)];
};

export const fixDeadlineYear: Fix = (context, diagnostic) => {
    const deadline = context.nodeAt(diagnostic, isDeadline);
    const { year } = diagnosticData(diagnostic);
    if (!deadline || typeof deadline.deadline !== 'string' || typeof year !== 'string' || !/^\d{4}/.test(deadline.deadline)) {
        return [];
    }
    const corrected = year + deadline.deadline.slice(4);
    return [context.action(FixTexts.setDeadlineYear(corrected), diagnostic, [{ range: diagnostic.range, newText: corrected }], true)];
};
