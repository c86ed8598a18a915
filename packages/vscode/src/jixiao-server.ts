/**
 * The running language server as the extension's commands see it: the one place that parses and
 * checks. Export, preview, the status bar and import ask it through the custom requests
 * (server-requests.ts). When it is not running there is no second parser to fall back on: an
 * export asks the server or does not happen, so that it never writes figures the checks did not see.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { requestExport, requestFormModel, requestImport, type CheckedForm, type SendRequest } from './server-requests.js';

export class ServerUnavailableError extends Error {}

export class JixiaoServer {
    private client: LanguageClient | undefined;

    connect(client: LanguageClient): void {
        this.client = client;
    }

    formModel(document: vscode.TextDocument): Promise<CheckedForm> {
        const client = this.running();
        return requestFormModel(this.send(client), client.code2ProtocolConverter.asUri(document.uri), document.version);
    }

    /** The server writes the workbook to a local file; for any other place it hands over the bytes. */
    async exportWorkbook(document: vscode.TextDocument, target: vscode.Uri): Promise<void> {
        const client = this.running();
        const uri = client.code2ProtocolConverter.asUri(document.uri);
        if (target.scheme === 'file') {
            await requestExport(this.send(client), uri, target.fsPath);
        } else {
            await vscode.workspace.fs.writeFile(target, (await requestExport(this.send(client), uri))!);
        }
    }

    importForm(bytes: Uint8Array, fileName?: string): Promise<string> {
        return requestImport(this.send(this.running()), bytes, fileName);
    }

    private running(): LanguageClient {
        if (!this.client || this.client.state !== State.Running) {
            throw new ServerUnavailableError(vscode.l10n.t('the Jixiao language server is not running (see the “Jixiao” output)'));
        }
        return this.client;
    }

    private send(client: LanguageClient): SendRequest {
        return <Result>(method: string, params: unknown) => client.sendRequest<Result>(method, params);
    }
}
