/**
 * The preview webview's page around the form's table (formTableHtml in jixiao-form/html, shared
 * with the browser page). Pure functions, no `vscode`.
 */
import { escapeHtml, FORM_TABLE_CSS } from 'jixiao-form/html';

/** The webview document. Scripts only with the nonce; updates arrive as `{ type: 'update' }` messages. */
export function previewPageHtml(options: { nonce: string; cspSource: string; title: string; body: string; banner?: string; lang: string }): string {
    const { nonce, cspSource } = options;
    return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(options.title)}</title>
<style nonce="${nonce}">${PREVIEW_CSS}</style>
</head>
<body>
<div id="banner" class="banner"${options.banner ? '' : ' hidden'}>${escapeHtml(options.banner ?? '')}</div>
<main id="form">${options.body}</main>
<script nonce="${nonce}">
const banner = document.getElementById('banner');
const form = document.getElementById('form');
function fitToPane() {
    const table = form.querySelector('table.form');
    if (!table) { return; }
    const available = document.documentElement.clientWidth - 80;
    form.style.zoom = String(Math.min(1, Math.max(0.3, available / Number(table.dataset.width))));
}
window.addEventListener('resize', fitToPane);
window.addEventListener('message', event => {
    const message = event.data;
    if (message && message.type === 'update') {
        if (typeof message.html === 'string') { form.innerHTML = message.html; fitToPane(); }
        banner.textContent = message.banner || '';
        banner.hidden = !message.banner;
    }
});
fitToPane();
</script>
</body>
</html>`;
}

/** Paper-like, whatever the editor theme: the form is a printed document. */
const PREVIEW_CSS = `
body { background: #e8e8e8; margin: 0; padding: 16px; }
.banner { font: 13px var(--vscode-font-family, sans-serif); background: #fff4ce; color: #5c4400; border: 1px solid #e0c36a; padding: 6px 10px; margin: 0 auto 12px; max-width: 1200px; }
main { background: #fff; color: #000; margin: 0 auto; padding: 24px; width: max-content; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
${FORM_TABLE_CSS}`;
