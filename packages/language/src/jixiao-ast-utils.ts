/**
 * Facts about a parsed declaration that several services need (validation, hover, form building):
 * its profile, amount unit, the level of a category, where an indicator is filed.
 */
import { AstUtils, type AstNode } from 'langium';
import {
    Category, Declaration, isCategory, isDeclaration, isJixiaoDocument, isProjectDeclaration, isSelfEvaluation,
    type Indicator, type JixiaoDocument, type ProjectDeclaration, type ProjectFunds, type SelfEvaluation, type Task, type GrandTotal
} from './generated/ast.js';
import { detectProfile, type CategoryProfile } from './domain/catalogue.js';
import type { AmountColumnKey } from './domain/grammar-facts.js';
import { DEFAULT_AMOUNT_UNIT, isAmountUnit, parseAmount, type AmountUnit, type Hundredths } from './domain/money.js';

/**
 * A declaration of performance targets, of either kind: the department's (部门整体支出) or a
 * project's (项目支出). Both have a year, an amount unit, goals and the same indicator table.
 */
export type TargetDeclaration = Declaration | ProjectDeclaration;

export function isTargetDeclaration(node: unknown): node is TargetDeclaration {
    return isDeclaration(node) || isProjectDeclaration(node);
}

/** The declaration (of either kind) a node belongs to. */
export function declarationOf(node: AstNode): TargetDeclaration | undefined {
    return isTargetDeclaration(node) ? node : AstUtils.getContainerOfType(node, isTargetDeclaration);
}

/**
 * A header field's value: the last one written. The grammar keeps every value of a field written
 * twice, which the structure checks report; everything else reads the one that counts.
 */
export function headerValue(values: readonly string[] | undefined): string | undefined {
    return values?.[values.length - 1];
}

/**
 * A department declaration's names and tasks with their 主要内容: what import needs to propose the
 * 所属任务 of a project of that department (the form package's DepartmentTasks).
 */
export function departmentTasksOf(root: Declaration) {
    return {
        departmentName: headerValue(root.departmentName),
        authority: headerValue(root.authority),
        tasks: (root.tasks?.tasks ?? [])
            .filter(task => typeof task.name === 'string')
            .map(task => ({ name: task.name, content: task.content ?? '' }))
    };
}

/** Whether a node has a value for a property: a value, or at least one value of a list. */
export function hasProperty(node: AstNode | undefined, property: string): boolean {
    const value = (node as unknown as Record<string, unknown> | undefined)?.[property];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** The document a node belongs to, whichever its kind. */
export function documentOf(node: AstNode): JixiaoDocument | undefined {
    const root = AstUtils.findRootNode(node);
    return isJixiaoDocument(root) ? root : undefined;
}

/** The self-evaluation a node belongs to, if it is in one. */
export function evaluationOf(node: AstNode): SelfEvaluation | undefined {
    const root = AstUtils.findRootNode(node);
    return isSelfEvaluation(root) ? root : undefined;
}

export function amountUnitOf(declaration: JixiaoDocument | undefined): AmountUnit {
    const unit = headerValue(declaration?.amountUnit);
    return isAmountUnit(unit) ? unit : DEFAULT_AMOUNT_UNIT;
}

/** The profile named in settings, else in the header, else detected from the 一级 categories. */
export function profileOf(declaration: JixiaoDocument | undefined, forced?: string): CategoryProfile {
    const firstLevels = declaration?.indicators?.categories.map(category => category.name) ?? [];
    return detectProfile(firstLevels, forced ?? headerValue(declaration?.profile));
}

/** 1 for a category directly under 年度绩效指标, 2 inside it, and so on. */
export function categoryDepth(category: Category): number {
    let depth = 1;
    for (let container = category.$container; isCategory(container); container = container.$container) {
        depth++;
    }
    return depth;
}

/** The 二级 and 一级 names an indicator is filed under (either may be absent in a broken tree). */
export function indicatorPlacement(indicator: Indicator): { second?: string; first?: string } {
    const parent = indicator.$container;
    if (!isCategory(parent)) {
        return {};
    }
    if (isCategory(parent.$container)) {
        return { second: parent.name, first: parent.$container.name };
    }
    return { first: parent.name };
}

export function allIndicators(declaration: JixiaoDocument): Indicator[] {
    const result: Indicator[] = [];
    const visit = (category: Category): void => {
        result.push(...category.indicators);
        category.categories.forEach(visit);
    };
    declaration.indicators?.categories.forEach(visit);
    return result;
}

/** Where amounts are written in the three columns: a task, 金额合计, a project's 项目资金. */
export type AmountOwner = Task | GrandTotal | ProjectFunds;

/** An amount cell when it parses cleanly; undefined when missing or invalid (reported elsewhere). */
export function amountOf(owner: AmountOwner, column: AmountColumnKey): Hundredths | undefined {
    const text = owner[column];
    if (text === undefined) {
        return undefined;
    }
    const parsed = parseAmount(text);
    return parsed.ok ? parsed.hundredths : undefined;
}

/**
 * The sum of one column over all tasks, or undefined when a task's cell is missing or invalid
 * (then no sum can be trusted, and the cell's own diagnostic explains why).
 */
export function columnSum(tasks: readonly Task[], column: AmountColumnKey): Hundredths | undefined {
    let sum = 0n;
    for (const task of tasks) {
        const amount = amountOf(task, column);
        if (amount === undefined) {
            return undefined;
        }
        sum += amount;
    }
    return sum;
}
