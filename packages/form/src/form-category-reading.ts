/**
 * Reading the indicator table's category columns (一级 | 二级 | 三级), shared by the readers of the
 * department form and of the self-evaluation: category names are recognised from the catalogue in
 * whichever of the three columns they stand (pasted forms shift them), `不适用` rows, names that
 * reach down through merged cells, and the builder that files rows under their categories.
 */
import { CLASSIC_PROFILE, PROFILE_2021, findFirstLevel, findSecondLevel, isIdentifier, type CategoryProfile } from 'jixiao-language/domain';
import type { FormFirstLevel, FormSecondLevel } from './form-model.js';
import { FormLabels } from './form-labels.js';
import { cellText, quoteCell, type GridRow } from './form-grid.js';

export function filledColumns(row: GridRow): number[] {
    const columns: number[] = [];
    row.cells.forEach((cell, column) => {
        if (cell.text.trim() !== '') {
            columns.push(column);
        }
    });
    return columns;
}

/** A category cell as a name: the pasted form may break it with spaces (`数量 指标`). */
export function categoryKey(text: string): string {
    return text.replace(/[\s\u3000]+/g, '');
}

/** The name a cell shows through a merge from above (a worksheet's merged 一级/二级 cell). */
export function inherited(row: GridRow, column: number): string | undefined {
    const merged = row.cells[column]?.merged;
    return merged?.fromAbove ? categoryKey(merged.text) : undefined;
}

export type Fail = (row: GridRow, column: number | undefined, problem: string) => never;

export interface Named {
    name: string;
    column: number;
}

/** What the 一级 | 二级 | 三级 cells of a row say. */
export interface CategoryCells {
    first?: Named;
    second?: Named;
    /** The 三级 name, when the row has an indicator. */
    indicatorName?: string;
    /** How many of the three cells read 不适用. */
    notApplicableCells: number;
}

export function readCategoryCells<I>(row: GridRow, columns: { first: number; second: number; third: number }, builder: CategoryBuilder<I>, fail: Fail): CategoryCells {
    const result: CategoryCells = { notApplicableCells: 0 };
    for (const column of [columns.first, columns.second, columns.third]) {
        const text = cellText(row, column).trim();
        if (text === '') {
            continue;
        }
        const key = categoryKey(text);
        if (key === FormLabels.notApplicable) {
            result.notApplicableCells++;
            continue;
        }
        const level = builder.levelOf(key) ?? (column === columns.first ? 'first' : column === columns.second ? 'second' : undefined);
        if (level === undefined) {
            result.indicatorName = text;
            continue;
        }
        if (!isIdentifier(key)) {
            fail(row, column, `${level === 'first' ? '一级' : '二级'}指标${quoteCell(text)}不是有效的类别名（只能有汉字、字母、数字和下划线）`);
        }
        const found = { name: key, column };
        if (level === 'first') {
            if (result.first) {
                fail(row, column, `一行里有两个一级指标：“${result.first.name}”和“${key}”`);
            }
            result.first = found;
        } else {
            if (result.second) {
                fail(row, column, `一行里有两个二级指标：“${result.second.name}”和“${key}”`);
            }
            result.second = found;
        }
    }
    return result;
}

const SECOND_LEVELS_ONLY_IN_2021 = PROFILE_2021.firstLevels
    .flatMap(first => first.children.map(child => child.name))
    .filter(name => !findSecondLevel(CLASSIC_PROFILE, name));

/**
 * 2021 when a category only that framework has appears, or 成本指标 stands in the 一级 column
 * with a 二级 beside it; otherwise classic.
 */
export function profileOfCategoryRows(rows: ReadonlyArray<{ row: GridRow; columns: { first: number; second: number; third: number } }>): CategoryProfile {
    for (const { row, columns } of rows) {
        const names = [columns.first, columns.second, columns.third].map(column => categoryKey(cellText(row, column)));
        if (names.some(name => SECOND_LEVELS_ONLY_IN_2021.includes(name))) {
            return PROFILE_2021;
        }
        if (names[0] === '成本指标' && names[1] !== '' && names[1] !== FormLabels.notApplicable) {
            return PROFILE_2021;
        }
    }
    return CLASSIC_PROFILE;
}

