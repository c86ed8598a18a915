/**
 * The pieces both forms share, placed on the grid (see form-layout.ts for the department form and
 * form-project-layout.ts for the project form): the goals text across B–G with its label in A, the
 * indicator table (一级 | 二级 | 三级 | 指标值 | 度量单位 | 指标解释) with 一级 and 二级 merged down
 * their rows and 不适用 rows, and three amounts in a row.
 */
import type { Hundredths } from 'jixiao-language/domain';
import type { FormAmounts, FormFirstLevel, FormGoal, FormIndicator, FormSecondLevel } from './form-model.js';
import type { CellRole, LayoutCell, LayoutMerge } from './form-layout.js';
import { goalsCellTexts, unitCellText, valueCellText } from './form-cells.js';
import { FormLabels, INDICATOR_HEADERS, ProjectFormLabels, yearLineText } from './form-labels.js';

export const FORM_COLUMN_COUNT = 7;

export class GridBuilder {
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

/**
 * The first rows of a project's forms (its declaration, its self-evaluation): the title and
 * （2026年度） across the sheet, 项目名称 | name, 主管部门 | name | 实施单位 | name.
 */
export function putProjectHeader(grid: GridBuilder, title: string, project: { year: string; projectName: string; authority: string; implementer: string }, last: number): void {
    grid.put(1, 1, title, 'title', 1, last);
    grid.put(2, 1, yearLineText(project.year || undefined), 'subtitle', 2, last);
    grid.put(3, 1, ProjectFormLabels.projectName, 'header', 3, 2);
    grid.put(3, 3, project.projectName, 'text', 3, last);
    grid.put(4, 1, ProjectFormLabels.authority, 'header', 4, 2);
    grid.put(4, 3, project.authority, 'text', 4, 4);
    grid.put(4, 5, ProjectFormLabels.implementer, 'header');
    grid.put(4, 6, project.implementer, 'text', 4, last);
}

/**
 * The goals: one text across B–G (several, one under the other, when a cell cannot hold it), each
 * over as many rows as the writer asks for, the block's label in A merged down beside them.
 */
export function putGoalsBlock(grid: GridBuilder, top: number, label: string, goals: { goalIntro?: string; goals: readonly FormGoal[] }, goalRowCounts?: readonly number[]):
    { next: number; goalRows: { first: number; last: number }; goalCells: Array<{ first: number; last: number }> } {
    let row = top;
    const goalCells: Array<{ first: number; last: number }> = [];
    goalsCellTexts(goals.goalIntro, goals.goals).forEach((text, index) => {
        const cellRows = { first: row, last: row + Math.max(1, goalRowCounts?.[index] ?? 1) - 1 };
        grid.put(row, 2, text, 'text', cellRows.last, FORM_COLUMN_COUNT);
        goalCells.push(cellRows);
        row = cellRows.last + 1;
    });
    const goalRows = { first: top, last: row - 1 };
    grid.put(top, 1, label, 'block', goalRows.last, 1);
    return { next: row, goalRows, goalCells };
}

/** 年度绩效指标: the header row, then the categories, the label in A merged down beside them. */
export function putIndicatorsBlock(grid: GridBuilder, top: number, categories: readonly FormFirstLevel[]): { next: number; headerRow: number } {
    let row = top;
    INDICATOR_HEADERS.forEach((header, index) => grid.put(row, 2 + index, header, 'header'));
    row++;
    for (const first of categories) {
        row = putFirstLevel(grid, row, first);
    }
    grid.put(top, 1, FormLabels.indicatorsBlock, 'block', row - 1, 1);
    return { next: row, headerRow: top };
}

export function putAmounts(grid: GridBuilder, row: number, amounts: FormAmounts): void {
    // A missing amount is an empty bordered cell, not a zero: the form must not invent money.
    grid.put(row, 5, amounts.total ?? '', amounts.total === undefined ? 'text' : 'amount');
    grid.put(row, 6, amounts.fiscal ?? '', amounts.fiscal === undefined ? 'text' : 'amount');
    grid.put(row, 7, amounts.other ?? '', amounts.other === undefined ? 'text' : 'amount');
}

/**
 * How a form prints its indicator rows: columns B and C hold 一级 and 二级 (merged down their
 * rows); `put` writes an indicator's cells from column D; a category that does not apply shows
 * 不适用 in every column right of its name up to `notApplicableTo`.
 */
export interface IndicatorRows<I> {
    put(grid: GridBuilder, row: number, indicator: I): void;
    notApplicableTo: number;
}

/** The declarations' rows: 三级 | 指标值 | 度量单位 | 指标解释. */
const DECLARATION_ROWS: IndicatorRows<FormIndicator> = {
    put(grid, row, indicator) {
        grid.put(row, 4, indicator.name, 'text');
        grid.put(row, 5, valueCellText(indicator.value), 'centered');
        grid.put(row, 6, unitCellText(indicator), 'centered');
        grid.put(row, 7, indicator.explanation, 'text');
    },
    notApplicableTo: FORM_COLUMN_COUNT
};

function putFirstLevel(grid: GridBuilder, top: number, first: FormFirstLevel): number {
    return putCategoryRows(grid, top, first, DECLARATION_ROWS);
}

/** Rows of a 一级: a 不适用 一级 is one row of 不适用; an empty one is one row with its name. */
export function putCategoryRows<I>(grid: GridBuilder, top: number, first: FormFirstLevel<I>, rows: IndicatorRows<I>): number {
    if (first.notApplicable) {
        return putNotApplicableRow(grid, top, 2, first.name, rows.notApplicableTo);
    }
    let row = top;
    for (const second of first.children) {
        row = putSecondLevel(grid, row, second, rows);
    }
    if (row === top) {
        row = top + 1;
    }
    grid.put(top, 2, first.name, 'centered', row - 1, 2);
    return row;
}

/** A category that does not apply: its name in its column, then 不适用 in every cell to the right. */
function putNotApplicableRow(grid: GridBuilder, row: number, column: number, name: string, last: number): number {
    grid.put(row, column, name, 'centered');
    for (let right = column + 1; right <= last; right++) {
        grid.put(row, right, FormLabels.notApplicable, 'centered');
    }
    return row + 1;
}

function putSecondLevel<I>(grid: GridBuilder, top: number, second: FormSecondLevel<I>, rows: IndicatorRows<I>): number {
    if (second.notApplicable) {
        return putNotApplicableRow(grid, top, 3, second.name, rows.notApplicableTo);
    }
    let row = top;
    for (const indicator of second.indicators) {
        rows.put(grid, row, indicator);
        row++;
    }
    if (row === top) {
        row = top + 1;
    }
    grid.put(top, 3, second.name, 'centered', row - 1, 3);
    return row;
}
