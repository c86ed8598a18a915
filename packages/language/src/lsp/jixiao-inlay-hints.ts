/**
 * Inlay hints: the computed sum beside each task's 总额 (财政拨款 + 其他资金) and beside each
 * 金额合计 column (the sum of the tasks): `= 29,141,800.00`, or `≠ 50.00` when the written figure
 * is wrong. A hint that would only repeat the figure as written (already grouped, and right) is
 * left out. Beside a task's 总额 also what the projects of the workspace that name it ask for
 * (`项目合计 2,918,400.00`), and beside a project's 年度资金总额 its funds' sum like a task's. In a
 * self-evaluation, the scores (jixiao-selfeval-editor.ts).
 */
import { GrammarUtils, type LangiumDocument, type MaybePromise } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import type { InlayHint, InlayHintParams, Range } from 'vscode-languageserver';
import { isDeclaration, isProjectDeclaration, isSelfEvaluation, type GrandTotal, type ProjectFunds, type Task } from '../generated/ast.js';
import { evaluationHints } from './jixiao-selfeval-editor.js';
import type { JixiaoWorkspaceIndex } from '../workspace/jixiao-workspace-index.js';
import type { JixiaoServices } from '../jixiao-module.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { formatAmountGrouped, type Hundredths } from '../domain/money.js';
import { grandTotalColumns, taskSum } from './jixiao-budget-sums.js';
import { amountColumnNames, InlayTexts } from './jixiao-lsp-messages.js';

export class JixiaoInlayHintProvider implements InlayHintProvider {
    private readonly settings: JixiaoSettings;
    private readonly workspace: JixiaoWorkspaceIndex;

    constructor(services: JixiaoServices) {
        this.settings = services.settings.JixiaoSettings;
        this.workspace = services.workspace.WorkspaceIndex;
    }

    getInlayHints(document: LangiumDocument, params: InlayHintParams): MaybePromise<InlayHint[] | undefined> {
        const declaration = document.parseResult?.value;
        if (isSelfEvaluation(declaration)) {
            return evaluationHints(declaration, this.settings.locale).filter(hint => within(hint.position, params.range));
        }
        if (isProjectDeclaration(declaration) && declaration.funds) {
            const hints: InlayHint[] = [];
            this.taskHint(declaration.funds, hints);
            return hints.filter(hint => within(hint.position, params.range));
        }
        const section = isDeclaration(declaration) ? declaration.tasks : undefined;
        if (!section) {
            return [];
        }
        const hints: InlayHint[] = [];
        for (const task of section.tasks ?? []) {
            this.taskHint(task, hints);
            this.projectsHint(task, hints);
        }
        if (section.grandTotal) {
            this.grandTotalHints(section.grandTotal, hints);
        }
        return hints.filter(hint => within(hint.position, params.range));
    }

    /** What the projects naming the task ask for, when there are any. */
    private projectsHint(task: Task, hints: InlayHint[]): void {
        const found = this.workspace.commitmentOf(task);
        const cst = GrammarUtils.findNodeForProperty(task.$cstNode, 'total');
        if (!found || found.commitment.projects.length === 0 || !cst) {
            return;
        }
        const sum = found.commitment.sums.total.sum;
        const total = found.task.amounts.total;
        const label = total !== undefined && sum > total
            ? InlayTexts.projectsSumOver(formatAmountGrouped(sum), formatAmountGrouped(sum - total))
            : InlayTexts.projectsSum(formatAmountGrouped(sum));
        const names = found.commitment.projects.map(project => `${project.projectName ?? ''} ${project.funds.total === undefined ? '—' : formatAmountGrouped(project.funds.total)}`);
        hints.push({
            position: cst.range.end,
            label: label[this.settings.locale],
            paddingLeft: true,
            tooltip: InlayTexts.projectsTooltip(names.join('；'))[this.settings.locale]
        });
    }

    private taskHint(task: Task | ProjectFunds, hints: InlayHint[]): void {
        const sums = taskSum(task);
        if (!sums || sums.written === undefined) {
            return;
        }
        const tooltip = InlayTexts.taskSumTooltip(formatAmountGrouped(sums.fiscal), formatAmountGrouped(sums.other), formatAmountGrouped(sums.sum));
        this.hintAfter(task, 'total', task.total, sums.written, sums.sum, tooltip[this.settings.locale], hints);
    }

    private grandTotalHints(grandTotal: GrandTotal, hints: InlayHint[]): void {
        const count = grandTotal.$container?.tasks.length ?? 0;
        for (const { column, sum, written } of grandTotalColumns(grandTotal)) {
            if (sum === undefined || written === undefined) {
                continue;
            }
            const tooltip = InlayTexts.columnSumTooltip(amountColumnNames[column][this.settings.locale], count, formatAmountGrouped(sum));
            this.hintAfter(grandTotal, column, grandTotal[column], written, sum, tooltip[this.settings.locale], hints);
        }
    }

    private hintAfter(node: Task | ProjectFunds | GrandTotal, property: string, text: string | undefined, written: Hundredths, sum: Hundredths, tooltip: string, hints: InlayHint[]): void {
        const grouped = formatAmountGrouped(sum);
        if (written === sum && text === grouped) {
            return;
        }
        const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        if (!cst) {
            return;
        }
        hints.push({
            position: cst.range.end,
            label: `${written === sum ? '=' : '≠'} ${grouped}`,
            paddingLeft: true,
            tooltip
        });
    }
}

function within(position: { line: number; character: number }, range: Range): boolean {
    const after = (a: { line: number; character: number }, b: { line: number; character: number }) =>
        a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(position, range.start) && after(range.end, position);
}
