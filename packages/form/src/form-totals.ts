/**
 * Figures of a form model as the form prints them: plain functions of the model, with no parser
 * behind them, so that the layout (and the browser page's preview) need no Langium.
 */
import type { Hundredths } from 'jixiao-language/domain';
import type { FormAmounts, FormModel } from './form-model.js';

/**
 * 金额合计 as printed: each column as the document writes it, else the sum of the tasks. A column
 * stays undefined when it is omitted and some task lacks that amount, because no sum of a partial
 * column can be trusted.
 */
export function grandTotalOf(model: Pick<FormModel, 'tasks' | 'grandTotal'>): FormAmounts {
    const column = (key: keyof FormAmounts): Hundredths | undefined => {
        const written = model.grandTotal?.[key];
        if (written !== undefined) {
            return written;
        }
        let sum = 0n;
        for (const task of model.tasks) {
            const amount = task.amounts[key];
            if (amount === undefined) {
                return undefined;
            }
            sum += amount;
        }
        return sum;
    };
    return { total: column('total'), fiscal: column('fiscal'), other: column('other') };
}

/** How many indicator rows (三级指标) the form has, 不适用 categories not counted. */
export function indicatorCount(model: Pick<FormModel, 'categories'>): number {
    return model.categories.reduce((count, first) =>
        count + first.children.reduce((inner, second) => inner + second.indicators.length, 0), 0);
}
