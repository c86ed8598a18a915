/**
 * Column widths and row heights that fit the content, so that nothing prints cut off and the
 * sheet fills an A4 landscape page at a readable size.
 *
 * Units: column widths in spreadsheet characters (the width of a digit of the workbook's default
 * font, Calibri 11: 7 px); row heights in points. A 宋体 11 pt CJK character is about 15 px, so
 * a little over two width units: the estimate below is what Excel and WPS show, and what
 * LibreOffice shows when it has Calibri's metric twin Carlito (without it, LibreOffice measures
 * columns in DejaVu digits and every row has room to spare). Line spacing allows for Noto CJK,
 * the tallest of the CJK fonts a reviewer is likely to print with. Checked by rendering the seed
 * and forced-export examples with ../shared/tools/render-xlsx.sh.
 */
import { formatAmountGrouped } from 'jixiao-language/domain';
import type { AnyFormModel } from './form-model.js';
import { layoutForm, type CellRole, type FormLayout, type GridLayout, type LayoutCell, type LayoutMerge } from './form-layout.js';
import { longestLineWidth, wrappedLineCount } from './form-text-wrap.js';

/** Font sizes in points, per role. */
export const FONT_SIZES: Readonly<Record<CellRole, number>> = {
    title: 18, subtitle: 12, block: 11, header: 11, text: 11, centered: 11, amount: 11
};

/** Spreadsheet width units per display column of 11 pt CJK-font text, with a little to spare. */
const UNITS_PER_COLUMN = 1.1;
/** Cell padding left and right, in width units. */
const CELL_PADDING_UNITS = 1.2;
/** Line height as a multiple of the font size (Noto CJK's line spacing is about 1.45). */
const LINE_SPACING = 1.5;
/** Space above and below the text in a row, in points. */
const ROW_PADDING_POINTS = 6;
/** The right indent of amount cells (one character). */
const AMOUNT_INDENT_UNITS = 1;
/** Excel refuses rows taller than 409 points. */
export const MAX_ROW_HEIGHT = 409;

/**
 * Each column's width range. A column is as wide as its longest single-line content within its
 * range; wider content wraps. A holds two CJK characters per line (年度/主要/任务, as on the form).
 */
export type ColumnRange = { readonly min: number; readonly max: number };

const COLUMN_RANGES: readonly ColumnRange[] = [
    { min: 6, max: 6 },     // A block labels
    { min: 11, max: 16 },   // B 一级指标 / 任务名称
    { min: 16, max: 24 },   // C 二级指标 / 主要内容
    { min: 22, max: 36 },   // D 三级指标 / 总额
    { min: 14, max: 20 },   // E 指标值 / 财政拨款
    { min: 9, max: 12 },    // F 度量单位 / 其他资金 (with G)
    { min: 24, max: 46 }    // G 指标解释
];

export interface GridPlan<L extends GridLayout = GridLayout> {
    layout: L;
    /** Widths of the columns, A first. */
    columnWidths: number[];
    /** Heights of rows 1…rowCount (index 0 is row 1). */
    rowHeights: number[];
}

export type FormPlan = GridPlan<FormLayout>;

/** Any grid sized: each column within its range, each row as tall as its text needs. */
export function planGrid<L extends GridLayout>(layout: L, ranges: readonly ColumnRange[]): GridPlan<L> {
    const columnWidths = columnWidthsFor(layout, ranges);
    return { layout, columnWidths, rowHeights: rowHeightsFor(layout, columnWidths) };
}

/**
 * The layout with its sizes; each goals cell is spread over as many rows as its text needs, so
 * that no row is taller than Excel allows.
 */
export function planForm(model: AnyFormModel): FormPlan {
    let layout = layoutForm(model);
    const columnWidths = columnWidthsFor(layout, COLUMN_RANGES);
    const goalsCells = new Map(layout.cells.filter(cell => cell.column === 2).map(cell => [cell.row, cell]));
    const goalRowCounts = layout.goalCells.map(({ first }) => {
        const cell = goalsCells.get(first);
        const height = cell ? cellHeight(cell, columnWidths, spanOf(layout, cell).right) : 0;
        return Math.max(1, Math.ceil(height / MAX_ROW_HEIGHT));
    });
    if (goalRowCounts.some(count => count > 1)) {
        layout = layoutForm(model, { goalRowCounts });
    }
    return { layout, columnWidths, rowHeights: rowHeightsFor(layout, columnWidths) };
}

