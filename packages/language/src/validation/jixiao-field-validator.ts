/**
 * Fields of a block (表头, 任务, 金额合计, 年度总体目标, 指标): a word that is no field of its block is
 * one syntax error with a did-you-mean (总数 → 总额), a unit after an amount says that amounts take
 * none, a goal name after an indicator's value asks for the missing 对应; a field written twice is
 * reported instead of silently keeping the last one. The grammar keeps such words as unknown fields
 * (see grammar/jixiao.langium), so the rest of the document is parsed and checked as usual.
 */
import { CstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type ValidationAcceptor } from 'langium';
import { isUnknownField, type UnknownField } from '../generated/ast.js';
import { declarationOf } from '../jixiao-ast-utils.js';
import { isAmountUnit } from '../domain/money.js';
import {
    DEPARTMENT_DECLARATION, GOALS_CLAUSES, INDICATOR_CLAUSES, PROJECT_DECLARATION, TASK_CLAUSES
} from '../domain/grammar-facts.js';
import { closestMatches } from '../domain/similarity.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { blockNames, Messages } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';

/** The field keywords of each block that may hold unknown fields, in the order the form has them (from the grammar facts). */
export const BLOCK_FIELDS: Readonly<Record<keyof typeof blockNames, readonly string[]>> = {
    Declaration: Object.keys(DEPARTMENT_DECLARATION.header),
    ProjectDeclaration: Object.keys(PROJECT_DECLARATION.header),
    ProjectFunds: Object.values(PROJECT_DECLARATION.amounts),
    ProjectGoalSection: Object.values(GOALS_CLAUSES),
    Task: [...Object.values(TASK_CLAUSES), ...Object.values(DEPARTMENT_DECLARATION.amounts)],
    GrandTotal: Object.values(DEPARTMENT_DECLARATION.amounts),
    GoalSection: Object.values(GOALS_CLAUSES),
    Indicator: Object.values(INDICATOR_CLAUSES)
};

/** Fields that a block may have once; 目标 and 对应 repeat by design. */
const SINGLE_FIELDS = new Set(Object.values(BLOCK_FIELDS).flat().filter(word => word !== GOALS_CLAUSES.goals && word !== INDICATOR_CLAUSES.goals));

export type UnknownFieldKind = 'misspelt' | 'unit-after-amount' | 'goal-without-link';

export class JixiaoFieldValidator {
    constructor(private readonly issues: IssueReporter) {}

    fieldMustBeKnown = (field: UnknownField, accept: ValidationAcceptor): void => {
        const block = field.$container.$type as keyof typeof BLOCK_FIELDS;
        const fields = BLOCK_FIELDS[block];
        if (!fields || field.name === undefined) {
            return;
        }
        if (followsFieldKeyword(field, fields) || followsUnknownField(field)) {
            // `部门名称 深圳局`: the parser already said that quoted text belongs here; `目表 其他 "…"`:
            // the words after a misspelt keyword are part of the one mistake.
            return;
        }
        const location = { node: field, property: 'name' } as const;
        if ((block === 'Task' || block === 'GrandTotal' || block === 'ProjectFunds') && isAmountUnit(field.name) && followsAmount(field)) {
            this.issues.report(accept, IssueCodes.Syntax, Messages.unitAfterAmount(field.name), {
                ...location, data: { kind: 'unit-after-amount' satisfies UnknownFieldKind }
            });
            return;
        }
        if (block === 'Indicator' && isGoalName(field, field.name)) {
            this.issues.report(accept, IssueCodes.Syntax, Messages.goalWithoutLink(field.name), {
                ...location, data: { kind: 'goal-without-link' satisfies UnknownFieldKind }
            });
            return;
        }
        const suggestions = closestMatches(field.name, fields);
        this.issues.report(accept, IssueCodes.Syntax, Messages.unknownField(field.name, blockNames[block], suggestions, [...fields]), {
            ...location, data: { kind: 'misspelt' satisfies UnknownFieldKind, suggestions }
        });
    };

    /** Task, 金额合计, 年度总体目标 and 指标: the header has its own check (structure.header-duplicate). */
    fieldMustNotRepeat = (node: AstNode, accept: ValidationAcceptor): void => {
        const cst = node.$cstNode;
        if (!isCompositeCstNode(cst)) {
            return;
        }
        let seen: Set<string> | undefined;
        // The node's own tokens (a keyword leaf is named by its keyword); runs for every indicator, so kept cheap.
        const content = cst.content;
        for (let index = 0; index < content.length; index++) {
            const child = content[index];
            const word = isLeafCstNode(child) ? child.tokenType.name : undefined;
            if (word === undefined || !SINGLE_FIELDS.has(word)) {
                continue;
            }
            if (seen?.has(word)) {
                this.issues.report(accept, IssueCodes.Syntax, Messages.fieldDuplicate(word), { node, range: child.range, data: { kind: 'field-duplicate' } });
            }
            (seen ??= new Set()).add(word);
        }
    };
}

/** The field keywords that the node's unknown fields are misspellings of (总数 → 总额). */
export function misspeltFields(node: { unknownFields: readonly UnknownField[]; $type: string }): Set<string> {
    const fields = BLOCK_FIELDS[node.$type as keyof typeof BLOCK_FIELDS] ?? [];
    return new Set(node.unknownFields.flatMap(field => (field.name === undefined ? [] : closestMatches(field.name, fields).slice(0, 1))));
}

/** True when the token before the word is a figure (`0.00元`). */
function followsAmount(field: UnknownField): boolean {
    const previous = previousToken(field);
    return isLeafCstNode(previous) && previous.tokenType.name === 'NUMBER';
}

function followsFieldKeyword(field: UnknownField, fields: readonly string[]): boolean {
    const previous = previousToken(field);
    return isLeafCstNode(previous) && GrammarAST.isKeyword(previous.grammarSource) && fields.includes(previous.text);
}

function followsUnknownField(field: UnknownField): boolean {
    const previous = previousToken(field);
    return previous !== undefined && isUnknownField(previous.astNode) && previous.astNode !== field;
}

function previousToken(node: AstNode): CstNode | undefined {
    let previous = node.$cstNode && CstUtils.getPreviousNode(node.$cstNode, false);
    while (isCompositeCstNode(previous)) {
        previous = previous.content.filter(child => !child.hidden).at(-1);
    }
    return previous;
}

function isGoalName(node: AstNode, name: string): boolean {
    return (declarationOf(node)?.goals?.goals ?? []).some(goal => goal.name === name);
}
