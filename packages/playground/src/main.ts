/**
 * The page: Monaco with the Jixiao language server in a Web Worker, the problems list under the
 * editor, the form preview beside it, and the toolbar (新建, 导入, 导出 Excel, 分享链接, 大纲, 格式化).
 * The document is kept in local storage; a share link carries it in the URL fragment. Nothing is
 * fetched at run time: the page works from a shared folder with no network.
 */
import './page.css';
import { EDITOR_OPTIONS, INVISIBLE_CHARACTERS_ON, LANGUAGE_ID, monaco, registerJixiaoLanguage } from './jixiao-monaco.js';
import { JixiaoLanguageClient, MARKER_OWNER } from './language-client.js';
import { ProblemsPanel } from './problems-panel.js';
import { checkedForm, FormPreview } from './form-preview.js';
import { saveDocument, shareLink } from './document-store.js';
import type { ServerStart } from './language-server-start.js';
import { loadFormTools } from './form-tools-loader.js';
import { PAGE_TEXTS, pageLocale } from './page-texts.js';

const locale = pageLocale();
const texts = PAGE_TEXTS[locale];
const element = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** What tests and the benchmark read: when the first diagnostics were shown, and the editor. */
interface PlaygroundHandle {
    monaco: typeof monaco;
    editor: monaco.editor.IStandaloneCodeEditor;
    /** performance.now() when the first diagnostics of the opened document were in the problems list. */
    readyMs?: number;
}

async function main(): Promise<void> {
    // Marks for the benchmark's breakdown of the time to the first diagnostics.
    performance.mark('jixiao:script-evaluated');
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : 'en';
    document.title = texts.title;
    localizeStaticTexts();
    const status = element('status');
    status.textContent = texts.starting;

    // language-server.js started the server with the opened document: it is being checked while
    // this script was parsed and evaluated, and while the editor is created.
    const start = (globalThis as { jixiaoServerStart?: ServerStart }).jixiaoServerStart;
    if (!start) {
        throw new Error('assets/language-server.js did not start the server');
    }
    const { opening } = start;
    if (opening.savedInstead !== undefined) {
        showSharedBanner(opening.savedInstead);
    }
    if (opening.brokenShareLink) {
        toast(texts.sharedBroken);
    }

    registerJixiaoLanguage();
    const model = monaco.editor.createModel(opening.text, LANGUAGE_ID, monaco.Uri.parse(start.opened.uri));
    const editor = monaco.editor.create(element('editor'), { ...EDITOR_OPTIONS, model });
    performance.mark('jixiao:editor-created');
    const handle: PlaygroundHandle = { monaco, editor };
    (window as unknown as { jixiaoPlayground: PlaygroundHandle }).jixiaoPlayground = handle;
    // Saved from the first keystroke on, even while the checker starts (or if it cannot).
    keepInStorage(editor, model, opening.fromShareLink);

    const client = await JixiaoLanguageClient.connect(monaco, start);
    client.syncDocument(model);

    const problems = new ProblemsPanel(monaco, editor, element('problems-list'), element('problems-summary'), texts, MARKER_OWNER);
    problems.render();
    monaco.editor.onDidChangeMarkers(uris => {
        if (uris.some(uri => uri.toString() === model.uri.toString())) {
            problems.render();
        }
    });
    const preview = new FormPreview(client, model, element('preview-sheet'), element('preview-banner'), texts);
    client.onDiagnostics(() => {
        status.textContent = '';
        if (handle.readyMs === undefined) {
            // Drawn now (Monaco announces changed markers a task later): this is when the analyst sees them.
            problems.render();
            handle.readyMs = performance.now();
            performance.mark('jixiao:ready');
            document.body.dataset.state = 'ready';
            // What the first diagnostics need not wait for: the editor worker (invisible
            // characters), and the providers, whose first requests (semantic tokens, inlay sums,
            // folding, outline) the server answers after the diagnostics.
            editor.updateOptions(INVISIBLE_CHARACTERS_ON);
            client.registerProviders(LANGUAGE_ID, texts.cannotRename);
        }
        preview.refresh().catch(error => console.error('jixiao: preview', error));
    });
    // The first diagnostics are often waiting already: handled from here on.
    client.listen();
    wireToolbar(editor, model, client);
}

/**
 * Saves every change (debounced, and at once when the page is hidden or closed, so no keystroke is
 * lost); an edit of a shared document makes it this browser's document. Ctrl+S saves too, instead
 * of the browser's "save page" dialog.
 */
