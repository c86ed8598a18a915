/**
 * The problems list under the editor: one row per marker, sorted by position, showing severity,
 * line and column, the message and `[code]` as `jixiao check` prints them; a click puts the cursor
 * on the problem.
 */
import type * as Monaco from 'monaco-editor';
import type { PageTexts } from './page-texts.js';

type Severity = 'error' | 'warning' | 'info';

export class ProblemsPanel {
    constructor(
        private readonly monaco: typeof Monaco,
        private readonly editor: Monaco.editor.IStandaloneCodeEditor,
        private readonly list: HTMLElement,
        private readonly summary: HTMLElement,
        private readonly texts: PageTexts,
        private readonly owner: string
    ) {}

    /** Redraws the list from the model's markers. */
    render(): void {
        const model = this.editor.getModel();
        const markers = model ? this.monaco.editor.getModelMarkers({ resource: model.uri, owner: this.owner }) : [];
        const sorted = [...markers].sort((a, b) => a.startLineNumber - b.startLineNumber || a.startColumn - b.startColumn);
        const counts = { error: 0, warning: 0, info: 0 };
        const rows = sorted.map(marker => {
            const severity = this.severityOf(marker.severity);
            counts[severity]++;
            return this.row(marker, severity);
        });
        if (rows.length === 0) {
            const empty = document.createElement('li');
            empty.className = 'empty';
            empty.textContent = this.texts.noProblems;
            rows.push(empty);
        }
        this.list.replaceChildren(...rows);
        this.summary.textContent = this.texts.counts(counts.error, counts.warning, counts.info);
        this.summary.dataset.errors = String(counts.error);
    }

    private row(marker: Monaco.editor.IMarker, severity: Severity): HTMLLIElement {
        const row = document.createElement('li');
        row.className = `problem ${severity}`;
        row.tabIndex = 0;
        row.dataset.line = String(marker.startLineNumber);
        const code = typeof marker.code === 'string' ? marker.code : marker.code?.value ?? 'syntax';
        row.dataset.code = code;
        const parts: Array<[string, string]> = [
            ['severity', this.texts.severity[severity]],
            ['position', `${marker.startLineNumber}:${marker.startColumn}`],
            ['message', marker.message.replace(/\s*[\r\n]+\s*/g, ' ')],
            ['code', `[${code}]`]
        ];
        for (const [name, text] of parts) {
            const span = document.createElement('span');
            span.className = name;
            span.textContent = text;
            row.append(span);
        }
        row.title = this.texts.line(marker.startLineNumber, marker.startColumn);
        const jump = () => {
            this.editor.setSelection(new this.monaco.Selection(marker.startLineNumber, marker.startColumn, marker.startLineNumber, marker.startColumn));
            this.editor.revealLineInCenter(marker.startLineNumber);
            this.editor.focus();
        };
        row.addEventListener('click', jump);
        row.addEventListener('keydown', event => {
            if (event.key === 'Enter') {
                jump();
            }
        });
        return row;
    }

    private severityOf(severity: Monaco.MarkerSeverity): Severity {
        switch (severity) {
            case this.monaco.MarkerSeverity.Error: return 'error';
            case this.monaco.MarkerSeverity.Warning: return 'warning';
            default: return 'info';
        }
    }
}
