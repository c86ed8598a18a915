/**
 * The parsed form behind each open .jixiao editor, for the preview and the status bar: parsed at
 * most once per document version, and announced a short while after the user stops typing so a
 * burst of keystrokes costs one parse.
 */
import * as vscode from 'vscode';
import type { CheckedDeclaration, DeclarationChecker } from './declaration-checker.js';
import { JIXIAO_LANGUAGE_ID } from './language-client.js';

/** Quiet time after the last keystroke before the preview and status bar refresh. */
export const MODEL_REFRESH_DELAY_MS = 250;

export class DeclarationModels implements vscode.Disposable {
    private readonly parsed = new Map<string, { version: number; result: Promise<CheckedDeclaration> }>();
    private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
    private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
    private readonly subscriptions: vscode.Disposable[] = [];

    /** Fires (debounced) when a .jixiao document's text has changed. */
    readonly onDidChange = this.changed.event;

    constructor(private readonly checker: DeclarationChecker) {
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === JIXIAO_LANGUAGE_ID && event.contentChanges.length > 0) {
                    this.schedule(event.document);
                }
            }),
            vscode.workspace.onDidCloseTextDocument(document => this.forget(document.uri))
        );
    }

    /** The form model of the document's current text (parse only; errors come from the server). */
    get(document: vscode.TextDocument): Promise<CheckedDeclaration> {
        const key = document.uri.toString();
        const cached = this.parsed.get(key);
        if (cached && cached.version === document.version) {
            return cached.result;
        }
        const result = this.checker.check(document.getText(), { validate: false });
        this.parsed.set(key, { version: document.version, result });
        return result;
    }

    private schedule(document: vscode.TextDocument): void {
        const key = document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => {
            this.timers.delete(key);
            this.changed.fire(document);
        }, MODEL_REFRESH_DELAY_MS));
    }

    private forget(uri: vscode.Uri): void {
        const key = uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.delete(key);
        this.parsed.delete(key);
    }

    dispose(): void {
        this.timers.forEach(timer => clearTimeout(timer));
        this.changed.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}
