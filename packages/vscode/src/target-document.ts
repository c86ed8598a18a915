/**
 * Which document a command acts on: the URI a menu, button or code lens passes, else the active
 * .jixiao editor.
 */
import * as vscode from 'vscode';
import { JIXIAO_LANGUAGE_ID } from './language-client.js';

export class NoJixiaoDocumentError extends Error {}

export async function targetDocument(argument: unknown): Promise<vscode.TextDocument> {
    if (argument instanceof vscode.Uri) {
        return vscode.workspace.openTextDocument(argument);
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active && active.languageId === JIXIAO_LANGUAGE_ID) {
        return active;
    }
    // The preview may have the focus: fall back to a visible .jixiao editor.
    const visible = vscode.window.visibleTextEditors.find(editor => editor.document.languageId === JIXIAO_LANGUAGE_ID);
    if (visible) {
        return visible.document;
    }
    throw new NoJixiaoDocumentError(vscode.l10n.t('open a .jixiao declaration first'));
}

/** `futian.jixiao` → `futian`; an untitled document's title otherwise. */
export function documentBaseName(document: vscode.TextDocument): string {
    const name = document.uri.path.split('/').pop() ?? 'declaration';
    return name.replace(/\.jixiao$/i, '') || 'declaration';
}
