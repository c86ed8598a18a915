/**
 * The Jixiao extension: the language server checks, completes, fixes and answers what the commands
 * need (the form model with its error count, the import of a form); in the extension host, the
 * commands that show or write the form (export, preview, import), the code lens and the status
 * item. Each concern lives in its own file; this one only wires them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DeclarationModels } from './declaration-models.js';
import { DeclarationCodeLenses } from './code-lens.js';
import { DeclarationStatusBar } from './status-bar.js';
import { exportExcel } from './export-command.js';
import { FormPreview } from './preview-panel.js';
import { importExcel, pasteForm } from './import-commands.js';
import { JixiaoServer } from './jixiao-server.js';
import { JIXIAO_DOCUMENT_SELECTOR, startLanguageClient } from './language-client.js';
import { registerSafeCommand } from './user-facing-errors.js';
import { targetDocument } from './target-document.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Jixiao', { log: true });
    context.subscriptions.push(output);

    const server = new JixiaoServer();
    const models = new DeclarationModels(server);
    const preview = new FormPreview(models, output);
    context.subscriptions.push(models, preview);
    context.subscriptions.push(vscode.languages.registerCodeLensProvider(JIXIAO_DOCUMENT_SELECTOR, new DeclarationCodeLenses()));

    context.subscriptions.push(
        registerSafeCommand('jixiao.exportExcel', () => vscode.l10n.t('Export Excel'), argument => exportExcel(server, argument), output),
        registerSafeCommand('jixiao.preview', () => vscode.l10n.t('Preview'), async argument => preview.show(await targetDocument(argument)), output),
        registerSafeCommand('jixiao.importExcel', () => vscode.l10n.t('Import from Excel'), () => importExcel(server), output),
        registerSafeCommand('jixiao.pasteForm', () => vscode.l10n.t('Paste declaration form'), () => pasteForm(server), output)
    );

    // A server that fails to start is reported; the commands then say that they need it.
    try {
        client = await startLanguageClient(context, output);
        server.connect(client);
    } catch (error) {
        output.error(`language server: ${error instanceof Error ? error.stack : String(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The Jixiao language server could not start; checks and completion are unavailable. See the “Jixiao” output for details.'));
    }
    // Asks the server: created once it runs, so that its first answer is the seed's.
    context.subscriptions.push(new DeclarationStatusBar(models));
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
