/**
 * Answers the custom requests of jixiao-protocol.ts from the server's own documents: the form
 * model of the text as last checked, so that export, preview and the status bar show exactly what
 * the squiggles are about.
 */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { buildOfficialForm, toWire } from 'jixiao-form/model';
import { isJixiaoDocument } from 'jixiao-language';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import { FORM_MODEL_REQUEST, type FormModelParams, type FormModelResult } from './jixiao-protocol.js';

export function registerJixiaoRequests(connection: Connection, shared: LangiumSharedServices): void {
    connection.onRequest(FORM_MODEL_REQUEST, async (params: FormModelParams, token): Promise<FormModelResult> => {
        const uri = URI.parse(params.uri);
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) {
            return { uri: params.uri, errors: 0, warnings: 0, hasSyntaxErrors: false };
        }
        return formModelOf(document, params.uri);
    });
}

/** The answer to `jixiao/formModel` for a checked document. */
export function formModelOf(document: LangiumDocument, uri: string = document.uri.toString()): FormModelResult {
    const diagnostics = document.diagnostics ?? [];
    const { value, lexerErrors, parserErrors } = document.parseResult;
    return {
        uri,
        version: document.textDocument.version,
        model: isJixiaoDocument(value) ? toWire(buildOfficialForm(value)) : undefined,
        errors: diagnostics.filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Error).length,
        warnings: diagnostics.filter(diagnostic => diagnostic.severity === DiagnosticSeverity.Warning).length,
        hasSyntaxErrors: lexerErrors.length > 0 || parserErrors.length > 0
    };
}
