/**
 * 从 Excel 导入 and 粘贴申报表: last year's form, as a workbook or as the table copied from the
 * online system, becomes a new untitled .jixiao editor. The language server reads it
 * (jixiao/importForm); a file that is no form comes back as a sentence naming the row or cell that
 * did not fit. Nothing is written to disk until the user saves, so an import can never overwrite a
 * declaration.
 */
import * as vscode from 'vscode';
import type { JixiaoServer } from './jixiao-server.js';
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

async function openDeclaration(text: string): Promise<vscode.TextDocument> {
    const document = await vscode.workspace.openTextDocument({ language: JIXIAO_LANGUAGE_ID, content: text });
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
}
