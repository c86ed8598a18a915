/**
 * Quick fixes for 结构 diagnostics: a missing category added as `X 不适用` (or a missing 一级 as a
 * block of 不适用 二级) where the catalogue puts it, a misplaced category moved into its parent,
 * a misspelt category renamed, an empty category marked 不适用.
 */
import { AstUtils, GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { isCategory, type Category, type IndicatorSection } from '../generated/ast.js';
import { categoryDepth } from '../jixiao-ast-utils.js';
import { DEPARTMENT_DECLARATION, NOT_APPLICABLE_KEYWORD, sectionKeyword } from '../domain/grammar-facts.js';
import { canonicalCategoryName, findFirstLevel, type CategoryProfile } from '../domain/catalogue.js';
import { diagnosticData, stringsIn, type Fix, type FixContext } from './jixiao-fix-context.js';
import { FixTexts } from './jixiao-lsp-messages.js';
import {
    childIndent, closingBrace, INDENT, indentedLines, indentOfLine, insertBeforeClosingBrace, insertBeforeLineOf,
    nodeLines, openingBrace, reindent
} from './jixiao-text-edits.js';

export const fixCategoryMissing: Fix = (context, diagnostic) => {
    const { category, parent } = diagnosticData(diagnostic);
    const declaration = context.declaration;
    if (typeof category !== 'string' || !declaration) {
        return [];
    }
    const profile = context.profile;
    const section = declaration.indicators;
    if (typeof parent === 'string') {
        const parentNode = section?.categories.find(first => sameCategory(profile, first, parent));
        const first = findFirstLevel(profile, parent);
        if (!parentNode || !first || parentNode.notApplicable) {
            return [];
        }
        const edit = insertInCatalogueOrder(context, parentNode, first.children.map(child => child.name), category, [`${category} ${NOT_APPLICABLE_KEYWORD}`]);
        return [context.action(FixTexts.addNotApplicable(category), diagnostic, [edit], true)];
    }
    const first = findFirstLevel(profile, category);
    if (!first) {
        return [];
    }
    const block = [`${category} {`, ...first.children.filter(child => !child.optional).map(child => `${INDENT}${child.name} ${NOT_APPLICABLE_KEYWORD}`), '}'];
    const single = [`${category} ${NOT_APPLICABLE_KEYWORD}`];
    const order = profile.firstLevels.map(level => level.name);
    const insert = (lines: string[]): TextEdit | undefined => {
        if (section) {
            return insertInCatalogueOrder(context, section, order, category, lines);
        }
        // No 年度绩效指标 yet: the section is added at the end of the declaration.
        const sectionLines = [`${sectionKeyword(DEPARTMENT_DECLARATION, 'indicators')} {`, ...lines.map(line => INDENT + line), '}'];
        return insertBeforeClosingBrace(context.text, declaration, indentedLines(sectionLines, childIndent(context.text, declaration)));
    };
    return [
        context.action(FixTexts.addFirstLevelBlock(category), diagnostic, [insert(block)], true),
        context.action(FixTexts.addNotApplicable(category), diagnostic, [insert(single)])
    ];
};

export const fixMisplacedCategory: Fix = (context, diagnostic) => {
    const category = context.nodeAt(diagnostic, isCategory);
    const section = category && AstUtils.getContainerOfType(category, (node): node is IndicatorSection => node.$type === 'IndicatorSection');
    const lines = category && nodeLines(context.text, category);
    if (!category || !section || !lines || typeof category.name !== 'string') {
        return [];
    }
    const profile = context.profile;
    const remove: TextEdit = { range: lines.range, newText: '' };
    const { expectedParent } = diagnosticData(diagnostic);
    if (typeof expectedParent === 'string') {
        const first = findFirstLevel(profile, expectedParent);
        if (!first) {
            return [];
        }
        const target = section.categories.find(candidate => candidate !== category && sameCategory(profile, candidate, expectedParent));
        const title = FixTexts.moveCategory(category.name, first.name);
        const siblingsOrder = first.children.map(child => child.name);
        if (target && openingBrace(target)) {
            const moved = reindent(lines.text, lines.indent, childIndent(context.text, target));
            return [context.action(title, diagnostic, [remove, insertInCatalogueOrder(context, target, siblingsOrder, category.name, moved)], true)];
        }
        if (target) {
            // `效益指标 不适用` becomes a block holding the moved category.
            const keyword = GrammarUtils.findNodeForKeyword(target.$cstNode, NOT_APPLICABLE_KEYWORD);
            const indent = childIndent(context.text, target);
            const moved = reindent(lines.text, lines.indent, indent);
            return keyword ? [context.action(title, diagnostic, [remove, { range: keyword.range, newText: `{\n${moved}${indent.slice(INDENT.length)}}` }], true)] : [];
        }
        // The parent is not written yet: add it, holding the category, where the catalogue puts it.
        const moved = reindent(lines.text, lines.indent, INDENT);
        const block = `${first.name} {\n${moved}}\n`;
        return [context.action(title, diagnostic, [remove, insertInCatalogueOrder(context, section, profile.firstLevels.map(level => level.name), first.name, block)], true)];
    }
    // A 一级 nested in another 一级 goes back to the top level.
    if (categoryDepth(category) === 2 && findFirstLevel(profile, category.name)) {
        const moved = reindent(lines.text, lines.indent, childIndent(context.text, section));
        const edit = insertInCatalogueOrder(context, section, profile.firstLevels.map(level => level.name), category.name, moved);
        return [context.action(FixTexts.moveToTop(category.name), diagnostic, [remove, edit], true)];
    }
    return [];
};

export const fixUnknownCategory: Fix = (context, diagnostic) =>
    stringsIn(diagnosticData(diagnostic).suggestions).map((name, index) =>
        context.action(FixTexts.rename(name), diagnostic, [{ range: diagnostic.range, newText: name }], index === 0));

/** `经济效益指标 { }` becomes `经济效益指标 不适用`, unless a comment sits between the braces. */
export const fixCategoryEmpty: Fix = (context, diagnostic) => {
    const category = context.nodeAt(diagnostic, isCategory);
    const open = category && openingBrace(category);
    const close = category && closingBrace(category);
    if (!category || !open || !close || typeof category.name !== 'string') {
        return [];
    }
    const inside = context.text.getText({ start: open.range.end, end: close.range.start });
    if (inside.trim() !== '') {
        return [];
    }
    return [context.action(FixTexts.markNotApplicable(category.name), diagnostic, [{ range: { start: open.range.start, end: close.range.end }, newText: NOT_APPLICABLE_KEYWORD }], true)];
};

function sameCategory(profile: CategoryProfile, category: Category, name: string): boolean {
    return typeof category.name === 'string' && canonicalCategoryName(profile, category.name) === name;
}

/**
 * Inserts lines for the category `name` into a block (a 一级 category or 年度绩效指标): before the
 * first category written there that the catalogue puts after it, else at the end of the block.
 * `lines` are either unindented lines or text already indented for the block's children.
 */
function insertInCatalogueOrder(context: FixContext, container: Category | IndicatorSection, order: readonly string[], name: string, lines: string[] | string): TextEdit | undefined {
    const profile = context.profile;
    const rank = order.indexOf(name);
    const next = container.categories.find(sibling =>
        typeof sibling.name === 'string' && order.indexOf(canonicalCategoryName(profile, sibling.name)) > rank && nodeLines(context.text, sibling));
    const indent = next ? indentOfLine(context.text, next.$cstNode!.range.start.line) : childIndent(context.text, container);
    const text = typeof lines === 'string' ? reindent(lines, /^[ \t]*/.exec(lines)![0], indent) : indentedLines(lines, indent);
    return next ? insertBeforeLineOf(next, text) : insertBeforeClosingBrace(context.text, container, text);
}
