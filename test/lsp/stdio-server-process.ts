/**
 * The built language server (`jixiao-language-server --stdio`) as an editor runs it, for specs that
 * speak LSP to it: built first (tsc -b packages/server); `built` is false when the build leaves no
 * out/main.js, and the specs skip. The client answers the server's own requests (configuration,
 * capability registration, progress) and keeps every publishDiagnostics, newest first.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic } from 'vscode-languageserver-protocol';

const BIN = 'packages/server/bin/jixiao-language-server.js';
export const SERVER_MAIN = 'packages/server/out/main.js';

spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'packages/server'], { stdio: 'ignore' });
export const built = existsSync(SERVER_MAIN);

export interface StdioServer {
    connection: MessageConnection;
    /** Every publishDiagnostics so far, newest first. */
    published: Array<{ uri: string; diagnostics: Diagnostic[] }>;
    stop(): Promise<void>;
}

/** Starts the server and its connection; `configuration` is what the client answers for each setting asked. */
export function startStdioServer(configuration: unknown = {}): StdioServer {
    const server: ChildProcess = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published: StdioServer['published'] = [];
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => configuration));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
        published.unshift(params);
    });
    connection.listen();
    return {
        connection,
        published,
        async stop() {
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            connection.dispose();
            server.kill();
        }
    };
}

/**
 * The newest diagnostics published for `uri` that satisfy the condition, once they come; with
 * `since` (a length of `published` taken before an edit), only those published after it.
 */
export function diagnosticsWhere(server: StdioServer, uri: string, condition: (diagnostics: Diagnostic[]) => boolean = () => true, since = 0): Promise<Diagnostic[]> {
    return new Promise(resolve => {
        const poll = () => {
            const found = server.published.slice(0, server.published.length - since).find(entry => entry.uri === uri && condition(entry.diagnostics));
            if (found) {
                resolve(found.diagnostics);
            } else {
                setTimeout(poll, 10);
            }
        };
        poll();
    });
}
