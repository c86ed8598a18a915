/**
 * A status item for the active declaration: its 总额 (as the form's 金额合计 will print it) and its
 * errors and warnings. Refreshes when the server publishes diagnostics and (debounced) on edits.
 */
import * as vscode from 'vscode';
import { buildOfficialForm, grandTotalOf, isEvaluationForm, isProjectForm } from 'jixiao-form';
import { formatAmountGrouped } from 'jixiao-language/domain';
import type { DeclarationModels } from './declaration-models.js';
import { JIXIAO_LANGUAGE_ID } from './language-client.js';

export class DeclarationStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('jixiao.status', vscode.StatusBarAlignment.Left, 50);
    private readonly subscriptions: vscode.Disposable[] = [];
    private updateGeneration = 0;

    constructor(private readonly models: DeclarationModels) {
        this.item.name = vscode.l10n.t('Jixiao declaration');
        this.item.command = 'workbench.actions.view.problems';
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
            vscode.languages.onDidChangeDiagnostics(event => {
                const active = vscode.window.activeTextEditor?.document.uri.toString();
                if (active && event.uris.some(uri => uri.toString() === active)) {
                    void this.update();
                }
            }),
            models.onDidChange(document => {
                if (document === vscode.window.activeTextEditor?.document) {
                    void this.update();
                }
            })
        );
        void this.update();
    }

    private async update(): Promise<void> {
        const document = vscode.window.activeTextEditor?.document;
        if (!document || document.languageId !== JIXIAO_LANGUAGE_ID) {
            this.item.hide();
            return;
        }
        const generation = ++this.updateGeneration;
        const diagnostics = vscode.languages.getDiagnostics(document.uri);
        const errors = diagnostics.filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Error).length;
        const warnings = diagnostics.filter(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Warning).length;
        let total = '—';
        let unit = '元';
        try {
            const model = buildOfficialForm((await this.models.get(document)).declaration);
            // A project's total is its 年度资金总额; an evaluation's, its 年度资金总额 for the year (全年预算数).
            const sum = isEvaluationForm(model) ? model.funds[0]?.budget : isProjectForm(model) ? model.funds.total : grandTotalOf(model).total;
            unit = model.amountUnit;
            total = sum === undefined ? '—' : formatAmountGrouped(sum);
        } catch {
            // A document the form cannot be built from shows no total; its errors say why.
        }
        if (generation !== this.updateGeneration) {
            return;
        }
        this.item.text = `$(law) ${vscode.l10n.t('Total {0} {1}', total, unit)}  $(error) ${errors}  $(warning) ${warnings}`;
        this.item.tooltip = vscode.l10n.t('{0} errors, {1} warnings. Click to open the Problems panel.', errors, warnings);
        this.item.accessibilityInformation = {
            label: vscode.l10n.t('Total {0} {1}, {2} errors, {3} warnings', total, unit, errors, warnings),
            role: 'button'
        };
        this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        this.item.show();
    }

    dispose(): void {
        this.item.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}
