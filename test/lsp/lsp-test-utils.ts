/**
 * Helpers for editor-feature specs: a document with a cursor marker `<|>`, and each feature asked
 * at that cursor the way an editor asks over LSP.
 */
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'langium';
import type { CodeAction, CompletionItem, Diagnostic, InlayHint, TextEdit } from 'vscode-languageserver';
import type { JixiaoServices } from 'jixiao-language';
import { createTestServices, parseDocument } from '../language/jixiao-test-utils.js';

export const CURSOR = '<|>';

export { createTestServices, parseDocument };

/** The text without its cursor marker, and where the marker was. */
export function withCursor(marked: string): { text: string; offset: number } {
    const offset = marked.indexOf(CURSOR);
    if (offset < 0) {
        throw new Error(`no ${CURSOR} in the document`);
    }
    return { text: marked.slice(0, offset) + marked.slice(offset + CURSOR.length), offset };
}

export async function openAt(services: JixiaoServices, marked: string): Promise<{ document: LangiumDocument; uri: string; position: ReturnType<TextDocument['positionAt']> }> {
    const { text, offset } = withCursor(marked);
    const document = await parseDocument(text, services);
    return { document, uri: document.uri.toString(), position: document.textDocument.positionAt(offset) };
}

export async function completionAt(services: JixiaoServices, marked: string): Promise<CompletionItem[]> {
    const { document, uri, position } = await openAt(services, marked);
    const list = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri }, position });
    return list?.items ?? [];
}

export async function completionLabels(services: JixiaoServices, marked: string): Promise<string[]> {
    return (await completionAt(services, marked)).map(item => item.label);
}

/** The hover's markdown, or undefined when there is none. */
export async function hoverAt(services: JixiaoServices, marked: string): Promise<string | undefined> {
    const { document, uri, position } = await openAt(services, marked);
    const hover = await services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri }, position });
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
}

/** The quick fixes offered for the diagnostics with this code, with the document each one produces. */
export async function fixesFor(services: JixiaoServices, text: string, code: string): Promise<Array<{ title: string; preferred: boolean; result: string }>> {
    const document = await parseDocument(text, services);
    const diagnostics = (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
    if (diagnostics.length === 0) {
        throw new Error(`no ${code} diagnostic; got ${(document.diagnostics ?? []).map(d => d.code).join(', ')}`);
    }
    return fixesForDiagnostics(services, document, diagnostics);
}

export async function fixesForDiagnostics(services: JixiaoServices, document: LangiumDocument, diagnostics: Diagnostic[]): Promise<Array<{ title: string; preferred: boolean; result: string }>> {
    const uri = document.uri.toString();
    const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri },
        range: diagnostics[0].range,
        context: { diagnostics }
    }) ?? [];
    return (actions as CodeAction[]).map(action => ({
        title: action.title,
        preferred: action.isPreferred === true,
        result: TextDocument.applyEdits(document.textDocument, action.edit?.changes?.[uri] ?? [])
    }));
}

/** The result of the one fix with this title. */
export async function applyFix(services: JixiaoServices, text: string, code: string, title: string): Promise<string> {
    const fixes = await fixesFor(services, text, code);
    const fix = fixes.find(candidate => candidate.title === title);
    if (!fix) {
        throw new Error(`no fix “${title}” for ${code}; offered: ${fixes.map(f => f.title).join(' | ')}`);
    }
    return fix.result;
}

export async function formatEdits(services: JixiaoServices, text: string): Promise<TextEdit[]> {
    const document = await parseDocument(text, services);
    return services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
}

export async function format(services: JixiaoServices, text: string): Promise<string> {
    const document = await parseDocument(text, services);
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Inlay hints as `line:character label`, 1-based like an editor shows them. */
export async function inlayHints(services: JixiaoServices, text: string): Promise<string[]> {
    const document = await parseDocument(text, services);
    const hints: InlayHint[] = await services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
    }) ?? [];
    return hints.map(hint => `${hint.position.line + 1}:${hint.position.character + 1} ${typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join('')}`);
}

/** A declaration's lines joined, so that specs can write a document as an array of lines. */
export function lines(...content: string[]): string {
    return content.join('\n') + '\n';
}
