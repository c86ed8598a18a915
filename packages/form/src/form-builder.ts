/**
 * From a parsed declaration to the plain form model. Works on any AST the parser returns, broken
 * ones included (an export forced past errors): a missing part becomes an empty cell, never an
 * exception, and nothing the document wrote is dropped silently.
 */
import {
    isDeadline, isFreeText, isGrade, isNotApplicableValue, isProjectDeclaration, isQuantity,
    amountUnitOf, headerValue,
    type Category, type Declaration, type GrandTotal, type Indicator, type ProjectDeclaration, type ProjectFunds,
    type SelfEvaluation, type Task, type TargetDeclaration, type Value
} from 'jixiao-language';
import {
    AMOUNT_DECIMALS, normalizeComparator, normalizeUnit, parseDecimal, type Hundredths
} from 'jixiao-language/domain';
import type {
    AnyFormModel, FormAmounts, FormFirstLevel, FormGoal, FormIndicator, FormModel, FormSecondLevel, FormTask, FormValue,
    ProjectFormModel
} from './form-model.js';
import { impliedUnitCell } from './form-cells.js';

export function buildForm(declaration: Declaration): FormModel {
    const tasks = declaration.tasks;
    const goals = declaration.goals;
    return {
        year: declaration.year ?? '',
        departmentName: headerValue(declaration.departmentName) ?? '',
        authority: headerValue(declaration.authority) ?? '',
        amountUnit: amountUnitOf(declaration),
        profile: headerValue(declaration.profile),
        tasks: (tasks?.tasks ?? []).map(buildTask),
        grandTotal: tasks?.grandTotal ? amountsOf(tasks.grandTotal) : undefined,
        goalIntro: goals?.intro,
        goals: (goals?.goals ?? []).map((goal): FormGoal => ({ name: goal.name ?? '', text: goal.text ?? '' })),
        categories: (declaration.indicators?.categories ?? []).map(category => buildFirstLevel(category, buildIndicator))
    };
}

/** The form of a declaration of either kind: the department's or a project's. */
export function buildAnyForm(declaration: TargetDeclaration): AnyFormModel {
    return isProjectDeclaration(declaration) ? buildProjectForm(declaration) : buildForm(declaration);
}

/** What the forms of a project, its declaration and its evaluation, both have at the top. */
export function projectHeaderOf(node: ProjectDeclaration | SelfEvaluation) {
    return {
        year: node.year ?? '',
        projectName: headerValue(node.projectName) ?? '',
        authority: headerValue(node.authority) ?? '',
        implementer: headerValue(node.implementer) ?? '',
        task: headerValue(node.task),
        amountUnit: amountUnitOf(node),
        profile: headerValue(node.profile)
    };
}

export function buildProjectForm(project: ProjectDeclaration): ProjectFormModel {
    const goals = project.goals;
    return {
        kind: 'project',
        ...projectHeaderOf(project),
        attribute: headerValue(project.attribute) ?? '',
        period: headerValue(project.period) ?? '',
        funds: project.funds ? amountsOf(project.funds) : {},
        goalIntro: goals?.intro,
        goals: (goals?.goals ?? []).map((goal): FormGoal => ({ name: goal.name ?? '', text: goal.text ?? '' })),
        categories: (project.indicators?.categories ?? []).map(category => buildFirstLevel(category, buildIndicator))
    };
}

function buildTask(task: Task): FormTask {
    return { name: task.name ?? '', content: task.content ?? '', amounts: amountsOf(task) };
}

function amountsOf(owner: Task | GrandTotal | ProjectFunds): FormAmounts {
    return { total: exactAmount(owner.total), fiscal: exactAmount(owner.fiscal), other: exactAmount(owner.other) };
}

/**
 * The amount in hundredths, exactly. A negative amount is kept (the checker reports it, the form
 * shows it); one with more than two decimals cannot be a cell of the form without rounding, so it
 * stays empty and its precision error is what the user sees.
 */
export function exactAmount(text: string | undefined): Hundredths | undefined {
    const decimal = text === undefined ? undefined : parseDecimal(text);
    if (!decimal || decimal.scale > AMOUNT_DECIMALS) {
        return undefined;
    }
    return decimal.units * 10n ** BigInt(AMOUNT_DECIMALS - decimal.scale);
}

/** A 一级 category and its 二级, each indicator built by `indicator` (the department form's, or an evaluation's). */
export function buildFirstLevel<I>(category: Category, indicator: (node: Indicator) => I): FormFirstLevel<I> {
    const children = category.categories.map(child => buildSecondLevel(child, indicator));
    // Indicators filed directly under a 一级 (a structure error) still print, under an empty 二级.
    if (category.indicators.length > 0) {
        children.unshift({ name: '', notApplicable: false, indicators: category.indicators.map(indicator) });
    }
    return { name: category.name ?? '', notApplicable: category.notApplicable, children };
}

function buildSecondLevel<I>(category: Category, indicator: (node: Indicator) => I): FormSecondLevel<I> {
    // The form has no level below 二级: indicators of deeper categories print in this 二级's rows.
    const indicators: Indicator[] = [];
    const collect = (node: Category): void => {
        indicators.push(...node.indicators);
        node.categories.forEach(collect);
    };
    collect(category);
    return { name: category.name ?? '', notApplicable: category.notApplicable, indicators: indicators.map(indicator) };
}

function buildIndicator(indicator: Indicator): FormIndicator {
    return {
        name: indicator.name ?? '',
        ...targetOf(indicator),
        explanation: indicator.explanation ?? '',
        goals: indicator.goals.map(goal => goal.$refText).filter(name => name !== '')
    };
}

/** An indicator's 指标值 and its 度量单位 cell, the latter only when it says what the value does not. */
export function targetOf(indicator: Indicator): Pick<FormIndicator, 'value' | 'unitCell'> {
    const { value, ownUnitCell } = buildValue(indicator.value);
    const written = indicator.unitCell === undefined ? ownUnitCell : normalizeUnit(indicator.unitCell);
    return { value, unitCell: written !== undefined && written !== impliedUnitCell(value) ? written : undefined };
}

/** The value, and for a grade the unit written after it (`显著 %`), which belongs to the unit cell. */
export function buildValue(value: Value | undefined): { value: FormValue; ownUnitCell?: string } {
    if (isQuantity(value)) {
        return {
            value: {
                kind: 'quantity',
                comparator: value.comparator === undefined ? undefined : normalizeComparator(value.comparator),
                number: value.number ?? '',
                unit: value.unit === undefined ? undefined : normalizeUnit(value.unit)
            }
        };
    }
    if (isDeadline(value)) {
        return { value: { kind: 'deadline', text: value.deadline ?? '' } };
    }
    if (isGrade(value)) {
        return {
            value: { kind: 'grade', grade: value.grade ?? '' },
            ownUnitCell: value.unit === undefined ? undefined : normalizeUnit(value.unit)
        };
    }
    if (isFreeText(value)) {
        return { value: { kind: 'text', text: value.text ?? '' } };
    }
    if (isNotApplicableValue(value)) {
        return { value: { kind: 'not-applicable' } };
    }
    // A value the parser could not read at all: an empty cell, next to the syntax error.
    return { value: { kind: 'text', text: '' } };
}
