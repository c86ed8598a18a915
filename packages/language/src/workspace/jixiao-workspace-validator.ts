/**
 * 工作区: the checks across files of DESIGN §4, for one document against the workspace as the index
 * sees it. On a department: each task against the projects whose 所属任务 names it
 * (workspace.task-overcommitted on the task's amount, the projects as related information;
 * workspace.task-undeclared when they cover less than its 总额). On a project: its department
 * (workspace.department-missing, workspace.year-mismatch), its task (workspace.task-unknown with
 * a did-you-mean) and its namesakes (workspace.project-duplicate).
 *
 * These are not registered per node with Langium: the document validator runs them after the
 * document's own checks, so that a document validated again only because another one changed
 * costs the cross-file checks alone (see JixiaoDocumentValidator).
 */
import { GrammarUtils, UriUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { JixiaoServices } from '../jixiao-module.js';
import { headerValue } from '../jixiao-ast-utils.js';
import { formatAmountGrouped } from '../domain/money.js';
import { taskKey } from '../domain/projects.js';
import { closestMatches } from '../domain/similarity.js';
import { WORKSPACE_COLUMNS } from '../domain/workspace.js';
import { IssueCodes } from '../validation/jixiao-issue-codes.js';
import type { IssueReporter } from '../validation/jixiao-issue-reporter.js';
import { Messages } from '../validation/jixiao-messages.js';
import type { DepartmentFacts, JixiaoWorkspaceIndex, JixiaoWorkspaceModel, ProjectFacts, TaskFacts } from './jixiao-workspace-index.js';

export class JixiaoWorkspaceValidator {
    private readonly index: JixiaoWorkspaceIndex;
    private readonly issues: IssueReporter;

    constructor(services: JixiaoServices) {
        this.index = services.workspace.WorkspaceIndex;
        this.issues = services.validation.IssueReporter;
    }

    validate(document: LangiumDocument, accept: ValidationAcceptor): void {
        const facts = this.index.factsOf(document);
        if (facts?.kind === 'department') {
            this.checkDepartment(facts, this.index.model(), accept);
        } else if (facts?.kind === 'project') {
            this.checkProject(facts, this.index.model(), accept);
        }
    }

    private checkDepartment(department: DepartmentFacts, model: JixiaoWorkspaceModel, accept: ValidationAcceptor): void {
        for (const task of department.tasks) {
            const { projects, sums } = model.commitment(department, task);
            if (projects.length === 0) {
                continue;
            }
            // Over the 总额 says it all; otherwise a column may still be over (funds moved from
            // 其他资金 to 财政拨款 while the total fits).
            const over = WORKSPACE_COLUMNS.filter(column => task.amounts[column] !== undefined && sums[column].sum > task.amounts[column]!);
            for (const column of over.includes('total') ? ['total' as const] : over) {
                const amount = task.amounts[column]!;
                const { sum } = sums[column];
                const related = projects.map(project => this.related(project.root, ['funds', column], Messages.taskProject(project.projectName ?? '', column, formatAmountGrouped(project.funds[column] ?? 0n))));
                this.issues.report(accept, IssueCodes.WorkspaceTaskOvercommitted,
                    Messages.taskOvercommitted(task.name, column, formatAmountGrouped(amount), projects.map(project => project.projectName ?? ''), formatAmountGrouped(sum), formatAmountGrouped(sum - amount)), {
                        node: task.node, property: column, relatedInformation: related.filter(isDefined),
                        data: { column, projects: projects.map(project => project.source) }
                    });
            }
            const total = task.amounts.total;
            const declared = sums.total;
            if (total !== undefined && declared.complete && declared.sum < total) {
                this.issues.report(accept, IssueCodes.WorkspaceTaskUndeclared,
                    Messages.taskUndeclared(task.name, formatAmountGrouped(total), projects.map(project => project.projectName ?? ''), formatAmountGrouped(declared.sum), formatAmountGrouped(total - declared.sum)), {
                        node: task.node, property: 'total'
                    });
            }
        }
    }

    private checkProject(project: ProjectFacts, model: JixiaoWorkspaceModel, accept: ValidationAcceptor): void {
        const root = project.root;
        const namesakes = model.namesakesOf(project);
        if (namesakes.length > 0 && project.projectName !== undefined) {
            const files = namesakes.map(other => UriUtils.basename(other.document.uri)).join('、');
            this.issues.report(accept, IssueCodes.WorkspaceProjectDuplicate, Messages.projectDuplicate(project.projectName, files), {
                node: root, property: 'projectName',
                relatedInformation: namesakes.map(other => this.related(other.root, ['projectName'], Messages.projectDuplicateOther(UriUtils.basename(other.document.uri)))).filter(isDefined)
            });
        }
        const department = model.departmentOf(project);
        const task = headerValue(root.task);
        const authority = headerValue(root.authority);
        if (!department) {
            if (task !== undefined && authority?.trim()) {
                this.issues.report(accept, IssueCodes.WorkspaceDepartmentMissing, Messages.departmentMissing(authority), {
                    node: root, property: 'task'
                });
            }
            return;
        }
        const departmentName = department.departmentName ?? department.authority ?? '';
        if (project.year !== undefined && department.year !== undefined && project.year !== department.year) {
            this.issues.report(accept, IssueCodes.WorkspaceYearMismatch, Messages.yearMismatch(project.year, department.year, departmentName), {
                node: root, property: 'year', data: { year: department.year },
                relatedInformation: [this.related(department.root, ['year'], Messages.yearMismatchDepartment(departmentName))].filter(isDefined)
            });
        }
        if (task !== undefined && !model.taskOf(project)) {
            const suggestions = suggestTasks(task, department.tasks);
            this.issues.report(accept, IssueCodes.WorkspaceTaskUnknown, Messages.taskUnknown(task, departmentName, suggestions), {
                node: root, property: 'task', data: { suggestions }
            });
        }
    }

    /** Related information at a property of a node in another document (or this one). */
    private related(node: AstNode, path: readonly string[], message: { zh: string; en: string }): DiagnosticRelatedInformation | undefined {
        let target: AstNode | undefined = node;
        for (const step of path.slice(0, -1)) {
            target = (target as unknown as Record<string, AstNode | undefined>)[step];
        }
        const document = node.$document;
        const cst = target && (GrammarUtils.findNodeForProperty(target.$cstNode, path[path.length - 1]) ?? target.$cstNode);
        if (!document || !cst) {
            return undefined;
        }
        return { location: { uri: document.uri.toString(), range: cst.range }, message: message[this.issues.locale] };
    }
}

/** Task names containing what was written (or contained in it) first, then the closest by spelling. */
export function suggestTasks(written: string, tasks: readonly TaskFacts[]): string[] {
    const key = taskKey(written);
    const names = tasks.map(task => task.name);
    const containing = key === '' ? [] : names.filter(name => taskKey(name).includes(key) || key.includes(taskKey(name)));
    return [...new Set([...containing, ...closestMatches(written, names)])].slice(0, 3);
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}
