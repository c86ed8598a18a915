/**
 * Diagnostics go back under the URI the client used. Langium keys documents by a normalised URI,
 * which percent-encodes non-ASCII characters: a client that opened `file:///tmp/申报表.jixiao`
 * unencoded got its diagnostics under `file:///tmp/%E7%94%B3…` and showed none. The spelling of
 * each opened document is remembered (before Langium's document manager normalises it) and the
 * diagnostics are sent under it. Must run before `startLanguageServer` registers its handlers.
 */
import { UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';

export function answerUnderClientUris(shared: LangiumSharedServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) {
        return;
    }
    const clientUris = new Map<string, string>();
    const onDidOpen = connection.onDidOpenTextDocument.bind(connection);
    connection.onDidOpenTextDocument = handler => onDidOpen(event => {
        clientUris.set(UriUtils.normalize(event.textDocument.uri), event.textDocument.uri);
        return handler(event);
    });
    const onDidClose = connection.onDidCloseTextDocument.bind(connection);
    connection.onDidCloseTextDocument = handler => onDidClose(event => {
        clientUris.delete(UriUtils.normalize(event.textDocument.uri));
        return handler(event);
    });
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = params => send({ ...params, uri: clientUris.get(UriUtils.normalize(params.uri)) ?? params.uri });
}
