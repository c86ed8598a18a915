/**
 * Reads the 部门（单位）整体支出绩效目标申报表 from a grid of cells (see form-grid.ts), top to bottom:
 * title and （2026年度）, the 部门（单位）名称 row, 年度主要任务 (header, sub-header, tasks,
 * 金额合计), 年度总体目标, 年度绩效指标 (header, indicator rows). Columns are found from each
 * block's header, not assumed, and blank rows are skipped.
 *
 * Every non-blank cell must fit somewhere: a cell that does not is a FormImportError naming its row
 * and column, never a silently shorter declaration. Category names are recognised from the
 * catalogue in whichever of the 一级/二级/三级 columns they stand (pasted forms shift them), and a
 * 二级 whose 一级 is not on its row is filed under the 一级 the catalogue gives it.
 */
import { detectProfile, proposeGoalNames, type AmountUnit } from 'jixiao-language/domain';
import type { FormAmounts, FormFirstLevel, FormIndicator, FormModel, FormTask } from './form-model.js';
import { FormLabels } from './form-labels.js';
import { FormImportError } from './form-import-error.js';
import { cellText, isBlankRow, labelKey, quoteCell, type FormGrid, type GridRow } from './form-grid.js';
import { readAmountCell, readIndicatorCells } from './form-cell-reading.js';
import { readGoalsCell } from './form-goal-reading.js';
import { CategoryBuilder, filledColumns, inherited, profileOfCategoryRows, readCategoryCells } from './form-category-reading.js';

export { filledColumns } from './form-category-reading.js';

export function readFormGrid(grid: FormGrid): FormModel {
    return new FormGridReader(grid).read();
}

const KEY = {
    departmentName: [labelKey(FormLabels.departmentName), '部门名称', '单位名称'],
    authority: [labelKey(FormLabels.authority), '主管部门名称'],
    tasksBlock: labelKey(FormLabels.tasksBlock),
    taskName: labelKey(FormLabels.taskName),
    taskContent: labelKey(FormLabels.taskContent),
    total: [labelKey(FormLabels.total), '资金总额', '年度资金总额', '合计金额'],
    fiscal: [labelKey(FormLabels.fiscal), '财政资金'],
    other: [labelKey(FormLabels.other)],
    grandTotal: [labelKey(FormLabels.grandTotal), '合计', '总计'],
    goalsBlock: labelKey(FormLabels.goalsBlock),
    indicatorsBlock: labelKey(FormLabels.indicatorsBlock),
    notApplicable: FormLabels.notApplicable
};

interface TaskColumns {
    label: number;
    name: number;
    content: number;
    total: number;
    fiscal: number;
    other: number;
}

interface IndicatorColumns {
    first: number;
    second: number;
    third: number;
    value: number;
    unit?: number;
    explanation?: number;
}

export class FormGridReader {
    protected readonly rows: readonly GridRow[];
    protected position = 0;

    constructor(protected readonly grid: FormGrid) {
        this.rows = grid.rows.filter(row => !isBlankRow(row));
    }

