/**
 * Import: a file's bytes (an .xlsx workbook or the form pasted as text) → the form model with goal
 * names and proposed 对应 links (a self-evaluation as it is) → a formatted .jixiao document. One entry point for the CLI and
 * the VS Code commands; it never throws: a file that is not such a form is `{ ok: false, message }`
 * with a message naming the row or cell that did not fit (Chinese, or English when asked).
 */
import type { Locale, Message } from 'jixiao-language';
import { departmentKey, proposeGoalLinks, proposeProjectTask, type LinkableIndicator, type TaskDescription } from 'jixiao-language/domain';
import { isProjectForm, type AnyFormModel, type FormIndicator, type FormModel, type ProjectFormModel } from './form-model.js';
import { FormImportError } from './form-import-error.js';
import { ImportMessages } from './form-import-messages.js';
import { identifyContent } from './import-content.js';
import { readFormText } from './text-reader.js';
import { readFormXlsx } from './xlsx-reader.js';
import { printAnyForm } from './form-project-printer.js';
import { isEvaluationForm, type OfficialForm } from './selfeval-model.js';
import { printEvaluation } from './selfeval-printer.js';

export type ImportSource = 'xlsx' | 'text';

export type ImportResult =
    /** `warnings`: what import changed on the way in, one sentence each (in the locale asked for), naming the cell. */
    | { ok: true; model: OfficialForm; text: string; source: ImportSource; warnings: string[]; inferredTask?: boolean }
    | { ok: false; message: string };

/** A department declaration as import needs it to place a project: its names and its tasks. */
export interface DepartmentTasks {
    departmentName?: string;
    authority?: string;
    tasks: readonly TaskDescription[];
}

export interface ImportOptions {
    /** The worksheet to read when a workbook holds more than one form. */
    sheet?: string;
    /** The language of the message when the file is not a form (Chinese unless said). */
    locale?: Locale;
    /**
     * Department declarations the imported project may belong to. The one whose 部门名称 or 主管部门
     * is the project's 主管部门 (compared as DESIGN §2.3 says) proposes the project's 所属任务: its
     * task whose 主要内容 names the project, marked for review like 对应.
     */
    departments?: readonly DepartmentTasks[];
}

export async function importForm(bytes: Uint8Array, fileName?: string, options: ImportOptions = {}): Promise<ImportResult> {
    try {
        const read = await readForm(bytes, options);
        const { model, source } = read;
        const warnings = read.warnings.map(warning => warning[options.locale ?? 'zh']);
        const from = fileName ? `由 ${baseName(fileName)} 导入` : '由申报表导入';
        if (isEvaluationForm(model)) {
            const text = printEvaluation(model, { headerComments: [`${from}。表中的得分已写入各指标，检查时与按规则计算的得分核对。`] });
            return { ok: true, model, text, source, warnings };
        }
        const linked = withProposedTask(withProposedLinks(model), options.departments ?? []);
        const inferredTask = isProjectForm(linked) && linked.task !== undefined;
        const hasLinks = allIndicators(linked).some(indicator => indicator.goals.length > 0);
        const review = [
            ...(hasLinks ? ['标有“自动推断”的对应关系请逐条核对'] : []),
            ...(inferredTask ? ['所属任务由部门任务的主要内容推断，请核对'] : [])
        ];
        const text = printAnyForm(linked, {
            inferredLinks: true,
            inferredTask,
            headerComments: [
                `${from}。目标名称由目标内容生成，可以改名${review.map(part => '；' + part).join('')}。`
            ]
        });
        return { ok: true, model: linked, text, source, warnings, inferredTask };
    } catch (error) {
        const message = error instanceof FormImportError ? error.text : ImportMessages.internalError(error instanceof Error ? error.message : String(error));
        return { ok: false, message: message[options.locale ?? 'zh'] };
    }
}

/** The form model as the file holds it (goal names generated, no 对应 links). Throws FormImportError. */
export async function readForm(bytes: Uint8Array, options: ImportOptions = {}): Promise<{ model: OfficialForm; source: ImportSource; warnings: Message[] }> {
    const content = identifyContent(bytes);
    const warnings: Message[] = [];
    if (content.kind === 'xlsx') {
        return { model: await readFormXlsx(bytes, { sheet: options.sheet, warnings }), source: 'xlsx', warnings };
    }
    return { model: readFormText(content.text, warnings), source: 'text', warnings };
}

/** The model with each indicator linked to the goals its name or figure points to (see goal-links.ts). */
export function withProposedLinks<M extends Pick<FormModel, 'goals' | 'categories'>>(model: M): M {
    const indicators = allIndicators(model);
    const links = proposeGoalLinks(model.goals.map(goal => goal.text), indicators.map(linkable));
    const linksOf = new Map(indicators.map((indicator, index) => [indicator, links[index].map(goal => model.goals[goal].name)]));
    return {
        ...model,
        categories: model.categories.map(first => ({
            ...first,
            children: first.children.map(second => ({
                ...second,
                indicators: second.indicators.map(indicator => ({ ...indicator, goals: linksOf.get(indicator) ?? [] }))
            }))
        }))
    };
}

/**
 * A project with the 所属任务 its department's 主要内容 names (see proposeProjectTask), when one of
 * the departments is its own; a department's form, or a project that names its task, as it is.
 */
export function withProposedTask(model: AnyFormModel, departments: readonly DepartmentTasks[]): AnyFormModel {
    if (!isProjectForm(model) || model.task !== undefined || model.projectName === '') {
        return model;
    }
    const key = departmentKey(model.authority);
    const own = departments.find(department => department.departmentName !== undefined && departmentKey(department.departmentName) === key)
        ?? departments.find(department => department.authority !== undefined && departmentKey(department.authority) === key);
    const task = own && proposeProjectTask(model.projectName, own.tasks);
    return task === undefined ? model : { ...model, task } satisfies ProjectFormModel;
}

/** The file's name without its folders, whichever separator the path uses (no node:path: the page imports too). */
function baseName(fileName: string): string {
    return fileName.split(/[\\/]/).pop() || fileName;
}

function linkable(indicator: FormIndicator): LinkableIndicator {
    const value = indicator.value;
    return value.kind === 'quantity'
        ? { name: indicator.name, number: value.number, unit: value.unit ?? indicator.unitCell }
        : { name: indicator.name };
}

function allIndicators(model: Pick<FormModel, 'categories'>): FormIndicator[] {
    return model.categories.flatMap(first => first.children.flatMap(second => second.indicators));
}
