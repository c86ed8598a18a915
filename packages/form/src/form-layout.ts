/**
 * Where every cell of the form goes: the seven-column grid of DESIGN §2 as plain data (cells,
 * merges, the row the printed pages repeat), independent of exceljs so that the writer only
 * styles it and a preview could draw the same grid.
 *
 * Columns: A holds the block labels (年度主要任务, 年度总体目标, 年度绩效指标) merged down their
 * block; B–G are the table. Rows and columns are 1-based. Row by row:
 *
 *   title, （2026年度）       A:G merged, no borders
 *   部门（单位）名称 A:B      name C:D          主管部门 E     name F:G
 *   任务名称 B (2 rows)       主要内容 C:D (2 rows)           预算金额（元） E:G
 *                                                             总额 E | 财政拨款 F | 其他资金 G
 *   task name B               主要内容 C:D                    amounts E | F | G
 *   金额合计： B:D                                            amounts E | F | G
 *   goals text B:G (one cell, merged over several rows when too tall for one; a text longer than
 *                   a cell holds continues in the cells below, cut between goals: goalsCellTexts)
 *   一级指标 B | 二级指标 C | 三级指标 D | 指标值 E | 度量单位 F | 指标解释 G
 *   一级 B (merged down) | 二级 C (merged down) | name D | value E | unit F | explanation G
 *
 * 主要内容 takes the two wide columns C:D so that the three amounts sit side by side in E, F, G
 * under their header. Readers should find columns by these header words, not by letter.
 */
import type { AmountUnit, Hundredths } from 'jixiao-language/domain';
import type { FormAmounts, FormFirstLevel, FormModel, FormSecondLevel } from './form-model.js';
import { goalsCellTexts, unitCellText, valueCellText } from './form-cells.js';
import { budgetHeaderText, FormLabels, INDICATOR_HEADERS, yearLineText } from './form-labels.js';
import { grandTotalOf } from './form-totals.js';

export const FORM_COLUMN_COUNT = 7;

/** What a cell is, which decides its style: the writer maps each role to font, alignment, format. */
export type CellRole =
    | 'title'       // 部门（单位）整体支出绩效目标申报表
    | 'subtitle'    // （2026年度）
    | 'block'       // 年度主要任务 … in column A
    | 'header'      // column headers and the labels of the header rows
    | 'text'        // free text: names, 主要内容, 指标解释, the goals
    | 'centered'    // short values: 一级/二级 names, 指标值, 度量单位, 不适用
    | 'amount';     // money, a number with two decimals

export interface LayoutCell {
    row: number;
    column: number;
    /** Text, or an amount in exact hundredths of the form's unit (a number only in the sheet). */
    value: string | Hundredths;
    role: CellRole;
}

export interface LayoutMerge {
    top: number;
    left: number;
    bottom: number;
    right: number;
}

export interface FormLayout {
    /** Top-left cells only; the other cells of a merge are left empty. */
    cells: LayoutCell[];
    merges: LayoutMerge[];
    rowCount: number;
    /** All rows of 年度总体目标: its label in column A is merged over them. */
    goalRows: { first: number; last: number };
    /**
     * The goals text cells (B:G), top to bottom, each with the rows it is merged over: one cell,
     * unless the text is longer than a cell holds (see `goalsCellTexts`).
     */
    goalCells: Array<{ first: number; last: number }>;
    /** The indicator table's header row, repeated at the top of every printed page. */
    indicatorHeaderRow: number;
    amountUnit: AmountUnit;
}

/**
 * Builds the grid. `goalRowCounts` (by goals cell, 1 where missing) lets the writer spread a tall
 * goals cell over several rows.
 */