    read(): FormModel {
        const year = this.readPreamble();
        const { departmentName, authority } = this.readHeader();
        const { amountUnit, tasks, grandTotal } = this.readTasks();
        const goals = this.readGoals();
        const { categories, profile } = this.readIndicators();
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

    // ── title, year ────────────────────────────────────────────────────────────────────────────

    /** Rows above 部门（单位）名称: the title, （2026年度）, a unit line. Returns the year ('' if none). */
    private readPreamble(): string {
        let year = '';
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            if (this.findKey(row, KEY.departmentName) !== undefined) {
                return year;
            }
            if (this.findKey(row, [KEY.taskName, KEY.goalsBlock, FormLabels.firstLevel]) !== undefined) {
                this.fail(row, undefined, `申报表缺少“${FormLabels.departmentName}”一行（应在这一行之前）`);
            }
            const filled = filledColumns(row);
            const text = cellText(row, filled[0]);
            const key = labelKey(text);
            if (key === '项目名称') {
                this.fail(row, filled[0], `这是项目支出绩效目标申报表（有“项目名称”一行）；目前只能导入${FormLabels.title}`);
            }
            const isTitle = /绩效目标申报表$/.test(key);
            const yearLine = /^[（(]?(\d{4})?年度?[）)]?$/.exec(key);
            if (filled.length > 1) {
                const known = isTitle || yearLine;
                const column = known ? filled[1] : filled[0];
                this.fail(row, column, known
                    ? `多出的内容${quoteCell(cellText(row, column))}：标题和年度各占一行，只有一格`
                    : `${quoteCell(text)}不是申报表的内容；申报表应以标题“${FormLabels.title}”或“${FormLabels.departmentName}”一行开始`);
            }
            if (isTitle && /项目支出/.test(key)) {
                this.fail(row, filled[0], `这是项目支出绩效目标申报表；目前只能导入${FormLabels.title}`);
            }
            if (isTitle || yearLine) {
                // The title may carry the year too: 深圳市……2026年度部门整体支出绩效目标申报表.
                year = (isTitle ? /(\d{4})年度?/.exec(key)?.[1] : yearLine?.[1]) ?? year;
            } else if (!/^(金额)?单位[：:]?(万元|元)$/.test(key)) {
                this.fail(row, filled[0], `${quoteCell(text)}不是申报表的内容；申报表应以标题“${FormLabels.title}”或“${FormLabels.departmentName}”一行开始`);
            }
        }
        throw new FormImportError(`找不到“${FormLabels.departmentName}”一行：这不是${FormLabels.title}`);
    }

    // ── 部门（单位）名称 | … | 主管部门 | … ─────────────────────────────────────────────────────────

    private readHeader(): { departmentName: string; authority: string } {
        const row = this.rows[this.position++];
        const nameLabel = this.findKey(row, KEY.departmentName)!;
        const authorityLabel = this.findKey(row, KEY.authority);
        const nameValue = filledColumns(row).find(column => column > nameLabel && column !== authorityLabel);
        const departmentName = nameValue !== undefined && (authorityLabel === undefined || nameValue < authorityLabel)
            ? cellText(row, nameValue).trim() : '';
        let authority = '';
        const allowed = [nameLabel];
        if (departmentName !== '') {
            allowed.push(nameValue!);
        }
        if (authorityLabel !== undefined) {
            const authorityValue = filledColumns(row).find(column => column > authorityLabel);
            allowed.push(authorityLabel, ...(authorityValue === undefined ? [] : [authorityValue]));
            authority = authorityValue === undefined ? '' : cellText(row, authorityValue).trim();
        }
        this.expectOnly(row, allowed, '部门（单位）名称一行');
        const next = this.rows[this.position];
        const ownRow = authorityLabel === undefined && next ? this.findKey(next, KEY.authority) : undefined;
        if (ownRow !== undefined) {
            // A form made by hand may give 主管部门 its own row.
            this.position++;
            const authorityValue = filledColumns(next).find(column => column > ownRow);
            this.expectOnly(next, [ownRow, ...(authorityValue === undefined ? [] : [authorityValue])], '主管部门一行');
            authority = authorityValue === undefined ? '' : cellText(next, authorityValue).trim();
        }
        return { departmentName, authority };
    }

    // ── 年度主要任务 ────────────────────────────────────────────────────────────────────────────

