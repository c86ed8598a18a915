/**
 * Files the rows of the indicator table under 一级 and 二级 categories in order. A new group starts
 * when a row names a different category; a 二级 named without its 一级 goes under the current 一级
 * when the catalogue puts it there (or does not know it), else under the 一级 the catalogue gives it.
 */
import type { Message } from 'jixiao-language';
import { categoryLevelOf, findSecondLevel, type CategoryProfile } from 'jixiao-language/domain';
import type { FormFirstLevel, FormSecondLevel } from './form-model.js';
import { ImportMessages } from './form-import-messages.js';
import type { GridRow } from './form-grid.js';

/** A category name and the column it was read from. */
export interface NamedCell {
    name: string;
    column: number;
}

type Fail = (row: GridRow, column: number | undefined, problem: Message) => never;

/** A category cell as a name: the pasted form may break it with spaces (`数量 指标`). */
export function categoryKey(text: string): string {
    return text.replace(/[\s\u3000]+/g, '');
}

/** Files indicators of type I: a declaration's or an evaluation's. */
export class CategoryBuilder<I extends { name: string }> {
    readonly categories: Array<FormFirstLevel<I>> = [];
    private first: FormFirstLevel<I> | undefined;
    private second: FormSecondLevel<I> | undefined;

    constructor(private readonly profile: CategoryProfile, private readonly fail: Fail) {}

    levelOf(name: string): 'first' | 'second' | undefined {
        return categoryLevelOf(name, this.profile);
    }

    /** Moves to the categories a row names (or inherits through merged cells). */
    place(row: GridRow, first: NamedCell | undefined, second: NamedCell | undefined, inheritedFirst?: string, inheritedSecond?: string): void {
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
                    this.fail(row, second?.column, ImportMessages.secondWithoutFirst(secondName));
                }
                this.startFirst(home);
            }
        }
        if (this.second?.name !== secondName || this.second.notApplicable) {
            this.startSecond(secondName, row);
        }
    }

    /** A 不适用 row: the 二级 it names, or else the 一级 it names, does not apply. */
    notApplicable(row: GridRow, first: NamedCell | undefined, second: NamedCell | undefined, inheritedFirst?: string): void {
        if (second) {
            this.place(row, first, second, inheritedFirst);
            if (this.second!.indicators.length > 0) {
                this.fail(row, second.column, ImportMessages.notApplicableSecondHasIndicators(second.name));
            }
            // It stays current, so that an indicator row under it is reported, not filed elsewhere.
            this.second!.notApplicable = true;
            return;
        }
        if (first) {
            this.place(row, first, undefined);
            if (this.first!.children.length > 0) {
                this.fail(row, first.column, ImportMessages.notApplicableFirstHasIndicators(first.name));
            }
            this.first!.notApplicable = true;
            return;
        }
        this.fail(row, undefined, ImportMessages.notApplicableOfNothing);
    }

    addIndicator(row: GridRow, column: number, indicator: I): void {
        if (!this.first) {
            this.fail(row, column, ImportMessages.indicatorWithoutCategory(indicator.name));
        }
        if (this.first.notApplicable) {
            this.fail(row, column, ImportMessages.indicatorUnderNotApplicable(true, this.first.name, indicator.name));
        }
        if (this.second?.notApplicable) {
            this.fail(row, column, ImportMessages.indicatorUnderNotApplicable(false, this.second.name, indicator.name));
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
            this.fail(row, undefined, ImportMessages.secondWithoutFirst(name));
        }
        if (this.first.notApplicable) {
            this.fail(row, undefined, ImportMessages.secondUnderNotApplicable(this.first.name, name));
        }
        this.second = { name, notApplicable: false, indicators: [] };
        this.first.children.push(this.second);
    }
}