export function layoutForm(model: FormModel, options: { goalRowCounts?: readonly number[] } = {}): FormLayout {
    const grid = new GridBuilder();
    const last = FORM_COLUMN_COUNT;

    grid.put(1, 1, FormLabels.title, 'title', 1, last);
    grid.put(2, 1, yearLineText(model.year || undefined), 'subtitle', 2, last);

    grid.put(3, 1, FormLabels.departmentName, 'header', 3, 2);
    grid.put(3, 3, model.departmentName, 'text', 3, 4);
    grid.put(3, 5, FormLabels.authority, 'header');
    grid.put(3, 6, model.authority, 'text', 3, last);

    // 年度主要任务: two header rows, one row per task, 金额合计.
    const tasksTop = 4;
    grid.put(tasksTop, 2, FormLabels.taskName, 'header', tasksTop + 1, 2);
    grid.put(tasksTop, 3, FormLabels.taskContent, 'header', tasksTop + 1, 4);
    grid.put(tasksTop, 5, budgetHeaderText(model.amountUnit), 'header', tasksTop, last);
    grid.put(tasksTop + 1, 5, FormLabels.total, 'header');
    grid.put(tasksTop + 1, 6, FormLabels.fiscal, 'header');
    grid.put(tasksTop + 1, 7, FormLabels.other, 'header');
    let row = tasksTop + 2;
    for (const task of model.tasks) {
        grid.put(row, 2, task.name, 'text');
        grid.put(row, 3, task.content, 'text', row, 4);
        putAmounts(grid, row, task.amounts);
        row++;
    }
    grid.put(row, 2, FormLabels.grandTotal, 'header', row, 4);
    putAmounts(grid, row, grandTotalOf(model));
    grid.put(tasksTop, 1, FormLabels.tasksBlock, 'block', row, 1);
    row++;

    // 年度总体目标: one text across B–G (several, one under the other, when a cell cannot hold
    // it), each over as many rows as the writer asks for.
    const goalsTop = row;
    const goalCells: Array<{ first: number; last: number }> = [];
    goalsCellTexts(model.goalIntro, model.goals).forEach((text, index) => {
        const cellRows = { first: row, last: row + Math.max(1, options.goalRowCounts?.[index] ?? 1) - 1 };
        grid.put(row, 2, text, 'text', cellRows.last, last);
        goalCells.push(cellRows);
        row = cellRows.last + 1;
    });
    const goalRows = { first: goalsTop, last: row - 1 };
    grid.put(goalsTop, 1, FormLabels.goalsBlock, 'block', goalRows.last, 1);

    // 年度绩效指标: header, then the categories.
    const indicatorHeaderRow = row;
    INDICATOR_HEADERS.forEach((header, index) => grid.put(row, 2 + index, header, 'header'));
    row++;
    for (const first of model.categories) {
        row = putFirstLevel(grid, row, first);
    }
    grid.put(indicatorHeaderRow, 1, FormLabels.indicatorsBlock, 'block', row - 1, 1);

    return { cells: grid.cells, merges: grid.merges, rowCount: row - 1, goalRows, goalCells, indicatorHeaderRow, amountUnit: model.amountUnit };
}

function putAmounts(grid: GridBuilder, row: number, amounts: FormAmounts): void {
    // A missing amount is an empty bordered cell, not a zero: the form must not invent money.
    grid.put(row, 5, amounts.total ?? '', amounts.total === undefined ? 'text' : 'amount');
    grid.put(row, 6, amounts.fiscal ?? '', amounts.fiscal === undefined ? 'text' : 'amount');
    grid.put(row, 7, amounts.other ?? '', amounts.other === undefined ? 'text' : 'amount');
}

/** Rows of a 一级: a 不适用 一级 is one row of 不适用; an empty one is one row with its name. */
function putFirstLevel(grid: GridBuilder, top: number, first: FormFirstLevel): number {
    if (first.notApplicable) {
        return putNotApplicableRow(grid, top, 2, first.name);
    }
    let row = top;
    for (const second of first.children) {
        row = putSecondLevel(grid, row, second);
    }
    if (row === top) {
        row = top + 1;
    }
    grid.put(top, 2, first.name, 'centered', row - 1, 2);
    return row;
}

/** A category that does not apply: its name in its column, then 不适用 in every cell to the right. */
function putNotApplicableRow(grid: GridBuilder, row: number, column: number, name: string): number {
    grid.put(row, column, name, 'centered');
    for (let right = column + 1; right <= FORM_COLUMN_COUNT; right++) {
        grid.put(row, right, FormLabels.notApplicable, 'centered');
    }
    return row + 1;
}

function putSecondLevel(grid: GridBuilder, top: number, second: FormSecondLevel): number {
    if (second.notApplicable) {
        return putNotApplicableRow(grid, top, 3, second.name);
    }
    let row = top;
    for (const indicator of second.indicators) {
        grid.put(row, 4, indicator.name, 'text');
        grid.put(row, 5, valueCellText(indicator.value), 'centered');
        grid.put(row, 6, unitCellText(indicator), 'centered');
        grid.put(row, 7, indicator.explanation, 'text');
        row++;
    }
    if (row === top) {
        row = top + 1;
    }
    grid.put(top, 3, second.name, 'centered', row - 1, 3);
    return row;
}

class GridBuilder {
    readonly cells: LayoutCell[] = [];
    readonly merges: LayoutMerge[] = [];

    /** Puts a value at (row, column), merged down and right to (bottom, right) when larger. */
    put(row: number, column: number, value: string | Hundredths, role: CellRole, bottom = row, right = column): void {
        this.cells.push({ row, column, value, role });
        if (bottom > row || right > column) {
            this.merges.push({ top: row, left: column, bottom, right });
        }
    }
}
