/**
 * Hover: what a category or a unit means, the computed sums of a task and of 金额合计, the scale
 * of a grade, and the text of the goal an indicator points to. Everything is computed from the
 * document as it is; a half-typed node simply shows less.
 */
import { AstUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isCategory, isFundRow, isGoal, isGrade, isGrandTotal, isIndicator, isProjectDeclaration, isQuantity, isTask,
    type Category, type Goal, type Grade, type GrandTotal, type Indicator, type ProjectDeclaration, type Task
} from '../generated/ast.js';
import { allIndicators, amountUnitOf, categoryDepth, declarationOf, documentOf, evaluationOf, isTargetDeclaration, profileOf } from '../jixiao-ast-utils.js';
import { evaluationHover } from './jixiao-selfeval-editor.js';
import type { JixiaoWorkspaceIndex } from '../workspace/jixiao-workspace-index.js';
import type { JixiaoServices } from '../jixiao-module.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { canonicalCategoryName, findFirstLevel, findSecondLevel } from '../domain/catalogue.js';
import { DEFAULT_GRADE_SCALE, gradeScaleIn } from '../domain/grades.js';
import { formatAmountGrouped } from '../domain/money.js';
import { unitInfo } from '../domain/units.js';
import { grandTotalColumns, taskSum } from './jixiao-budget-sums.js';
import { isPropertyToken, leafAt } from './jixiao-cst.js';
import { amountColumnNames, HoverTexts, type Text } from './jixiao-lsp-messages.js';

export class JixiaoHoverProvider implements HoverProvider {
    private readonly settings: JixiaoSettings;
    private readonly workspace: JixiaoWorkspaceIndex;

    constructor(services: JixiaoServices) {
        this.settings = services.settings.JixiaoSettings;
        this.workspace = services.workspace.WorkspaceIndex;
    }

    getHoverContent(document: LangiumDocument, params: HoverParams): MaybePromise<Hover | undefined> {
        const leaf = leafAt(document, document.textDocument.offsetAt(params.position));
        const node = leaf?.astNode;
        if (!leaf || !node) {
            return undefined;
        }
        let markdown: string | undefined;
        if (this.isScoredInEvaluation(node, leaf)) {
            markdown = evaluationHover(node, this.settings.locale);
        } else if (isCategory(node) && isPropertyToken(node, 'name', leaf)) {
            markdown = this.category(node);
        } else if (isIndicator(node) && isPropertyToken(node, 'goals', leaf)) {
            const goal = node.goals.find(reference => reference.$refNode && reference.$refNode.offset <= leaf.offset && leaf.end <= reference.$refNode.end)?.ref;
            markdown = goal ? this.goal(goal, false) : undefined;
        } else if (isIndicator(node) && isPropertyToken(node, 'unitCell', leaf)) {
            markdown = this.unit(node.unitCell);
        } else if ((isQuantity(node) || isGrade(node)) && isPropertyToken(node, 'unit', leaf)) {
            markdown = this.unit(node.unit);
        } else if (isGrade(node) && isPropertyToken(node, 'grade', leaf)) {
            markdown = this.grade(node);
        } else if (isTask(node) && !isPropertyToken(node, 'content', leaf)) {
            markdown = this.task(node);
        } else if (isGrandTotal(node)) {
            markdown = this.grandTotal(node);
        } else if (isProjectDeclaration(node) && isPropertyToken(node, 'task', leaf)) {
            markdown = this.projectTask(node);
        } else if (isGoal(node) && isPropertyToken(node, 'name', leaf)) {
            markdown = this.goal(node, true);
        }
        return markdown ? { contents: { kind: 'markdown', value: markdown }, range: leaf.range } : undefined;
    }

    private text(text: Text): string {
        return text[this.settings.locale];
    }

    private category(category: Category): string | undefined {
        if (typeof category.name !== 'string') {
            return undefined;
        }
        const profile = profileOf(documentOf(category), this.settings.profile);
        const canonical = canonicalCategoryName(profile, category.name);
        const synonym = canonical !== category.name ? `\n\n${this.text(HoverTexts.synonymOf(canonical))}` : '';
        const first = categoryDepth(category) === 1 ? findFirstLevel(profile, category.name) : undefined;
        if (first) {
            return `${this.text(HoverTexts.firstLevel(category.name))}\n\n${first.description}${synonym}`;
        }
        const second = findSecondLevel(profile, category.name);
        if (second) {
            const common = second.category.commonIndicators.length > 0
                ? `\n\n${this.text(HoverTexts.commonIndicators(second.category.commonIndicators.join('、')))}` : '';
            return `${this.text(HoverTexts.secondLevel(category.name, second.parent.name))}\n\n${second.category.description}${synonym}${common}`;
        }
        const misplacedFirst = findFirstLevel(profile, category.name);
        return misplacedFirst ? `${this.text(HoverTexts.firstLevel(category.name))}\n\n${misplacedFirst.description}` : undefined;
    }

    private unit(unit: string | undefined): string | undefined {
        if (typeof unit !== 'string') {
            return undefined;
        }
        const info = unitInfo(unit);
        return this.text(info ? HoverTexts.unit(unit, info.description) : HoverTexts.unknownUnit(unit));
    }

