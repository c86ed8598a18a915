/**
 * The language server's request handlers in the test process: the services a server has, a
 * connection that only records the handlers registered on it, and `send` as the extension's client
 * glue calls the server. Documents are opened as the client's didOpen would.
 */
import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { CancellationToken } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver';
import { createJixiaoServices, type JixiaoSettingsValues } from 'jixiao-language';
import { registerExportRequest, registerImportRequest, registerJixiaoRequests } from 'jixiao-server';
import type { SendRequest } from '../../packages/vscode/src/server-requests.js';

export interface ServerInProcess {
    /** Opens (or replaces) a document and checks it; returns its URI. */
    open(text: string, version?: number): Promise<string>;
    send: SendRequest;
    settings(values: Partial<Record<keyof JixiaoSettingsValues, unknown>>): void;
}

export function serverInProcess(): ServerInProcess {
    const { shared, Jixiao } = createJixiaoServices(EmptyFileSystem);
    const handlers = new Map<string, (params: unknown, token: CancellationToken) => unknown>();
    const connection = { onRequest: (method: string, handler: (params: unknown, token: CancellationToken) => unknown) => handlers.set(method, handler) };
    registerJixiaoRequests(connection as unknown as Connection, shared);
    registerImportRequest(connection as unknown as Connection, Jixiao);
    registerExportRequest(connection as unknown as Connection, shared);
    let counter = 0;
    return {
        async open(text, version = 1) {
            const uri = URI.parse(`file:///test/declaration-${++counter}.jixiao`);
            const document: LangiumDocument = shared.workspace.LangiumDocumentFactory.fromTextDocument(TextDocument.create(uri.toString(), 'jixiao', version, text));
            shared.workspace.LangiumDocuments.addDocument(document);
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            return uri.toString();
        },
        send: async <Result>(method: string, params: unknown) => handlers.get(method)!(params, CancellationToken.None) as Result,
        settings: values => Jixiao.settings.JixiaoSettings.update(values)
    };
}
