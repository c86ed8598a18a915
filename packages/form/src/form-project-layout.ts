/**
 * Where every cell of the 项目支出绩效目标申报表 goes (DESIGN §2.1), seven columns like the
 * department form, row by row:
 *
 *   title, （2026年度）                   A:G merged, no borders
 *   项目名称 A:B       name C:G
 *   主管部门 A:B       name C:D            实施单位 E       name F:G
 *   项目属性 A:B       新增项目 C:D        项目期 E         1年 F:G
 *   项目资金（元） A (merged down 3 rows)
 *                      年度资金总额 B:C    amount D:G (right-aligned)
 *                      其中：财政拨款 B:C  amount D:G
 *                      其他资金 B:C        amount D:G
 *   年度绩效目标 A     goals text B:G (as the department's goals: numbered, cut between goals
 *                      into several cells when longer than a cell holds)
 *   年度绩效指标 A     the department form's indicator table, B–G
 *
 * This is the layout the online system pastes (../shared/forms/sample-project-form.txt): the
 * readers find each label by its words, not by its column.
 */
import type { ProjectFormModel } from './form-model.js';
import type { FormLayout, LayoutOptions } from './form-layout.js';
import { fundsHeaderText, ProjectFormLabels } from './form-labels.js';
import { FORM_COLUMN_COUNT, GridBuilder, putGoalsBlock, putIndicatorsBlock, putProjectHeader } from './form-layout-blocks.js';

export function layoutProjectForm(model: ProjectFormModel, options: LayoutOptions = {}): FormLayout {
    const grid = new GridBuilder();
    const last = FORM_COLUMN_COUNT;

    putProjectHeader(grid, ProjectFormLabels.title, model, last);
    grid.put(5, 1, ProjectFormLabels.attribute, 'header', 5, 2);
    grid.put(5, 3, model.attribute, 'centered', 5, 4);
    grid.put(5, 5, ProjectFormLabels.period, 'header');
    grid.put(5, 6, model.period, 'centered', 5, last);

    // 项目资金: three rows, the label merged down beside them; a missing amount is an empty cell.
    const fundsTop = 6;
    const funds = [
        [ProjectFormLabels.fundsTotal, model.funds.total],
        [ProjectFormLabels.fundsFiscal, model.funds.fiscal],
        [ProjectFormLabels.fundsOther, model.funds.other]
    ] as const;
    funds.forEach(([label, amount], index) => {
        const row = fundsTop + index;
        grid.put(row, 2, label, 'header', row, 3);
        grid.put(row, 4, amount ?? '', amount === undefined ? 'text' : 'amount', row, last);
    });
    grid.put(fundsTop, 1, fundsHeaderText(model.amountUnit), 'block', fundsTop + funds.length - 1, 1);

    const goals = putGoalsBlock(grid, fundsTop + funds.length, ProjectFormLabels.goalsBlock, model, options.goalRowCounts);
    const indicators = putIndicatorsBlock(grid, goals.next, model.categories);
    return {
        cells: grid.cells, merges: grid.merges, rowCount: indicators.next - 1, columnCount: last, repeatedRow: indicators.headerRow,
        goalRows: goals.goalRows, goalCells: goals.goalCells, indicatorHeaderRow: indicators.headerRow, amountUnit: model.amountUnit
    };
}
