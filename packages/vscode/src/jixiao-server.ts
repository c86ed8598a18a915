/**
 * The running language server as the extension's commands see it: the one place that parses and
 * checks. Export, preview, the status bar and import ask it through the custom requests
 * (server-requests.ts). When it is not running there is no second parser to fall back on: an
 * export asks the server or does not happen, so that it never writes figures the checks did not see.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { MAX_IMPORT_FILE_BYTES } from 'jixiao-form/model';
import type { KeptOutput } from 'jixiao-server/protocol';
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

    /**
     * The server writes the workbook to a local file; for any other place it hands over the bytes.
     * Either way it first looks at the file already there (its bytes, read here, when the server
     * cannot reach it): `kept` says why it was left alone, unless `replace` (the user agreed).
     */
    async exportWorkbook(document: vscode.TextDocument, target: vscode.Uri, replace = false): Promise<{ kept?: KeptOutput }> {
        const client = this.running();
        const uri = client.code2ProtocolConverter.asUri(document.uri);
        if (target.scheme === 'file') {
            return { kept: (await requestExport(this.send(client), uri, { path: target.fsPath }, replace)).kept };
        }
        const existing = await existingAt(target);
        if (existing === 'read-only') {
            return { kept: 'read-only' };
        }
        const result = await requestExport(this.send(client), uri, { existing }, replace);
        if (result.content) {
            await vscode.workspace.fs.writeFile(target, result.content);
        }
        return { kept: result.kept };
    }

    importForm(bytes: Uint8Array, fileName?: string): Promise<{ text: string; warnings: string[] }> {
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

/**
 * What is at a target the server cannot reach: nothing, a read-only file, or the bytes of a file
 * (one larger than any workbook counts as one an export did not make).
 */
async function existingAt(target: vscode.Uri): Promise<undefined | 'read-only' | Uint8Array> {
    const stat = await Promise.resolve(vscode.workspace.fs.stat(target)).catch(() => undefined);
    if (!stat || stat.type & vscode.FileType.Directory) {
        return undefined;
    }
    if ((stat.permissions ?? 0) & vscode.FilePermission.Readonly) {
        return 'read-only';
    }
    return stat.size > MAX_IMPORT_FILE_BYTES ? new Uint8Array() : vscode.workspace.fs.readFile(target);
}
