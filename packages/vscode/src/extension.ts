/**
 * The Jixiao extension: the language server for checking, completion and fixes; in the extension
 * host, the commands that need the form (export, preview, import), the code lens and the status
 * item. Each concern lives in its own file; this one only wires them.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { readCheckerSettings, CONFIGURATION_SECTION } from './checker-settings.js';
import { DeclarationChecker } from './declaration-checker.js';
import { DeclarationModels } from './declaration-models.js';
import { DeclarationCodeLenses } from './code-lens.js';
import { DeclarationStatusBar } from './status-bar.js';
import { exportExcel } from './export-command.js';
import { FormPreview } from './preview-panel.js';
import { importExcel, pasteForm } from './import-commands.js';
import { JIXIAO_DOCUMENT_SELECTOR, startLanguageClient } from './language-client.js';
import { registerSafeCommand } from './user-facing-errors.js';
import { targetDocument } from './target-document.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Jixiao', { log: true });
    context.subscriptions.push(output);

    const checker = new DeclarationChecker();
    checker.updateSettings(readCheckerSettings());
    context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(event => {
        if (event.affectsConfiguration(CONFIGURATION_SECTION)) {
            checker.updateSettings(readCheckerSettings());
        }
    }));

    const models = new DeclarationModels(checker);
    const preview = new FormPreview(models, output);
    context.subscriptions.push(models, preview, new DeclarationStatusBar(models));
    context.subscriptions.push(vscode.languages.registerCodeLensProvider(JIXIAO_DOCUMENT_SELECTOR, new DeclarationCodeLenses()));

    context.subscriptions.push(
        registerSafeCommand('jixiao.exportExcel', () => vscode.l10n.t('Export Excel'), argument => exportExcel(checker, argument), output),
        registerSafeCommand('jixiao.preview', () => vscode.l10n.t('Preview'), async argument => preview.show(await targetDocument(argument)), output),
        registerSafeCommand('jixiao.importExcel', () => vscode.l10n.t('Import from Excel'), importExcel, output),
        registerSafeCommand('jixiao.pasteForm', () => vscode.l10n.t('Paste declaration form'), pasteForm, output)
    );

    // The commands above work without the server; a server that fails to start is reported, not fatal.
    try {
        client = await startLanguageClient(context, output);
    } catch (error) {
        output.error(`language server: ${error instanceof Error ? error.stack : String(error)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('The Jixiao language server could not start; checks and completion are unavailable. See the “Jixiao” output for details.'));
    }
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
