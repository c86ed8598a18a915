/**
 * 导出 Excel: the document as the official workbook, beside the .jixiao file (same name, .xlsx).
 * Checks first, with the same services and settings as the squiggles; errors ask before exporting.
 * A workbook already there is replaced without asking only when an export wrote it and nobody
 * changed it since (the same rule as `jixiao export`); any other file asks first, a read-only one
 * is never replaced. The workbook is written atomically by the form package, so a failure never
 * leaves half a file.
 */
import * as vscode from 'vscode';
import { buildOfficialForm, existingWorkbook, formToXlsxBuffer, FormLimits, workbookOrigin, writeFormWorkbook, type WorkbookOrigin } from 'jixiao-form';
import type { DeclarationChecker } from './declaration-checker.js';
import { documentBaseName, targetDocument } from './target-document.js';

export async function exportExcel(checker: DeclarationChecker, argument: unknown): Promise<vscode.Uri | undefined> {
    const document = await targetDocument(argument);
    const checked = await checker.check(document.getText(), { validate: true });
    if (checked.errorCount > 0 && !await confirmExportWithErrors(checked.errorCount)) {
        return undefined;
    }
    const target = await workbookUri(document);
    if (!target || !await mayReplace(target)) {
        return undefined;
    }
    const model = buildOfficialForm(checked.declaration);
    if (target.scheme === 'file') {
        await writeFormWorkbook(model, target.fsPath);
    } else {
        await vscode.workspace.fs.writeFile(target, await formToXlsxBuffer(model));
    }
    announceExport(target);
    return target;
}

async function confirmExportWithErrors(errorCount: number): Promise<boolean> {
    const exportAnyway = vscode.l10n.t('Export Anyway');
    const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('There are {0} errors. Export anyway?', errorCount),
        { modal: true, detail: vscode.l10n.t('The workbook will contain the figures as written; a reviewer will see the same mistakes.') },
        exportAnyway);
    return choice === exportAnyway;
}

/** True when nothing is at `target`, or our unchanged workbook, or the user agrees to replace it. */
async function mayReplace(target: vscode.Uri): Promise<boolean> {
    const existing = await existingAt(target);
    const name = target.path.split('/').pop() ?? target.fsPath;
    if (existing === 'none' || existing === 'jixiao') {
        return true;
    }
    if (existing === 'read-only') {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} is read-only and was not replaced. Make it writable, or rename it, and export again.', name));
        return false;
    }
    const replace = vscode.l10n.t('Replace');
    const question = existing === 'jixiao-changed'
        ? vscode.l10n.t('{0} was exported by Jixiao but has been changed since in another program. Replace it?', name)
        : vscode.l10n.t('{0} already exists and was not exported by Jixiao. Replace it?', name);
    const choice = await vscode.window.showWarningMessage(question, {
        modal: true,
        detail: vscode.l10n.t('It may be your own workbook or the form this declaration was imported from. Replacing it cannot be undone.')
    }, replace);
    return choice === replace;
}

async function existingAt(target: vscode.Uri): Promise<'none' | 'read-only' | WorkbookOrigin> {
    if (target.scheme === 'file') {
        switch (await existingWorkbook(target.fsPath)) {
            case 'none':
            case 'directory': return 'none';
            case 'read-only': return 'read-only';
            case 'ours': return 'jixiao';
            case 'changed': return 'jixiao-changed';
            case 'foreign': return 'other';
        }
    }
    const stat = await Promise.resolve(vscode.workspace.fs.stat(target)).catch(() => undefined);
    if (!stat || stat.type & vscode.FileType.Directory) {
        return 'none';
    }
    if ((stat.permissions ?? 0) & vscode.FilePermission.Readonly) {
        return 'read-only';
    }
    return stat.size > FormLimits.workbookBytes ? 'other' : workbookOrigin(await vscode.workspace.fs.readFile(target));
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

function announceExport(target: vscode.Uri): void {
    const openFolder = vscode.l10n.t('Open Folder');
    const name = target.path.split('/').pop() ?? target.fsPath;
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
