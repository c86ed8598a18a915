/**
 * The sums the editor shows and writes: 财政拨款 + 其他资金 of a task, and each 金额合计 column as
 * the sum of the tasks. Exact hundredths throughout (see domain/money.ts).
 */
import type { GrandTotal, ProjectFunds, Task } from '../generated/ast.js';
import { amountOf, columnSum } from '../jixiao-ast-utils.js';
import type { AmountColumnKey } from '../domain/grammar-facts.js';
import { formatAmount, formatAmountGrouped, type Hundredths } from '../domain/money.js';

export interface TaskSum {
    readonly fiscal: Hundredths;
    readonly other: Hundredths;
    readonly sum: Hundredths;
    /** The 总额 as written, when it parses. */
    readonly written?: Hundredths;
}

/** Undefined unless both 财政拨款 and 其他资金 are written and valid. */
export function taskSum(task: Task | ProjectFunds): TaskSum | undefined {
    const fiscal = amountOf(task, 'fiscal');
    const other = amountOf(task, 'other');
    if (fiscal === undefined || other === undefined) {
        return undefined;
    }
    return { fiscal, other, sum: fiscal + other, written: amountOf(task, 'total') };
}

export interface ColumnTotal {
    readonly column: AmountColumnKey;
    /** Undefined when a task lacks a valid amount in this column. */
    readonly sum?: Hundredths;
    readonly written?: Hundredths;
}

export function grandTotalColumns(grandTotal: GrandTotal): ColumnTotal[] {
    const tasks = grandTotal.$container?.tasks ?? [];
    return (['total', 'fiscal', 'other'] as const).map(column => ({
        column, sum: columnSum(tasks, column), written: amountOf(grandTotal, column)
    }));
}

/**
 * An amount in the style the document already uses: grouped (`11,782,800.00`) when the amount it
 * replaces or sits beside is grouped, plain (`11782800.00`) otherwise.
 */
export function amountInStyleOf(hundredths: Hundredths, sample: string | undefined): string {
    return sample?.includes(',') ? formatAmountGrouped(hundredths) : formatAmount(hundredths);
}
