/**
 * A small LSP client joining Monaco to the Jixiao language server in a Web Worker. Monaco's own
 * extension points (markers and one provider per feature) take what the server answers, converted
 * by monaco-languageserver-types; a provider is registered for every capability the server
 * announces, so each LSP feature the server has reaches the page: diagnostics, completion (with
 * the pinyin filter text), hover, quick fixes, formatting, inlay sums, outline, folding, semantic
 * tokens, rename, definitions, references and highlights. It is much lighter than a VS Code API
 * emulation and needs nothing but postMessage, so the page opens from file://.
 */
import type * as monaco from 'monaco-editor';
import {
    fromCodeActionContext, fromCompletionContext, fromFormattingOptions, fromPosition, fromRange, toCodeAction, toCompletionItem, toDocumentHighlight,
    toDocumentSymbol, toFoldingRange, toHover, toInlayHint, toLocation, toMarkerData, toRange, toSemanticTokens, toTextEdit,
    toWorkspaceEdit
} from 'monaco-languageserver-types';
import {
    AbstractMessageReader, BrowserMessageWriter, createProtocolConnection, DidChangeTextDocumentNotification, Emitter,
    PublishDiagnosticsNotification, RegistrationRequest, TextDocumentSyncKind,
    type CodeAction, type CodeActionContext, type Command, type CompletionItem, type CompletionList, type DataCallback, type Diagnostic,
    type Disposable, type DocumentSymbol, type Hover, type InlayHint, type Location, type LocationLink, type Message, type MessageReader,
    type ProtocolConnection, type Range as LspRange, type SemanticTokens, type ServerCapabilities, type TextEdit, type WorkspaceEdit
} from 'vscode-languageserver-protocol/browser.js';
import type { ServerStart } from './language-server-start.js';

type Monaco = typeof monaco;

export const MARKER_OWNER = 'jixiao';

/** The server's messages as language-server.js passes them on: first those that came before the page script. */
class ServerStartReader extends AbstractMessageReader implements MessageReader {
    private readonly data = new Emitter<Message>();
    private attached = false;

    constructor(private readonly start: ServerStart) {
        super();
        start.worker.addEventListener('error', event => this.fireError(event));
    }

    listen(callback: DataCallback): Disposable {
        const subscription = this.data.event(callback);
        if (!this.attached) {
            this.attached = true;
            this.start.attach(message => this.data.fire(message as Message));
        }
        return subscription;
    }
}

/** One document, one worker: the page's editor model and the server that checks it. */
export class JixiaoLanguageClient {
    private readonly connection: ProtocolConnection;
    private capabilities: ServerCapabilities = {};
    private readonly diagnosticListeners: Array<(diagnostics: Diagnostic[]) => void> = [];
    /** The diagnostics as published: quick fixes need their `data`, which Monaco's markers drop. */
    private readonly published = new Map<string, Diagnostic[]>();

    private constructor(private readonly monaco: Monaco, private readonly start: ServerStart) {
        this.connection = createProtocolConnection(new ServerStartReader(start), new BrowserMessageWriter(start.worker));
    }

    /**
     * Takes over the server language-server.js started (initialized, the opened document sent) once
     * it has answered `initialize`. Nothing the server sent is handled before `listen()`: the page
     * subscribes to the diagnostics first, then the first ones (often already waiting) are shown.
     */
    static async connect(monaco: Monaco, start: ServerStart): Promise<JixiaoLanguageClient> {
        const result = await start.initialized;
        const client = new JixiaoLanguageClient(monaco, start);
        client.capabilities = result.capabilities;
        client.handleServerMessages();
        return client;
    }

