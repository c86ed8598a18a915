/**
 * The `jixiao.*` settings that change what the checker reports, as the language package's
 * JixiaoSettings accepts them. The server receives the same section through the language client
 * (synchronize.configurationSection); the extension host's own checker (export, status bar) gets
 * it from here, so both count the same errors.
 */
import * as vscode from 'vscode';
import { resolveMessageLocale } from './message-locale.js';

export const CONFIGURATION_SECTION = 'jixiao';

export function readCheckerSettings(): Record<string, unknown> {
    const configuration = vscode.workspace.getConfiguration(CONFIGURATION_SECTION);
    return {
        grades: configuration.get('grades'),
        satisfactionThreshold: configuration.get('satisfactionThreshold'),
        severities: configuration.get('severities'),
        profile: configuration.get('profile'),
        locale: messageLocale()
    };
}

/** `zh-cn`, `en`, … : the language the server is asked to speak. */
export function messageLocale(): string {
    return resolveMessageLocale(vscode.workspace.getConfiguration(CONFIGURATION_SECTION).get('messageLocale'), vscode.env.language);
}