/** The text a cell shows, amounts as the sheet formats them. */
export function cellDisplayText(cell: LayoutCell): string {
    return typeof cell.value === 'bigint' ? formatAmountGrouped(cell.value) : cell.value;
}

function columnWidthsFor(layout: GridLayout, ranges: readonly ColumnRange[]): number[] {
    const longest = new Array<number>(ranges.length).fill(0);
    const longestAmount = new Array<number>(ranges.length).fill(0);
    const merged = new Set(layout.merges.filter(merge => merge.right > merge.left).map(merge => `${merge.top}:${merge.left}`));
    for (const cell of layout.cells) {
        // Cells merged across columns share their width; they do not size one column.
        if (!merged.has(`${cell.row}:${cell.column}`) && cell.role !== 'title' && cell.role !== 'subtitle') {
            const width = longestLineWidth(cellDisplayText(cell));
            longest[cell.column - 1] = Math.max(longest[cell.column - 1], width);
            if (cell.role === 'amount') {
                longestAmount[cell.column - 1] = Math.max(longestAmount[cell.column - 1], width);
            }
        }
    }
    const fit = (columns: number) => Math.ceil(columns * UNITS_PER_COLUMN + CELL_PADDING_UNITS);
    return ranges.map((range, index) => {
        const fitted = Math.min(range.max, Math.max(range.min, fit(longest[index])));
        // A number does not wrap: too narrow a column prints ### instead of the amount.
        return Math.max(fitted, fit(longestAmount[index]) + AMOUNT_INDENT_UNITS);
    });
}

function spanOf(layout: GridLayout, cell: LayoutCell): { bottom: number; right: number } {
    const merge = mergesByTopLeft(layout).get(`${cell.row}:${cell.column}`);
    return merge ? { bottom: merge.bottom, right: merge.right } : { bottom: cell.row, right: cell.column };
}

const mergeIndexes = new WeakMap<GridLayout, Map<string, LayoutMerge>>();

/** Merges by their top-left cell, indexed once per layout: forms have thousands of cells. */
function mergesByTopLeft(layout: GridLayout): Map<string, LayoutMerge> {
    let index = mergeIndexes.get(layout);
    if (!index) {
        index = new Map(layout.merges.map(merge => [`${merge.top}:${merge.left}`, merge]));
        mergeIndexes.set(layout, index);
    }
    return index;
}

/** Points a cell's text needs when wrapped in the columns it spans. */
function cellHeight(cell: LayoutCell, columnWidths: readonly number[], right: number): number {
    let width = 0;
    for (let column = cell.column; column <= right; column++) {
        width += columnWidths[column - 1];
    }
    const columns = (width - CELL_PADDING_UNITS) / UNITS_PER_COLUMN;
    const lines = wrappedLineCount(cellDisplayText(cell), columns);
    return Math.ceil(lines * FONT_SIZES[cell.role] * LINE_SPACING + ROW_PADDING_POINTS);
}

function rowHeightsFor(layout: GridLayout, columnWidths: readonly number[]): number[] {
    const minimum = Math.ceil(FONT_SIZES.text * LINE_SPACING + ROW_PADDING_POINTS) + 4;
    const heights = new Array<number>(layout.rowCount).fill(minimum);
    const tall: Array<{ top: number; bottom: number; needed: number }> = [];
    for (const cell of layout.cells) {
        const { bottom, right } = spanOf(layout, cell);
        const needed = cellHeight(cell, columnWidths, right);
        if (bottom === cell.row) {
            heights[cell.row - 1] = Math.max(heights[cell.row - 1], needed);
        } else {
            tall.push({ top: cell.row, bottom, needed });
        }
    }
    // A cell merged down gets what it lacks spread over its rows, once the single rows are sized.
    for (const { top, bottom, needed } of tall) {
        let current = 0;
        for (let row = top; row <= bottom; row++) {
            current += heights[row - 1];
        }
        if (needed > current) {
            const extra = (needed - current) / (bottom - top + 1);
            for (let row = top; row <= bottom; row++) {
                heights[row - 1] = Math.min(MAX_ROW_HEIGHT, Math.ceil(heights[row - 1] + extra));
            }
        }
    }
    return heights;
}