function keepInStorage(editor: monaco.editor.IStandaloneCodeEditor, model: monaco.editor.ITextModel, fromShareLink: boolean): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let warned = false;
    const save = (): boolean => {
        clearTimeout(timer);
        timer = undefined;
        const saved = saveDocument(model.getValue());
        if (!saved && !warned) {
            warned = true;
            toast(texts.storageFull);
        }
        return saved;
    };
    model.onDidChangeContent(() => {
        if (fromShareLink) {
            fromShareLink = false;
            element('shared-banner').hidden = true;
            // The link no longer describes the text: a reload shows the saved (edited) document.
            history.replaceState(null, '', location.href.replace(/#.*$/, ''));
        }
        clearTimeout(timer);
        timer = setTimeout(save, 300);
    });
    window.addEventListener('pagehide', () => {
        if (timer !== undefined) {
            save();
        }
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => {
        if (save()) {
            toast(texts.savedLocally);
        }
    });
}

function showSharedBanner(saved: string): void {
    const banner = element('shared-banner');
    banner.hidden = false;
    element('shared-banner-text').textContent = texts.sharedBanner;
    const button = element<HTMLButtonElement>('open-mine');
    button.textContent = texts.openMine;
    button.addEventListener('click', () => {
        const handle = (window as unknown as { jixiaoPlayground: PlaygroundHandle }).jixiaoPlayground;
        history.replaceState(null, '', location.href.replace(/#.*$/, ''));
        replaceText(handle.editor, saved);
        banner.hidden = true;
    }, { once: true });
}

function wireToolbar(editor: monaco.editor.IStandaloneCodeEditor, model: monaco.editor.ITextModel, client: JixiaoLanguageClient): void {
    element('new-declaration').addEventListener('click', () => {
        if (model.getValue().trim() !== '' && !confirm(texts.confirmReplace)) {
            return;
        }
        // An empty text, then the server's completion: in an empty file it offers the skeleton of
        // each kind of document (department, project, self-evaluation), as in every editor. Ctrl+Z
        // undoes the skeleton, then the clearing.
        editor.focus();
        editor.pushUndoStop();
        editor.executeEdits('new-declaration', [{ range: model.getFullModelRange(), text: '' }]);
        editor.pushUndoStop();
        editor.trigger('toolbar', 'editor.action.triggerSuggest', {});
    });
    element('outline').addEventListener('click', () => {
        editor.focus();
        editor.trigger('toolbar', 'editor.action.quickOutline', null);
    });
    element('format').addEventListener('click', () => {
        editor.focus();
        void editor.getAction('editor.action.formatDocument')?.run();
    });
    element('share').addEventListener('click', async () => {
        const link = shareLink(model.getValue());
        history.replaceState(null, '', link);
        try {
            await navigator.clipboard.writeText(link);
            toast(texts.shareCopied);
        } catch {
            toast(texts.shareCopyByHand);
        }
    });
    element('export').addEventListener('click', () => {
        exportWorkbook(model, client).catch(error => toast(texts.exportFailed(error instanceof Error ? error.message : String(error))));
    });
    wireImportDialog(editor);
}

async function exportWorkbook(model: monaco.editor.ITextModel, client: JixiaoLanguageClient): Promise<void> {
    const form = await checkedForm(client, model);
    if (!form.model) {
        toast(texts.exportNothing);
        return;
    }
    if (form.errors > 0 && !confirm(texts.exportWithErrors(form.errors))) {
        return;
    }
    toast(texts.loadingTools);
    const tools = await loadFormTools().catch(() => {
        throw new Error(texts.toolsMissing);
    });
    const bytes = await tools.formToXlsxBuffer(form.model);
    const title = form.model.kind === 'project' || form.model.kind === 'selfeval' ? form.model.projectName : form.model.departmentName;
    const name = `${title || 'jixiao'}${form.model.year ? `-${form.model.year}` : ''}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
    download(bytes, name, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    toast(texts.exported(name));
}

function download(bytes: Uint8Array, name: string, type: string): void {
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function wireImportDialog(editor: monaco.editor.IStandaloneCodeEditor): void {
    const dialog = element<HTMLDialogElement>('import-dialog');
    const file = element<HTMLInputElement>('import-file');
    const pasted = element<HTMLTextAreaElement>('import-text');
    const error = element('import-error');
    element('import').addEventListener('click', () => {
        error.textContent = '';
        dialog.showModal();
    });
    element('import-cancel').addEventListener('click', () => dialog.close());
    element('import-run').addEventListener('click', async () => {
        const chosen = file.files?.[0];
        if (!chosen && pasted.value.trim() === '') {
            error.textContent = texts.importNothing;
            return;
        }
        error.textContent = texts.loadingTools;
        try {
            const tools = await loadFormTools();
            const bytes = chosen ? new Uint8Array(await chosen.arrayBuffer()) : new TextEncoder().encode(pasted.value);
            const result = await tools.importForm(bytes, chosen?.name);
            if (!result.ok) {
                error.textContent = result.message;
                return;
            }
            dialog.close();
            file.value = '';
            pasted.value = '';
            replaceText(editor, result.text);
            toast(texts.imported(result.source));
        } catch (failure) {
            error.textContent = failure instanceof Error && failure.message.includes('form-tools') ? texts.toolsMissing : String(failure);
        }
    });
}

/** Replaces the whole text as one edit, so Ctrl+Z brings the old text back. */
function replaceText(editor: monaco.editor.IStandaloneCodeEditor, text: string): void {
    const model = editor.getModel()!;
    editor.pushUndoStop();
    editor.executeEdits('jixiao', [{ range: model.getFullModelRange(), text }]);
    editor.pushUndoStop();
    editor.setPosition({ lineNumber: 1, column: 1 });
    editor.revealLine(1);
}

function localizeStaticTexts(): void {
    for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
        node.textContent = texts[node.dataset.text as keyof typeof texts] as string;
    }
    for (const node of document.querySelectorAll<HTMLElement>('[data-tip]')) {
        node.title = texts[node.dataset.tip as keyof typeof texts] as string;
    }
    element<HTMLTextAreaElement>('import-text').placeholder = texts.importPastePlaceholder;
}

let toastTimer: ReturnType<typeof setTimeout> | undefined;
function toast(message: string): void {
    const node = element('toast');
    node.textContent = message;
    node.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => {
        node.hidden = true;
    }, 6000);
}

main().catch(error => {
    console.error(error);
    const status = element('status');
    status.textContent = texts.workerFailed(error instanceof Error ? error.message : String(error));
    status.classList.add('failed');
});
