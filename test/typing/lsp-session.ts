/**
 * The language server as an editor drives it, in this process: the Jixiao services behind a real
 * LSP connection (JSON-RPC over in-memory streams), and a client that opens, edits and saves one
 * document and reads what the server publishes. Edits are sequential: each waits for the
 * diagnostics of its own version.
 */
import { PassThrough } from 'node:stream';
import { EmptyFileSystem, TextDocument } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { createConnection } from 'vscode-languageserver/node.js';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type {
    CodeAction, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, InitializeResult, Position, Range, TextDocumentContentChangeEvent, TextEdit
} from 'vscode-languageserver-protocol';
import { createJixiaoServices } from 'jixiao-language';

export interface LspSession {
    readonly initializeResult: InitializeResult;
    readonly uri: string;
    /** The client's copy of the document. */
    text(): string;
    open(text: string): Promise<Diagnostic[]>;
    /** Applies the changes to the client's copy, sends them, and waits for the new diagnostics. */
    change(changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]>;
    /** Replaces the range [start, end) of the text (offsets) with `text`. */
    edit(start: number, end: number, text: string): Promise<Diagnostic[]>;
    save(): Promise<Diagnostic[]>;
    completion(position: Position): Promise<CompletionItem[]>;
    codeActions(range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>;
    format(options?: { tabSize: number; insertSpaces: boolean }): Promise<TextEdit[]>;
    symbols(): Promise<DocumentSymbol[]>;
    /** Every publishDiagnostics the server sent, oldest first. */
    readonly published: Array<{ uri: string; diagnostics: Diagnostic[] }>;
    close(): Promise<void>;
}

/**
 * `typingPauseMs`: after this pause the server shows what it held back while the user typed. Off
 * (0) unless a spec is about the pause: a session's edits wait for their own diagnostics, and a
 * publish after a pause would answer the wait of the next edit when the machine is slow.
 */
export async function startSession(uri = 'file:///work/申报表.jixiao', { typingPauseMs = 0 } = {}): Promise<LspSession> {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    const { shared } = createJixiaoServices({ connection: serverConnection, ...EmptyFileSystem });
    shared.workspace.TypingState.pauseMs = typingPauseMs;
    startLanguageServer(shared);

    const client: MessageConnection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    const published: Array<{ uri: string; diagnostics: Diagnostic[] }> = [];
    let waiting: Array<(diagnostics: Diagnostic[]) => void> = [];
    client.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
        if (process.env.LSP_DEBUG) { console.log('published', params.uri, params.diagnostics.length); }
        published.push(params);
        if (params.uri === uri) {
            const resolve = waiting.shift();
            resolve?.(params.diagnostics);
        }
    });
    let configured: () => void = () => undefined;
    const configurationAsked = new Promise<void>(resolve => { configured = resolve; });
    client.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
        setTimeout(configured, 0);
        return params.items.map(() => null);
    });
    client.onRequest('client/registerCapability', () => null);
    client.onRequest('window/workDoneProgress/create', () => null);
    client.listen();
    const initializeResult: InitializeResult = await client.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        workspaceFolders: null,
        capabilities: {
            textDocument: { synchronization: { didSave: true }, publishDiagnostics: {} },
            workspace: { configuration: true }
        }
    });
    await client.sendNotification('initialized', {});
    // The server asks for the settings once initialized; closing before it has the answer would reject that request.
    await configurationAsked;

    let document = TextDocument.create(uri, 'jixiao', 0, '');
    const nextDiagnostics = () => new Promise<Diagnostic[]>(resolve => waiting.push(resolve));

    const session: LspSession = {
        initializeResult,
        uri,
        published,
        text: () => document.getText(),
        async open(text) {
            document = TextDocument.create(uri, 'jixiao', 1, text);
            const arrived = nextDiagnostics();
            await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'jixiao', version: 1, text } });
            return arrived;
        },
        async change(changes) {
            document = TextDocument.update(document, changes, document.version + 1);
            const arrived = nextDiagnostics();
            await client.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: changes });
            return arrived;
        },
        edit(start, end, text) {
            return session.change([{ range: { start: document.positionAt(start), end: document.positionAt(end) }, text }]);
        },
        async save() {
            const arrived = nextDiagnostics();
            await client.sendNotification('textDocument/didSave', { textDocument: { uri, version: document.version } });
            return arrived;
        },
        async completion(position) {
            const result: CompletionList | CompletionItem[] | null = await client.sendRequest('textDocument/completion', { textDocument: { uri }, position });
            return Array.isArray(result) ? result : result?.items ?? [];
        },
        async codeActions(range, diagnostics, only) {
            return await client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only } }) ?? [];
        },
        async format(options = { tabSize: 2, insertSpaces: true }) {
            return await client.sendRequest('textDocument/formatting', { textDocument: { uri }, options }) ?? [];
        },
        async symbols() {
            return await client.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) ?? [];
        },
        async close() {
            waiting = [];
            await client.sendRequest('shutdown').catch(() => undefined);
            client.dispose();
            serverConnection.dispose();
            toServer.destroy();
            toClient.destroy();
        }
    };
    return session;
}

/** `line:col code` of each diagnostic, 1-based, for readable assertions. */
export function describeDiagnostics(text: string, diagnostics: Diagnostic[]): string[] {
    const document = TextDocument.create('file:///x', 'jixiao', 0, text);
    return diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${document.getText(d.range)}`);
}
