/**
 * 年度绩效指标: the header (一级指标 | 二级指标 | 三级指标 | 指标值 | 度量单位 | 指标解释, the last two
 * optional), repeated after a page break, and one row per indicator or 不适用 category. Category
 * names are recognised from the catalogue in whichever of the 一级/二级/三级 columns they stand
 * (pasted forms shift them); the profile is detected from all of them first, so that a 2021 name
 * anywhere decides how the others are read.
 */
import { detectProfile, isIdentifier, type CategoryProfile } from 'jixiao-language/domain';
import type { FormFirstLevel, FormIndicator } from './form-model.js';
import { FormParts, ImportMessages } from './form-import-messages.js';
import { FormLabels, LabelKeys } from './form-labels.js';
import { cellText, labelKey, type GridRow } from './form-grid.js';
import { readIndicatorCells } from './form-cell-reading.js';
import { CategoryBuilder, categoryKey, type NamedCell } from './form-category-builder.js';
import { filledColumns, findKey, isBlockLabel, type RowCursor } from './form-row-cursor.js';

interface IndicatorColumns {
    first: number;
    second: number;
    third: number;
    value: number;
    unit?: number;
    explanation?: number;
}

interface IndicatorRow {
    row: GridRow;
    /** The header above the row: after a page break it may place the columns differently. */
    columns: IndicatorColumns;
}

export function isIndicatorHeader(row: GridRow): boolean {
    return findKey(row, [FormLabels.firstLevel]) !== undefined
        && findKey(row, [FormLabels.secondLevel]) !== undefined
        && findKey(row, [FormLabels.thirdLevel]) !== undefined
        && filledColumns(row).some(column => labelKey(cellText(row, column)).startsWith(FormLabels.value));
}

/** Reads the block up to the end of the form; `profile` is named only where it cannot be detected from the 一级 names. */
export function readIndicatorsBlock(cursor: RowCursor): { categories: FormFirstLevel[]; profile?: string } {
    const header = cursor.current;
    if (!header || !isIndicatorHeader(header)) {
        cursor.fail(header, undefined, ImportMessages.indicatorHeaderExpected);
    }
    let columns = indicatorColumns(cursor, header);
    cursor.take();
    const rows: IndicatorRow[] = [];
    for (let row = cursor.take(); row; row = cursor.take()) {
        if (isIndicatorHeader(row)) {
            // The header repeated after a page break; its columns stand for the rows below it.
            columns = indicatorColumns(cursor, row);
        } else {
            rows.push({ row, columns });
        }
    }
    const profile = profileOfRows(rows);
    const builder = new CategoryBuilder(profile, (row, column, problem) => cursor.fail(row, column, problem));
    for (const { row, columns: rowColumns } of rows) {
        readIndicatorRow(cursor, row, rowColumns, builder);
    }
    const categories = builder.categories;
    const detected = detectProfile(categories.map(first => first.name));
    return { categories, profile: detected.id === profile.id ? undefined : profile.id };
}

function indicatorColumns(cursor: RowCursor, header: GridRow): IndicatorColumns {
    const columns: IndicatorColumns = {
        first: findKey(header, [FormLabels.firstLevel])!,
        second: findKey(header, [FormLabels.secondLevel])!,
        third: findKey(header, [FormLabels.thirdLevel])!,
        value: filledColumns(header).find(column => labelKey(cellText(header, column)).startsWith(FormLabels.value))!,
        unit: findKey(header, LabelKeys.unit),
        explanation: findKey(header, LabelKeys.explanation)
    };
    cursor.expectOnly(header, dataColumns(columns), FormParts.indicatorHeader, column => isBlockLabel(header, column, LabelKeys.indicatorsBlock, columns.first));
    return columns;
}

function dataColumns(columns: IndicatorColumns): number[] {
    return [columns.first, columns.second, columns.third, columns.value, columns.unit, columns.explanation]
        .filter((column): column is number => column !== undefined);
}

/**
 * 2021 when a category only that framework has appears, or 成本指标 stands in the 一级 column with
 * a 二级 beside it; otherwise classic (see detectProfile).
 */
function profileOfRows(rows: readonly IndicatorRow[]): CategoryProfile {
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

function readIndicatorRow(cursor: RowCursor, row: GridRow, columns: IndicatorColumns, builder: CategoryBuilder): void {
    cursor.expectOnly(row, dataColumns(columns), FormParts.indicatorTable, column => isBlockLabel(row, column, LabelKeys.indicatorsBlock, columns.first));

    let first: NamedCell | undefined;
    let second: NamedCell | undefined;
    let indicatorName: string | undefined;
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
            indicatorName = text;
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
    const rest = [columns.value, columns.unit, columns.explanation]
        .filter((column): column is number => column !== undefined)
        .map(column => cellText(row, column).trim());
    notApplicableCells += rest.filter(text => text === FormLabels.notApplicable).length;
    const restEmpty = rest.every(text => text === '' || text === FormLabels.notApplicable);
    const inheritedFirst = inherited(row, columns.first);
    const inheritedSecond = inherited(row, columns.second);

    if (indicatorName === undefined && notApplicableCells > 0 && restEmpty) {
        builder.notApplicable(row, first, second, inheritedFirst);
        return;
    }
    builder.place(row, first, second, inheritedFirst, inheritedSecond);
    if (indicatorName === undefined) {
        if (rest.some(text => text !== '')) {
            cursor.fail(row, columns.third, ImportMessages.indicatorNameEmpty);
        }
        return;
    }
    const indicator: FormIndicator = {
        name: indicatorName,
        ...readIndicatorCells(cellText(row, columns.value), columns.unit === undefined ? '' : cellText(row, columns.unit)),
        explanation: columns.explanation === undefined ? '' : cellText(row, columns.explanation).trim(),
        goals: []
    };
    builder.addIndicator(row, columns.third, indicator);
}

/** The name a cell shows through a merge from above (a worksheet's merged 一级/二级 cell). */
function inherited(row: GridRow, column: number): string | undefined {
    const merged = row.cells[column]?.merged;
    return merged?.fromAbove ? categoryKey(merged.text) : undefined;
}
