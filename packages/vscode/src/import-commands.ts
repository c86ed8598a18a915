/**
 * 从 Excel 导入 and 粘贴申报表: last year's form, as a workbook or as the table copied from the
 * online system, becomes a new untitled .jixiao editor. Nothing is written to disk until the user
 * saves, so an import can never overwrite a declaration.
 */
import * as vscode from 'vscode';
import { importedDeclarationText } from './form-import.js';
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
    const bytes = await vscode.workspace.fs.readFile(file);
    const text = await importedDeclarationText(bytes, file.path.split('/').pop() ?? 'form.xlsx');
    return openDeclaration(text);
}

export async function pasteForm(): Promise<vscode.TextDocument | undefined> {
    const pasted = await vscode.env.clipboard.readText();
    if (pasted.trim() === '') {
        void vscode.window.showInformationMessage(
            vscode.l10n.t('The clipboard holds no text. Copy the whole form from the online system (select the table, Ctrl+C) and run this command again.'));
        return undefined;
    }
    const text = await importedDeclarationText(new TextEncoder().encode(pasted));
    return openDeclaration(text);
}

async function openDeclaration(text: string): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument({ language: JIXIAO_LANGUAGE_ID, content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
}