    private handleServerMessages(): void {
        const connection = this.connection;
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
            this.applyWorkspaceEdit(params.edit);
            return { applied: true };
        });
        connection.onNotification('window/logMessage', (params: { message: string }) => console.debug('jixiao:', params.message));
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.published.set(params.uri, params.diagnostics);
            const model = this.monaco.editor.getModel(this.monaco.Uri.parse(params.uri));
            if (model) {
                this.monaco.editor.setModelMarkers(model, MARKER_OWNER, params.diagnostics.map(toMarkerData));
            }
            this.diagnosticListeners.forEach(listener => listener(params.diagnostics));
        });
    }

    /** Handles the server's messages from now on, first those that came meanwhile. */
    listen(): void {
        this.connection.listen();
    }

    /** Called after each set of diagnostics the server publishes (the markers are set first). */
    onDiagnostics(listener: (diagnostics: Diagnostic[]) => void): void {
        this.diagnosticListeners.push(listener);
    }

    /** A custom request of jixiao-protocol.ts. */
    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    /**
     * Keeps the server's copy of `model` in step with every edit. The server was opened with the
     * text language-server.js read; if the model differs (typed into before the server answered,
     * or its line ends normalized), the server gets the model's text first.
     */
    syncDocument(model: monaco.editor.ITextModel): void {
        const uri = this.start.opened.uri;
        const opened = this.start.opened;
        if (model.getVersionId() !== opened.version || model.getValue() !== opened.text) {
            void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: model.getVersionId() }, contentChanges: [{ text: model.getValue() }]
            });
        }
        const sync = this.capabilities.textDocumentSync;
        const kind = typeof sync === 'number' ? sync : sync?.change ?? TextDocumentSyncKind.Full;
        model.onDidChangeContent(event => {
            const contentChanges = kind === TextDocumentSyncKind.Incremental
                ? event.changes.map(change => ({ range: fromRange(change.range), rangeLength: change.rangeLength, text: change.text }))
                : [{ text: model.getValue() }];
            void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
                textDocument: { uri, version: model.getVersionId() }, contentChanges
            });
        });
    }

    /** Registers a Monaco provider for each feature the server offers; `cannotRename` is said where nothing can be renamed. */
    registerProviders(languageId: string, cannotRename: string): void {
        const { languages } = this.monaco;
        const capabilities = this.capabilities;
        const textDocument = (model: monaco.editor.ITextModel) => ({ uri: model.uri.toString() });
        const at = (model: monaco.editor.ITextModel, position: monaco.Position) => ({ textDocument: textDocument(model), position: fromPosition(position) });
        const send = <R>(method: string, params: unknown, token: monaco.CancellationToken): Promise<R | null> =>
            token.isCancellationRequested ? Promise.resolve(null) : this.connection.sendRequest(method, params) as Promise<R | null>;

        if (capabilities.completionProvider) {
            const provider = capabilities.completionProvider;
            languages.registerCompletionItemProvider(languageId, {
                triggerCharacters: provider.triggerCharacters,
                provideCompletionItems: async (model, position, context, token) => {
                    const result = await send<CompletionItem[] | CompletionList>('textDocument/completion', {
                        ...at(model, position), context: fromCompletionContext(context)
                    }, token);
                    if (!result) {
                        return { suggestions: [] };
                    }
                    const word = model.getWordUntilPosition(position);
                    const range = new this.monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
                    const items = Array.isArray(result) ? result : result.items;
                    const itemDefaults = Array.isArray(result) ? undefined : result.itemDefaults;
                    return {
                        incomplete: !Array.isArray(result) && result.isIncomplete,
                        suggestions: items.map(item => toCompletionItem(item, { range, itemDefaults }))
                    };
                }
            });
        }
        if (capabilities.hoverProvider) {
            languages.registerHoverProvider(languageId, {
                provideHover: async (model, position, token) => {
                    const hover = await send<Hover>('textDocument/hover', at(model, position), token);
                    return hover ? toHover(hover) : null;
                }
            });
        }
        if (capabilities.codeActionProvider) {
            languages.registerCodeActionProvider(languageId, {
                provideCodeActions: async (model, range, context, token) => {
                    const actions = await send<Array<CodeAction | Command>>('textDocument/codeAction', {
                        textDocument: textDocument(model), range: fromRange(range), context: this.codeActionContext(model, context)
                    }, token);
                    return {
                        // A bare Command (its `command` a string) becomes an action that runs it.
                        actions: (actions ?? []).map(action => toCodeAction(typeof action.command === 'string'
                            ? { title: action.title, command: action as Command }
                            : action as CodeAction)),
                        dispose: () => undefined
                    };
                }
            });
        }
        if (capabilities.documentFormattingProvider) {
            languages.registerDocumentFormattingEditProvider(languageId, {
                provideDocumentFormattingEdits: async (model, options, token) => {
                    const edits = await send<TextEdit[]>('textDocument/formatting', { textDocument: textDocument(model), options: fromFormattingOptions(options) }, token);
                    return (edits ?? []).map(toTextEdit);
                }
            });
        }
        if (capabilities.documentRangeFormattingProvider) {
            languages.registerDocumentRangeFormattingEditProvider(languageId, {
                provideDocumentRangeFormattingEdits: async (model, range, options, token) => {
                    const edits = await send<TextEdit[]>('textDocument/rangeFormatting', {
                        textDocument: textDocument(model), range: fromRange(range), options: fromFormattingOptions(options)
                    }, token);
                    return (edits ?? []).map(toTextEdit);
                }
            });
        }
        if (capabilities.documentOnTypeFormattingProvider) {
            const onType = capabilities.documentOnTypeFormattingProvider;
            languages.registerOnTypeFormattingEditProvider(languageId, {
                autoFormatTriggerCharacters: [onType.firstTriggerCharacter, ...(onType.moreTriggerCharacter ?? [])],
                provideOnTypeFormattingEdits: async (model, position, ch, options, token) => {
                    const edits = await send<TextEdit[]>('textDocument/onTypeFormatting', { ...at(model, position), ch, options: fromFormattingOptions(options) }, token);
                    return (edits ?? []).map(toTextEdit);
                }
            });
        }
        if (capabilities.inlayHintProvider) {
            const changed = new this.monaco.Emitter<void>();
            // The sums change with the text the server has checked, not only where the user types.
            this.onDiagnostics(() => changed.fire());
            languages.registerInlayHintsProvider(languageId, {
                onDidChangeInlayHints: changed.event,
                provideInlayHints: async (model, range, token) => {
                    const hints = await send<InlayHint[]>('textDocument/inlayHint', { textDocument: textDocument(model), range: fromRange(range) }, token);
                    return { hints: (hints ?? []).map(toInlayHint), dispose: () => undefined };
                }
            });
        }
        if (capabilities.documentSymbolProvider) {
            languages.registerDocumentSymbolProvider(languageId, {
                provideDocumentSymbols: async (model, token) => {
                    const symbols = await send<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: textDocument(model) }, token);
                    return (symbols ?? []).map(toDocumentSymbol);
                }
            });
        }
        if (capabilities.foldingRangeProvider) {
            languages.registerFoldingRangeProvider(languageId, {
                provideFoldingRanges: async (model, _context, token) => {
                    const ranges = await send<Parameters<typeof toFoldingRange>[0][]>('textDocument/foldingRange', { textDocument: textDocument(model) }, token);
                    return (ranges ?? []).map(toFoldingRange);
                }
            });
        }
        if (capabilities.semanticTokensProvider?.full) {
            const legend = capabilities.semanticTokensProvider.legend;
            languages.registerDocumentSemanticTokensProvider(languageId, {
                getLegend: () => legend,
                provideDocumentSemanticTokens: async (model, _lastResultId, token) => {
                    const tokens = await send<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: textDocument(model) }, token);
                    return tokens ? toSemanticTokens(tokens) : null;
                },
                releaseDocumentSemanticTokens: () => undefined
            });
        }
        if (capabilities.renameProvider) {
            const prepare = typeof capabilities.renameProvider === 'object' && capabilities.renameProvider.prepareProvider;
            languages.registerRenameProvider(languageId, {
                provideRenameEdits: async (model, position, newName, token) => {
                    const edit = await send<WorkspaceEdit>('textDocument/rename', { ...at(model, position), newName }, token);
                    return edit ? toWorkspaceEdit(edit) : null;
                },
                resolveRenameLocation: prepare ? async (model, position, token) => {
                    const answer = await send<LspRange | { range: LspRange; placeholder: string } | { defaultBehavior: boolean }>(
                        'textDocument/prepareRename', at(model, position), token);
                    if (!answer || 'defaultBehavior' in answer) {
                        return { range: new this.monaco.Range(position.lineNumber, position.column, position.lineNumber, position.column), text: '', rejectReason: cannotRename };
                    }
                    const range = toRange('range' in answer ? answer.range : answer);
                    return { range, text: 'placeholder' in answer ? answer.placeholder : model.getValueInRange(range) };
                } : undefined
            });
        }
        const locations = (result: Location | Location[] | LocationLink[] | null) => {
            const list = result === null ? [] : Array.isArray(result) ? result : [result];
            return list.map(entry => 'targetUri' in entry
                ? { uri: this.monaco.Uri.parse(entry.targetUri), range: toRange(entry.targetSelectionRange) }
                : toLocation(entry));
        };
        if (capabilities.definitionProvider) {
            languages.registerDefinitionProvider(languageId, {
                provideDefinition: async (model, position, token) =>
                    locations(await send<Location | Location[] | LocationLink[]>('textDocument/definition', at(model, position), token))
            });
        }
        if (capabilities.referencesProvider) {
            languages.registerReferenceProvider(languageId, {
                provideReferences: async (model, position, context, token) =>
                    locations(await send<Location[]>('textDocument/references', { ...at(model, position), context }, token))
            });
        }
        if (capabilities.documentHighlightProvider) {
            languages.registerDocumentHighlightProvider(languageId, {
                provideDocumentHighlights: async (model, position, token) => {
                    const highlights = await send<Parameters<typeof toDocumentHighlight>[0][]>('textDocument/documentHighlight', at(model, position), token);
                    return (highlights ?? []).map(toDocumentHighlight);
                }
            });
        }
    }

    /** The markers of `context` as the server published them, with their `data`. */
    private codeActionContext(model: monaco.editor.ITextModel, context: monaco.languages.CodeActionContext): CodeActionContext {
        const published = this.published.get(model.uri.toString()) ?? [];
        const converted = fromCodeActionContext(context);
        return {
            ...converted,
            diagnostics: converted.diagnostics.map(diagnostic => published.find(original =>
                original.message === diagnostic.message && original.code === diagnostic.code
                && original.range.start.line === diagnostic.range.start.line && original.range.start.character === diagnostic.range.start.character
                && original.range.end.line === diagnostic.range.end.line && original.range.end.character === diagnostic.range.end.character
            ) ?? diagnostic)
        };
    }

    /** An edit the server asks for (a command's result): applied to the open model, undoable. */
    private applyWorkspaceEdit(edit: WorkspaceEdit): void {
        for (const entry of toWorkspaceEdit(edit).edits) {
            if ('textEdit' in entry) {
                const model = this.monaco.editor.getModel(entry.resource);
                model?.pushEditOperations([], [{ range: entry.textEdit.range, text: entry.textEdit.text }], () => null);
            }
        }
    }
}
