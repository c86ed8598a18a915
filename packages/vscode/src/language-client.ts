/**
 * Starts the bundled language server (dist/server.js, packages/server's main.js) over IPC and
 * connects it to .jixiao documents. Settings reach the server through the `jixiao` section; the
 * message language through the initialize request, so changing it restarts the server.
 */
import * as vscode from 'vscode';
import {
    LanguageClient, State, TransportKind,
    type InitializeParams, type LanguageClientOptions, type ServerOptions
} from 'vscode-languageclient/node';
import { resolveMessageLocale } from './message-locale.js';

export const CONFIGURATION_SECTION = 'jixiao';

export const JIXIAO_LANGUAGE_ID = 'jixiao';
export const JIXIAO_DOCUMENT_SELECTOR: Array<{ scheme: string; language: string }> = [
    { scheme: 'file', language: JIXIAO_LANGUAGE_ID },
    { scheme: 'untitled', language: JIXIAO_LANGUAGE_ID }
];

/** `zh-cn`, `en`, … : the language the server is asked to speak. */
function messageLocale(): string {
    return resolveMessageLocale(vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get('messageLocale'), vscode.env.language);
}

/** Sends `jixiao.messageLocale` (or VS Code's display language) as the initialize locale. */
class JixiaoLanguageClient extends LanguageClient {
    protected override fillInitializeParams(params: InitializeParams): void {
        super.fillInitializeParams(params);
        params.locale = messageLocale();
    }
}

export async function startLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): Promise<LanguageClient> {
    const serverModule = context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.jixiao');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        documentSelector: JIXIAO_DOCUMENT_SELECTOR,
        synchronize: { configurationSection: CONFIGURATION_SECTION, fileEvents: watcher },
        outputChannel: output
    };
    const client = new JixiaoLanguageClient(JIXIAO_LANGUAGE_ID, vscode.l10n.t('Jixiao Language Server'), serverOptions, clientOptions);
    context.subscriptions.push(client);
    const started = client.start();
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration(`${CONFIGURATION_SECTION}.messageLocale`)) {
            void restartForLocale(client, started, output);
        }
    }));
    await started;
    return client;
}

/** The locale travels in the initialize request: a new one needs a new server. */
async function restartForLocale(client: LanguageClient, started: Promise<void>, output: vscode.LogOutputChannel): Promise<void> {
    try {
        // A restart while the client is still starting would leave it stopped.
        await started;
        if (client.state === State.Running) {
            await client.restart();
        }
    } catch (error) {
        output.error(`restarting the language server for a new message language: ${error instanceof Error ? error.stack : String(error)}`);
    }
}