/**
 * Files rows under 一级 and 二级 categories in order. A new group starts when a row names a
 * different category; a 二级 named without its 一级 goes under the current 一级 when the catalogue
 * puts it there (or does not know it), else under the 一级 the catalogue gives it.
 */
export class CategoryBuilder<I> {
    readonly categories: Array<FormFirstLevel<I>> = [];
    private first: FormFirstLevel<I> | undefined;
    private second: FormSecondLevel<I> | undefined;

    constructor(private readonly profile: CategoryProfile, private readonly fail: Fail) {}

    levelOf(name: string): 'first' | 'second' | undefined {
        for (const profile of [this.profile, this.profile === CLASSIC_PROFILE ? PROFILE_2021 : CLASSIC_PROFILE]) {
            if (findFirstLevel(profile, name)) {
                return 'first';
            }
            if (findSecondLevel(profile, name)) {
                return 'second';
            }
        }
        return undefined;
    }

    /** Moves to the categories a row names (or inherits through merged cells). */
    place(row: GridRow, first: Named | undefined, second: Named | undefined, inheritedFirst?: string, inheritedSecond?: string): void {
        const firstName = first?.name ?? inheritedFirst;
        if (firstName !== undefined && this.first?.name !== firstName) {
            this.startFirst(firstName);
        }
        const secondName = second?.name ?? inheritedSecond;
        if (secondName === undefined) {
            return;
        }
        if (firstName === undefined) {
            const home = findSecondLevel(this.profile, secondName)?.parent.name;
            const fits = !home || this.first?.name === home;
            if (!this.first || !fits) {
                if (!home) {
                    this.fail(row, second?.column, `二级指标“${secondName}”之前没有一级指标`);
                }
                this.startFirst(home!);
            }
        }
        if (this.second?.name !== secondName || this.second.notApplicable) {
            this.startSecond(secondName, row);
        }
    }

    /** A 不适用 row: the 二级 it names, or else the 一级 it names, does not apply. */
    notApplicable(row: GridRow, first: Named | undefined, second: Named | undefined, inheritedFirst?: string): void {
        if (second) {
            this.place(row, first, second, inheritedFirst);
            if (this.second!.indicators.length > 0) {
                this.fail(row, second.column, `二级指标“${second.name}”上面已有指标，这一行却写着不适用`);
            }
            // It stays current, so that an indicator row under it is reported, not filed elsewhere.
            this.second!.notApplicable = true;
            return;
        }
        if (first) {
            this.place(row, first, undefined);
            if (this.first!.children.length > 0) {
                this.fail(row, first.column, `一级指标“${first.name}”下面已有指标，这一行却写着不适用`);
            }
            this.first!.notApplicable = true;
            return;
        }
        this.fail(row, undefined, '这一行写着不适用，却没有写明是哪个一级或二级指标');
    }

    addIndicator(row: GridRow, column: number, indicator: I & { name: string }): void {
        if (!this.first) {
            this.fail(row, column, `指标“${indicator.name}”之前没有一级、二级指标`);
        }
        if (this.first.notApplicable) {
            this.fail(row, column, `一级指标“${this.first.name}”已标为不适用，这一行却有指标“${indicator.name}”`);
        }
        if (this.second?.notApplicable) {
            this.fail(row, column, `二级指标“${this.second.name}”已标为不适用，这一行却有指标“${indicator.name}”`);
        }
        if (!this.second) {
            // Indicators filed directly under a 一级: the form leaves their 二级 cell empty.
            this.startSecond('', row);
        }
        this.second!.indicators.push(indicator);
    }

    private startFirst(name: string): void {
        this.first = { name, notApplicable: false, children: [] };
        this.second = undefined;
        this.categories.push(this.first);
    }

    private startSecond(name: string, row: GridRow): void {
        if (!this.first) {
            this.fail(row, undefined, `二级指标“${name}”之前没有一级指标`);
        }
        if (this.first.notApplicable) {
            this.fail(row, undefined, `一级指标“${this.first.name}”已标为不适用，这一行却有二级指标“${name}”`);
        }
        this.second = { name, notApplicable: false, indicators: [] };
        this.first.children.push(this.second);
    }
}

