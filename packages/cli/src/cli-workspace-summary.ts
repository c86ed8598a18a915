/**
 * The per-department summary `jixiao check DIR` prints when the files it read hold projects: for
 * each department, its 总额 (the sum of its tasks), what its projects ask for (Σ 年度资金总额), how
 * many projects it has, and the errors and warnings of its own file and its projects' files.
 * Projects whose department is not among the files get a row of their own per 主管部门, so that no
 * project is left out of the count.
 */
import type { JixiaoServices, Locale } from 'jixiao-language';
import { departmentKey, projectAuthorityKey, type Hundredths } from 'jixiao-language/domain';
import type { CheckedFile } from './cli-documents.js';
import type { DiagnosticRecord } from './cli-diagnostics.js';
import { tableAmount, textTable } from './cli-diagnostics.js';
import { CommandTexts } from './cli-messages.js';

export interface DepartmentSummary {
    department: string;
    /** Σ tasks' 总额 in 元, undefined without a department declaration or when a 总额 is missing. */
    total?: Hundredths;
    /** Σ projects' 年度资金总额 in 元 (those that have one). */
    projectsTotal: Hundredths;
    projects: number;
    errors: number;
    warnings: number;
}

export function departmentSummaries(services: JixiaoServices, files: readonly CheckedFile[], records: readonly DiagnosticRecord[], locale: Locale = 'zh'): DepartmentSummary[] {
    const model = services.workspace.WorkspaceIndex.model();
    const displayOf = new Map(files.map(file => [file.document.uri.toString(), file.displayPath]));
    const counts = (sources: readonly string[]) => {
        const shown = new Set(sources.map(source => displayOf.get(source)));
        const own = records.filter(record => shown.has(record.file));
        return { errors: own.filter(r => r.severity === 'error').length, warnings: own.filter(r => r.severity === 'warning').length };
    };
    const checked = (source: string) => displayOf.has(source);
    const summaries: DepartmentSummary[] = [];
    for (const department of model.departments.filter(d => checked(d.source))) {
        const projects = model.projectsOf(department).filter(project => checked(project.source));
        let total: Hundredths | undefined = 0n;
        for (const task of department.tasks) {
            total = total === undefined || task.amounts.total === undefined ? undefined : total + task.amounts.total;
        }
        summaries.push({
            department: department.departmentName ?? department.authority ?? '',
            total: department.tasks.length > 0 ? total : undefined,
            projectsTotal: sumOf(projects.map(project => project.funds.total)),
            projects: projects.length,
            ...counts([department.source, ...projects.map(project => project.source)])
        });
    }
    const orphans = new Map<string, typeof model.projects[number][]>();
    for (const project of model.projects.filter(p => checked(p.source) && !model.departmentOf(p))) {
        const key = projectAuthorityKey(project) ?? '';
        orphans.set(key, [...(orphans.get(key) ?? []), project]);
    }
    for (const [key, projects] of orphans) {
        summaries.push({
            department: key === '' ? CommandTexts.noAuthority[locale] : CommandTexts.noDepartmentDeclaration(projects[0].authority?.trim() ?? departmentKey(key))[locale],
            projectsTotal: sumOf(projects.map(project => project.funds.total)),
            projects: projects.length,
            ...counts(projects.map(project => project.source))
        });
    }
    return summaries;
}

export function departmentSummaryTable(summaries: readonly DepartmentSummary[], locale: Locale = 'zh'): string {
    const header = CommandTexts.departmentHeader.map(text => text[locale]);
    const money = (amount: Hundredths | undefined) => amount === undefined ? '—' : tableAmount(amount, '元');
    const rows = summaries.map(summary => [
        summary.department, money(summary.total), money(summary.projectsTotal),
        String(summary.projects), String(summary.errors), String(summary.warnings)
    ]);
    return textTable(header, rows);
}

function sumOf(amounts: ReadonlyArray<Hundredths | undefined>): Hundredths {
    return amounts.reduce<Hundredths>((sum, amount) => sum + (amount ?? 0n), 0n);
}
