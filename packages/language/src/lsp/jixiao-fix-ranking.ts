/**
 * Where several fixes repair one diagnostic, the preferred one is the one after which the document
 * has the fewest errors (DESIGN §5). A task whose 总额 disagrees with 财政拨款 + 其他资金 can be
 * repaired either way; only one of them also agrees with 金额合计, and that one is preferred.
 *
 * Each candidate's result is parsed, linked and validated as a scratch document (not added to the
 * workspace), so the count is the checker's own. Ties keep the order the fix gives.
 */
import { DocumentState, TextDocument, URI, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import type { JixiaoServices } from '../jixiao-module.js';

let scratchCounter = 0;

/** Marks, for each diagnostic with two or more fixes, the one leaving the fewest errors as preferred. */
export async function preferFewestErrors(services: JixiaoServices, document: LangiumDocument, actions: CodeAction[]): Promise<void> {
    const byDiagnostic = new Map<Diagnostic, CodeAction[]>();
    for (const action of actions) {
        const diagnostic = action.diagnostics?.[0];
        if (diagnostic && action.kind === 'quickfix') {
            byDiagnostic.set(diagnostic, [...byDiagnostic.get(diagnostic) ?? [], action]);
        }
    }
    for (const candidates of byDiagnostic.values()) {
        if (candidates.length < 2) {
            continue;
        }
        const counts: number[] = [];
        for (const action of candidates) {
            counts.push(await errorsAfter(services, document, action.edit?.changes?.[document.textDocument.uri] ?? []));
        }
        const fewest = Math.min(...counts);
        const already = candidates.findIndex((action, index) => action.isPreferred && counts[index] === fewest);
        const chosen = already >= 0 ? already : counts.indexOf(fewest);
        candidates.forEach((action, index) => { action.isPreferred = index === chosen || undefined; });
    }
}

/** The number of errors in the document after the edits. */
export async function errorsAfter(services: JixiaoServices, document: LangiumDocument, edits: TextEdit[]): Promise<number> {
    const text = TextDocument.applyEdits(document.textDocument, edits);
    const uri = URI.parse(`jixiao-scratch:///fix-${++scratchCounter}.jixiao`);
    const scratch = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    scratch.localSymbols = await services.references.ScopeComputation.collectLocalSymbols(scratch);
    scratch.state = DocumentState.ComputedScopes;
    await services.references.Linker.link(scratch);
    scratch.state = DocumentState.Linked;
    const diagnostics = await services.validation.DocumentValidator.validateDocument(scratch);
    return diagnostics.filter(diagnostic => diagnostic.severity === 1).length;
}
