/**
 * The form behind each open .jixiao editor, as the language server checked it, for the preview
 * and the status bar: asked at most once per document version, and announced a short while after
 * the user stops typing so that a burst of keystrokes costs one request.
 */
import * as vscode from 'vscode';
import type { JixiaoServer } from './jixiao-server.js';
import { JIXIAO_LANGUAGE_ID } from './language-client.js';
import type { CheckedForm } from './server-requests.js';

/** Quiet time after the last keystroke before the preview and status bar refresh. */
export const MODEL_REFRESH_DELAY_MS = 250;

export class DeclarationModels implements vscode.Disposable {
    private readonly asked = new Map<string, { version: number; result: Promise<CheckedForm> }>();
    private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
    private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
    private readonly subscriptions: vscode.Disposable[] = [];

    /** Fires (debounced) when a .jixiao document's text has changed. */
    readonly onDidChange = this.changed.event;

    constructor(private readonly server: JixiaoServer) {
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === JIXIAO_LANGUAGE_ID && event.contentChanges.length > 0) {
                    this.schedule(event.document);
                }
            }),
            vscode.workspace.onDidCloseTextDocument(document => this.forget(document.uri))
        );
    }

    /** The form of the document's current text, with its error and warning counts. */
    get(document: vscode.TextDocument): Promise<CheckedForm> {
        const key = document.uri.toString();
        const cached = this.asked.get(key);
        if (cached && cached.version === document.version) {
            return cached.result;
        }
        const result = this.server.formModel(document);
        this.asked.set(key, { version: document.version, result });
        // A failed request (the server restarting) is asked again next time.
        result.catch(() => this.asked.get(key)?.result === result && this.asked.delete(key));
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
        this.asked.delete(key);
    }

    dispose(): void {
        this.timers.forEach(timer => clearTimeout(timer));
        this.changed.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}
