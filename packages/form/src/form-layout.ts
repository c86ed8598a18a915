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
import { isProjectForm, type AnyFormModel, type FormModel } from './form-model.js';
import { budgetHeaderText, FormLabels, yearLineText } from './form-labels.js';
import { grandTotalOf } from './form-totals.js';
import { FORM_COLUMN_COUNT, GridBuilder, putAmounts, putGoalsBlock, putIndicatorsBlock } from './form-layout-blocks.js';
import { layoutProjectForm } from './form-project-layout.js';

export { FORM_COLUMN_COUNT, GridBuilder, putCategoryRows, type IndicatorRows } from './form-layout-blocks.js';

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

/** Any form as a grid (the declarations', the self-evaluation's): what the writer styles and the preview draws. */
export interface GridLayout {
    /** Top-left cells only; the other cells of a merge are left empty. */
    cells: LayoutCell[];
    merges: LayoutMerge[];
    rowCount: number;
    columnCount: number;
    /** The header row repeated at the top of every printed page. */
    repeatedRow?: number;
}

export interface FormLayout extends GridLayout {
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

export interface LayoutOptions {
    /** By goals cell, how many rows it spans (1 where missing): the writer spreads a tall text. */
    goalRowCounts?: readonly number[];
}

/** Builds the grid of either form: the department's (below) or a project's (form-project-layout.ts). */
export function layoutForm(model: AnyFormModel, options: LayoutOptions = {}): FormLayout {
    return isProjectForm(model) ? layoutProjectForm(model, options) : layoutDepartmentForm(model, options);
}

function layoutDepartmentForm(model: FormModel, options: LayoutOptions): FormLayout {
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

    const goals = putGoalsBlock(grid, row, FormLabels.goalsBlock, model, options.goalRowCounts);
    const indicators = putIndicatorsBlock(grid, goals.next, model.categories);
    return {
        cells: grid.cells, merges: grid.merges, rowCount: indicators.next - 1, columnCount: last, repeatedRow: indicators.headerRow,
        goalRows: goals.goalRows, goalCells: goals.goalCells, indicatorHeaderRow: indicators.headerRow, amountUnit: model.amountUnit
    };
}
