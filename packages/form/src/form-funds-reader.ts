/**
 * A project form's 项目资金（元）: up to three rows, a funds label (年度资金总额, 其中：财政拨款,
 * 其他资金) and its amount on each, the block label merged down the left; （万元） sets the unit.
 */
import type { AmountUnit } from 'jixiao-language/domain';
import type { FormAmounts } from './form-model.js';
import { FormParts, ImportMessages } from './form-import-messages.js';
import { FormLabels, ProjectFormLabels } from './form-labels.js';
import { cellText, labelKey } from './form-grid.js';
import { readAmountCell } from './form-cell-reading.js';
import { filledColumns, type RowCursor } from './form-row-cursor.js';

type FundsColumn = keyof FormAmounts;

/** The labels of the three funds rows, compared without a leading 其中：. */
const FUNDS_LABELS: Readonly<Record<FundsColumn, readonly string[]>> = {
    total: [ProjectFormLabels.fundsTotal, '资金总额', '项目资金总额'],
    fiscal: [FormLabels.fiscal, '财政资金', '当年财政拨款'],
    other: [ProjectFormLabels.fundsOther]
};

const FUNDS_BLOCK = /^项目资金(（(万元|元)）)?$/;

export function readFundsBlock(cursor: RowCursor): { amountUnit: AmountUnit; funds: FormAmounts } {
    let amountUnit: AmountUnit = '元';
    const funds: FormAmounts = {};
    const seen = new Set<FundsColumn>();
    for (let row = cursor.current; row; cursor.take(), row = cursor.current) {
        const filled = filledColumns(row);
        const block = filled.find(column => FUNDS_BLOCK.test(labelKey(cellText(row!, column))));
        const label = filled.find(column => column !== block && fundsColumnOf(cellText(row!, column)) !== undefined);
        if (label === undefined) {
            if (block !== undefined) {
                cursor.fail(row, block, ImportMessages.fundsRowWithoutTotal(labelKey(cellText(row, block))));
            }
            break;
        }
        if (block !== undefined && labelKey(cellText(row, block)).includes('万元')) {
            amountUnit = '万元';
        }
        const column = fundsColumnOf(cellText(row, label))!;
        if (seen.has(column)) {
            cursor.fail(row, label, ImportMessages.cellTwice(cellText(row, label)));
        }
        seen.add(column);
        const value = filled.find(candidate => candidate > label);
        const reading = readAmountCell(value === undefined ? '' : cellText(row, value), labelKey(cellText(row, label)));
        if (!reading.ok) {
            cursor.fail(row, value, reading.problem);
        }
        funds[column] = reading.amount;
        cursor.expectOnly(row, [label, ...(value === undefined ? [] : [value]), ...(block === undefined ? [] : [block])], FormParts.funds);
    }
    if (seen.size === 0) {
        cursor.fail(cursor.current, undefined, ImportMessages.fundsExpected);
    }
    return { amountUnit, funds };
}

function fundsColumnOf(text: string): FundsColumn | undefined {
    const key = labelKey(text).replace(/^其中[：:]?/, '');
    return (Object.keys(FUNDS_LABELS) as FundsColumn[]).find(column => FUNDS_LABELS[column].includes(key));
}
