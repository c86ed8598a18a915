/**
 * Where every cell of the 项目支出绩效自评表 goes (DESIGN §2.2): nine columns A–I, as plain data
 * the xlsx writer styles and the preview draws. Column A holds the block labels merged down their
 * block. Row by row:
 *
 *   title, （2026年度）                         A:I merged, no borders
 *   项目名称 A:B | name C:I
 *   主管部门 A:B | name C:D | 实施单位 E | name F:I
 *   项目资金（元） A (down the five rows) | — B | 年初预算数 C | 全年预算数 D | 全年执行数 E | 分值 F |
 *                                          执行率 G | 得分 H | 偏差原因分析及改进措施 I
 *   年度资金总额 B | amounts C D E | 分值 F | 执行率 G | 得分 H | reason I
 *   其中：当年财政拨款 / 上年结转资金 / 其他资金 B | amounts C D E | — F G H | I
 *   年度总体目标 A (two rows) | 预期目标 B:E | 实际完成情况 F:I, then the two texts below
 *   绩效指标 A (down the table) | 一级指标 B | 二级指标 C | 三级指标 D | 年度指标值 E | 实际完成值 F |
 *                                 分值 G | 得分 H | 偏差原因分析及改进措施 I
 *   一级 B (merged down) | 二级 C (merged down) | name D | target E | actual F | 分值 G | 得分 H | reason I
 *   a category that does not apply: its name, 不适用 up to 得分, the reason cell empty
 *   总分 A:F | Σ 分值 G | 总分 H | I
 */
import { FUND_TOTAL_ROW } from 'jixiao-language/domain';
import { valueCellText } from './form-cells.js';
import { GridBuilder, putCategoryRows, putProjectHeader, type IndicatorRows } from './form-layout-blocks.js';
import type { GridLayout } from './form-layout.js';
import { planGrid, type ColumnRange, type GridPlan } from './form-sizing.js';
import type { EvaluationForm, EvaluationFormIndicator, EvaluationFundRow } from './selfeval-model.js';
import { EVALUATION_INDICATOR_HEADERS, FUND_HEADERS, FUND_ROW_LABELS, fundsLabelText, SelfevalLabels } from './selfeval-labels.js';

export const EVALUATION_COLUMN_COUNT = 9;

/** Each column's width range, as the department form's (form-sizing.ts): A is two CJK characters. */
const COLUMN_RANGES: readonly ColumnRange[] = [
    { min: 6, max: 6 },     // A block labels
    { min: 11, max: 20 },   // B 一级指标 / fund rows
    { min: 12, max: 20 },   // C 二级指标 / 年初预算数
    { min: 20, max: 32 },   // D 三级指标 / 全年预算数
    { min: 13, max: 18 },   // E 年度指标值 / 全年执行数
    { min: 11, max: 16 },   // F 实际完成值 / 分值
    { min: 8, max: 11 },    // G 分值 / 执行率
    { min: 8, max: 10 },    // H 得分
    { min: 24, max: 40 }    // I 偏差原因分析及改进措施
];

export function layoutEvaluation(form: EvaluationForm): GridLayout {
    const grid = new GridBuilder();
    const last = EVALUATION_COLUMN_COUNT;
    putProjectHeader(grid, SelfevalLabels.title, form, last);

    // 项目资金: the header row, then the four rows.
    const fundsTop = 5;
    FUND_HEADERS.forEach((header, index) => grid.put(fundsTop, 3 + index, header, 'header'));
    let row = fundsTop + 1;
    for (const fund of form.funds) {
        putFundRow(grid, row++, fund);
    }
    grid.put(fundsTop, 1, fundsLabelText(form.amountUnit), 'block', row - 1, 1);

    // 年度总体目标: 预期目标 | 实际完成情况 over their two texts.
    grid.put(row, 1, SelfevalLabels.goalsBlock, 'block', row + 1, 1);
    grid.put(row, 2, SelfevalLabels.expected, 'header', row, 5);
    grid.put(row, 6, SelfevalLabels.achieved, 'header', row, last);
    grid.put(row + 1, 2, form.expected, 'text', row + 1, 5);
    grid.put(row + 1, 6, form.achieved, 'text', row + 1, last);
    row += 2;

    const headerRow = row;
    EVALUATION_INDICATOR_HEADERS.forEach((header, index) => grid.put(row, 2 + index, header, 'header'));
    row++;
    for (const first of form.categories) {
        row = putCategoryRows(grid, row, first, EVALUATION_ROWS);
    }
    grid.put(headerRow, 1, SelfevalLabels.indicatorsBlock, 'block', row - 1, 1);

    grid.put(row, 1, SelfevalLabels.total, 'header', row, 6);
    grid.put(row, 7, form.weightTotal ?? '', 'centered');
    grid.put(row, 8, form.total ?? '', 'centered');
    return { cells: grid.cells, merges: grid.merges, rowCount: row, columnCount: last, repeatedRow: headerRow };
}

/** The grid with column widths and row heights that fit it. */
export function planEvaluation(form: EvaluationForm): GridPlan {
    return planGrid(layoutEvaluation(form), COLUMN_RANGES);
}

function putFundRow(grid: GridBuilder, row: number, fund: EvaluationFundRow): void {
    grid.put(row, 2, FUND_ROW_LABELS[fund.kind], 'header');
    [fund.initial, fund.budget, fund.executed].forEach((amount, index) =>
        grid.put(row, 3 + index, amount ?? '', amount === undefined ? 'text' : 'amount'));
    const scored = fund.kind === FUND_TOTAL_ROW;
    [fund.weight, fund.rate, fund.score].forEach((cell, index) =>
        grid.put(row, 6 + index, scored ? cell ?? '' : SelfevalLabels.none, 'centered'));
    grid.put(row, 9, fund.reason, 'text');
}

const EVALUATION_ROWS: IndicatorRows<EvaluationFormIndicator> = {
    put(grid, row, indicator) {
        grid.put(row, 4, indicator.name, 'text');
        grid.put(row, 5, valueCellText(indicator.target), 'centered');
        grid.put(row, 6, indicator.actual === undefined ? '' : valueCellText(indicator.actual), 'centered');
        grid.put(row, 7, indicator.weight ?? '', 'centered');
        grid.put(row, 8, indicator.score ?? '', 'centered');
        grid.put(row, 9, indicator.reason, 'text');
    },
    // The reason cell of a 不适用 row stays empty, as on the form.
    notApplicableTo: 8
};
