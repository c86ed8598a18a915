/**
 * Texts that become one cell of a form each (names, 主要内容, 指标值, 度量单位, 指标解释, the project
 * form's header fields, a self-evaluation's actuals, reasons and goal texts) must fit
 * an Excel cell, 32,767 characters: export refuses a longer one, so the checker says so first
 * (structure.text-too-long). Measured as the cell will store it (domain/spreadsheet.ts); a value is
 * measured as written, which is never shorter than its cell. The goals are not measured: the form
 * spreads their text over as many cells as it needs.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import { isFreeText, isGrade, isQuantity, isDeadline, type Declaration, type Indicator, type ProjectDeclaration, type SelfEvaluation, type Task } from '../generated/ast.js';
import { fitsCell, spreadsheetCellText } from '../domain/spreadsheet.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { cellTextNames, Messages, type Message } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';

export class JixiaoCellTextValidator {
    constructor(private readonly issues: IssueReporter) {}

    checkDeclarationTexts = (declaration: Declaration, accept: ValidationAcceptor): void => {
        this.check(declaration.departmentName, cellTextNames.departmentName, accept, declaration, 'departmentName');
        this.check(declaration.authority, cellTextNames.authority, accept, declaration, 'authority');
    };

    /** The project form's header cells (所属任务 is not on the form). */
    checkProjectTexts = (project: ProjectDeclaration, accept: ValidationAcceptor): void => {
        this.checkProjectHeader(project, accept);
        this.check(project.attribute, cellTextNames.attribute, accept, project, 'attribute');
        this.check(project.period, cellTextNames.period, accept, project, 'period');
    };

    /** The self-evaluation's header cells, the 偏差原因 of its fund rows and its two goal texts. */
    checkEvaluationTexts = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        this.checkProjectHeader(evaluation, accept);
        for (const row of evaluation.funds?.rows ?? []) {
            this.check(row.reason, cellTextNames.fundReason(row.kind ?? ''), accept, row, 'reason');
        }
        const goals = evaluation.goals;
        if (goals) {
            this.check(goals.expected, cellTextNames.expectedGoals, accept, goals, 'expected');
            this.check(goals.achieved, cellTextNames.achievedGoals, accept, goals, 'achieved');
        }
    };

    checkTaskTexts = (task: Task, accept: ValidationAcceptor): void => {
        const name = task.name ?? '';
        this.check(task.name, cellTextNames.taskName(name), accept, task, 'name');
        this.check(task.content, cellTextNames.taskContent(name), accept, task, 'content');
    };

    checkIndicatorTexts = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const name = indicator.name ?? '';
        this.check(indicator.name, cellTextNames.indicatorName(name), accept, indicator, 'name');
        this.check(indicator.unitCell, cellTextNames.indicatorUnit(name), accept, indicator, 'unitCell');
        this.check(indicator.explanation, cellTextNames.indicatorExplanation(name), accept, indicator, 'explanation');
        const value = indicator.value;
        if (value) {
            this.check(valueText(value), cellTextNames.indicatorValue(name), accept, indicator, 'value');
        }
        // A self-evaluation's 实际完成值 and 偏差原因分析及改进措施.
        if (indicator.actual) {
            this.check(valueText(indicator.actual), cellTextNames.indicatorActual(name), accept, indicator, 'actual');
        }
        this.check(indicator.reason, cellTextNames.indicatorReason(name), accept, indicator, 'reason');
    };

    /** 项目名称, 主管部门 and 实施单位, on the project form and the self-evaluation alike. */
    private checkProjectHeader(header: ProjectDeclaration | SelfEvaluation, accept: ValidationAcceptor): void {
        this.check(header.projectName, cellTextNames.projectName, accept, header, 'projectName');
        this.check(header.authority, cellTextNames.authority, accept, header, 'authority');
        this.check(header.implementer, cellTextNames.implementer, accept, header, 'implementer');
    }

    private check<N extends AstNode>(text: string | undefined, what: Message, accept: ValidationAcceptor, node: N, property: string): void {
        if (text === undefined || fitsCell(text)) {
            return;
        }
        this.issues.report(accept, IssueCodes.StructureTextTooLong, Messages.textTooLong(what, spreadsheetCellText(text).length), {
            node, property: property as never
        });
    }
}

/** The 指标值 as written: comparator, number and unit, a deadline, a grade or the quoted text. */
function valueText(value: Indicator['value']): string | undefined {
    if (isQuantity(value)) {
        return `${value.comparator ?? ''}${value.number ?? ''}${value.unit ?? ''}`;
    }
    if (isFreeText(value)) {
        return value.text;
    }
    if (isGrade(value)) {
        return `${value.grade ?? ''}`;
    }
    if (isDeadline(value)) {
        return value.deadline;
    }
    return undefined;
}
