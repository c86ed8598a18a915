/**
 * 年度绩效指标 of the declarations: the header (一级指标 | 二级指标 | 三级指标 | 指标值 | 度量单位 |
 * 指标解释, the last two optional), repeated after a page break, and one row per indicator or
 * 不适用 category, read as every indicator table is (form-category-table.ts).
 */
import type { FormFirstLevel, FormIndicator } from './form-model.js';
import { FormParts, ImportMessages } from './form-import-messages.js';
import { FormLabels, LabelKeys } from './form-labels.js';
import { cellText, labelKey, type GridRow } from './form-grid.js';
import { readIndicatorCells } from './form-cell-reading.js';
import { fileCategoryRow, readCategoryTable, type CategoryColumns, type CategoryTable } from './form-category-table.js';
import { filledColumns, findKey, isBlockLabel } from './form-row-cursor.js';

interface IndicatorColumns extends CategoryColumns {
    value: number;
    unit?: number;
    explanation?: number;
}

export function isIndicatorHeader(row: GridRow): boolean {
    return findKey(row, [FormLabels.firstLevel]) !== undefined
        && findKey(row, [FormLabels.secondLevel]) !== undefined
        && findKey(row, [FormLabels.thirdLevel]) !== undefined
        && filledColumns(row).some(column => labelKey(cellText(row, column)).startsWith(FormLabels.value));
}

const DECLARED_INDICATORS: CategoryTable<IndicatorColumns, FormIndicator> = {
    isHeader: isIndicatorHeader,
    headerExpected: ImportMessages.indicatorHeaderExpected,
    columnsOf(cursor, header) {
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
    },
    readRow(cursor, row, columns, builder) {
        cursor.expectOnly(row, dataColumns(columns), FormParts.indicatorTable, column => isBlockLabel(row, column, LabelKeys.indicatorsBlock, columns.first));
        const filed = fileCategoryRow(cursor, row, columns, [columns.value, columns.unit, columns.explanation], builder, ImportMessages.indicatorNameEmpty);
        return filed && {
            name: filed.name,
            ...readIndicatorCells(cellText(row, columns.value), columns.unit === undefined ? '' : cellText(row, columns.unit)),
            explanation: filed.texts[2],
            goals: []
        };
    }
};

/** Reads the block up to the end of the form; `profile` is named only where it cannot be detected from the 一级 names. */
export function readIndicatorsBlock(cursor: Parameters<typeof readCategoryTable>[0]): { categories: FormFirstLevel[]; profile?: string } {
    return readCategoryTable(cursor, DECLARED_INDICATORS);
}

function dataColumns(columns: IndicatorColumns): number[] {
    return [columns.first, columns.second, columns.third, columns.value, columns.unit, columns.explanation]
        .filter((column): column is number => column !== undefined);
}