    private grade(grade: Grade): string | undefined {
        if (typeof grade.grade !== 'string') {
            return undefined;
        }
        const indicator = AstUtils.getContainerOfType(grade, isIndicator) as Indicator | undefined;
        const grades = this.settings.grades.includes(grade.grade) ? this.settings.grades : [...this.settings.grades, grade.grade];
        const defined = gradeScaleIn(indicator?.explanation, grades);
        const scale = defined.size > 0 ? defined : new Map(Object.entries(DEFAULT_GRADE_SCALE));
        const listed = [...scale].map(([name, range]) => `${name} ${range}`).join('，');
        const title = this.text(HoverTexts.gradeTitle(grade.grade, scale.get(grade.grade)));
        const source = this.text(defined.size > 0 ? HoverTexts.gradeScaleDefined(listed) : HoverTexts.gradeScaleDefault(listed));
        return `${title}\n\n${source}`;
    }

    private task(task: Task): string | undefined {
        if (typeof task.name !== 'string') {
            return undefined;
        }
        const unit = amountUnitOf(declarationOf(task));
        const lines = [this.text(HoverTexts.taskTitle(task.name))];
        const sums = taskSum(task);
        if (!sums) {
            lines.push(this.text(HoverTexts.taskIncomplete));
        } else {
            lines.push(this.text(HoverTexts.taskSum(formatAmountGrouped(sums.fiscal), formatAmountGrouped(sums.other), formatAmountGrouped(sums.sum), unit)));
            if (sums.written !== undefined) {
                const difference = sums.written > sums.sum ? sums.written - sums.sum : sums.sum - sums.written;
                lines.push(this.text(sums.written === sums.sum
                    ? HoverTexts.totalAgrees(formatAmountGrouped(sums.written))
                    : HoverTexts.totalDiffers(formatAmountGrouped(sums.written), formatAmountGrouped(difference))));
            }
        }
        lines.push(...this.taskProjects(task));
        return lines.join('\n\n');
    }

    /** The projects whose 所属任务 names the task (other files of the workspace), and their sum. */
    private taskProjects(task: Task): string[] {
        const found = this.workspace.commitmentOf(task);
        if (!found || found.commitment.projects.length === 0) {
            return [];
        }
        const { projects, sums } = found.commitment;
        const total = found.task.amounts.total;
        const sum = sums.total.sum;
        const list = projects.map(project => `- ${this.text(HoverTexts.taskProject(project.projectName ?? '', project.funds.total === undefined ? '—' : formatAmountGrouped(project.funds.total)))}`);
        const balance = total === undefined ? undefined
            : sum > total ? this.text(HoverTexts.taskProjectsOver(formatAmountGrouped(sum - total)))
                : sum < total && sums.total.complete ? this.text(HoverTexts.taskProjectsRest(formatAmountGrouped(total - sum))) : undefined;
        return [`${this.text(HoverTexts.taskProjects(projects.length, formatAmountGrouped(sum)))}\n${list.join('\n')}`, ...(balance ? [balance] : [])];
    }

    /** On a project's 所属任务: the department's task it names, with its 主要内容 and its projects. */
    private projectTask(project: ProjectDeclaration): string | undefined {
        const found = this.workspace.taskOf(project);
        if (!found) {
            return undefined;
        }
        const task = found.task.node;
        const department = found.department.departmentName ?? found.department.authority ?? '';
        const lines = [this.text(HoverTexts.projectTask(task.name, department))];
        if (typeof task.content === 'string') {
            lines.push(task.content);
        }
        if (found.task.amounts.total !== undefined) {
            lines.push(this.text(HoverTexts.projectTaskTotal(formatAmountGrouped(found.task.amounts.total))));
        }
        lines.push(...this.taskProjects(task));
        return lines.join('\n\n');
    }

    private grandTotal(grandTotal: GrandTotal): string {
        const unit = amountUnitOf(declarationOf(grandTotal));
        const count = grandTotal.$container?.tasks.length ?? 0;
        const lines = grandTotalColumns(grandTotal).map(({ column, sum, written }) => {
            const name = this.text(amountColumnNames[column]);
            if (sum === undefined) {
                return this.text(HoverTexts.columnUnknown(name));
            }
            if (written === undefined) {
                return this.text(HoverTexts.columnComputed(name, formatAmountGrouped(sum)));
            }
            return this.text(written === sum
                ? HoverTexts.columnAgrees(name, formatAmountGrouped(sum))
                : HoverTexts.columnDiffers(name, formatAmountGrouped(sum), formatAmountGrouped(written)));
        });
        return `${this.text(HoverTexts.grandTitle(count, unit))}\n\n${lines.map(line => `- ${line}`).join('\n')}`;
    }

    /** An evaluation's indicator (its name, 分值 or 得分) or fund row: the hover shows the rule that scores it. */
    private isScoredInEvaluation(node: AstNode, leaf: CstNode): boolean {
        if (!evaluationOf(node)) {
            return false;
        }
        return (isIndicator(node) && ['name', 'weight', 'score'].some(property => isPropertyToken(node, property, leaf)))
            || (isFundRow(node) && !isPropertyToken(node, 'reason', leaf));
    }

    private goal(goal: Goal, countIndicators: boolean): string | undefined {
        if (typeof goal.name !== 'string') {
            return undefined;
        }
        const parts = [this.text(HoverTexts.goalTitle(goal.name))];
        if (typeof goal.text === 'string') {
            parts.push(goal.text);
        }
        if (countIndicators) {
            const root = AstUtils.findRootNode(goal);
            const count = isTargetDeclaration(root)
                ? allIndicators(root).filter(indicator => indicator.goals.some(reference => reference.ref === goal)).length : 0;
            parts.push(this.text(HoverTexts.goalMeasuredBy(count)));
        }
        return parts.join('\n\n');
    }
}
