/**
 * Reads the 项目支出绩效自评表 from a grid of cells (a worksheet or pasted text, see form-grid.ts),
 * top to bottom: title and （2026年度）, 项目名称, 主管部门 | 实施单位, 项目资金 (header and its
 * rows), 年度总体目标 (预期目标 | 实际完成情况 and their texts), 绩效指标 (header, indicator rows,
 * the header repeated after a page break), 总分. Columns are found from each block's header.
 * Amounts may carry thousands separators; 执行率 is read as printed (`95.00%`); `—` and 不适用
 * are accepted where the form prints them. Every non-blank cell must fit somewhere, or the
 * FormImportError names its row and column.
 */
import { detectProfile, parseDecimal, type AmountUnit } from 'jixiao-language/domain';
import { FormImportError } from './form-import-error.js';
import { cellText, labelKey, quoteCell, type FormGrid, type GridRow } from './form-grid.js';
import { FormGridReader } from './form-grid-reader.js';
import { readAmountCell, readIndicatorCells } from './form-cell-reading.js';
import { plainCellText } from './form-goal-reading.js';
import { CategoryBuilder, filledColumns, inherited, profileOfCategoryRows, readCategoryCells } from './form-category-reading.js';
import { FUND_ROW_KINDS, type EvaluationForm, type EvaluationFormIndicator, type EvaluationFundRow, type FundRowKind } from './selfeval-model.js';
import { FUND_ROW_LABELS, SelfevalLabels } from './selfeval-labels.js';

/** True when the grid is a self-evaluation: its title, or an indicator header with 实际完成值. */
export function isEvaluationGrid(grid: FormGrid): boolean {
    return grid.rows.some(row => row.cells.some(cell => {
        const key = labelKey(cell.text);
        return key.endsWith(SelfevalLabels.title) || key === SelfevalLabels.actual || key === SelfevalLabels.executed;
    }));
}

export function readEvaluationGrid(grid: FormGrid): EvaluationForm {
    return new EvaluationGridReader(grid).readEvaluation();
}

/** Cells the form prints where nothing applies: `—` (and the dashes people type for it). */
const NONE = new Set(['—', '——', '-', '－', '–', '/', '／']);

interface FundColumns {
    label: number;
    initial: number;
    budget: number;
    executed: number;
    weight: number;
    rate?: number;
    score: number;
    reason?: number;
}

interface EvaluatedColumns {
    first: number;
    second: number;
    third: number;
    target: number;
    actual: number;
    weight: number;
    score: number;
    reason?: number;
}

/** The department form's reader lends its helpers (finding labels, refusing stray cells, failing at a cell). */
class EvaluationGridReader extends FormGridReader {
    readEvaluation(): EvaluationForm {
        const year = this.readTitle();
        const projectName = this.readLabelled([SelfevalLabels.projectName]).value;
        const authorityRow = this.readLabelled([SelfevalLabels.authority, '主管部门名称'], [SelfevalLabels.implementer, '实施单位名称']);
        const { amountUnit, funds } = this.readFunds();
        const { expected, achieved } = this.readEvaluationGoals();
        const { categories, profile, weightTotal, total } = this.readEvaluatedIndicators();
        return {
            kind: 'selfeval', year, projectName, authority: authorityRow.value, implementer: authorityRow.second ?? '', amountUnit, profile,
            funds, expected, achieved, categories, weightTotal, total
        };
    }

    // ── title, year ──────────────────────────────────────────────────────────────────────────

