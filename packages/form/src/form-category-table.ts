/**
 * An indicator table read row by row, whichever form it is on (the declarations' 年度绩效指标, the
 * self-evaluation's 绩效指标): its header, repeated after a page break; the 一级 | 二级 | 三级 cells
 * of each row, category names recognised from the catalogue in whichever of the three columns they
 * stand (pasted forms shift them) or reaching down through merged cells; 不适用 rows. The profile
 * is detected from all the rows first, so that a 2021 name anywhere decides how the others are
 * read. Each form says how its header looks and what the rest of a row holds.
 */
import type { Message } from 'jixiao-language';
import { detectProfile, isIdentifier, type CategoryProfile } from 'jixiao-language/domain';
import type { FormFirstLevel } from './form-model.js';
import { ImportMessages } from './form-import-messages.js';
import { FormLabels } from './form-labels.js';
import { cellText, type GridRow } from './form-grid.js';
import { CategoryBuilder, categoryKey, type NamedCell } from './form-category-builder.js';
import type { RowCursor } from './form-row-cursor.js';

/** The three category columns every indicator table has. */
export interface CategoryColumns {
    first: number;
    second: number;
    third: number;
}

/** What a form's indicator table is like. */
export interface CategoryTable<C extends CategoryColumns, I extends { name: string }> {
    isHeader(row: GridRow): boolean;
    /** The failure when the table does not start with its header. */
    readonly headerExpected: Message;
    /** The columns a header row names (checking that it names nothing else). */
    columnsOf(cursor: RowCursor, header: GridRow): C;
    /** A row that is not an indicator row (the evaluation's 总分): read, and true. */
    readOther?(cursor: RowCursor, row: GridRow, columns: C): boolean;
    /** An indicator row: checks its cells, files its categories and returns its indicator, if it has one. */
    readRow(cursor: RowCursor, row: GridRow, columns: C, builder: CategoryBuilder<I>): I | undefined;
}

/** Reads the table up to the end of the form; `profile` is named only where it cannot be detected from the 一级 names. */
export function readCategoryTable<C extends CategoryColumns, I extends { name: string }>(
    cursor: RowCursor, table: CategoryTable<C, I>
): { categories: Array<FormFirstLevel<I>>; profile?: string } {
    const header = cursor.current;
    if (!header || !table.isHeader(header)) {
        cursor.fail(header, undefined, table.headerExpected);
    }
    let columns = table.columnsOf(cursor, header);
    cursor.take();
    const rows: Array<{ row: GridRow; columns: C }> = [];
    for (let row = cursor.take(); row; row = cursor.take()) {
        if (table.isHeader(row)) {
            // The header repeated after a page break; its columns stand for the rows below it.
            columns = table.columnsOf(cursor, row);
        } else if (!table.readOther?.(cursor, row, columns)) {
            rows.push({ row, columns });
        }
    }
    const profile = profileOfRows(rows);
    const builder = new CategoryBuilder<I>(profile, (row, column, problem) => cursor.fail(row, column, problem));
    for (const { row, columns: rowColumns } of rows) {
        const indicator = table.readRow(cursor, row, rowColumns, builder);
        if (indicator) {
            builder.addIndicator(row, rowColumns.third, indicator);
        }
    }
    const categories = builder.categories;
    const detected = detectProfile(categories.map(first => first.name));
    return { categories, profile: detected.id === profile.id ? undefined : profile.id };
}

/**
 * Files a row's categories. Returns the indicator's name and the texts of the row's other cells
 * (`rest`, in order) when the row has an indicator; a 不适用 row or a row of categories only has none.
 */
export function fileCategoryRow<I extends { name: string }>(
    cursor: RowCursor, row: GridRow, columns: CategoryColumns, rest: ReadonlyArray<number | undefined>, builder: CategoryBuilder<I>, nameMissing: Message
): { name: string; texts: string[] } | undefined {
    let first: NamedCell | undefined;
    let second: NamedCell | undefined;
    let name: string | undefined;
    let notApplicableCells = 0;
    for (const column of [columns.first, columns.second, columns.third]) {
        const text = cellText(row, column).trim();
        if (text === '') {
            continue;
        }
        const key = categoryKey(text);
        if (key === FormLabels.notApplicable) {
            notApplicableCells++;
            continue;
        }
        const level = builder.levelOf(key) ?? (column === columns.first ? 'first' : column === columns.second ? 'second' : undefined);
        if (level === undefined) {
            name = text;
            continue;
        }
        if (!isIdentifier(key)) {
            cursor.fail(row, column, ImportMessages.categoryNameInvalid(level === 'first', text));
        }
        const found = { name: key, column };
        const earlier = level === 'first' ? first : second;
        if (earlier) {
            cursor.fail(row, column, ImportMessages.twoCategoriesInRow(level === 'first', earlier.name, key));
        }
        if (level === 'first') {
            first = found;
        } else {
            second = found;
        }
    }
    const texts = rest.map(column => column === undefined ? '' : cellText(row, column).trim());
    notApplicableCells += texts.filter(text => text === FormLabels.notApplicable).length;
    const inheritedFirst = inherited(row, columns.first);
    if (name === undefined && notApplicableCells > 0 && texts.every(text => text === '' || text === FormLabels.notApplicable)) {
        builder.notApplicable(row, first, second, inheritedFirst);
        return undefined;
    }
    builder.place(row, first, second, inheritedFirst, inherited(row, columns.second));
    if (name === undefined) {
        if (texts.some(text => text !== '')) {
            cursor.fail(row, columns.third, nameMissing);
        }
        return undefined;
    }
    return { name, texts };
}

/**
 * 2021 when a category only that framework has appears, or 成本指标 stands in the 一级 column with
 * a 二级 beside it; otherwise classic (see detectProfile).
 */
function profileOfRows(rows: ReadonlyArray<{ row: GridRow; columns: CategoryColumns }>): CategoryProfile {
    const firstLevels: string[] = [];
    const anyLevel: string[] = [];
    for (const { row, columns } of rows) {
        const [first, second, third] = [columns.first, columns.second, columns.third].map(column => categoryKey(cellText(row, column)));
        anyLevel.push(first, second, third);
        if (second !== '' && second !== FormLabels.notApplicable) {
            firstLevels.push(first);
        }
    }
    return detectProfile(firstLevels, undefined, anyLevel);
}

/** The name a cell shows through a merge from above (a worksheet's merged 一级/二级 cell). */
function inherited(row: GridRow, column: number): string | undefined {
    const merged = row.cells[column]?.merged;
    return merged?.fromAbove ? categoryKey(merged.text) : undefined;
}
