/**
 * Runs a text through the language services the way an editor does (build with validation, then
 * every LSP provider the services offer at a few positions) and returns what went wrong: an
 * exception, a diagnostic or edit outside the document, a message with a template hole.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Position, Range } from 'vscode-languageserver-types';
import { createJixiaoServices, type JixiaoServices } from 'jixiao-language';
import type { Random } from './fuzz-random.js';

export interface ServiceSet {
    shared: ReturnType<typeof createJixiaoServices>['shared'];
    Jixiao: JixiaoServices;
}

export function createServiceSet(): ServiceSet {
    return createJixiaoServices(EmptyFileSystem);
}

let serial = 0;

export async function exerciseServices(set: ServiceSet, text: string, random: Random, positions: number): Promise<string[]> {
    // Langium catches some exceptions itself (in linking, in validation) and logs them instead:
    // whatever reaches the console is a problem too.
    const logged: string[] = [];
    const consoleMethods = ['error', 'warn', 'log'] as const;
    const originals = consoleMethods.map(method => console[method]);
    consoleMethods.forEach(method => {
        console[method] = (...args: unknown[]) => { logged.push(`console.${method}: ${args.map(arg => String((arg as Error)?.stack ?? arg)).join(' ').split('\n').slice(0, 3).join(' | ')}`); };
    });
    try {
        const problems = await exercise(set, text, random, positions);
        return [...problems, ...logged.slice(0, 3)];
    } finally {
        consoleMethods.forEach((method, i) => { console[method] = originals[i]; });
    }
}

async function exercise(set: ServiceSet, text: string, random: Random, positions: number): Promise<string[]> {
    const problems: string[] = [];
    const lines = text.split(/\r\n|\r|\n/);
    const uri = URI.parse(`memory:///fuzz/document-${serial++}.jixiao`);
    let document: LangiumDocument | undefined;
    const attempt = async (what: string, action: () => unknown): Promise<unknown> => {
        try {
            return await action();
        } catch (error) {
            problems.push(`${what} threw: ${(error as Error)?.stack?.split('\n').slice(0, 4).join(' | ') ?? String(error)}`);
            return undefined;
        }
    };
    try {
        await attempt('build', async () => {
            document = set.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
            set.shared.workspace.LangiumDocuments.addDocument(document);
            await set.shared.workspace.DocumentBuilder.build([document], { validation: true });
        });
        if (!document) {
            return problems;
        }
        for (const diagnostic of document.diagnostics ?? []) {
            checkRange(`diagnostic ${diagnostic.code}`, diagnostic.range, lines, problems);
            if (typeof diagnostic.message !== 'string' || diagnostic.message.trim() === '' || /undefined|NaN|\[object /.test(diagnostic.message)) {
                problems.push(`diagnostic ${diagnostic.code} has a broken message: ${JSON.stringify(diagnostic.message)}`);
            }
            if (diagnostic.code === undefined) {
                problems.push(`diagnostic without a code: ${diagnostic.message}`);
            }
        }
        const lsp = set.Jixiao.lsp;
        const textDocument = { uri: uri.toString() };
        const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines.at(-1)!.length } };
        const doc = document;
        const results: Array<[string, unknown]> = [];
        const record = async (what: string, action: () => unknown) => results.push([what, await attempt(what, action)]);
        await record('documentSymbols', () => lsp.DocumentSymbolProvider?.getSymbols(doc, { textDocument }));
        await record('foldingRanges', () => lsp.FoldingRangeProvider?.getFoldingRanges(doc, { textDocument }));
        await record('formatting', () => lsp.Formatter?.formatDocument(doc, { textDocument, options: { tabSize: 2, insertSpaces: true } }));
        await record('codeActions', () => lsp.CodeActionProvider?.getCodeActions(doc, { textDocument, range: whole, context: { diagnostics: doc.diagnostics ?? [] } }));
        await record('inlayHints', () => lsp.InlayHintProvider?.getInlayHints(doc, { textDocument, range: whole }));
        await record('semanticTokens', () => lsp.SemanticTokenProvider?.semanticHighlight(doc, { textDocument }));
        await record('codeLens', () => lsp.CodeLensProvider?.provideCodeLens(doc, { textDocument }));
        for (let i = 0; i < positions; i++) {
            const position = randomPosition(lines, random);
            await record('completion', () => lsp.CompletionProvider?.getCompletion(doc, { textDocument, position }));
            await record('hover', () => lsp.HoverProvider?.getHoverContent(doc, { textDocument, position }));
            await record('definition', () => lsp.DefinitionProvider?.getDefinition(doc, { textDocument, position }));
            await record('references', () => lsp.ReferencesProvider?.findReferences(doc, { textDocument, position, context: { includeDeclaration: true } }));
            await record('highlight', () => lsp.DocumentHighlightProvider?.getDocumentHighlight(doc, { textDocument, position }));
            await record('rename', () => lsp.RenameProvider?.rename(doc, { textDocument, position, newName: '新目标' }));
            await record('signatureHelp', () => lsp.SignatureHelp?.provideSignatureHelp(doc, { textDocument, position }));
        }
        for (const [what, result] of results) {
            for (const range of rangesIn(result, uri.toString())) {
                checkRange(what, range, lines, problems);
            }
        }
    } finally {
        set.shared.workspace.LangiumDocuments.deleteDocument(uri);
        set.shared.workspace.IndexManager.remove(uri);
    }
    return problems;
}

function randomPosition(lines: readonly string[], random: Random): Position {
    const line = random.int(0, lines.length - 1);
    return { line, character: random.int(0, lines[line].length) };
}

/** Ranges in a provider's result that refer to this document (edits, symbols, locations…). */
function rangesIn(value: unknown, uri: string, found: Range[] = [], depth = 0): Range[] {
    if (!value || typeof value !== 'object' || depth > 12) {
        return found;
    }
    if (Array.isArray(value)) {
        value.forEach(item => rangesIn(item, uri, found, depth + 1));
        return found;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.uri === 'string' && record.uri !== uri) {
        return found;
    }
    for (const [key, item] of Object.entries(record)) {
        if ((key === 'range' || key === 'selectionRange' || key === 'targetSelectionRange') && isRange(item)) {
            found.push(item);
        } else if (key === 'changes' && item && typeof item === 'object' && !Array.isArray(item)) {
            // WorkspaceEdit.changes is keyed by uri.
            rangesIn((item as Record<string, unknown>)[uri], uri, found, depth + 1);
        } else {
            rangesIn(item, uri, found, depth + 1);
        }
    }
    return found;
}

function isRange(value: unknown): value is Range {
    const range = value as Range;
    return !!range && typeof range === 'object' && typeof range.start?.line === 'number' && typeof range.end?.character === 'number';
}

function checkRange(what: string, range: Range, lines: readonly string[], problems: string[]): void {
    const inside = (position: Position) => Number.isInteger(position.line) && Number.isInteger(position.character) &&
        position.line >= 0 && position.line < lines.length && position.character >= 0 && position.character <= lines[position.line].length;
    const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
    if (!inside(range.start) || !inside(range.end) || !ordered) {
        problems.push(`${what}: range ${JSON.stringify(range)} is outside the document (${lines.length} lines)`);
    }
}
