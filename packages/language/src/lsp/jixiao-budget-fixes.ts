/**
 * Quick fixes for 预算 diagnostics: a task's 总额 or 其他资金 set from the other two, a 金额合计
 * column set to the sum of the tasks, a missing amount inserted (computed where the other two
 * columns allow), a duplicate task removed. Amounts are written in the style already used
 * (grouped `11,782,800.00` or plain `11782800.00`).
 */
import { GrammarUtils } from 'langium';
import { isGrandTotal, isProjectFunds, isTask, type ProjectFunds, type Task } from '../generated/ast.js';
import { amountOf } from '../jixiao-ast-utils.js';
import { AMOUNT_COLUMNS, DEPARTMENT_DECLARATION, PROJECT_DECLARATION, type AmountColumnKey } from '../domain/grammar-facts.js';
import { parseAmount, type Hundredths } from '../domain/money.js';
import { amountInStyleOf } from './jixiao-budget-sums.js';
import { diagnosticData, removeNodeFix, type Fix } from './jixiao-fix-context.js';
import { amountColumnNames, FixTexts } from './jixiao-lsp-messages.js';
import { childIndent } from './jixiao-text-edits.js';


/** Where the three amounts are written and add up: a task, or a project's funds. */
type SummedAmounts = Task | ProjectFunds;
const isSummedAmounts = (node: unknown): node is SummedAmounts => isTask(node) || isProjectFunds(node);
/** A project's 项目资金 names its total 年度资金总额. */
const keywordsOf = (owner: SummedAmounts) => (isProjectFunds(owner) ? PROJECT_DECLARATION : DEPARTMENT_DECLARATION).amounts;

export const fixTaskSum: Fix = (context, diagnostic) => {
    const task = context.nodeAt(diagnostic, isSummedAmounts);
    const { expectedTotal, expectedOther } = diagnosticData(diagnostic);
    const total = hundredthsOf(expectedTotal);
    const other = hundredthsOf(expectedOther);
    if (!task) {
        return [];
    }
    const actions = [];
    if (total !== undefined) {
        const amount = amountInStyleOf(total, task.total);
        const title = isProjectFunds(task) ? FixTexts.setFundsTotal(amount) : FixTexts.setTotal(amount);
        actions.push(context.action(title, diagnostic, [{ range: diagnostic.range, newText: amount }], true));
    }
    const otherNode = GrammarUtils.findNodeForProperty(task.$cstNode, 'other');
    if (other !== undefined && otherNode) {
        const amount = amountInStyleOf(other, task.other);
        actions.push(context.action(FixTexts.setOther(amount), diagnostic, [{ range: otherNode.range, newText: amount }]));
    }
    return actions;
};

export const fixGrandTotal: Fix = (context, diagnostic) => {
    const grandTotal = context.nodeAt(diagnostic, isGrandTotal);
    const { column, expected } = diagnosticData(diagnostic);
    const sum = hundredthsOf(expected);
    if (!grandTotal || sum === undefined || !isColumn(column)) {
        return [];
    }
    const amount = amountInStyleOf(sum, grandTotal[column]);
    return [context.action(FixTexts.setGrandTotal(context.say(amountColumnNames[column]), amount), diagnostic, [{ range: diagnostic.range, newText: amount }], true)];
};

export const fixAmountMissing: Fix = (context, diagnostic) => {
    const task = context.nodeAt(diagnostic, isSummedAmounts);
    const { column } = diagnosticData(diagnostic);
    if (!task || !isColumn(column) || task[column] !== undefined) {
        return [];
    }
    const value = missingAmount(task, column) ?? 0n;
    const sample = AMOUNT_COLUMNS.map(key => task[key]).find(text => text !== undefined);
    const amount = amountInStyleOf(value, sample);
    const keywords = keywordsOf(task);
    const cell = `${keywords[column]} ${amount}`;
    const order = AMOUNT_COLUMNS.indexOf(column);
    // The grammar wants 总额, 财政拨款, 其他资金 in this order: insert after the column before it, or before the one after it.
    const previous = AMOUNT_COLUMNS.slice(0, order).reverse().map(key => GrammarUtils.findNodeForProperty(task.$cstNode, key)).find(node => node);
    const nextKey = AMOUNT_COLUMNS.slice(order + 1).find(key => task[key] !== undefined);
    const next = nextKey ? GrammarUtils.findNodeForKeyword(task.$cstNode, keywords[nextKey]) : undefined;
    let edit;
    if (previous) {
        edit = { range: { start: previous.range.end, end: previous.range.end }, newText: `  ${cell}` };
    } else if (next) {
        edit = { range: { start: next.range.start, end: next.range.start }, newText: `${cell}  ` };
    } else {
        // No amount yet: a new line after 主要内容 (or after `{`).
        const anchor = GrammarUtils.findNodeForProperty(task.$cstNode, 'content') ?? GrammarUtils.findNodeForKeyword(task.$cstNode, '{');
        edit = anchor ? { range: { start: anchor.range.end, end: anchor.range.end }, newText: `\n${childIndent(context.text, task)}${cell}` } : undefined;
    }
    const columnName = isProjectFunds(task) && column === 'total' ? FixTexts.fundsTotal : amountColumnNames[column];
    return [context.action(FixTexts.insertAmount(context.say(columnName), amount), diagnostic, [edit], true)];
};

export const fixTaskDuplicate: Fix = removeNodeFix(isTask, task => FixTexts.removeTask(task.name));

/** The missing column computed from the other two, when both are there and the result is not negative. */
function missingAmount(task: SummedAmounts, column: AmountColumnKey): Hundredths | undefined {
    const total = amountOf(task, 'total');
    const fiscal = amountOf(task, 'fiscal');
    const other = amountOf(task, 'other');
    const result = column === 'total'
        ? (fiscal !== undefined && other !== undefined ? fiscal + other : undefined)
        : column === 'fiscal'
            ? (total !== undefined && other !== undefined ? total - other : undefined)
            : (total !== undefined && fiscal !== undefined ? total - fiscal : undefined);
    return result !== undefined && result >= 0n ? result : undefined;
}

function hundredthsOf(value: unknown): Hundredths | undefined {
    if (typeof value !== 'string') {
        return undefined;
    }
    const parsed = parseAmount(value);
    return parsed.ok ? parsed.hundredths : undefined;
}

function isColumn(value: unknown): value is AmountColumnKey {
    return value === 'total' || value === 'fiscal' || value === 'other';
}