    private readTasks(): { amountUnit: AmountUnit; tasks: FormTask[]; grandTotal?: FormAmounts } {
        const header = this.rows[this.position];
        const name = header ? this.findKey(header, [KEY.taskName]) : undefined;
        const budget = header ? filledColumns(header).find(column => /^(预算)?金额（(万元|元)）$|^预算金额$/.test(labelKey(cellText(header, column)))) : undefined;
        if (!header || name === undefined || budget === undefined) {
            const where = header ? this.grid.describeRow(header.number) : '表格末尾';
            throw new FormImportError(`${where}：应是“${FormLabels.tasksBlock}”的表头（${FormLabels.taskName} | ${FormLabels.taskContent} | 预算金额（元））`);
        }
        this.position++;
        const amountUnit: AmountUnit = labelKey(cellText(header, budget)).includes('万元') ? '万元' : '元';
        const content = this.findKey(header, [KEY.taskContent]);
        if (content === undefined) {
            this.fail(header, name, `“${FormLabels.taskName}”之后找不到“${FormLabels.taskContent}”列`);
        }
        // The three amount columns are on the header row itself or on the row under it.
        let amountRow = header;
        if (this.findKey(header, KEY.total) === undefined) {
            amountRow = this.rows[this.position++];
            if (!amountRow || this.findKey(amountRow, KEY.total) === undefined) {
                const where = amountRow ? this.grid.describeRow(amountRow.number) : '表格末尾';
                throw new FormImportError(`${where}：应是预算金额的分栏（${FormLabels.total} | ${FormLabels.fiscal} | ${FormLabels.other}）`);
            }
        }
        const columns: TaskColumns = {
            label: name,
            name,
            content: content!,
            total: this.findKey(amountRow, KEY.total)!,
            fiscal: this.requireKey(amountRow, KEY.fiscal, FormLabels.fiscal),
            other: this.requireKey(amountRow, KEY.other, FormLabels.other)
        };
        const headerColumns = [columns.name, columns.content, budget, columns.total, columns.fiscal, columns.other];
        this.expectOnly(header, headerColumns, '年度主要任务的表头', column => this.isBlockLabel(header, column, KEY.tasksBlock, columns.label));
        if (amountRow !== header) {
            this.expectOnly(amountRow, [columns.total, columns.fiscal, columns.other], '预算金额的分栏', column => this.isBlockLabel(amountRow, column, KEY.tasksBlock, columns.label));
        }

        const tasks: FormTask[] = [];
        let grandTotal: FormAmounts | undefined;
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            if (this.findKey(row, [KEY.goalsBlock]) !== undefined || this.isIndicatorHeader(row)) {
                break;
            }
            const totalLabel = filledColumns(row).find(column => column < columns.total && KEY.grandTotal.includes(labelKey(cellText(row, column))));
            if (totalLabel !== undefined) {
                this.expectOnly(row, [totalLabel, columns.total, columns.fiscal, columns.other], '金额合计一行', column => this.isBlockLabel(row, column, KEY.tasksBlock, columns.label));
                grandTotal = this.readAmounts(row, columns);
                this.position++;
                break;
            }
            tasks.push(this.readTask(row, columns));
        }
        return { amountUnit, tasks, grandTotal };
    }

    private readTask(row: GridRow, columns: TaskColumns): FormTask {
        this.expectOnly(row, [columns.name, columns.content, columns.total, columns.fiscal, columns.other], '任务表',
            column => this.isBlockLabel(row, column, KEY.tasksBlock, columns.label));
        const name = cellText(row, columns.name).trim();
        if (name === '') {
            this.fail(row, columns.name, '任务名称为空，而这一行有主要内容或金额');
        }
        return { name, content: cellText(row, columns.content).trim(), amounts: this.readAmounts(row, columns) };
    }

    private readAmounts(row: GridRow, columns: TaskColumns): FormAmounts {
        const read = (column: number, label: string) => {
            const reading = readAmountCell(cellText(row, column), label);
            if (!reading.ok) {
                this.fail(row, column, reading.problem);
            }
            return reading.amount;
        };
        return {
            total: read(columns.total, FormLabels.total),
            fiscal: read(columns.fiscal, FormLabels.fiscal),
            other: read(columns.other, FormLabels.other)
        };
    }

    // ── 年度总体目标 ────────────────────────────────────────────────────────────────────────────

    /** The goals block under its label (年度总体目标, or a project's 年度绩效目标). */
    protected readGoals(blockKey: string = KEY.goalsBlock): { intro?: string; texts: string[] } {
        const row = this.rows[this.position];
        const label = row ? this.findKey(row, [blockKey]) : undefined;
        if (!row || label === undefined) {
            return { texts: [] };
        }
        this.position++;
        const textColumns = filledColumns(row).filter(column => column > label);
        const lines: string[] = [];
        let textColumn: number | undefined;
        if (textColumns.length > 0) {
            textColumn = textColumns[0];
            this.expectOnly(row, [label, textColumn], '年度总体目标一行');
            lines.push(cellText(row, textColumn));
        }
        // The text may go on in the cells below, in the same column: the export continues a text
        // longer than an Excel cell holds there (cut between goals, see goalsCellTexts), and a form
        // made by hand may give each goal its own row. Consecutive cells are one text, a line
        // break between each two. (A worksheet's rows covered by a merge are blank, so skipped.)
        for (; this.position < this.rows.length; this.position++) {
            const next = this.rows[this.position];
            if (this.isIndicatorHeader(next)) {
                break;
            }
            const filled = filledColumns(next).filter(column => !this.isBlockLabel(next, column, blockKey, label + 1));
            if (filled.length !== 1 || (textColumn !== undefined && filled[0] !== textColumn) || filled[0] <= label) {
                const column = filled.find(candidate => candidate !== textColumn) ?? filled[0];
                this.fail(next, column, `${quoteCell(cellText(next, column))}不在年度总体目标的单元格里；目标之后应是年度绩效指标的表头（${FormLabels.firstLevel} | ${FormLabels.secondLevel} | …）`);
            }
            textColumn = filled[0];
            lines.push(cellText(next, textColumn));
        }
        return readGoalsCell(lines.join('\n'));
    }

    // ── 年度绩效指标 ────────────────────────────────────────────────────────────────────────────

    protected readIndicators(): { categories: FormFirstLevel[]; profile?: string } {
        const header = this.rows[this.position];
        if (!header || !this.isIndicatorHeader(header)) {
            const where = header ? this.grid.describeRow(header.number) : '表格末尾';
            throw new FormImportError(`${where}：应是年度绩效指标的表头（${FormLabels.firstLevel} | ${FormLabels.secondLevel} | ${FormLabels.thirdLevel} | ${FormLabels.value} | ${FormLabels.unit} | ${FormLabels.explanation}）`);
        }
        let columns = this.indicatorColumns(header);
        this.position++;
        const rows: Array<{ row: GridRow; columns: IndicatorColumns }> = [];
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            if (this.isIndicatorHeader(row)) {
                // The header repeated after a page break; its columns stand for the rows below it.
                columns = this.indicatorColumns(row);
                continue;
            }
            rows.push({ row, columns });
        }
        const profile = profileOfCategoryRows(rows);
        const builder = new CategoryBuilder<FormIndicator>(profile, (row, column, problem) => this.fail(row, column, problem));
        for (const { row, columns: rowColumns } of rows) {
            this.readIndicatorRow(row, rowColumns, builder);
        }
        const categories = builder.categories;
        // Name the profile only where the checker would not detect it from the 一级 names.
        const detected = detectProfile(categories.map(first => first.name));
        return { categories, profile: detected.id === profile.id ? undefined : profile.id };
    }

    private indicatorColumns(header: GridRow): IndicatorColumns {
        const find = (keys: string[]) => this.findKey(header, keys);
        const columns: IndicatorColumns = {
            first: find([FormLabels.firstLevel])!,
            second: find([FormLabels.secondLevel])!,
            third: find([FormLabels.thirdLevel])!,
            value: filledColumns(header).find(column => labelKey(cellText(header, column)).startsWith(FormLabels.value))!,
            unit: find([FormLabels.unit, '计量单位', '单位']),
            explanation: find([FormLabels.explanation, '指标说明', '备注'])
        };
        const known = [columns.first, columns.second, columns.third, columns.value, columns.unit, columns.explanation]
            .filter((column): column is number => column !== undefined);
        this.expectOnly(header, known, '年度绩效指标的表头', column => this.isBlockLabel(header, column, KEY.indicatorsBlock, columns.first));
        return columns;
    }

    protected isIndicatorHeader(row: GridRow): boolean {
        return this.findKey(row, [FormLabels.firstLevel]) !== undefined
            && this.findKey(row, [FormLabels.secondLevel]) !== undefined
            && this.findKey(row, [FormLabels.thirdLevel]) !== undefined
            && filledColumns(row).some(column => labelKey(cellText(row, column)).startsWith(FormLabels.value));
    }

    private readIndicatorRow(row: GridRow, columns: IndicatorColumns, builder: CategoryBuilder<FormIndicator>): void {
        const dataColumns = [columns.first, columns.second, columns.third, columns.value, columns.unit, columns.explanation]
            .filter((column): column is number => column !== undefined);
        this.expectOnly(row, dataColumns, '年度绩效指标表', column => this.isBlockLabel(row, column, KEY.indicatorsBlock, columns.first));

        const cells = readCategoryCells(row, columns, builder, (at, column, problem) => this.fail(at, column, problem));
        const { first, second, indicatorName } = cells;
        let notApplicableCells = cells.notApplicableCells;
        const rest = [columns.value, columns.unit, columns.explanation]
            .filter((column): column is number => column !== undefined)
            .map(column => cellText(row, column).trim());
        notApplicableCells += rest.filter(text => text === KEY.notApplicable).length;
        const restEmpty = rest.every(text => text === '' || text === KEY.notApplicable);
        const inheritedFirst = inherited(row, columns.first);
        const inheritedSecond = inherited(row, columns.second);

        if (indicatorName === undefined && notApplicableCells > 0 && restEmpty) {
            builder.notApplicable(row, first, second, inheritedFirst);
            return;
        }
        builder.place(row, first, second, inheritedFirst, inheritedSecond);
        if (indicatorName === undefined) {
            const filled = rest.findIndex(text => text !== '');
            if (filled >= 0) {
                this.fail(row, columns.third, `三级指标（指标名称）为空，而这一行有指标值或解释`);
            }
            return;
        }
        const valueCells = readIndicatorCells(cellText(row, columns.value), columns.unit === undefined ? '' : cellText(row, columns.unit));
        const indicator: FormIndicator = {
            name: indicatorName,
            ...valueCells,
            explanation: columns.explanation === undefined ? '' : cellText(row, columns.explanation).trim(),
            goals: []
        };
        builder.addIndicator(row, columns.third, indicator);
    }

    // ── helpers ───────────────────────────────────────────────────────────────────────────────

    /** The first column whose label is one of `keys` (compared as labels: no spaces, no colon). */
    protected findKey(row: GridRow, keys: readonly string[]): number | undefined {
        const wanted = keys.map(labelKey);
        return filledColumns(row).find(column => wanted.includes(labelKey(cellText(row, column))));
    }

    protected requireKey(row: GridRow, keys: readonly string[], label: string): number {
        const column = this.findKey(row, keys);
        if (column === undefined) {
            throw new FormImportError(`${this.grid.describeRow(row.number)}：找不到“${label}”列`);
        }
        return column;
    }

    /** A block label (年度主要任务 …) in a column left of the block's table: allowed on any row. */
    protected isBlockLabel(row: GridRow, column: number, key: string, tableStart: number): boolean {
        return column < tableStart && labelKey(cellText(row, column)) === key;
    }

    /** Fails on the first filled cell that is not in `columns` (nor accepted by `alsoAllowed`). */
    protected expectOnly(row: GridRow, columns: readonly number[], what: string, alsoAllowed: (column: number) => boolean = () => false): void {
        for (const column of filledColumns(row)) {
            if (!columns.includes(column) && !alsoAllowed(column)) {
                this.fail(row, column, `多出的内容${quoteCell(cellText(row, column))}，不属于${what}的任何一列`);
            }
        }
    }

    protected fail(row: GridRow, column: number | undefined, problem: string): never {
        const where = column === undefined ? this.grid.describeRow(row.number) : this.grid.describeCell(row.number, column);
        throw new FormImportError(`${where}：${problem}`);
    }
}

