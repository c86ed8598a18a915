/**
 * The self-evaluation's 绩效指标: the header (一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 |
 * 分值 | 得分 | 偏差原因分析及改进措施), repeated after a page break, one row per indicator or 不适用
 * category (read as every indicator table is, form-category-table.ts), and the 总分 row with the
 * sum of the 分值 and the total score.
 */
import { FormParts, ImportMessages } from './form-import-messages.js';
import { cellText, labelKey, type GridRow } from './form-grid.js';
import { readDecimalCell, readIndicatorCells } from './form-cell-reading.js';
import { fileCategoryRow, readCategoryTable, type CategoryColumns, type CategoryTable } from './form-category-table.js';
import { filledColumns, findKey, type RowCursor } from './form-row-cursor.js';
import type { EvaluationForm, EvaluationFormIndicator } from './selfeval-model.js';
import { SelfevalLabels } from './selfeval-labels.js';

interface EvaluatedColumns extends CategoryColumns {
    target: number;
    actual: number;
    weight: number;
    score: number;
    reason?: number;
}

export function isEvaluatedIndicatorHeader(row: GridRow): boolean {
    return [SelfevalLabels.firstLevel, SelfevalLabels.thirdLevel, SelfevalLabels.actual].every(label => findKey(row, [label]) !== undefined);
}

const isBlockLabel = (row: GridRow, column: number, columns: EvaluatedColumns) =>
    column < columns.first && labelKey(cellText(row, column)) === SelfevalLabels.indicatorsBlock;

/** Reads the block up to the end of the form. */
export function readEvaluatedIndicatorsBlock(cursor: RowCursor): Pick<EvaluationForm, 'categories' | 'profile' | 'weightTotal' | 'total'> {
    let totals: Pick<EvaluationForm, 'weightTotal' | 'total'> = {};
    const table: CategoryTable<EvaluatedColumns, EvaluationFormIndicator> = {
        isHeader: isEvaluatedIndicatorHeader,
        headerExpected: ImportMessages.evaluatedIndicatorHeaderExpected,
        columnsOf(at, header) {
            const find = (label: string) => findKey(header, [label])!;
            const columns: EvaluatedColumns = {
                first: find(SelfevalLabels.firstLevel),
                second: find(SelfevalLabels.secondLevel),
                third: find(SelfevalLabels.thirdLevel),
                target: findKey(header, [SelfevalLabels.target, '指标值'])!,
                actual: find(SelfevalLabels.actual),
                weight: find(SelfevalLabels.weight),
                score: find(SelfevalLabels.score),
                reason: findKey(header, [SelfevalLabels.reason, '偏差原因'])
            };
            at.expectOnly(header, Object.values(columns).filter((column): column is number => column !== undefined), FormParts.evaluatedIndicatorHeader,
                column => isBlockLabel(header, column, columns));
            return columns;
        },
        readOther(at, row, columns) {
            const label = filledColumns(row).find(column => labelKey(cellText(row, column)) === SelfevalLabels.total);
            if (label === undefined) {
                return false;
            }
            at.expectOnly(row, [label, columns.weight, columns.score], FormParts.totalRow);
            totals = { weightTotal: decimalCell(at, row, columns.weight, SelfevalLabels.weight), total: decimalCell(at, row, columns.score, SelfevalLabels.total) };
            return true;
        },
        readRow(at, row, columns, builder) {
            const rest = [columns.target, columns.actual, columns.weight, columns.score, columns.reason];
            at.expectOnly(row, [columns.first, columns.second, columns.third, ...rest].filter((column): column is number => column !== undefined),
                FormParts.evaluatedIndicatorTable, column => isBlockLabel(row, column, columns));
            const filed = fileCategoryRow(at, row, columns, rest, builder, ImportMessages.evaluatedIndicatorNameEmpty);
            if (!filed) {
                return undefined;
            }
            const [targetText, actualText, , , reason] = filed.texts;
            const target = readIndicatorCells(targetText, '');
            return {
                name: filed.name,
                target: target.value,
                unitCell: target.unitCell,
                actual: actualText === '' ? undefined : readIndicatorCells(actualText, '').value,
                weight: decimalCell(at, row, columns.weight, SelfevalLabels.weight),
                score: decimalCell(at, row, columns.score, SelfevalLabels.score),
                reason
            };
        }
    };
    const { categories, profile } = readCategoryTable(cursor, table);
    return { categories, profile, ...totals };
}

/** A 分值 or 得分 cell as decimal text; empty is undefined. */
function decimalCell(cursor: RowCursor, row: GridRow, column: number, label: string): string | undefined {
    const text = cellText(row, column).trim();
    if (text === '') {
        return undefined;
    }
    const reading = readDecimalCell(text, label);
    return reading.ok ? reading.text : cursor.fail(row, column, reading.problem);
}
