/**
 * The department's workspace (DESIGN §2.3) as the language server sees it: every document Langium
 * holds (open or only on disk) read as a department or a project, and the WorkspaceModel of the
 * domain over them. Facts are read once per parse of a document and the model is rebuilt only
 * when some document was parsed again (or deleted), so that checking the 200 projects of a
 * department after one edit reads 201 cached facts, not 201 syntax trees, and re-checking the
 * department after that reuses the model.
 *
 * The index also says which other documents a change reaches (`dependentsOf`): the department of
 * a project whose amount, task or name changed; the projects of a department whose tasks, names or
 * year changed; the namesakes of a project. The document builder re-validates exactly those.
 */
import { AstUtils, DocumentState, type AstNode, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import { isDeclaration, isProjectDeclaration, type Declaration, type ProjectDeclaration, type Task } from '../generated/ast.js';
import { amountOf, amountUnitOf, headerValue, type AmountOwner } from '../jixiao-ast-utils.js';
import { AMOUNT_COLUMNS } from '../domain/grammar-facts.js';
import type { JixiaoServices } from '../jixiao-module.js';
import { toYuanHundredths, type AmountUnit } from '../domain/money.js';
import { departmentKey, taskKey } from '../domain/projects.js';
import {
    projectAuthorityKey, WorkspaceModel,
    type TaskCommitment, type WorkspaceAmounts, type WorkspaceDepartment, type WorkspaceProject, type WorkspaceTask
} from '../domain/workspace.js';

export interface TaskFacts extends WorkspaceTask {
    readonly node: Task;
}

export interface DepartmentFacts extends WorkspaceDepartment<TaskFacts> {
    readonly kind: 'department';
    readonly document: LangiumDocument;
    readonly root: Declaration;
}

export interface ProjectFacts extends WorkspaceProject {
    readonly kind: 'project';
    readonly document: LangiumDocument;
    readonly root: ProjectDeclaration;
}

export type DocumentFacts = DepartmentFacts | ProjectFacts;

export type JixiaoWorkspaceModel = WorkspaceModel<DepartmentFacts, ProjectFacts>;

/** What other documents' workspace diagnostics depend on in a document, remembered between builds. */
interface Footprint {
    /** Equal footprints: nothing another document is checked against has changed. */
    readonly signature: string;
    /** Department keys whose documents may be affected (names of a department, 主管部门 of a project). */
    readonly keys: readonly string[];
    readonly kind: DocumentFacts['kind'];
}

export class JixiaoWorkspaceIndex {
    private readonly documents: LangiumDocuments;
    private readonly facts = new WeakMap<AstNode, DocumentFacts | null>();
    private readonly footprintOfFacts = new WeakMap<DocumentFacts, Footprint>();
    /** The model until a document is parsed again, added or deleted. */
    private cached?: JixiaoWorkspaceModel;
    private readonly footprints = new Map<string, Footprint>();

    constructor(services: JixiaoServices) {
        this.documents = services.shared.workspace.LangiumDocuments;
        // Every new parse of a document (changed, added, loaded from disk) is indexed next.
        const builder = services.shared.workspace.DocumentBuilder;
        builder.onDocumentPhase(DocumentState.IndexedContent, () => {
            this.cached = undefined;
        });
        builder.onUpdate((_changed, deleted) => {
            if (deleted.length > 0) {
                this.cached = undefined;
            }
        });
    }

    /** The document as a department or a project; undefined for anything else (an unparsed one). */
    factsOf(document: LangiumDocument): DocumentFacts | undefined {
        const root = document.parseResult?.value;
        if (!root) {
            return undefined;
        }
        let facts = this.facts.get(root);
        if (facts === undefined) {
            facts = readFacts(document, root) ?? null;
            this.facts.set(root, facts);
        }
        return facts ?? undefined;
    }

    /** The workspace as it is now: every document's latest parse. */
    model(): JixiaoWorkspaceModel {
        if (this.cached) {
            return this.cached;
        }
        const departments: DepartmentFacts[] = [];
        const projects: ProjectFacts[] = [];
        for (const document of this.documents.all) {
            const facts = this.factsOf(document);
            if (facts?.kind === 'department') {
                departments.push(facts);
            } else if (facts?.kind === 'project') {
                projects.push(facts);
            }
        }
        this.cached = new WorkspaceModel(departments, projects);
        return this.cached;
    }

    /** A department's task as the workspace sees it: its facts and the projects whose 所属任务 names it. */
    commitmentOf(task: Task): { department: DepartmentFacts; task: TaskFacts; commitment: TaskCommitment<ProjectFacts> } | undefined {
        const document = AstUtils.findRootNode(task).$document;
        const department = document && this.factsOf(document);
        const facts = department?.kind === 'department' ? department.tasks.find(candidate => candidate.node === task) : undefined;
        if (department?.kind !== 'department' || !facts) {
            return undefined;
        }
        return { department, task: facts, commitment: this.model().commitment(department, facts) };
    }

    /** The task a project's 所属任务 names, with its department; undefined when it names none. */
    taskOf(project: ProjectDeclaration): { department: DepartmentFacts; task: TaskFacts } | undefined {
        const document = project.$document;
        const facts = document && this.factsOf(document);
        if (facts?.kind !== 'project') {
            return undefined;
        }
        const model = this.model();
        const department = model.departmentOf(facts);
        const task = model.taskOf(facts);
        return department && task ? { department, task } : undefined;
    }

    /** The department a project belongs to, when the workspace has it. */
    departmentOf(project: ProjectDeclaration): DepartmentFacts | undefined {
        const document = project.$document;
        const facts = document && this.factsOf(document);
        return facts?.kind === 'project' ? this.model().departmentOf(facts) : undefined;
    }

    /**
     * The documents whose workspace diagnostics may differ now that `changed` were built (and
     * `deleted` removed), compared with what the index saw last time; `changed` themselves may be
     * among them. Each call moves the index's memory forward: a change is reported once.
     */
    dependentsOf(changed: readonly LangiumDocument[], deleted: readonly URI[] = []): LangiumDocument[] {
        const departmentKeys = new Set<string>();
        const projectKeys = new Set<string>();
        const projectIdentities = new Set<string>();
        const note = (before: Footprint | undefined, after: Footprint | undefined) => {
            if (before?.signature === after?.signature) {
                return;
            }
            for (const footprint of [before, after]) {
                if (footprint?.kind === 'department') {
                    // A department's tasks, names or year: its projects are checked against them.
                    footprint.keys.forEach(key => projectKeys.add(key));
                } else if (footprint?.kind === 'project') {
                    // A project's funds or task: its department's sums; its name: its namesakes.
                    footprint.keys.forEach(key => departmentKeys.add(key));
                    projectIdentities.add(footprint.signature.split('\u0002')[0]);
                }
            }
        };
        for (const uri of deleted) {
            note(this.footprints.get(uri.toString()), undefined);
            this.footprints.delete(uri.toString());
        }
        for (const document of changed) {
            const key = document.uri.toString();
            const after = this.footprintOf(this.factsOf(document));
            note(this.footprints.get(key), after);
            if (after) {
                this.footprints.set(key, after);
            } else {
                this.footprints.delete(key);
            }
        }
        if (departmentKeys.size === 0 && projectKeys.size === 0) {
            return [];
        }
        const model = this.model();
        const dependents: LangiumDocument[] = [];
        for (const department of model.departments) {
            const keys = departmentKeysOf(department);
            if (keys.some(key => departmentKeys.has(key))) {
                dependents.push(department.document);
            }
        }
        for (const project of model.projects) {
            const key = projectAuthorityKey(project);
            const footprint = this.footprintOf(project);
            const namesake = footprint !== undefined && projectIdentities.has(footprint.signature.split('\u0002')[0]);
            if ((key !== undefined && projectKeys.has(key)) || namesake) {
                dependents.push(project.document);
            }
        }
        return dependents;
    }

    private footprintOf(facts: DocumentFacts | undefined): Footprint | undefined {
        if (!facts) {
            return undefined;
        }
        let footprint = this.footprintOfFacts.get(facts);
        if (!footprint) {
            footprint = footprintOf(facts);
            this.footprintOfFacts.set(facts, footprint);
        }
        return footprint;
    }
}

function readFacts(document: LangiumDocument, root: AstNode): DocumentFacts | undefined {
    if (isDeclaration(root)) {
        const unit = amountUnitOf(root);
        return {
            kind: 'department',
            document,
            root,
            source: document.uri.toString(),
            departmentName: headerValue(root.departmentName),
            authority: headerValue(root.authority),
            year: root.year,
            tasks: (root.tasks?.tasks ?? [])
                .filter(task => typeof task.name === 'string')
                .map(task => ({ node: task, name: task.name, amounts: yuanAmounts(task, unit) }))
        };
    }
    if (isProjectDeclaration(root)) {
        return {
            kind: 'project',
            document,
            root,
            source: document.uri.toString(),
            projectName: headerValue(root.projectName),
            authority: headerValue(root.authority),
            year: root.year,
            task: headerValue(root.task),
            funds: root.funds ? yuanAmounts(root.funds, amountUnitOf(root)) : {}
        };
    }
    return undefined;
}

function yuanAmounts(owner: AmountOwner, unit: AmountUnit): WorkspaceAmounts {
    const amounts: WorkspaceAmounts = {};
    for (const column of AMOUNT_COLUMNS) {
        const amount = amountOf(owner, column);
        if (amount !== undefined) {
            amounts[column] = toYuanHundredths(amount, unit);
        }
    }
    return amounts;
}

function departmentKeysOf(department: WorkspaceDepartment): string[] {
    return [department.departmentName, department.authority]
        .filter((name): name is string => name !== undefined)
        .map(departmentKey)
        .filter(key => key !== '');
}

/**
 * A project's signature starts with its identity (主管部门, year, name: what makes namesakes),
 * then what its department's checks read (task and funds); a department's lists its names, year
 * and task names (what its projects are checked against), not its amounts (checked on itself).
 */
function footprintOf(facts: DocumentFacts): Footprint {
    if (facts.kind === 'department') {
        const keys = departmentKeysOf(facts);
        return { kind: 'department', keys, signature: [keys.join('\u0001'), facts.year, facts.tasks.map(task => taskKey(task.name)).join('\u0001')].join('\u0002') };
    }
    const key = projectAuthorityKey(facts);
    const identity = [key, facts.year, facts.projectName === undefined ? '' : taskKey(facts.projectName)].join('\u0001');
    const funds = AMOUNT_COLUMNS.map(column => String(facts.funds[column] ?? '')).join('\u0001');
    return { kind: 'project', keys: key === undefined ? [] : [key], signature: [identity, facts.task === undefined ? '' : taskKey(facts.task), funds].join('\u0002') };
}
