/**
 * Quick fixes for a project and its place in the workspace: a 项目属性 the form does not allow
 * replaced by what it most likely meant, a 所属任务 that names no task replaced by the department's
 * task it most likely meant (did-you-mean), a project's year set to its department's.
 */
import { diagnosticData, stringsIn, type Fix } from './jixiao-fix-context.js';
import { FixTexts } from './jixiao-lsp-messages.js';

export const fixAttributeInvalid: Fix = (context, diagnostic) =>
    stringsIn(diagnosticData(diagnostic).suggestions).map((attribute, index) =>
        context.action(FixTexts.setAttribute(attribute), diagnostic, [{ range: diagnostic.range, newText: attribute }], index === 0));

export const fixTaskUnknown: Fix = (context, diagnostic) =>
    stringsIn(diagnosticData(diagnostic).suggestions).map((task, index) =>
        context.action(FixTexts.setTask(task), diagnostic, [{ range: diagnostic.range, newText: quoted(task) }], index === 0));

export const fixYearMismatch: Fix = (context, diagnostic) => {
    const { year } = diagnosticData(diagnostic);
    return typeof year === 'string' && /^\d{4}$/.test(year)
        ? [context.action(FixTexts.setYear(year), diagnostic, [{ range: diagnostic.range, newText: year }], true)]
        : [];
};

/** As the STRING terminal reads it back: backslash and quote escaped. */
function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
