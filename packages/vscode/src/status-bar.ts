/**
 * A status item for the active declaration: its 总额 (as the form's 金额合计 will print it) and its
 * errors and warnings, all from the language server's answer for the current text. Refreshes when
 * the server publishes diagnostics and (debounced) on edits.
 */
import * as vscode from 'vscode';
import { grandTotalOf, isEvaluationForm, isProjectForm } from 'jixiao-form/model';
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
        let checked;
        try {
            checked = await this.models.get(document);
        } catch {
            // No server (yet): nothing to show until it answers.
            if (generation === this.updateGeneration) {
                this.item.hide();
            }
            return;
        }
        if (generation !== this.updateGeneration) {
            return;
        }
        const { errors, warnings, model } = checked;
        // A project's total is its 年度资金总额; an evaluation's, its 年度资金总额 for the year (全年预算数).
        const sum = !model ? undefined : isEvaluationForm(model) ? model.funds[0]?.budget : isProjectForm(model) ? model.funds.total : grandTotalOf(model).total;
        const total = sum === undefined ? '—' : formatAmountGrouped(sum);
        const unit = model?.amountUnit ?? '元';
        this.item.text = `$(law) ${vscode.l10n.t('Total {0} {1}', total, unit)}  $(error) ${errors}  $(warning) ${warnings}`;
        this.item.tooltip = `${counts(errors, warnings)} ${vscode.l10n.t('Click to open the Problems panel.')}`;
        this.item.accessibilityInformation = { label: `${vscode.l10n.t('Total {0} {1}', total, unit)}, ${counts(errors, warnings)}`, role: 'button' };
        this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
        this.item.show();
    }

    dispose(): void {
        this.item.dispose();
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

/** `1 error, 2 warnings.` */
function counts(errors: number, warnings: number): string {
    const errorText = errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', errors);
    const warningText = warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', warnings);
    return vscode.l10n.t('{0}, {1}.', errorText, warningText);
}
