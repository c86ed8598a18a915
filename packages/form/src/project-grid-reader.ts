/**
 * Reads the 项目支出绩效目标申报表 (DESIGN §2.1) from a grid of cells, top to bottom: title and
 * （2026年度）, the header rows (项目名称; 主管部门 | 实施单位; 项目属性 | 项目期, each label followed
 * by its value, in any order and any column), 项目资金（元） with 年度资金总额 / 其中：财政拨款 /
 * 其他资金, 年度绩效目标 and the indicator table, which is read exactly as the department form's
 * (form-grid-reader.ts: shifted category names, the repeated header, 不适用 rows, `<p>` goals).
 *
 * Variants accepted where they occur: 项目资金（万元）, 项目属性 written 新增 / 延续, the goals
 * labelled 年度总体目标. As for the department form, every non-blank cell must fit somewhere.
 */
import { normalizeProjectAttribute, proposeGoalNames, type AmountUnit } from 'jixiao-language/domain';
import type { AnyFormModel, FormAmounts, ProjectFormModel } from './form-model.js';
import { FormLabels, ProjectFormLabels } from './form-labels.js';
import { FormImportError } from './form-import-error.js';
import { cellText, isBlankRow, labelKey, quoteCell, type FormGrid, type GridRow } from './form-grid.js';
import { readAmountCell } from './form-cell-reading.js';
import { filledColumns, FormGridReader, readFormGrid } from './form-grid-reader.js';
import type { OfficialForm } from './selfeval-model.js';
import { isEvaluationGrid, readEvaluationGrid } from './selfeval-grid-reader.js';

type HeaderField = 'projectName' | 'authority' | 'implementer' | 'attribute' | 'period';

const HEADER_LABELS: Readonly<Record<HeaderField, readonly string[]>> = {
    projectName: [ProjectFormLabels.projectName],
    authority: [ProjectFormLabels.authority, '主管部门名称'],
    implementer: [ProjectFormLabels.implementer, '实施单位名称'],
    attribute: [ProjectFormLabels.attribute],
    period: [ProjectFormLabels.period, '项目周期', '实施期', '项目实施期']
};

type FundsColumn = keyof FormAmounts;

/** The labels of the three funds rows, compared without a leading 其中：. */
const FUNDS_LABELS: Readonly<Record<FundsColumn, readonly string[]>> = {
    total: [ProjectFormLabels.fundsTotal, '资金总额', '项目资金总额'],
    fiscal: [FormLabels.fiscal, '财政资金', '当年财政拨款'],
    other: [ProjectFormLabels.fundsOther]
};

const FUNDS_BLOCK = /^项目资金(（(万元|元)）)?$/;
const GOALS_BLOCKS = [ProjectFormLabels.goalsBlock, FormLabels.goalsBlock];

/**
 * The form in the grid, of whichever kind its content says: a self-evaluation has 实际完成值 or
 * its title; else a project form has 项目名称.
 */
