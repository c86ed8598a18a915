/**
 * Parses and checks .jixiao text inside the extension host, without the language server: export
 * needs the AST for the form and the error count before it writes, the preview and the status bar
 * need the AST on every (debounced) edit. Uses the same Langium services as the server and the
 * CLI, so what it counts is what the squiggles show. No `vscode` import: specs run it in vitest.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createJixiaoServices, type JixiaoDocument, type JixiaoSettingsValues } from 'jixiao-language';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface CheckedDeclaration {
    /** The document, of whichever kind (text that is no document at all parses as an empty one). */
    declaration: JixiaoDocument;
    /** Empty when the text was only parsed (`validate: false`). */
    diagnostics: Diagnostic[];
    errorCount: number;
    /** The parser had to skip or invent tokens: the AST may miss parts the user wrote. */
    hasSyntaxErrors: boolean;
}

/** LSP DiagnosticSeverity.Error. */
const ERROR = 1;

export class DeclarationChecker {
    private readonly services = createJixiaoServices(EmptyFileSystem);
    /** Langium's builder is shared state: checks run one after another, never interleaved. */
    private queue: Promise<unknown> = Promise.resolve();
    private counter = 0;

    /** Applies the user's settings (severities, grades, threshold, profile, locale). */
    updateSettings(values: Partial<Record<keyof JixiaoSettingsValues, unknown>>): void {
        this.services.Jixiao.settings.JixiaoSettings.update(values);
    }

    check(text: string, options: { validate: boolean }): Promise<CheckedDeclaration> {
        const run = () => this.checkNow(text, options.validate);
        const result = this.queue.then(run, run);
        this.queue = result.catch(() => undefined);
        return result;
    }

    private async checkNow(text: string, validate: boolean): Promise<CheckedDeclaration> {
        const { workspace } = this.services.shared;
        // A fresh URI per check: nothing of an earlier check can leak into this one.
        const uri = URI.parse(`jixiao-check:/check-${++this.counter}.jixiao`);
        const document: LangiumDocument<JixiaoDocument> = workspace.LangiumDocumentFactory.fromString<JixiaoDocument>(text, uri);
        workspace.LangiumDocuments.addDocument(document);
        try {
            await workspace.DocumentBuilder.build([document], { validation: validate });
            const diagnostics = document.diagnostics ?? [];
            const { lexerErrors, parserErrors } = document.parseResult;
            return {
                declaration: document.parseResult.value,
                diagnostics,
                errorCount: diagnostics.filter(diagnostic => diagnostic.severity === ERROR).length,
                hasSyntaxErrors: lexerErrors.length > 0 || parserErrors.length > 0
            };
        } finally {
            workspace.LangiumDocuments.deleteDocument(uri);
            workspace.IndexManager.remove(uri);
        }
    }
}
