/**
 * Semantic highlighting. TextMate grammars cannot colour CJK keywords reliably (see TOOLCHAIN.md),
 * so the server says what every token is:
 *
 * | token                                   | type       | modifiers    |
 * |-----------------------------------------|------------|--------------|
 * | keywords (任务, 指标, 对应…)             | keyword    |              |
 * | comparators (≥ ≤ > < =)                 | operator   |              |
 * | 一级 category names                      | namespace  |              |
 * | 二级 category names                      | type       |              |
 * | goal names; goals after 对应             | variable   | declaration on the goal itself, readonly |
 * | units (%, 个, 万人…)                     | enumMember |              |
 * | grades (显著, 明显, 一般)                | enumMember | readonly     |
 * | amounts, figures, year, deadlines       | number     |              |
 * | names, contents, goal texts, 解释       | string     |              |
 * | 项目属性 (新增项目, 延续项目)            | enumMember | readonly     |
 * | an evaluation's 分值, 得分, 总分          | number     |              |
 * | an evaluation's 偏差原因, 预期目标…      | string     |              |
 */
import { CstUtils, GrammarAST, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import {
    isCategory, isDeadline, isDeclaration, isEvaluationGoals, isFreeText, isFundRow, isGoal, isGrade, isGrandTotal, isIndicator,
    isProjectDeclaration, isProjectFunds, isQuantity, isSelfEvaluation, isTask
} from '../generated/ast.js';
import { categoryDepth } from '../jixiao-ast-utils.js';
import { isComparator } from '../domain/grammar-facts.js';

/** Punctuation is left to the editor's bracket colouring; %, ％ and ‰ are coloured as the units they are. */
const NOT_KEYWORDS = new Set(['{', '}', ',', '、', '，', '-', '%', '％', '‰']);

export class JixiaoSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void | 'prune' {
        if (isDeclaration(node)) {
            this.highlightKeywords(node, acceptor);
            this.strings(node, acceptor, 'departmentName', 'authority');
            this.numbers(node, acceptor, 'year');
        } else if (isProjectDeclaration(node)) {
            this.highlightKeywords(node, acceptor);
            this.strings(node, acceptor, 'projectName', 'authority', 'implementer', 'period', 'task');
            this.property(node, 'attribute', acceptor, SemanticTokenTypes.enumMember, [SemanticTokenModifiers.readonly]);
            this.numbers(node, acceptor, 'year');
        } else if (isProjectFunds(node)) {
            this.numbers(node, acceptor, 'total', 'fiscal', 'other');
        } else if (isSelfEvaluation(node)) {
            this.highlightKeywords(node, acceptor);
            this.strings(node, acceptor, 'projectName', 'authority', 'implementer', 'period', 'task', 'declarationPath');
            this.property(node, 'attribute', acceptor, SemanticTokenTypes.enumMember, [SemanticTokenModifiers.readonly]);
            this.numbers(node, acceptor, 'year', 'total');
        } else if (isFundRow(node)) {
            this.numbers(node, acceptor, 'initial', 'budget', 'executed', 'weight', 'score');
            this.strings(node, acceptor, 'reason');
        } else if (isEvaluationGoals(node)) {
            this.strings(node, acceptor, 'expected', 'achieved');
        } else if (isTask(node)) {
            this.strings(node, acceptor, 'name', 'content');
            this.numbers(node, acceptor, 'total', 'fiscal', 'other');
        } else if (isGrandTotal(node)) {
            this.numbers(node, acceptor, 'total', 'fiscal', 'other');
        } else if (node.$type === 'GoalSection' || node.$type === 'ProjectGoalSection') {
            this.strings(node, acceptor, 'intro');
        } else if (isGoal(node)) {
            this.property(node, 'name', acceptor, SemanticTokenTypes.variable, [SemanticTokenModifiers.declaration, SemanticTokenModifiers.readonly]);
            this.strings(node, acceptor, 'text');
        } else if (isCategory(node)) {
            const type = categoryDepth(node) === 1 ? SemanticTokenTypes.namespace : SemanticTokenTypes.type;
            this.property(node, 'name', acceptor, type);
        } else if (isIndicator(node)) {
            this.strings(node, acceptor, 'name', 'explanation', 'reason');
            this.numbers(node, acceptor, 'weight', 'score');
            this.property(node, 'unitCell', acceptor, SemanticTokenTypes.enumMember);
            node.goals.forEach((_goal, index) => this.property(node, 'goals', acceptor, SemanticTokenTypes.variable, [SemanticTokenModifiers.readonly], index));
        } else if (isQuantity(node)) {
            this.numbers(node, acceptor, 'number');
            this.property(node, 'unit', acceptor, SemanticTokenTypes.enumMember);
        } else if (isGrade(node)) {
            this.property(node, 'grade', acceptor, SemanticTokenTypes.enumMember, [SemanticTokenModifiers.readonly]);
            this.property(node, 'unit', acceptor, SemanticTokenTypes.enumMember);
        } else if (isDeadline(node)) {
            this.numbers(node, acceptor, 'deadline');
        } else if (isFreeText(node)) {
            this.strings(node, acceptor, 'text');
        }
    }

    /** All keywords in one pass over the tokens, rather than a search per node. */
    private highlightKeywords(root: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (!root.$cstNode) {
            return;
        }
        for (const leaf of CstUtils.flattenCst(root.$cstNode)) {
            const source = leaf.grammarSource;
            if (!GrammarAST.isKeyword(source) || NOT_KEYWORDS.has(source.value)) {
                continue;
            }
            acceptor({ cst: leaf, type: isComparator(source.value) ? SemanticTokenTypes.operator : SemanticTokenTypes.keyword });
        }
    }

    private property(node: AstNode, property: string, acceptor: SemanticTokenAcceptor, type: string, modifier?: string[], index?: number): void {
        if ((node as unknown as Record<string, unknown>)[property] !== undefined) {
            acceptor({ node, property: property as never, type, modifier, index });
        }
    }

    private strings(node: AstNode, acceptor: SemanticTokenAcceptor, ...properties: string[]): void {
        properties.forEach(property => this.property(node, property, acceptor, SemanticTokenTypes.string));
    }

    private numbers(node: AstNode, acceptor: SemanticTokenAcceptor, ...properties: string[]): void {
        properties.forEach(property => this.property(node, property, acceptor, SemanticTokenTypes.number));
    }
}
