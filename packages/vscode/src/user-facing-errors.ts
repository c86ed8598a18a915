/**
 * Every command runs through here: a failure becomes one clear sentence in a notification, and the
 * details (stack included) go to the “Jixiao” output channel, never to the user's face.
 */
import * as vscode from 'vscode';

export function registerSafeCommand(
    id: string,
    title: () => string,
    handler: (...args: any[]) => Promise<unknown>,
    output: vscode.LogOutputChannel
): vscode.Disposable {
    return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
            return await handler(...args);
        } catch (error) {
            output.error(`${id}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
            void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', title(), describeError(error)));
            return undefined;
        }
    });
}

/** The message of an error, in words an analyst understands; file-system codes are translated. */
export function describeError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    switch (code) {
        case 'ENOENT':
        case 'FileNotFound': return vscode.l10n.t('the file or folder does not exist');
        case 'EACCES':
        case 'EPERM':
        case 'NoPermissions': return vscode.l10n.t('permission denied');
        case 'EBUSY': return vscode.l10n.t('the file is open in another program (close it in Excel and try again)');
        case 'ENOSPC': return vscode.l10n.t('the disk is full');
        case 'EROFS': return vscode.l10n.t('the file system is read-only');
    }
    const message = error instanceof Error ? error.message : String(error);
    // Messages of our own packages are already sentences; anything else keeps its first line only.
    return message.split('\n')[0] || vscode.l10n.t('unknown error');
}
