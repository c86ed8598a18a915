/**
 * The form beside the editor, as it will print: the server's form model of the checked text
 * (`jixiao/formModel`), drawn by the form package's formTableHtml (the same table the VS Code
 * preview shows), scaled to the pane as the printed form is fitted to the paper.
 */
import type * as Monaco from 'monaco-editor';
import { FORM_TABLE_CSS, formTableHtml } from 'jixiao-form/html';
import { fromWire, type OfficialForm } from 'jixiao-form/model';
import { FORM_MODEL_REQUEST, type FormModelParams, type FormModelResult } from 'jixiao-server/protocol';
import type { JixiaoLanguageClient } from './language-client.js';
import type { PageTexts } from './page-texts.js';

export interface CheckedForm {
    model?: OfficialForm;
    errors: number;
    warnings: number;
    hasSyntaxErrors: boolean;
}

/** The server's form model of `model`'s text as last checked. */
export async function checkedForm(client: JixiaoLanguageClient, model: Monaco.editor.ITextModel): Promise<CheckedForm & { version?: number }> {
    const { model: wire, ...counts } = await client.request<FormModelResult>(FORM_MODEL_REQUEST, { uri: model.uri.toString() } satisfies FormModelParams);
    return { ...counts, model: wire ? fromWire<OfficialForm>(wire) : undefined };
}

export class FormPreview {
    private generation = 0;

    constructor(
        private readonly client: JixiaoLanguageClient,
        private readonly model: Monaco.editor.ITextModel,
        private readonly container: HTMLElement,
        private readonly banner: HTMLElement,
        private readonly texts: PageTexts
    ) {
        const style = document.createElement('style');
        style.textContent = FORM_TABLE_CSS;
        document.head.append(style);
        new ResizeObserver(() => this.fit()).observe(container.parentElement!);
    }

    /** Asks for the model of the current text and redraws; an answer a newer request overtook is dropped. */
    async refresh(): Promise<void> {
        const generation = ++this.generation;
        const form = await checkedForm(this.client, this.model);
        if (generation !== this.generation || (form.version !== undefined && form.version !== this.model.getVersionId())) {
            return;
        }
        const banner = !form.model ? this.texts.previewNotDeclaration : form.hasSyntaxErrors ? this.texts.previewSyntaxErrors : '';
        this.banner.textContent = banner;
        this.banner.hidden = !banner;
        this.container.innerHTML = form.model ? formTableHtml(form.model) : '';
        this.fit();
    }

    /** Scales the sheet to the pane's width (never larger than its own widths), as the VS Code preview does. */
    private fit(): void {
        const table = this.container.querySelector<HTMLTableElement>('table.form');
        if (table) {
            const available = this.container.parentElement!.clientWidth - 48;
            this.container.style.zoom = String(Math.min(1, Math.max(0.3, available / Number(table.dataset.width))));
        }
    }
}
