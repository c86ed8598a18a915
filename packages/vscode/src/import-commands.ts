/**
 * 从 Excel 导入 and 粘贴申报表: last year's form, as a workbook or as the table copied from the
 * online system, becomes a new untitled .jixiao editor. The language server reads it
 * (jixiao/importForm); a file that is no form comes back as a sentence naming the row or cell that
 * did not fit. Nothing is written to disk until the user saves, so an import can never overwrite a
 * declaration.
 */
import * as vscode from 'vscode';
import { MAX_IMPORT_FILE_BYTES, megabytes } from 'jixiao-form/model';
import type { JixiaoServer } from './jixiao-server.js';
import { FormImportFailure } from './server-requests.js';
import { JIXIAO_LANGUAGE_ID } from './language-client.js';

export async function importExcel(server: JixiaoServer): Promise<vscode.TextDocument | undefined> {
    const picked = await vscode.window.showOpenDialog({
        canSelectMany: false,
        canSelectFolders: false,
        openLabel: vscode.l10n.t('Import'),
        title: vscode.l10n.t('Import a declaration form from Excel'),
        filters: { [vscode.l10n.t('Excel workbook')]: ['xlsx'] }
    });
    const file = picked?.[0];
    if (!file) {
        return undefined;
    }
    // Refused before it is read into the editor's memory: a file larger than any form.
    const size = (await vscode.workspace.fs.stat(file)).size;
    if (size > MAX_IMPORT_FILE_BYTES) {
        throw new FormImportFailure(vscode.l10n.t('The file has {0}; a form (an xlsx workbook or the table copied as text) is never more than {1}. Nothing was imported.',
            megabytes(size), megabytes(MAX_IMPORT_FILE_BYTES)));
    }
    const bytes = await vscode.workspace.fs.readFile(file);
    return openDeclaration(await server.importForm(bytes, file.path.split('/').pop() ?? 'form.xlsx'));
}

export async function pasteForm(server: JixiaoServer): Promise<vscode.TextDocument | undefined> {
    const pasted = await vscode.env.clipboard.readText();
    if (pasted.trim() === '') {
        void vscode.window.showInformationMessage(
            vscode.l10n.t('The clipboard holds no text. Copy the whole form from the online system (select the table, Ctrl+C) and run this command again.'));
        return undefined;
    }
    return openDeclaration(await server.importForm(new TextEncoder().encode(pasted)));
}

async function openDeclaration({ text, warnings }: { text: string; warnings: string[] }): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument({ language: JIXIAO_LANGUAGE_ID, content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    if (warnings.length > 0) {
        void vscode.window.showWarningMessage(warnings.length === 1 ? warnings[0] : vscode.l10n.t('{0} (and {1} more cells)', warnings[0], warnings.length - 1));
    }
    return document;
}
