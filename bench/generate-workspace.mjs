/**
 * A generated department workspace for the benchmark (DESIGN §9): one department declaration and
 * its projects, each project a 项目支出绩效目标申报表 of 15 to 40 indicators (the goals and
 * indicator table of a generated declaration, see generate-declaration.mjs) naming one of the
 * department's tasks in 所属任务. Every task is a little larger than what its projects ask for, so
 * the workspace is clean of cross-file errors and an edit's work is the normal work.
 */
import { generateDeclaration } from './generate-declaration.mjs';

export const AUTHORITY = '深圳市福田区政务服务和数据管理局';

/** Amounts as the language writes them: hundredths to `1234.56`. */
const amount = (hundredths) => `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;

export function generateWorkspace(projectCount = 200, { taskCount = 20 } = {}) {
    const projects = Array.from({ length: projectCount }, (_, index) => {
        const funds = 10000000n + BigInt(index) * 12300n;
        const task = `任务${String(index % taskCount + 1).padStart(2, '0')}`;
        const name = `项目${String(index + 1).padStart(3, '0')}`;
        return { file: `project-${String(index + 1).padStart(3, '0')}.jixiao`, name, task, funds, text: projectText(name, task, funds, 15 + (index * 7) % 26, index) };
    });
    const tasks = Array.from({ length: taskCount }, (_, index) => {
        const name = `任务${String(index + 1).padStart(2, '0')}`;
        const asked = projects.filter(project => project.task === name).reduce((sum, project) => sum + project.funds, 0n);
        return { name, total: asked + 5000000n };
    });
    return { department: { file: 'department.jixiao', text: departmentText(tasks) }, projects };
}

function departmentText(tasks) {
    const body = generateDeclaration(33, { seed: 1 });
    const rest = body.slice(body.indexOf('  年度总体目标 {'));
    return [
        '部门整体支出绩效目标 2026 {',
        `  部门名称 "${AUTHORITY}（本级）"`,
        `  主管部门 "${AUTHORITY}（本级）"`,
        '',
        '  年度主要任务 {',
        ...tasks.flatMap(task => [
            `    任务 "${task.name}" {`,
            `      主要内容 "主要用于${task.name}的项目支出。"`,
            `      总额 ${amount(task.total)}  财政拨款 ${amount(task.total)}  其他资金 0.00`,
            '    }'
        ]),
        '  }',
        '',
        rest
    ].join('\n');
}

function projectText(name, task, funds, indicators, seed) {
    const body = generateDeclaration(indicators, { seed: 100 + seed });
    const rest = body.slice(body.indexOf('  年度总体目标 {')).replace('  年度总体目标 {', '  年度绩效目标 {');
    return [
        '项目支出绩效目标 2026 {',
        `  项目名称 "${name}"`,
        `  主管部门 "${AUTHORITY}"`,
        `  实施单位 "${AUTHORITY}（本级）"`,
        '  项目属性 延续项目',
        '  项目期 "1年"',
        `  所属任务 "${task}"`,
        '',
        '  项目资金 {',
        `    年度资金总额 ${amount(funds)}  财政拨款 ${amount(funds)}  其他资金 0.00`,
        '  }',
        '',
        rest
    ].join('\n');
}
