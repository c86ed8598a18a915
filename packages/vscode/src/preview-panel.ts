/**
 * 预览申报表: a webview beside the editor showing the form as it will print (the form model the
 * language server built from the text), redrawn (debounced) as the user types and following the
 * active .jixiao editor, like VS Code's Markdown preview.
 */
import * as vscode from 'vscode';
import { formTableHtml } from 'jixiao-form/html';
import type { DeclarationModels } from './declaration-models.js';
import { previewPageHtml } from './form-preview-html.js';
import { JIXIAO_LANGUAGE_ID } from './language-client.js';
import { documentBaseName } from './target-document.js';

export const PREVIEW_VIEW_TYPE = 'jixiao.preview';

export class FormPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private document: vscode.TextDocument | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];
    /** Drops a slow render that a newer one has overtaken. */
    private renderGeneration = 0;

    constructor(private readonly models: DeclarationModels, private readonly output: vscode.LogOutputChannel) {
        this.subscriptions.push(
            models.onDidChange(document => {
                if (document === this.document) {
                    void this.render();
                }
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor?.document.languageId === JIXIAO_LANGUAGE_ID && editor.document !== this.document) {
                    this.document = editor.document;
                    void this.render();
                }
            })
        );
    }

    async show(document: vscode.TextDocument): Promise<void> {
        this.document = document;
        if (this.panel) {
            this.panel.reveal(vscode.ViewColumn.Beside, true);
            await this.render();
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE, this.title(), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            // Hidden previews keep their page so that updates can still be posted to them.
            { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [] });
        this.panel = panel;
        panel.onDidDispose(() => {
            this.panel = undefined;
            this.document = undefined;
        }, undefined, this.subscriptions);
        // The first form goes into the page itself; later ones are posted to its script.
        const generation = ++this.renderGeneration;
        const content = await this.content(document);
        if (generation === this.renderGeneration && this.panel === panel) {
            panel.webview.html = previewPageHtml({
                nonce: nonce(), cspSource: panel.webview.cspSource, title: this.title(),
                body: content.html ?? '', banner: content.banner, lang: 'zh-CN'
            });
        }
    }

    private async render(): Promise<void> {
        const panel = this.panel;
        const document = this.document;
        if (!panel || !document) {
            return;
        }
        const generation = ++this.renderGeneration;
        panel.title = this.title();
        const content = await this.content(document);
        if (generation === this.renderGeneration && this.panel === panel) {
            await panel.webview.postMessage({ type: 'update', ...content });
        }
    }

    /** The form's table, or no table (keep the last one) and a banner saying why. */
    private async content(document: vscode.TextDocument): Promise<{ html?: string; banner: string }> {
        try {
            const checked = await this.models.get(document);
            if (!checked.model) {
                return { banner: vscode.l10n.t('The document is not a declaration: it should start with 部门整体支出绩效目标, 项目支出绩效目标 or 项目支出绩效自评.') };
            }
            const banner = checked.hasSyntaxErrors
                ? vscode.l10n.t('The declaration has syntax errors: parts of it may be missing from the preview.')
                : '';
            return { html: formTableHtml(checked.model), banner };
        } catch (error) {
            this.output.error(`preview: ${error instanceof Error ? error.stack : String(error)}`);
            return { banner: vscode.l10n.t('The preview could not be updated: {0}', error instanceof Error ? error.message : String(error)) };
        }
    }

    private title(): string {
        return vscode.l10n.t('Preview: {0}', this.document ? documentBaseName(this.document) : '');
    }

    dispose(): void {
        this.panel?.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

function nonce(): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let result = '';
    for (let index = 0; index < 32; index++) {
        result += alphabet.charAt(Math.floor(Math.random() * alphabet.length));
    }
    return result;
}
