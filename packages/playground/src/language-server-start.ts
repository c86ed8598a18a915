/**
 * assets/language-server.js, the first script of the page: starts the language server's worker
 * (bundled into this script as text, run from a Blob URL, which works from file://) with
 * `initialize`, `initialized` and the opened document as its first messages, so that the server
 * boots, parses and checks the document on another core while the main thread still parses and
 * evaluates Monaco. What the server sends meanwhile is kept until the page's client takes over
 * (`ServerStart.attach`): the first diagnostics are usually waiting for the editor, not the other
 * way round.
 *
 * Three hand-written JSON-RPC messages: no protocol library in this script, which the browser
 * must parse before anything else.
 */
import serverWorkerSource from 'inline-worker:server';
import type { ClientCapabilities, InitializeResult } from 'vscode-languageserver-protocol';
import { savedDocument, sharedDocument, type SharedDocument } from './document-store.js';
import { pageLocale } from './page-texts.js';

const DOCUMENT_URI = 'inmemory://playground/declaration.jixiao';

/** The document the page opens with, and where it came from. */
export interface OpeningDocument {
    text: string;
    /** The text came from a share link (not from this browser's storage or the seed). */
    fromShareLink: boolean;
    /** The share link was there but could not be read. */
    brokenShareLink: boolean;
    /** This browser's saved document when a share link replaced it (the page offers it back). */
    savedInstead?: string;
}

/** What this script hands the page script (`globalThis.jixiaoServerStart`). */
export interface ServerStart {
    worker: Worker;
    opening: OpeningDocument;
    /** The text and version the server was opened with (didOpen). */
    opened: { uri: string; text: string; version: number };
    /** The server's answer to `initialize`; rejected when the worker fails to start. */
    initialized: Promise<InitializeResult>;
    /** From now on every message of the server goes to `receive`, first those that came meanwhile. */
    attach(receive: (message: unknown) => void): void;
}

const CLIENT_CAPABILITIES: ClientCapabilities = {
    textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], labelDetailsSupport: true } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
            isPreferredSupport: true
        },
        formatting: {},
        rangeFormatting: {},
        onTypeFormatting: {},
        inlayHint: {},
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        foldingRange: {},
        rename: { prepareSupport: true },
        definition: { linkSupport: true },
        references: {},
        documentHighlight: {},
        semanticTokens: {
            requests: { full: true },
            tokenTypes: [], tokenModifiers: [], formats: ['relative']
        }
    },
    workspace: { applyEdit: true, workspaceEdit: { documentChanges: true } }
};

/** The id of the one request this script sends; the page's client numbers its own from 0. */
const INITIALIZE_ID = 'jixiao-start-initialize';

/** The share link's document, else the one saved in this browser, else the seed example. */
function openingDocument(shared: SharedDocument = sharedDocument(), saved: string | undefined = savedDocument()): OpeningDocument {
    if (shared.kind === 'text') {
        const savedInstead = saved !== undefined && saved.trim() !== '' && saved !== shared.text ? saved : undefined;
        return { text: shared.text, fromShareLink: true, brokenShareLink: false, savedInstead };
    }
    return { text: saved ?? JIXIAO_SEED, fromShareLink: false, brokenShareLink: shared.kind === 'broken' };
}

function startServer(): ServerStart {
    const locale = pageLocale();
    const opening = openingDocument();
    // A new Monaco model starts at version 1: the page's model and the server's copy agree.
    const opened = { uri: DOCUMENT_URI, text: opening.text, version: 1 };
    const firstMessages = [
        { jsonrpc: '2.0', id: INITIALIZE_ID, method: 'initialize', params: {
            processId: null, rootUri: null, workspaceFolders: null, capabilities: CLIENT_CAPABILITIES, locale, clientInfo: { name: 'Jixiao playground' }
        } },
        { jsonrpc: '2.0', method: 'initialized', params: {} },
        { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri: opened.uri, languageId: 'jixiao', version: opened.version, text: opened.text } } }
    ];
    // The first messages are part of the worker's script, delivered to the server as soon as it
    // listens: a message posted to a worker that is still starting is handed over by this thread
    // when the worker's script has run, and this thread is then busy with the page script, for a
    // second or more. All three at once, not `initialized` and didOpen after the answer as a
    // client usually waits, for the same reason: the server handles its messages one by one in
    // order, and its initialize handler does all its work before it returns (Langium's
    // eagerLoadServices and the onInitialize listeners run synchronously), so `initialized` and
    // didOpen find it initialized.
    const deliverFirstMessages = `\n;for (const data of ${JSON.stringify(firstMessages)}) self.dispatchEvent(new MessageEvent('message', { data }));`;
    const url = URL.createObjectURL(new Blob([serverWorkerSource, deliverFirstMessages], { type: 'text/javascript' }));
    const worker = new Worker(url, { name: 'jixiao-language-server' });
    // Marks for the benchmark's breakdown of the time to the first diagnostics (this thread's
    // times: an answer waits while the page script is evaluated).
    performance.mark('jixiao:worker-started');

    const waiting: unknown[] = [];
    let receive: ((message: unknown) => void) | undefined;
    let answered: (result: InitializeResult) => void;
    let failed: (error: Error) => void;
    const initialized = new Promise<InitializeResult>((resolve, reject) => {
        answered = resolve;
        failed = reject;
    });
    initialized.catch(() => undefined); // the page awaits it; not an unhandled rejection meanwhile

    worker.onmessage = (event: MessageEvent) => {
        const message = event.data as { id?: unknown; method?: string; result?: InitializeResult; error?: { message: string } };
        if (message.id === INITIALIZE_ID) {
            if (message.error) {
                failed(new Error(message.error.message));
                return;
            }
            performance.mark('jixiao:server-initialized');
            answered(message.result!);
            return;
        }
        if (message.method === 'textDocument/publishDiagnostics' && performance.getEntriesByName('jixiao:diagnostics-arrived').length === 0) {
            performance.mark('jixiao:diagnostics-arrived');
        }
        if (receive) {
            receive(message);
        } else {
            waiting.push(message);
        }
    };
    worker.addEventListener('error', event => failed(new Error(event.message || 'worker error')), { once: true });

    return {
        worker, opening, opened, initialized,
        attach(listener) {
            receive = listener;
            waiting.splice(0).forEach(message => listener(message));
        }
    };
}

(globalThis as { jixiaoServerStart?: ServerStart }).jixiaoServerStart = startServer();
