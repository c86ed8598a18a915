/**
 * Small complete documents for specs about projects and their department: a project declaration
 * and a department declaration around the parts a spec is about, valid everywhere else.
 */
import { declaration, DEFAULT_INDICATORS } from './jixiao-test-utils.js';

export const PROJECT_HEADER = [
    '  项目名称 "服务项目"',
    '  主管部门 "测试局"',
    '  实施单位 "测试局（本级）"',
    '  项目属性 新增项目',
    '  项目期 "1年"'
].join('\n');

export interface ProjectParts {
    year?: string;
    header?: string;
    /** Appended to the header: `所属任务 "…"`, `金额单位 万元`… */
    extra?: string;
    /** The 项目资金 block's content, or null for no block. */
    funds?: string | null;
    goals?: string;
    indicators?: string;
}

export function project(parts: ProjectParts = {}): string {
    const funds = parts.funds === undefined ? '年度资金总额 100.00  财政拨款 100.00  其他资金 0.00' : parts.funds;
    return [
        `项目支出绩效目标 ${parts.year ?? '2026'} {`,
        parts.header ?? PROJECT_HEADER,
        ...(parts.extra ? [parts.extra] : []),
        ...(funds === null ? [] : ['  项目资金 {', `    ${funds}`, '  }']),
        '  年度绩效目标 {',
        parts.goals ?? '    目标 服务 "2026年提供服务。"',
        '  }',
        '  年度绩效指标 {',
        parts.indicators ?? DEFAULT_INDICATORS,
        '  }',
        '}',
        ''
    ].join('\n');
}

/** A project of 测试局 in the given task asking for the given 年度资金总额 (all 财政拨款). */
export function projectOf(task: string, amount: string, name = `项目${amount}`, more: Omit<ProjectParts, 'header' | 'extra' | 'funds'> = {}): string {
    return project({
        ...more,
        header: PROJECT_HEADER.replace('"服务项目"', `"${name}"`),
        extra: `  所属任务 "${task}"`,
        funds: `年度资金总额 ${amount}  财政拨款 ${amount}  其他资金 0.00`
    });
}

export interface DepartmentTask {
    name: string;
    total: string;
    fiscal?: string;
    other?: string;
}

/** The department 测试局（本级） with the given tasks (amounts in 元 unless `unit`). */
export function department(tasks: readonly DepartmentTask[], options: { year?: string; name?: string; authority?: string; unit?: string } = {}): string {
    const header = [
        `  部门名称 "${options.name ?? '测试局（本级）'}"`,
        `  主管部门 "${options.authority ?? options.name ?? '测试局（本级）'}"`,
        ...(options.unit ? [`  金额单位 ${options.unit}`] : [])
    ].join('\n');
    const taskLines = tasks.map(task => [
        `    任务 "${task.name}" {`,
        `      主要内容 "主要用于${task.name}。"`,
        `      总额 ${task.total}  财政拨款 ${task.fiscal ?? task.total}  其他资金 ${task.other ?? '0.00'}`,
        '    }'
    ].join('\n'));
    return declaration({ header, tasks: taskLines.join('\n') }).replace('部门整体支出绩效目标 2026 {', `部门整体支出绩效目标 ${options.year ?? '2026'} {`);
}
