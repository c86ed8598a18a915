/**
 * 预算: every task adds up (总额 = 财政拨款 + 其他资金), and so do a project's funds (年度资金总额),
 * 金额合计 is the sum of the tasks, amounts are present, non-negative, have at most two decimals and
 * fit a spreadsheet cell to the fen (15 significant digits). All arithmetic is BigInt hundredths. One method per rule; jixiao-validator.ts says which AST type
 * each applies to.
 */
import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import type { GrandTotal, ProjectFunds, Task, TaskSection } from '../generated/ast.js';
import { amountOf, amountUnitOf, columnSum, documentOf, type AmountOwner } from '../jixiao-ast-utils.js';
import { AMOUNT_COLUMNS, DEPARTMENT_DECLARATION, PROJECT_DECLARATION, sectionKeyword } from '../domain/grammar-facts.js';
import { amountFitsSpreadsheet, formatAmount, formatAmountGrouped, parseAmount, significantDigits } from '../domain/money.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { Messages, type Message } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import { forEachRepeat } from './jixiao-repeats.js';
import { misspeltFields } from './jixiao-field-validator.js';

export class JixiaoBudgetValidator {
    constructor(private readonly issues: IssueReporter) {}

    taskMustHaveEveryAmount = (task: Task, accept: ValidationAcceptor): void => {
        if (task.name === undefined) {
            return;
        }
        // A misspelt column (总数 for 总额) is reported once, as the unknown field it is.
        const misspelt = misspeltFields(task);
        const missing = AMOUNT_COLUMNS.filter(column => task[column] === undefined && !misspelt.has(DEPARTMENT_DECLARATION.amounts[column]));
        for (const column of missing) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, Messages.amountMissing(task.name, column), {
                node: task, property: 'name', data: { column }
            });
        }
    };

    fundsMustHaveEveryAmount = (funds: ProjectFunds, accept: ValidationAcceptor): void => {
        const misspelt = misspeltFields(funds);
        const missing = AMOUNT_COLUMNS.filter(column => funds[column] === undefined && !misspelt.has(PROJECT_DECLARATION.amounts[column]));
        for (const column of missing) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, Messages.fundsAmountMissing(column), {
                node: funds, keyword: sectionKeyword(PROJECT_DECLARATION, 'funds'), data: { column }
            });
        }
    };

    /** Thousands separators in their places, no sign, at most two decimals: on a task, 金额合计 and a project's funds. */
    amountMustBeWellFormed = (owner: AmountOwner, accept: ValidationAcceptor): void => {
        forEachAmountColumn(owner, column => this.amountTextMustBeWellFormed(owner, column, accept));
    };

    /** One amount as written (a task's, 金额合计's, a project's or an evaluation's funds). */
    amountTextMustBeWellFormed<N extends AstNode>(owner: N, column: Properties<N>, accept: ValidationAcceptor): void {
        const text = (owner as unknown as Record<string, string | undefined>)[column];
        const parsed = text === undefined ? undefined : parseAmount(text);
        if (text === undefined || !parsed || parsed.ok) {
            return;
        }
        const unit = amountUnitOf(documentOf(owner));
        const location = { node: owner, property: column, data: { column } } as const;
        switch (parsed.reason) {
            case 'syntax':
                this.issues.report(accept, IssueCodes.BudgetAmountSyntax, Messages.amountSyntax(text), location);
                break;
            case 'negative':
                this.issues.report(accept, IssueCodes.BudgetAmountNegative, Messages.amountNegative(text), location);
                if (parsed.decimal && parsed.decimal.scale > 2) {
                    this.issues.report(accept, IssueCodes.BudgetAmountPrecision, Messages.amountPrecision(text, unit), location);
                }
                break;
            case 'precision':
                this.issues.report(accept, IssueCodes.BudgetAmountPrecision, Messages.amountPrecision(text, unit), location);
                break;
        }
    }

    /** At most 15 significant digits (to the fen), what a spreadsheet cell keeps exactly: on a task, 金额合计 and a project's funds. */
    amountMustFitACell = (owner: AmountOwner, accept: ValidationAcceptor): void => {
        forEachAmountColumn(owner, column => this.amountTextMustFitACell(owner, column, accept));
    };

    /** One well-formed amount as written fits a cell (a task's, 金额合计's, a project's or an evaluation's funds). */
    amountTextMustFitACell<N extends AstNode>(owner: N, column: Properties<N>, accept: ValidationAcceptor): void {
        const text = (owner as unknown as Record<string, string | undefined>)[column];
        const parsed = text === undefined ? undefined : parseAmount(text);
        if (text !== undefined && parsed?.ok && !amountFitsSpreadsheet(parsed.hundredths)) {
            this.issues.report(accept, IssueCodes.BudgetAmountTooLarge, Messages.amountTooLarge(text, significantDigits(parsed.hundredths)), {
                node: owner, property: column, data: { column }
            });
        }
    }

    /**
     * Each task's amounts fit a cell, but their sum, which export writes as 金额合计 when the
     * document omits it, may not.
     */
    columnSumMustFitACell = (section: TaskSection, accept: ValidationAcceptor): void => {
        for (const column of AMOUNT_COLUMNS) {
            const sum = columnSum(section.tasks, column);
            const tasksFit = section.tasks.every(task => amountFitsSpreadsheet(amountOf(task, column) ?? 0n));
            if (sum !== undefined && tasksFit && !amountFitsSpreadsheet(sum) && section.grandTotal?.[column] === undefined) {
                this.issues.report(accept, IssueCodes.BudgetAmountTooLarge,
                    Messages.columnSumTooLarge(column, formatAmountGrouped(sum), significantDigits(sum)), {
                        node: section, keyword: sectionKeyword(DEPARTMENT_DECLARATION, 'tasks'), data: { column }
                    });
            }
        }
    };

    taskTotalMustBeFiscalPlusOther = (task: Task, accept: ValidationAcceptor): void => {
        if (task.name !== undefined) {
            this.totalMustBeFiscalPlusOther(task, (total, fiscal, other, sum) => Messages.taskSum(task.name, total, fiscal, other, sum), accept);
        }
    };

    /** A project's 项目资金 like a task: 年度资金总额 = 财政拨款 + 其他资金. */
    fundsTotalMustBeFiscalPlusOther = (funds: ProjectFunds, accept: ValidationAcceptor): void => {
        this.totalMustBeFiscalPlusOther(funds, Messages.fundsSum, accept);
    };

    grandTotalMustBeSumOfTasks = (grandTotal: GrandTotal, accept: ValidationAcceptor): void => {
        const section = grandTotal.$container;
        for (const column of AMOUNT_COLUMNS) {
            const written = amountOf(grandTotal, column);
            const sum = columnSum(section.tasks, column);
            if (written !== undefined && sum !== undefined && written !== sum) {
                this.issues.report(accept, IssueCodes.BudgetGrandTotal,
                    Messages.grandTotal(column, formatAmountGrouped(written), formatAmountGrouped(sum), section.tasks.length), {
                        node: grandTotal, property: column, data: { column, expected: formatAmount(sum) }
                    });
            }
        }
    };

    taskNameMustBeUnique = (section: TaskSection, accept: ValidationAcceptor): void => {
        forEachRepeat(section.tasks, task => task.name, (task, line) =>
            this.issues.report(accept, IssueCodes.BudgetTaskDuplicate, Messages.taskDuplicate(task.name, line), { node: task, property: 'name' }));
    };

    private totalMustBeFiscalPlusOther(owner: Task | ProjectFunds, message: (total: string, fiscal: string, other: string, sum: string) => Message, accept: ValidationAcceptor): void {
        const total = amountOf(owner, 'total');
        const fiscal = amountOf(owner, 'fiscal');
        const other = amountOf(owner, 'other');
        if (total === undefined || fiscal === undefined || other === undefined || total === fiscal + other) {
            return;
        }
        const sum = fiscal + other;
        this.issues.report(accept, IssueCodes.BudgetTaskSum,
            message(formatAmountGrouped(total), formatAmountGrouped(fiscal), formatAmountGrouped(other), formatAmountGrouped(sum)), {
                node: owner, property: 'total',
                data: {
                    expectedTotal: formatAmount(sum),
                    // Only offered when the rest is not negative.
                    expectedOther: total >= fiscal ? formatAmount(total - fiscal) : undefined
                }
            });
    }
}

/** Each amount column of a task (once it has a name: a half-typed one has no amounts yet), 金额合计 or a project's funds. */
function forEachAmountColumn(owner: AmountOwner, check: (column: typeof AMOUNT_COLUMNS[number]) => void): void {
    if (owner.$type !== 'Task' || owner.name !== undefined) {
        AMOUNT_COLUMNS.forEach(check);
    }
}
