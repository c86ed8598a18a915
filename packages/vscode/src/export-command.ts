/**
 * 导出 Excel: the document as the official workbook, beside the .jixiao file (same name, .xlsx).
 * The language server gives the error count (the squiggles' own) and writes the workbook with the
 * CLI's writer, atomically, so a failure never leaves half a file; errors ask before exporting.
 * A workbook already there is replaced without asking only when an export wrote it and nobody
 * changed it since (the server's rule, the same as `jixiao export`'s); any other file asks first,
 * a read-only one is never replaced.
 */
import * as vscode from 'vscode';
import type { JixiaoServer } from './jixiao-server.js';
import { documentBaseName, targetDocument } from './target-document.js';

export async function exportExcel(server: JixiaoServer, argument: unknown): Promise<vscode.Uri | undefined> {
    const document = await targetDocument(argument);
    const checked = await server.formModel(document);
    if (!checked.model) {
        throw new Error(vscode.l10n.t('the document is not a declaration (it should start with 部门整体支出绩效目标, 项目支出绩效目标 or 项目支出绩效自评)'));
    }
    if (checked.errors > 0 && !await confirmExportWithErrors(checked.errors)) {
        return undefined;
    }
    const target = await workbookUri(document);
    if (!target) {
        return undefined;
    }
    let { kept } = await server.exportWorkbook(document, target);
    if ((kept === 'changed' || kept === 'foreign') && await mayReplace(target, kept)) {
        ({ kept } = await server.exportWorkbook(document, target, true));
    }
    if (kept === 'read-only') {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} is read-only and was not replaced. Make it writable, or rename it, and export again.', fileName(target)));
    }
    if (kept) {
        return undefined;
    }
    announceExport(target);
    return target;
}

async function confirmExportWithErrors(errorCount: number): Promise<boolean> {
    const exportAnyway = vscode.l10n.t('Export Anyway');
    const choice = await vscode.window.showWarningMessage(
        errorCount === 1 ? vscode.l10n.t('There is 1 error. Export anyway?') : vscode.l10n.t('There are {0} errors. Export anyway?', errorCount),
        { modal: true, detail: vscode.l10n.t('The workbook will contain the figures as written; a reviewer will see the same mistakes.') },
        exportAnyway);
    return choice === exportAnyway;
}

/** Whether the user agrees to replace a file an export did not make, or changed since. */
async function mayReplace(target: vscode.Uri, kept: 'changed' | 'foreign'): Promise<boolean> {
    const name = fileName(target);
    const replace = vscode.l10n.t('Replace');
    const question = kept === 'changed'
        ? vscode.l10n.t('{0} was exported by Jixiao but has been changed since in another program. Replace it?', name)
        : vscode.l10n.t('{0} already exists and was not exported by Jixiao. Replace it?', name);
    const choice = await vscode.window.showWarningMessage(question, {
        modal: true,
        detail: vscode.l10n.t('It may be your own workbook or the form this declaration was imported from. Replacing it cannot be undone.')
    }, replace);
    return choice === replace;
}

/** Beside the file; an untitled document asks where to save. */
async function workbookUri(document: vscode.TextDocument): Promise<vscode.Uri | undefined> {
    const fileName = `${documentBaseName(document)}.xlsx`;
    if (document.isUntitled) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        return vscode.window.showSaveDialog({
            defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
            filters: { [vscode.l10n.t('Excel workbook')]: ['xlsx'] },
            saveLabel: vscode.l10n.t('Export')
        });
    }
    return vscode.Uri.joinPath(document.uri, '..', fileName);
}

function fileName(target: vscode.Uri): string {
    return target.path.split('/').pop() ?? target.fsPath;
}

function announceExport(target: vscode.Uri): void {
    const openFolder = vscode.l10n.t('Open Folder');
    const name = fileName(target);
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', name), openFolder).then(choice => {
        if (choice !== openFolder) {
            return;
        }
        // In a browser (code-server, vscode.dev) or a remote window the OS file manager is on the
        // other machine: show the file in the Explorer instead.
        const remote = vscode.env.uiKind === vscode.UIKind.Web || vscode.env.remoteName !== undefined;
        void vscode.commands.executeCommand(remote ? 'revealInExplorer' : 'revealFileInOS', target);
    });
}
