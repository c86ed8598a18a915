/**
 * Reads the 部门（单位）整体支出绩效目标申报表 from a grid of cells (see form-grid.ts), block by block,
 * top to bottom, each block by its own reader over one row cursor: the title rows, the 部门（单位）
 * 名称 row, 年度主要任务, 年度总体目标, 年度绩效指标. Another form kind is another sequence of block
 * readers (its own, and these where its blocks are the same).
 *
 * Every non-blank cell must fit somewhere: a cell that does not is a FormImportError naming its row
 * and column, never a silently shorter declaration.
 */
import { proposeGoalNames } from 'jixiao-language/domain';
import type { FormModel } from './form-model.js';
import type { FormGrid, GridRow } from './form-grid.js';
import { RowCursor } from './form-row-cursor.js';
import { readTitleRows, type TitleRowsOf } from './form-title-reader.js';
import { FormKinds, ImportMessages } from './form-import-messages.js';
import { FormLabels, LabelKeys, ProjectFormLabels } from './form-labels.js';
import { filledColumns, findKey } from './form-row-cursor.js';
import { readDepartmentHeader } from './form-department-header-reader.js';
import { readTasksBlock } from './form-tasks-reader.js';
import { atGoalsBlock, readGoalsBlock } from './form-goals-reader.js';
import { isIndicatorHeader, readIndicatorsBlock } from './form-indicators-reader.js';

/** The title rows of the department form; a project form or a row that belongs lower is named. */
const DEPARTMENT_TITLE: TitleRowsOf = {
    title: FormLabels.title,
    kind: FormKinds.department,
    firstRowLabel: FormLabels.departmentName,
    startsForm: row => findKey(row, LabelKeys.departmentName) !== undefined,
    isTitle: key => /绩效目标申报表$/.test(key),
    misplaced: (row, key) => {
        if (findKey(row, [LabelKeys.taskName, LabelKeys.goalsBlock, FormLabels.firstLevel]) !== undefined) {
            return { problem: ImportMessages.headerRowMissingBefore };
        }
        if (key === ProjectFormLabels.projectName) {
            return { column: filledColumns(row)[0], problem: ImportMessages.projectFormByRow };
        }
        return /项目支出.*绩效目标申报表$/.test(key) ? { column: filledColumns(row)[0], problem: ImportMessages.projectFormByTitle } : undefined;
    }
};

export function readFormGrid(grid: FormGrid): FormModel {
    const cursor = new RowCursor(grid);
    const year = readTitleRows(cursor, DEPARTMENT_TITLE);
    const { departmentName, authority } = readDepartmentHeader(cursor);
    const { amountUnit, tasks, grandTotal } = readTasksBlock(cursor, (row: GridRow) => atGoalsBlock(row) || isIndicatorHeader(row));
    const goals = readGoalsBlock(cursor, isIndicatorHeader);
    const { categories, profile } = readIndicatorsBlock(cursor);
    return {
        year,
        departmentName,
        authority,
        amountUnit,
        profile,
        tasks,
        grandTotal,
        goalIntro: goals.intro,
        goals: proposeGoalNames(goals.texts).map((name, index) => ({ name, text: goals.texts[index] })),
        categories
    };
}
