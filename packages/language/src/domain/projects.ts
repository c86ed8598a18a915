/**
 * Facts of the project form (项目支出绩效目标申报表) that are not syntax: the attributes a project
 * may have, and how its 主管部门 is compared with a department's names (DESIGN §2.3).
 */
import { closestMatches } from './similarity.js';

/** 项目属性 as the form allows it. */
export const PROJECT_ATTRIBUTES: readonly string[] = ['新增项目', '延续项目'];

export function isProjectAttribute(text: string | undefined): boolean {
    return text !== undefined && PROJECT_ATTRIBUTES.includes(text);
}

/**
 * What an invalid 项目属性 most likely meant: the short forms other systems write (新增, 延续, and
 * the construction words 新建 / 续建 / 持续), else the attribute closest by spelling.
 */
export function suggestProjectAttribute(text: string): string[] {
    const written = text.replace(/[\s\u3000"“”]/g, '');
    if (/^(新增|新建|新)/.test(written)) {
        return ['新增项目'];
    }
    if (/^(延续|续建|持续|延|续)/.test(written)) {
        return ['延续项目'];
    }
    return closestMatches(written, PROJECT_ATTRIBUTES);
}

/**
 * A 项目属性 as an import reads it: the form's word (新增项目 / 延续项目) or a short form (新增 /
 * 延续); anything else is kept as written, for the checker to report.
 */
export function normalizeProjectAttribute(text: string): string {
    const written = text.replace(/[\s\u3000]/g, '');
    if (written === '新增') {
        return '新增项目';
    }
    if (written === '延续') {
        return '延续项目';
    }
    return written;
}

/**
 * The name a department is known by, for matching a project's 主管部门 with a department's 部门名称
 * or 主管部门: spaces removed, half-width brackets as full-width ones, and a trailing （本级）
 * dropped (the seed's department is “…管理局（本级）” while its projects name “…管理局”).
 */
export function departmentKey(name: string): string {
    return remembered(departmentKeys, name, text => bracketsAndSpaces(text).replace(/（本级）$/, ''));
}

/** A task's name as 所属任务 is compared with it: spaces removed, brackets of either width alike. */
export function taskKey(name: string): string {
    return remembered(taskKeys, name, bracketsAndSpaces);
}

/**
 * The keys of the names seen lately: a workspace of 200 projects compares the same few hundred
 * names after every keystroke. Forgotten all at once when too many, so it never grows unbounded.
 */
const departmentKeys = new Map<string, string>();
const taskKeys = new Map<string, string>();
const REMEMBERED_NAMES = 10000;

function remembered(keys: Map<string, string>, name: string, compute: (name: string) => string): string {
    let key = keys.get(name);
    if (key === undefined) {
        if (keys.size >= REMEMBERED_NAMES) {
            keys.clear();
        }
        key = compute(name);
        keys.set(name, key);
    }
    return key;
}

function bracketsAndSpaces(text: string): string {
    return text.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** A department task as import sees it: its name and what its 主要内容 says it pays for. */
export interface TaskDescription {
    readonly name: string;
    readonly content: string;
}

/**
 * The task a project most likely belongs to: the one whose 主要内容 names the project (“主要用于
 * AI高效办成一件事智能提升项目、……等支出”), also without the name's trailing 项目 (“福田区政务信息化
 * 项目管理运营服务等支出” names 福田区政务信息化项目管理运营服务项目). Undefined unless exactly one
 * task names it: a guess between two would be worse than none.
 */
export function proposeProjectTask(projectName: string, tasks: readonly TaskDescription[]): string | undefined {
    const name = taskKey(projectName);
    const short = name.replace(/项目$/, '');
    const forms = [name, ...(short !== name && [...short].length >= 4 ? [short] : [])];
    const naming = tasks.filter(task => {
        const content = taskKey(task.content);
        return forms.some(form => form !== '' && content.includes(form));
    });
    return naming.length === 1 ? naming[0].name : undefined;
}