    private readTitle(): string {
        let year = '';
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            const filled = filledColumns(row);
            const key = labelKey(cellText(row, filled[0]));
            if (key === SelfevalLabels.projectName) {
                return year;
            }
            const isTitle = key.endsWith(SelfevalLabels.title);
            const yearLine = /^[（(]?(\d{4})?年度?[）)]?$/.exec(key);
            if (filled.length > 1 || !(isTitle || yearLine || /^(金额)?单位[：:]?(万元|元)$/.test(key))) {
                this.fail(row, filled[filled.length > 1 ? 1 : 0], `${quoteCell(cellText(row, filled[filled.length > 1 ? 1 : 0]))}不是自评表的内容；自评表应以标题“${SelfevalLabels.title}”或“${SelfevalLabels.projectName}”一行开始`);
            }
            year = (isTitle ? /(\d{4})年度?/.exec(key)?.[1] : yearLine?.[1]) ?? year;
        }
        throw new FormImportError(`找不到“${SelfevalLabels.projectName}”一行：这不是${SelfevalLabels.title}`);
    }

    /** A row `label | value [| second label | value]`; the value is the first filled cell after its label. */
    private readLabelled(labels: readonly string[], secondLabels: readonly string[] = []): { value: string; second?: string } {
        const row = this.rows[this.position];
        const label = row ? this.findKey(row, labels) : undefined;
        if (!row || label === undefined) {
            this.failAt(row, `应是“${labels[0]}”一行`);
        }
        this.position++;
        const second = secondLabels.length ? this.findKey(row, secondLabels) : undefined;
        const filled = filledColumns(row);
        const valueColumn = filled.find(column => column > label && column !== second);
        const value = valueColumn !== undefined && (second === undefined || valueColumn < second) ? cellText(row, valueColumn).trim() : '';
        const secondValue = second === undefined ? undefined : filled.find(column => column > second);
        this.expectOnly(row, [label, ...(value ? [valueColumn!] : []), ...(second === undefined ? [] : [second]), ...(secondValue === undefined ? [] : [secondValue])],
            `“${labels[0]}”一行`);
        if (secondLabels.length && second === undefined) {
            this.fail(row, undefined, `找不到“${secondLabels[0]}”`);
        }
        return { value, second: secondValue === undefined ? undefined : cellText(row, secondValue).trim() };
    }

    // ── 项目资金 ───────────────────────────────────────────────────────────────────────────────

    private readFunds(): { amountUnit: AmountUnit; funds: EvaluationFundRow[] } {
        const header = this.rows[this.position];
        const labelColumn = header ? filledColumns(header).find(column => /^项目资金(（(万元|元)）)?$/.test(labelKey(cellText(header, column)))) : undefined;
        if (!header || labelColumn === undefined) {
            this.failAt(header, `应是“项目资金（元）”的表头（${SelfevalLabels.initial} | ${SelfevalLabels.budget} | ${SelfevalLabels.executed} | ${SelfevalLabels.weight} | ${SelfevalLabels.rate} | ${SelfevalLabels.score} | ${SelfevalLabels.reason}）`);
        }
        this.position++;
        const amountUnit: AmountUnit = labelKey(cellText(header, labelColumn)).includes('万元') ? '万元' : '元';
        const require = (label: string) => this.findKey(header, [label]) ?? this.fail(header, undefined, `找不到“${label}”列`);
        const columns: FundColumns = {
            label: labelColumn,
            initial: require(SelfevalLabels.initial),
            budget: require(SelfevalLabels.budget),
            executed: require(SelfevalLabels.executed),
            weight: require(SelfevalLabels.weight),
            rate: this.findKey(header, [SelfevalLabels.rate]),
            score: require(SelfevalLabels.score),
            reason: this.findKey(header, [SelfevalLabels.reason, '偏差原因'])
        };
        const dataColumns = [columns.initial, columns.budget, columns.executed, columns.weight, columns.rate, columns.score, columns.reason]
            .filter((column): column is number => column !== undefined);
        this.expectOnly(header, [labelColumn, ...dataColumns], '项目资金的表头');
        const funds = new Map<FundRowKind, EvaluationFundRow>();
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            if (this.findKey(row, [SelfevalLabels.goalsBlock]) !== undefined || this.isIndicatorHeader(row)) {
                break;
            }
            const kindColumn = filledColumns(row).find(column => column < columns.initial && fundKind(cellText(row, column)) !== undefined);
            if (kindColumn === undefined) {
                this.fail(row, filledColumns(row)[0], `应是项目资金的一行（${FUND_ROW_KINDS.join('、')}）`);
            }
            const kind = fundKind(cellText(row, kindColumn))!;
            if (funds.has(kind)) {
                this.fail(row, kindColumn, `项目资金的“${kind}”一行重复`);
            }
            this.expectOnly(row, [kindColumn, ...dataColumns], '项目资金', column => column === labelColumn && this.isFundsLabel(row, column));
            funds.set(kind, this.readFundRow(row, kind, columns));
        }
        return { amountUnit, funds: FUND_ROW_KINDS.map(kind => funds.get(kind) ?? { kind, reason: '' }) };
    }

    private readFundRow(row: GridRow, kind: FundRowKind, columns: FundColumns): EvaluationFundRow {
        const amount = (column: number, label: string) => {
            const reading = readAmountCell(cellText(row, column), label);
            return reading.ok ? reading.amount : this.fail(row, column, reading.problem);
        };
        const scored = kind === '年度资金总额';
        const score = (column: number | undefined, label: string, percent = false) => {
            const text = column === undefined ? '' : cellText(row, column).trim();
            if (text === '' || NONE.has(text)) {
                return undefined;
            }
            if (!scored) {
                this.fail(row, column, `${label}只填在年度资金总额一行，“${kind}”一行应为“—”`);
            }
            return this.decimalText(row, column!, text, label, percent);
        };
        return {
            kind,
            initial: amount(columns.initial, SelfevalLabels.initial),
            budget: amount(columns.budget, SelfevalLabels.budget),
            executed: amount(columns.executed, SelfevalLabels.executed),
            weight: score(columns.weight, SelfevalLabels.weight),
            rate: score(columns.rate, SelfevalLabels.rate, true),
            score: score(columns.score, SelfevalLabels.score),
            reason: columns.reason === undefined ? '' : cellText(row, columns.reason).trim()
        };
    }

    private isFundsLabel(row: GridRow, column: number): boolean {
        return /^项目资金/.test(labelKey(cellText(row, column)));
    }

    // ── 年度总体目标 ───────────────────────────────────────────────────────────────────────────

    private readEvaluationGoals(): { expected: string; achieved: string } {
        const header = this.rows[this.position];
        const label = header ? this.findKey(header, [SelfevalLabels.goalsBlock]) : undefined;
        if (!header || label === undefined) {
            return { expected: '', achieved: '' };
        }
        this.position++;
        const expectedColumn = this.findKey(header, [SelfevalLabels.expected]);
        const achievedColumn = this.findKey(header, [SelfevalLabels.achieved]);
        if (expectedColumn === undefined || achievedColumn === undefined) {
            this.fail(header, label, `“${SelfevalLabels.goalsBlock}”一行应有“${SelfevalLabels.expected}”和“${SelfevalLabels.achieved}”两栏`);
        }
        this.expectOnly(header, [label, expectedColumn, achievedColumn], `“${SelfevalLabels.goalsBlock}”的表头`);
        const texts = this.rows[this.position];
        if (!texts || this.isIndicatorHeader(texts)) {
            return { expected: '', achieved: '' };
        }
        this.position++;
        this.expectOnly(texts, [expectedColumn, achievedColumn], SelfevalLabels.goalsBlock,
            column => column === label && labelKey(cellText(texts, column)) === SelfevalLabels.goalsBlock);
        return { expected: plainCellText(cellText(texts, expectedColumn)), achieved: plainCellText(cellText(texts, achievedColumn)) };
    }

    // ── 绩效指标 and 总分 ──────────────────────────────────────────────────────────────────────

    private readEvaluatedIndicators(): Pick<EvaluationForm, 'categories' | 'profile' | 'weightTotal' | 'total'> {
        const header = this.rows[this.position];
        if (!header || !this.isIndicatorHeader(header)) {
            this.failAt(header, `应是绩效指标的表头（${SelfevalLabels.firstLevel} | ${SelfevalLabels.secondLevel} | ${SelfevalLabels.thirdLevel} | ${SelfevalLabels.target} | ${SelfevalLabels.actual} | ${SelfevalLabels.weight} | ${SelfevalLabels.score} | ${SelfevalLabels.reason}）`);
        }
        let columns = this.evaluatedColumns(header);
        this.position++;
        const rows: Array<{ row: GridRow; columns: EvaluatedColumns }> = [];
        let totals: Pick<EvaluationForm, 'weightTotal' | 'total'> = {};
        for (; this.position < this.rows.length; this.position++) {
            const row = this.rows[this.position];
            if (this.isIndicatorHeader(row)) {
                columns = this.evaluatedColumns(row);
                continue;
            }
            const totalLabel = filledColumns(row).find(column => labelKey(cellText(row, column)) === SelfevalLabels.total);
            if (totalLabel !== undefined) {
                totals = this.readTotal(row, totalLabel, columns);
                continue;
            }
            rows.push({ row, columns });
        }
        const profile = profileOfCategoryRows(rows);
        const builder = new CategoryBuilder<EvaluationFormIndicator>(profile, (row, column, problem) => this.fail(row, column, problem));
        for (const { row, columns: rowColumns } of rows) {
            this.readEvaluatedRow(row, rowColumns, builder);
        }
        const categories = builder.categories;
        const detected = detectProfile(categories.map(first => first.name));
        return { categories, profile: detected.id === profile.id ? undefined : profile.id, ...totals };
    }

    private evaluatedColumns(header: GridRow): EvaluatedColumns {
        const find = (label: string) => this.findKey(header, [label])!;
        const columns: EvaluatedColumns = {
            first: find(SelfevalLabels.firstLevel),
            second: find(SelfevalLabels.secondLevel),
            third: find(SelfevalLabels.thirdLevel),
            target: this.findKey(header, [SelfevalLabels.target, '指标值'])!,
            actual: find(SelfevalLabels.actual),
            weight: find(SelfevalLabels.weight),
            score: find(SelfevalLabels.score),
            reason: this.findKey(header, [SelfevalLabels.reason, '偏差原因'])
        };
        this.expectOnly(header, Object.values(columns).filter((column): column is number => column !== undefined), '绩效指标的表头',
            column => column < columns.first && labelKey(cellText(header, column)) === SelfevalLabels.indicatorsBlock);
        return columns;
    }

    protected override isIndicatorHeader(row: GridRow): boolean {
        return [SelfevalLabels.firstLevel, SelfevalLabels.thirdLevel, SelfevalLabels.actual].every(label => this.findKey(row, [label]) !== undefined);
    }

    private readEvaluatedRow(row: GridRow, columns: EvaluatedColumns, builder: CategoryBuilder<EvaluationFormIndicator>): void {
        const rest = [columns.target, columns.actual, columns.weight, columns.score, columns.reason];
        this.expectOnly(row, [columns.first, columns.second, columns.third, ...rest].filter((column): column is number => column !== undefined), '绩效指标表',
            column => column < columns.first && labelKey(cellText(row, column)) === SelfevalLabels.indicatorsBlock);
        const cells = readCategoryCells(row, columns, builder, (at, column, problem) => this.fail(at, column, problem));
        const texts = rest.map(column => column === undefined ? '' : cellText(row, column).trim());
        const notApplicable = cells.notApplicableCells + texts.filter(text => text === SelfevalLabels.notApplicable).length;
        if (cells.indicatorName === undefined && notApplicable > 0 && texts.every(text => text === '' || text === SelfevalLabels.notApplicable)) {
            builder.notApplicable(row, cells.first, cells.second, inherited(row, columns.first));
            return;
        }
        builder.place(row, cells.first, cells.second, inherited(row, columns.first), inherited(row, columns.second));
        if (cells.indicatorName === undefined) {
            const filled = texts.findIndex(text => text !== '');
            if (filled >= 0) {
                this.fail(row, columns.third, '三级指标（指标名称）为空，而这一行有指标值或得分');
            }
            return;
        }
        const [targetText, actualText, weightText, scoreText] = texts;
        const target = readIndicatorCells(targetText, '');
        const indicator: EvaluationFormIndicator = {
            name: cells.indicatorName,
            target: target.value,
            unitCell: target.unitCell,
            actual: actualText === '' ? undefined : readIndicatorCells(actualText, '').value,
            weight: weightText === '' ? undefined : this.decimalText(row, columns.weight, weightText, SelfevalLabels.weight),
            score: scoreText === '' ? undefined : this.decimalText(row, columns.score, scoreText, SelfevalLabels.score),
            reason: texts[4]
        };
        builder.addIndicator(row, columns.third, indicator);
    }

    private readTotal(row: GridRow, label: number, columns: EvaluatedColumns): Pick<EvaluationForm, 'weightTotal' | 'total'> {
        this.expectOnly(row, [label, columns.weight, columns.score], '总分一行');
        const read = (column: number, what: string) => {
            const text = cellText(row, column).trim();
            return text === '' ? undefined : this.decimalText(row, column, text, what);
        };
        return { weightTotal: read(columns.weight, SelfevalLabels.weight), total: read(columns.score, SelfevalLabels.total) };
    }

    /** A score, weight or rate cell as decimal text (`8`, `4.80`, `95.00%` for a rate). */
    private decimalText(row: GridRow, column: number, text: string, label: string, percent = false): string {
        const cleaned = text.replace(/[\s\u3000]/g, '').replace(/％/g, '%');
        const number = percent ? cleaned.replace(/%$/, '') : cleaned;
        if (!parseDecimal(number)) {
            this.fail(row, column, `${label}${quoteCell(text)}不是数字`);
        }
        return percent ? `${number}%` : number;
    }

    // ── helpers ──────────────────────────────────────────────────────────────────────────────

    private failAt(row: GridRow | undefined, problem: string): never {
        throw new FormImportError(`${row ? this.grid.describeRow(row.number) : '表格末尾'}：${problem}`);
    }
}

/** A funds row label: `其中：当年财政拨款`, `当年财政拨款`, `年度资金总额`… */
function fundKind(text: string): FundRowKind | undefined {
    const key = labelKey(text).replace(/^其中[：:]?/, '');
    return FUND_ROW_KINDS.find(kind => kind === key || labelKey(FUND_ROW_LABELS[kind]) === key);
}
