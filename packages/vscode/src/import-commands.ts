/**
 * 从 Excel 导入 and 粘贴申报表: last year's form, as a workbook or as the table copied from the
 * online system, becomes a new untitled .jixiao editor. Nothing is written to disk until the user
 * saves, so an import can never overwrite a declaration.
 */
import * as vscode from 'vscode';
import { checkImportFileSize, importedDeclaration } from './form-import.js';
import { JIXIAO_LANGUAGE_ID } from './language-client.js';

export async function importExcel(): Promise<vscode.TextDocument | undefined> {
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
    checkImportFileSize((await vscode.workspace.fs.stat(file)).size);
    const bytes = await vscode.workspace.fs.readFile(file);
    return openDeclaration(await importedDeclaration(bytes, file.path.split('/').pop() ?? 'form.xlsx'));
}

export async function pasteForm(): Promise<vscode.TextDocument | undefined> {
    const pasted = await vscode.env.clipboard.readText();
    if (pasted.trim() === '') {
        void vscode.window.showInformationMessage(
            vscode.l10n.t('The clipboard holds no text. Copy the whole form from the online system (select the table, Ctrl+C) and run this command again.'));
        return undefined;
    }
    return openDeclaration(await importedDeclaration(new TextEncoder().encode(pasted)));
}

async function openDeclaration({ text, warnings }: { text: string; warnings: string[] }): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument({ language: JIXIAO_LANGUAGE_ID, content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    if (warnings.length > 0) {
        void vscode.window.showWarningMessage(warnings.length === 1 ? warnings[0] : vscode.l10n.t('{0} (and {1} more cells)', warnings[0], warnings.length - 1));
    }
    return document;
}
