/**
 * A department's workspace (DESIGN §2.3) as plain data: which department each project belongs to,
 * which task funds it, what the projects of a task add up to, which projects share a name. The
 * language server, the CLI and its summary build one from the documents they read; the entries
 * are the callers' own objects (AST nodes ride along), this module only reads the fields below.
 *
 * Amounts are hundredths of 元, whatever unit each document writes, so that a department in 万元
 * and its projects in 元 compare exactly.
 */
import type { Hundredths } from './money.js';
import { departmentKey, taskKey } from './projects.js';

export type WorkspaceColumn = 'total' | 'fiscal' | 'other';
export const WORKSPACE_COLUMNS: readonly WorkspaceColumn[] = ['total', 'fiscal', 'other'];

/** Amounts in hundredths of 元; a column is undefined when missing or invalid in the document. */
export type WorkspaceAmounts = Partial<Record<WorkspaceColumn, Hundredths>>;

export interface WorkspaceTask {
    readonly name: string;
    readonly amounts: WorkspaceAmounts;
}

export interface WorkspaceDepartment<T extends WorkspaceTask = WorkspaceTask> {
    /** The file it comes from (a URI): the tie-breaker between equal candidates, and for messages. */
    readonly source: string;
    readonly departmentName?: string;
    readonly authority?: string;
    readonly year?: string;
    readonly tasks: readonly T[];
}

export interface WorkspaceProject {
    readonly source: string;
    readonly projectName?: string;
    readonly authority?: string;
    readonly year?: string;
    /** 所属任务 as written. */
    readonly task?: string;
    readonly funds: WorkspaceAmounts;
}

/** What the projects of one task ask for, column by column. */
export interface TaskCommitment<P> {
    readonly projects: readonly P[];
    /** Per column: the sum of the projects' amounts that are known, and whether all are known. */
    readonly sums: Readonly<Record<WorkspaceColumn, { sum: Hundredths; complete: boolean }>>;
}

type TaskOf<D> = D extends WorkspaceDepartment<infer T> ? T : never;

export class WorkspaceModel<D extends WorkspaceDepartment<WorkspaceTask>, P extends WorkspaceProject> {
    private readonly byName = new Map<string, D[]>();
    private readonly byAuthority = new Map<string, D[]>();
    private readonly departmentOfProject = new Map<P, D | undefined>();
    private readonly projectsByDepartment = new Map<D, P[]>();
    private readonly projectsByIdentity = new Map<string, P[]>();
    /** Per department, its projects by the task key their 所属任务 names: one pass, not one per task. */
    private readonly projectsByTask = new Map<D, Map<string, P[]>>();
    private readonly tasksByKey = new Map<D, Map<string, TaskOf<D>>>();

    constructor(readonly departments: readonly D[], readonly projects: readonly P[]) {
        const ordered = [...departments].sort((a, b) => compare(a.source, b.source));
        for (const department of ordered) {
            addTo(this.byName, keyOf(department.departmentName), department);
            addTo(this.byAuthority, keyOf(department.authority), department);
        }
        for (const project of projects) {
            const department = this.findDepartment(project);
            this.departmentOfProject.set(project, department);
            if (department) {
                addTo(this.projectsByDepartment, department, project);
                if (project.task !== undefined) {
                    let byTask = this.projectsByTask.get(department);
                    if (!byTask) {
                        byTask = new Map();
                        this.projectsByTask.set(department, byTask);
                    }
                    addTo(byTask, taskKey(project.task), project);
                }
            }
            const identity = projectIdentity(project);
            if (identity !== undefined) {
                addTo(this.projectsByIdentity, identity, project);
            }
        }
    }

    /** The department a project belongs to (see findDepartment). */
    departmentOf(project: P): D | undefined {
        return this.departmentOfProject.get(project);
    }

    projectsOf(department: D): readonly P[] {
        return this.projectsByDepartment.get(department) ?? [];
    }

    /** The task its 所属任务 names, in its department; undefined when it names none. */
    taskOf(project: P): TaskOf<D> | undefined {
        const department = this.departmentOf(project);
        if (!department || project.task === undefined) {
            return undefined;
        }
        let byKey = this.tasksByKey.get(department);
        if (!byKey) {
            byKey = new Map();
            for (const task of department.tasks as readonly TaskOf<D>[]) {
                const key = taskKey(task.name);
                if (!byKey.has(key)) {
                    byKey.set(key, task);
                }
            }
            this.tasksByKey.set(department, byKey);
        }
        return byKey.get(taskKey(project.task));
    }

    /** The projects whose 所属任务 names this task of this department, and what they add up to. */
    commitment(department: D, task: WorkspaceTask): TaskCommitment<P> {
        const projects = this.projectsByTask.get(department)?.get(taskKey(task.name)) ?? [];
        const sums = {} as Record<WorkspaceColumn, { sum: Hundredths; complete: boolean }>;
        for (const column of WORKSPACE_COLUMNS) {
            let sum = 0n;
            let complete = true;
            for (const project of projects) {
                const amount = project.funds[column];
                if (amount === undefined) {
                    complete = false;
                } else {
                    sum += amount;
                }
            }
            sums[column] = { sum, complete };
        }
        return { projects, sums };
    }

    /** Other projects of the same department (by 主管部门) and year with the same 项目名称. */
    namesakesOf(project: P): readonly P[] {
        const identity = projectIdentity(project);
        return identity === undefined ? [] : (this.projectsByIdentity.get(identity) ?? []).filter(other => other !== project);
    }

    /**
     * The department whose 部门名称, else whose 主管部门, equals the project's 主管部门 after
     * normalising (departmentKey); among several, one in the project's folder, then one of the
     * project's year, then the first file (a reviewer's folder may hold a department twice: in its
     * own workspace and among the other departments).
     */
    private findDepartment(project: P): D | undefined {
        const key = keyOf(project.authority);
        if (key === undefined) {
            return undefined;
        }
        const candidates = this.byName.get(key) ?? this.byAuthority.get(key) ?? [];
        const folder = folderOf(project.source);
        const score = (department: D) => (folderOf(department.source) === folder ? 2 : 0) + (department.year === project.year ? 1 : 0);
        let best: D | undefined;
        for (const candidate of candidates) {
            if (best === undefined || score(candidate) > score(best)) {
                best = candidate;
            }
        }
        return best;
    }
}

/** The key a project is matched under (its normalised 主管部门), also for grouping without a department. */
export function projectAuthorityKey(project: Pick<WorkspaceProject, 'authority'>): string | undefined {
    return keyOf(project.authority);
}

function projectIdentity(project: WorkspaceProject): string | undefined {
    const authority = keyOf(project.authority);
    const name = project.projectName === undefined ? '' : taskKey(project.projectName);
    return authority === undefined || name === '' ? undefined : `${authority}\u0000${project.year ?? ''}\u0000${name}`;
}

function keyOf(name: string | undefined): string | undefined {
    if (name === undefined) {
        return undefined;
    }
    const key = departmentKey(name);
    return key === '' ? undefined : key;
}

function addTo<K, V>(map: Map<K, V[]>, key: K | undefined, value: V): void {
    if (key === undefined) {
        return;
    }
    const list = map.get(key);
    if (list) {
        list.push(value);
    } else {
        map.set(key, [value]);
    }
}

/** `file:///a/b/c.jixiao` → `file:///a/b`. */
function folderOf(source: string): string {
    return source.slice(0, source.lastIndexOf('/'));
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
