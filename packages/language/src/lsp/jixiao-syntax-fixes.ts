/**
 * Quick fixes for syntax errors that know their repair: a missing closing quote (the lexer says
 * where it belongs, see jixiao-lexer.ts) and a word that is no field of its block (see
 * validation/jixiao-field-validator.ts): the field it resembles, a unit removed from an amount,
 * the 对应 a goal name was written without.
 */
import { isUnknownField } from '../generated/ast.js';
import { diagnosticData, stringsIn, type Fix } from './jixiao-fix-context.js';
import { FixTexts } from './jixiao-lsp-messages.js';
import { canonicalString } from '../jixiao-strings.js';

export const fixSyntax: Fix = (context, diagnostic) => {
    const data = diagnosticData(diagnostic);
    const repair = data.repair as { offset?: unknown; text?: unknown; quoteFrom?: unknown; quoteTo?: unknown } | undefined;
    if (repair && typeof repair.offset === 'number' && typeof repair.text === 'string') {
        const at = context.text.positionAt(repair.offset);
        return [context.action(FixTexts.addClosingQuote(repair.text), diagnostic, [{ range: { start: at, end: at }, newText: repair.text }], true)];
    }
    if (repair && typeof repair.quoteFrom === 'number' && typeof repair.quoteTo === 'number' && repair.quoteTo > repair.quoteFrom) {
        const range = { start: context.text.positionAt(repair.quoteFrom), end: context.text.positionAt(repair.quoteTo) };
        const quoted = canonicalString(context.text.getText(range));
        return [context.action(FixTexts.addQuotes(quoted), diagnostic, [{ range, newText: quoted }], true)];
    }
    const field = context.nodeAt(diagnostic, isUnknownField);
    if (!field?.$cstNode || typeof field.name !== 'string') {
        return [];
    }
    switch (data.kind) {
        case 'misspelt':
            return stringsIn(data.suggestions).map((suggestion, index) =>
                context.action(FixTexts.rename(suggestion), diagnostic, [{ range: diagnostic.range, newText: suggestion }], index === 0));
        case 'unit-after-amount': {
            // `0.00元` or `0.00 元`: the unit goes with the spaces before it.
            const start = context.text.offsetAt(diagnostic.range.start);
            const before = context.text.getText().slice(0, start);
            const spaces = before.length - before.trimEnd().length;
            const range = { start: context.text.positionAt(start - spaces), end: diagnostic.range.end };
            return [context.action(FixTexts.removeWord(field.name), diagnostic, [{ range, newText: '' }], true)];
        }
        case 'goal-without-link':
            return [context.action(FixTexts.insertLink(field.name), diagnostic, [{ range: { start: diagnostic.range.start, end: diagnostic.range.start }, newText: '对应 ' }], true)];
        default:
            return [];
    }
};