export function readAnyFormGrid(grid: FormGrid): OfficialForm {
    if (isEvaluationGrid(grid)) {
        return readEvaluationGrid(grid);
    }
    return isProjectGrid(grid) ? new ProjectGridReader(grid).readProject() : readFormGrid(grid);
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

class ProjectGridReader extends FormGridReader {
    readProject(): ProjectFormModel {
        const year = this.readProjectPreamble();
        const header = this.readProjectHeader();
        const { amountUnit, funds } = this.readFunds();
        const goals = this.readGoals(this.goalsLabelHere());
        const { categories, profile } = this.readIndicators();
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

    /** Rows above the first header row: the title, （2026年度）, a unit line. Returns the year ('' if none). */
    private readProjectPreamble(): string {
        let year = '';
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            if (this.headerLabels(row).length > 0) {
                return year;
            }
            const filled = filledColumns(row);
            const text = cellText(row, filled[0]);
            const key = labelKey(text);
            const isTitle = key.endsWith(ProjectFormLabels.title);
            const yearLine = /^[（(]?(\d{4})?年度?[）)]?$/.exec(key);
            if (filled.length > 1) {
                this.fail(row, filled[1], `多出的内容${quoteCell(cellText(row, filled[1]))}：标题和年度各占一行，只有一格`);
            }
            if (isTitle || yearLine) {
                year = (isTitle ? /(\d{4})年度?/.exec(key)?.[1] : yearLine?.[1]) ?? year;
            } else if (!/^(金额)?单位[：:]?(万元|元)$/.test(key)) {
                this.fail(row, filled[0], `${quoteCell(text)}不是申报表的内容；项目申报表应以标题“${ProjectFormLabels.title}”或“${ProjectFormLabels.projectName}”一行开始`);
            }
        }
        throw new FormImportError(`找不到“${ProjectFormLabels.projectName}”一行：这不是${ProjectFormLabels.title}`);
    }

    /** 项目名称, 主管部门 | 实施单位, 项目属性 | 项目期: each label followed by its value. */
    private readProjectHeader(): Record<HeaderField, string> {
        const header: Record<HeaderField, string> = { projectName: '', authority: '', implementer: '', attribute: '', period: '' };
        const seen = new Set<HeaderField>();
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            const labels = this.headerLabels(row);
            if (labels.length === 0) {
                break;
            }
            const filled = filledColumns(row);
            const used: number[] = [];
            for (const { field, column } of labels) {
                if (seen.has(field)) {
                    this.fail(row, column, `“${HEADER_LABELS[field][0]}”出现了两次`);
                }
                seen.add(field);
                const value = filled.find(candidate => candidate > column && !labels.some(label => label.column === candidate));
                const next = labels.find(label => label.column > column)?.column;
                used.push(column);
                if (value !== undefined && (next === undefined || value < next)) {
                    header[field] = cellText(row, value).trim();
                    used.push(value);
                }
            }
            this.expectOnly(row, used, '项目信息一行');
        }
        return header;
    }

    private headerLabels(row: GridRow): Array<{ field: HeaderField; column: number }> {
        const labels: Array<{ field: HeaderField; column: number }> = [];
        for (const column of filledColumns(row)) {
            const key = labelKey(cellText(row, column));
            const field = (Object.keys(HEADER_LABELS) as HeaderField[]).find(candidate => HEADER_LABELS[candidate].includes(key));
            if (field) {
                labels.push({ field, column });
            }
        }
        return labels;
    }

    /** 项目资金（元）: up to three rows, a funds label and its amount on each. */
    private readFunds(): { amountUnit: AmountUnit; funds: FormAmounts } {
        let amountUnit: AmountUnit = '元';
        const funds: FormAmounts = {};
        const seen = new Set<FundsColumn>();
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            const filled = filledColumns(row);
            const block = filled.find(column => FUNDS_BLOCK.test(labelKey(cellText(row, column))));
            const label = filled.find(column => column !== block && fundsColumnOf(cellText(row, column)) !== undefined);
            if (label === undefined) {
                if (block !== undefined) {
                    this.fail(row, block, `“${labelKey(cellText(row, block))}”一行应有“${ProjectFormLabels.fundsTotal}”及其金额`);
                }
                break;
            }
            if (block !== undefined && labelKey(cellText(row, block)).includes('万元')) {
                amountUnit = '万元';
            }
            const column = fundsColumnOf(cellText(row, label))!;
            if (seen.has(column)) {
                this.fail(row, label, `${quoteCell(cellText(row, label))}出现了两次`);
            }
            seen.add(column);
            const value = filled.find(candidate => candidate > label);
            const reading = readAmountCell(value === undefined ? '' : cellText(row, value), labelKey(cellText(row, label)));
            if (!reading.ok) {
                this.fail(row, value, reading.problem);
            }
            funds[column] = reading.amount;
            this.expectOnly(row, [label, ...(value === undefined ? [] : [value]), ...(block === undefined ? [] : [block])], '项目资金');
        }
        if (seen.size === 0) {
            const row = this.rows[this.position];
            const where = row ? this.grid.describeRow(row.number) : '表格末尾';
            throw new FormImportError(`${where}：应是“项目资金（元）”（${ProjectFormLabels.fundsTotal} | ${ProjectFormLabels.fundsFiscal} | ${ProjectFormLabels.fundsOther}）`);
        }
        return { amountUnit, funds };
    }

    /** The goals block's label as this form writes it (年度绩效目标, or the department's word). */
    private goalsLabelHere(): string {
        const row = this.rows[this.position];
        const keys = row && !isBlankRow(row) ? row.cells.map(cell => labelKey(cell.text)) : [];
        return GOALS_BLOCKS.find(label => keys.includes(label)) ?? ProjectFormLabels.goalsBlock;
    }
}

function fundsColumnOf(text: string): FundsColumn | undefined {
    const key = labelKey(text).replace(/^其中[：:]?/, '');
    return (Object.keys(FUNDS_LABELS) as FundsColumn[]).find(column => FUNDS_LABELS[column].includes(key));
}
