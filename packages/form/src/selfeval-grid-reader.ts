/**
 * Reads the 项目支出绩效自评表 from a grid of cells (a worksheet or pasted text, see form-grid.ts),
 * block by block over one row cursor: the title rows (form-title-reader.ts), the project's header
 * rows (项目名称; 主管部门 | 实施单位, form-project-header-reader.ts), 项目资金 (selfeval-funds-reader.ts),
 * 年度总体目标 (selfeval-outcome-reader.ts), 绩效指标 and 总分 (selfeval-indicators-reader.ts).
 * Amounts may carry thousands separators; 执行率 is read as printed (`95.00%`); `—` and 不适用 are
 * accepted where the form prints them. Every non-blank cell must fit somewhere, or the
 * FormImportError names its row and column.
 */
import { FormKinds } from './form-import-messages.js';
import { labelKey, type FormGrid } from './form-grid.js';
import { RowCursor, findKey } from './form-row-cursor.js';
import { readTitleRows, type TitleRowsOf } from './form-title-reader.js';
import { readProjectHeader } from './form-project-header-reader.js';
import type { EvaluationForm } from './selfeval-model.js';
import { SelfevalLabels } from './selfeval-labels.js';
import { readEvaluationFundsBlock } from './selfeval-funds-reader.js';
import { atOutcomeBlock, readOutcomeBlock } from './selfeval-outcome-reader.js';
import { isEvaluatedIndicatorHeader, readEvaluatedIndicatorsBlock } from './selfeval-indicators-reader.js';

const EVALUATION_TITLE: TitleRowsOf = {
    title: SelfevalLabels.title,
    kind: FormKinds.evaluation,
    firstRowLabel: SelfevalLabels.projectName,
    startsForm: row => findKey(row, [SelfevalLabels.projectName]) !== undefined,
    isTitle: key => key.endsWith(SelfevalLabels.title)
};

/** True when the grid is a self-evaluation: its title, or an indicator header with 实际完成值. */
export function isEvaluationGrid(grid: FormGrid): boolean {
    return grid.rows.some(row => row.cells.some(cell => {
        const key = labelKey(cell.text);
        return key.endsWith(SelfevalLabels.title) || key === SelfevalLabels.actual || key === SelfevalLabels.executed;
    }));
}

export function readEvaluationGrid(grid: FormGrid): EvaluationForm {
    const cursor = new RowCursor(grid);
    const year = readTitleRows(cursor, EVALUATION_TITLE);
    const { projectName, authority, implementer, attribute, period } = readProjectHeader(cursor);
    const { amountUnit, funds } = readEvaluationFundsBlock(cursor, row => atOutcomeBlock(row) || isEvaluatedIndicatorHeader(row));
    const { expected, achieved } = readOutcomeBlock(cursor, isEvaluatedIndicatorHeader);
    const { categories, profile, weightTotal, total } = readEvaluatedIndicatorsBlock(cursor);
    return {
        kind: 'selfeval', year, projectName, authority, implementer, amountUnit, profile,
        ...(attribute ? { attribute } : {}), ...(period ? { period } : {}),
        funds, expected, achieved, categories, weightTotal, total
    };
}
