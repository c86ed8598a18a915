/**
 * Reads the 项目支出绩效目标申报表 (DESIGN §2.1) from a grid of cells, block by block over one row
 * cursor: the title rows, the header rows (form-project-header-reader.ts), 项目资金
 * (form-funds-reader.ts), 年度绩效目标 and the indicator table, which are read exactly as the
 * department form's (the same block readers: shifted category names, the repeated header, 不适用
 * rows, `<p>` goals).
 *
 * Variants accepted where they occur: 项目资金（万元）, 项目属性 written 新增 / 延续, the goals
 * labelled 年度总体目标. As for the department form, every non-blank cell must fit somewhere.
 */
import { normalizeProjectAttribute, proposeGoalNames } from 'jixiao-language/domain';
import type { ProjectFormModel } from './form-model.js';
import { FormLabels, LabelKeys, ProjectFormLabels } from './form-labels.js';
import { FormKinds } from './form-import-messages.js';
import { labelKey, type FormGrid } from './form-grid.js';
import { RowCursor, findKey } from './form-row-cursor.js';
import { readFormGrid } from './form-grid-reader.js';
import { readTitleRows, type TitleRowsOf } from './form-title-reader.js';
import { projectHeaderLabels, readProjectHeader } from './form-project-header-reader.js';
import { readFundsBlock } from './form-funds-reader.js';
import { readGoalsBlock } from './form-goals-reader.js';
import { isIndicatorHeader, readIndicatorsBlock } from './form-indicators-reader.js';
import type { OfficialForm } from './selfeval-model.js';
import { isEvaluationGrid, readEvaluationGrid } from './selfeval-grid-reader.js';

const PROJECT_TITLE: TitleRowsOf = {
    title: ProjectFormLabels.title,
    kind: FormKinds.project,
    firstRowLabel: ProjectFormLabels.projectName,
    startsForm: row => projectHeaderLabels(row).length > 0,
    isTitle: key => key.endsWith(ProjectFormLabels.title)
};

/** The goals block's label as a project form writes it: 年度绩效目标, or the department's word. */
const GOALS_BLOCKS = [ProjectFormLabels.goalsBlock, LabelKeys.goalsBlock];

/**
 * The form in the grid, of whichever kind its content says: a self-evaluation has 实际完成值 or
 * its title; else a project form has 项目名称.
 */
export function readAnyFormGrid(grid: FormGrid): OfficialForm {
    if (isEvaluationGrid(grid)) {
        return readEvaluationGrid(grid);
    }
    return isProjectGrid(grid) ? readProjectGrid(grid) : readFormGrid(grid);
}

export function isProjectGrid(grid: FormGrid): boolean {
    for (const row of grid.rows) {
        const keys = row.cells.map(cell => labelKey(cell.text));
        if (keys.includes(FormLabels.firstLevel)) {
            return false;
        }
        if (keys.some(key => key === ProjectFormLabels.projectName || key.endsWith(ProjectFormLabels.title))) {
            return true;
        }
    }
    return false;
}

export function readProjectGrid(grid: FormGrid): ProjectFormModel {
    const cursor = new RowCursor(grid);
    const year = readTitleRows(cursor, PROJECT_TITLE);
    const header = readProjectHeader(cursor);
    const { amountUnit, funds } = readFundsBlock(cursor);
    const here = cursor.current;
    const goalsLabel = (here && GOALS_BLOCKS.find(label => findKey(here, [label]) !== undefined)) ?? ProjectFormLabels.goalsBlock;
    const goals = readGoalsBlock(cursor, isIndicatorHeader, goalsLabel);
    const { categories, profile } = readIndicatorsBlock(cursor);
    return {
        kind: 'project',
        year,
        ...header,
        attribute: normalizeProjectAttribute(header.attribute),
        amountUnit,
        profile,
        funds,
        goalIntro: goals.intro,
        goals: proposeGoalNames(goals.texts).map((name, index) => ({ name, text: goals.texts[index] })),
        categories
    };
}
