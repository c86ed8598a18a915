/**
 * The outline: the declaration, its three sections, tasks (with their 总额), goals, categories
 * and indicators (with their value); for a project, its funds (with 年度资金总额), goals and
 * indicators. Nodes the parser left half-built are skipped, not guessed.
 */
import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import {
    isDeclaration, isDeadline, isFreeText, isGrade, isNotApplicableValue, isProjectDeclaration, isQuantity, isSelfEvaluation,
    type Category, type Declaration, type Goal, type GoalSection, type Indicator, type IndicatorSection,
    type ProjectDeclaration, type ProjectGoalSection, type SelfEvaluation, type Task
} from '../generated/ast.js';
import type { JixiaoServices } from '../jixiao-module.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { categoryDepth, headerValue } from '../jixiao-ast-utils.js';
import { DEPARTMENT_DECLARATION, GRAND_TOTAL_KEYWORD, PROJECT_DECLARATION, SELF_EVALUATION, TOTAL_SCORE_KEYWORD, sectionKeyword } from '../domain/grammar-facts.js';
import { OutlineTexts, type Text } from './jixiao-lsp-messages.js';

/** Long goal texts are cut in the outline's detail column. */
const DETAIL_LENGTH = 40;

export class JixiaoDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly settings: JixiaoSettings;

    constructor(services: JixiaoServices) {
        this.settings = services.settings.JixiaoSettings;
    }

    getSymbols(document: LangiumDocument, _params: DocumentSymbolParams): MaybePromise<DocumentSymbol[]> {
        const root = document.parseResult?.value;
        if (isProjectDeclaration(root) && root.$cstNode) {
            return [this.symbol(root, this.say(OutlineTexts.project(root.year)), SymbolKind.File, keyword(root, PROJECT_DECLARATION.keyword),
                this.projectSections(root), headerValue(root.projectName))].filter(isSymbol);
        }
        if (isSelfEvaluation(root)) {
            return [this.symbol(root, this.say(OutlineTexts.evaluation(root.year)), SymbolKind.File, keyword(root, SELF_EVALUATION.keyword),
                this.evaluationSections(root), headerValue(root.projectName))].filter(isSymbol);
        }
        if (!isDeclaration(root) || !root.$cstNode) {
            return [];
        }
        return [this.symbol(root, this.say(OutlineTexts.declaration(root.year)), SymbolKind.File, keyword(root, DEPARTMENT_DECLARATION.keyword),
            this.sections(root), headerValue(root.departmentName))].filter(isSymbol);
    }

    private sections(declaration: Declaration): DocumentSymbol[] {
        const symbols: Array<DocumentSymbol | undefined> = [];
        const tasks = declaration.tasks;
        if (tasks) {
            const children = [
                ...tasks.tasks.map(task => this.task(task)),
                tasks.grandTotal ? this.symbol(tasks.grandTotal, this.say(OutlineTexts.grandTotal), SymbolKind.Number, keyword(tasks.grandTotal, GRAND_TOTAL_KEYWORD), [], tasks.grandTotal.total) : undefined
            ];
            symbols.push(this.symbol(tasks, this.say(OutlineTexts.tasks), SymbolKind.Namespace, keyword(tasks, sectionKeyword(DEPARTMENT_DECLARATION, 'tasks')), children.filter(isSymbol)));
        }
        symbols.push(this.goals(declaration.goals, OutlineTexts.goals, sectionKeyword(DEPARTMENT_DECLARATION, 'goals')), this.indicators(declaration.indicators));
        return symbols.filter(isSymbol);
    }

    private projectSections(project: ProjectDeclaration): DocumentSymbol[] {
        const funds = project.funds;
        return [
            funds ? this.symbol(funds, this.say(OutlineTexts.funds), SymbolKind.Number, keyword(funds, sectionKeyword(PROJECT_DECLARATION, 'funds')), [], funds.total) : undefined,
            this.goals(project.goals, OutlineTexts.projectGoals, sectionKeyword(PROJECT_DECLARATION, 'goals')),
            this.indicators(project.indicators)
        ].filter(isSymbol);
    }

    /** 项目资金 with its rows, 年度总体目标, the indicators, 总分. */
    private evaluationSections(evaluation: SelfEvaluation): DocumentSymbol[] {
        const funds = evaluation.funds;
        const rows = (funds?.rows ?? []).map(row => typeof row.kind === 'string'
            ? this.symbol(row, row.kind, SymbolKind.Number, property(row, 'kind'), [], row.executed) : undefined);
        return [
            funds ? this.symbol(funds, this.say(OutlineTexts.funds), SymbolKind.Namespace, keyword(funds, sectionKeyword(SELF_EVALUATION, 'funds')), rows.filter(isSymbol)) : undefined,
            evaluation.goals ? this.symbol(evaluation.goals, this.say(OutlineTexts.goals), SymbolKind.Namespace, keyword(evaluation.goals, sectionKeyword(SELF_EVALUATION, 'goals')), []) : undefined,
            this.indicators(evaluation.indicators),
            evaluation.total !== undefined
                ? this.symbol(evaluation, this.say(OutlineTexts.total), SymbolKind.Number, keyword(evaluation, TOTAL_SCORE_KEYWORD), [], evaluation.total) : undefined
        ].filter(isSymbol);
    }

    private goals(goals: GoalSection | ProjectGoalSection | undefined, title: Text, word: string): DocumentSymbol | undefined {
        return goals && this.symbol(goals, this.say(title), SymbolKind.Namespace, keyword(goals, word), goals.goals.map(goal => this.goal(goal)).filter(isSymbol));
    }

    private indicators(indicators: IndicatorSection | undefined): DocumentSymbol | undefined {
        return indicators && this.symbol(indicators, this.say(OutlineTexts.indicators), SymbolKind.Namespace, keyword(indicators, sectionKeyword(DEPARTMENT_DECLARATION, 'indicators')),
            indicators.categories.map(category => this.category(category)).filter(isSymbol));
    }

    private task(task: Task): DocumentSymbol | undefined {
        return typeof task.name === 'string'
            ? this.symbol(task, task.name, SymbolKind.Object, property(task, 'name'), [], task.total) : undefined;
    }

    private goal(goal: Goal): DocumentSymbol | undefined {
        if (typeof goal.name !== 'string') {
            return undefined;
        }
        const text = typeof goal.text === 'string' ? goal.text : undefined;
        const detail = text && [...text].length > DETAIL_LENGTH ? [...text].slice(0, DETAIL_LENGTH).join('') + '…' : text;
        return this.symbol(goal, goal.name, SymbolKind.Constant, property(goal, 'name'), [], detail);
    }

    private category(category: Category): DocumentSymbol | undefined {
        if (typeof category.name !== 'string') {
            return undefined;
        }
        const children = [
            ...category.categories.map(child => this.category(child)),
            ...category.indicators.map(indicator => this.indicator(indicator))
        ].filter(isSymbol);
        const kind = categoryDepth(category) === 1 ? SymbolKind.Package : SymbolKind.Class;
        const detail = category.notApplicable ? this.say(OutlineTexts.notApplicable) : undefined;
        return this.symbol(category, category.name, kind, property(category, 'name'), children, detail);
    }

    private indicator(indicator: Indicator): DocumentSymbol | undefined {
        return typeof indicator.name === 'string'
            ? this.symbol(indicator, indicator.name, SymbolKind.Field, property(indicator, 'name'), [], valueText(indicator)) : undefined;
    }

    private symbol(node: AstNode, name: string, kind: SymbolKind, selection: CstNode | undefined, children: DocumentSymbol[], detail?: string): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst || name === '') {
            return undefined;
        }
        return { name, kind, range: cst.range, selectionRange: (selection ?? cst).range, children, detail };
    }

    private say(text: Text): string {
        return text[this.settings.locale];
    }
}

function valueText(indicator: Indicator): string | undefined {
    const value = indicator.value;
    if (isQuantity(value) && value.number !== undefined) {
        return `${value.comparator ?? ''}${value.number}${value.unit ? ' ' + value.unit : ''}`;
    }
    if (isDeadline(value)) {
        return value.deadline;
    }
    if (isGrade(value)) {
        return value.grade;
    }
    if (isFreeText(value)) {
        return value.text;
    }
    return isNotApplicableValue(value) ? '不适用' : undefined;
}

function keyword(node: AstNode, word: string): CstNode | undefined {
    return GrammarUtils.findNodeForKeyword(node.$cstNode, word);
}

function property(node: AstNode, name: string): CstNode | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, name);
}

function isSymbol(symbol: DocumentSymbol | undefined): symbol is DocumentSymbol {
    return symbol !== undefined;
}
