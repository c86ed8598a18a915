/**
 * Texts that become one cell of a form each (names, 主要内容, 指标值, 度量单位, 指标解释, the header
 * fields of every kind of document, a self-evaluation's actuals, reasons and goal texts) must fit
 * an Excel cell, 32,767 characters: export refuses a longer one, so the checker says so first
 * (structure.text-too-long). Measured as the cell will store it (domain/spreadsheet.ts); a value is
 * measured as written, which is never shorter than its cell. The goals of a declaration are not
 * measured: the form spreads their text over as many cells as it needs. One method per AST type
 * that holds such texts; jixiao-validator.ts registers them.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import {
    isDeadline, isFreeText, isGrade, isQuantity,
    type EvaluationGoals, type FundRow, type Indicator, type JixiaoDocument, type Task
} from '../generated/ast.js';
import { fitsCell, spreadsheetCellText } from '../domain/spreadsheet.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { cellTextNames, Messages, type Message } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';

/** The header fields a form shows in one cell each (所属任务, 金额单位, 指标体系 are not on a form as written). */
const HEADER_CELLS = ['departmentName', 'authority', 'projectName', 'implementer', 'attribute', 'period'] as const;

export class JixiaoCellTextValidator {
    constructor(private readonly issues: IssueReporter) {}

    /** The header's cells, on whichever kind of document has them: the value that counts, the last written. */
    headerTextsMustFitACell = (document: JixiaoDocument, accept: ValidationAcceptor): void => {
        for (const field of HEADER_CELLS) {
            const values = (document as unknown as Partial<Record<typeof field, string[]>>)[field];
            if (values?.length) {
                this.mustFit(values[values.length - 1], () => cellTextNames[field], accept, document, field, values.length - 1);
            }
        }
    };

    taskTextsMustFitACell = (task: Task, accept: ValidationAcceptor): void => {
        const name = task.name ?? '';
        this.mustFit(task.name, () => cellTextNames.taskName(name), accept, task, 'name');
        this.mustFit(task.content, () => cellTextNames.taskContent(name), accept, task, 'content');
    };

    indicatorTextsMustFitACell = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const name = indicator.name ?? '';
        this.mustFit(indicator.name, () => cellTextNames.indicatorName(name), accept, indicator, 'name');
        this.mustFit(indicator.unitCell, () => cellTextNames.indicatorUnit(name), accept, indicator, 'unitCell');
        this.mustFit(indicator.explanation, () => cellTextNames.indicatorExplanation(name), accept, indicator, 'explanation');
        this.mustFit(valueText(indicator.value), () => cellTextNames.indicatorValue(name), accept, indicator, 'value');
        // A self-evaluation's 实际完成值 and 偏差原因分析及改进措施.
        this.mustFit(valueText(indicator.actual), () => cellTextNames.indicatorActual(name), accept, indicator, 'actual');
        this.mustFit(indicator.reason, () => cellTextNames.indicatorReason(name), accept, indicator, 'reason');
    };

    /** The 偏差原因 of a self-evaluation's fund row. */
    fundReasonMustFitACell = (row: FundRow, accept: ValidationAcceptor): void => {
        this.mustFit(row.reason, () => cellTextNames.fundReason(row.kind ?? ''), accept, row, 'reason');
    };

    /** A self-evaluation's 预期目标 and 实际完成情况, one cell each. */
    goalTextsMustFitACell = (goals: EvaluationGoals, accept: ValidationAcceptor): void => {
        this.mustFit(goals.expected, () => cellTextNames.expectedGoals, accept, goals, 'expected');
        this.mustFit(goals.achieved, () => cellTextNames.achievedGoals, accept, goals, 'achieved');
    };

    /** `what` names the cell; it is built only for a text that does not fit (this runs for every indicator on every keystroke). */
    private mustFit(text: string | undefined, what: () => Message, accept: ValidationAcceptor, node: AstNode, property: string, index?: number): void {
        if (text === undefined || fitsCell(text)) {
            return;
        }
        this.issues.report(accept, IssueCodes.StructureTextTooLong, Messages.textTooLong(what(), spreadsheetCellText(text).length), {
            node, property: property as never, index
        });
    }
}

/** The 指标值 as written: comparator, number and unit, a deadline, a grade or the quoted text. */
function valueText(value: Indicator['value'] | undefined): string | undefined {
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
