/**
 * The self-evaluation's 项目资金（元）: a header (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 |
 * 得分 | 偏差原因分析及改进措施) beside the block label, then one row per kind of funds (年度资金总额,
 * 其中：当年财政拨款, 上年结转资金, 其他资金). 分值, 执行率 and 得分 are on 年度资金总额 only; the
 * other rows show `—` there. （万元） in the label sets the unit.
 */
import type { AmountUnit } from 'jixiao-language/domain';
import { FormParts, ImportMessages } from './form-import-messages.js';
import { cellText, labelKey, type GridRow } from './form-grid.js';
import { readAmountCell, readDecimalCell } from './form-cell-reading.js';
import { filledColumns, findKey, type RowCursor } from './form-row-cursor.js';
import { FUND_ROW_KINDS, type EvaluationFundRow, type FundRowKind } from './selfeval-model.js';
import { FUND_ROW_LABELS, SelfevalLabels } from './selfeval-labels.js';

/** Cells the form prints where nothing applies: `—` (and the dashes people type for it). */
const NONE = new Set(['—', '——', '-', '－', '–', '/', '／']);
const FUNDS_BLOCK = /^项目资金(（(万元|元)）)?$/;

interface FundColumns {
    label: number;
    initial: number;
    budget: number;
    executed: number;
    weight: number;
    rate?: number;
    score: number;
    reason?: number;
}

/** Reads the block up to the row that `endsBefore` says starts the next one. */
export function readEvaluationFundsBlock(cursor: RowCursor, endsBefore: (row: GridRow) => boolean): { amountUnit: AmountUnit; funds: EvaluationFundRow[] } {
    const header = cursor.current;
    const labelColumn = header ? filledColumns(header).find(column => FUNDS_BLOCK.test(labelKey(cellText(header, column)))) : undefined;
    if (!header || labelColumn === undefined) {
        cursor.fail(header, undefined, ImportMessages.evaluationFundsHeaderExpected);
    }
    cursor.take();
    const amountUnit: AmountUnit = labelKey(cellText(header, labelColumn)).includes('万元') ? '万元' : '元';
    const require = (label: string) => cursor.requireKey(header, [label], label);
    const columns: FundColumns = {
        label: labelColumn,
        initial: require(SelfevalLabels.initial),
        budget: require(SelfevalLabels.budget),
        executed: require(SelfevalLabels.executed),
        weight: require(SelfevalLabels.weight),
        rate: findKey(header, [SelfevalLabels.rate]),
        score: require(SelfevalLabels.score),
        reason: findKey(header, [SelfevalLabels.reason, '偏差原因'])
    };
    const dataColumns = [columns.initial, columns.budget, columns.executed, columns.weight, columns.rate, columns.score, columns.reason]
        .filter((column): column is number => column !== undefined);
    cursor.expectOnly(header, [labelColumn, ...dataColumns], FormParts.evaluationFundsHeader);
    const funds = new Map<FundRowKind, EvaluationFundRow>();
    for (let row = cursor.current; row && !endsBefore(row); cursor.take(), row = cursor.current) {
        const kindColumn = filledColumns(row).find(column => column < columns.initial && fundKind(cellText(row!, column)) !== undefined);
        if (kindColumn === undefined) {
            cursor.fail(row, filledColumns(row)[0], ImportMessages.fundRowExpected(FUND_ROW_KINDS));
        }
        const kind = fundKind(cellText(row, kindColumn))!;
        if (funds.has(kind)) {
            cursor.fail(row, kindColumn, ImportMessages.fundRowTwice(kind));
        }
        cursor.expectOnly(row, [kindColumn, ...dataColumns], FormParts.funds, column => column === labelColumn && /^项目资金/.test(labelKey(cellText(row!, column))));
        funds.set(kind, readFundRow(cursor, row, kind, columns));
    }
    return { amountUnit, funds: FUND_ROW_KINDS.map(kind => funds.get(kind) ?? { kind, reason: '' }) };
}

function readFundRow(cursor: RowCursor, row: GridRow, kind: FundRowKind, columns: FundColumns): EvaluationFundRow {
    const amount = (column: number, label: string) => {
        const reading = readAmountCell(cellText(row, column), label);
        return reading.ok ? reading.amount : cursor.fail(row, column, reading.problem);
    };
    const score = (column: number | undefined, label: string, percent = false) => {
        const text = column === undefined ? '' : cellText(row, column).trim();
        if (text === '' || NONE.has(text)) {
            return undefined;
        }
        if (kind !== FUND_ROW_KINDS[0]) {
            cursor.fail(row, column, ImportMessages.scoringOnTotalRowOnly(label, kind));
        }
        const reading = readDecimalCell(text, label, percent);
        return reading.ok ? reading.text : cursor.fail(row, column, reading.problem);
    };
    return {
        kind,
        initial: amount(columns.initial, SelfevalLabels.initial),
        budget: amount(columns.budget, SelfevalLabels.budget),
        executed: amount(columns.executed, SelfevalLabels.executed),
        weight: score(columns.weight, SelfevalLabels.weight),
        rate: score(columns.rate, SelfevalLabels.rate, true),
        score: score(columns.score, SelfevalLabels.score),
        reason: columns.reason === undefined ? '' : cellText(row, columns.reason).trim()
    };
}

/** A funds row label: `其中：当年财政拨款`, `当年财政拨款`, `年度资金总额`… */
function fundKind(text: string): FundRowKind | undefined {
    const key = labelKey(text).replace(/^其中[：:]?/, '');
    return FUND_ROW_KINDS.find(kind => kind === key || labelKey(FUND_ROW_LABELS[kind]) === key);
}
