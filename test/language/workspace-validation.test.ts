/**
 * Checks across files (DESIGN §2.3, §4 工作区): a department and its projects in one workspace, as
 * `jixiao check DIR` and the language server see them.
 */
import { describe, expect, test } from 'vitest';
import { departmentKey, taskKey } from 'jixiao-language/domain';
import { department, project, projectOf, PROJECT_HEADER } from './project-test-utils.js';
import { diagnoseWorkspace, workspaceFindings } from './workspace-test-utils.js';

const TASKS = [
    { name: '信息化服务类项目（非运维服务部分）', total: '1000.00' },
    { name: '信息化运维项目', total: '300.00', fiscal: '200.00', other: '100.00' }
];
const dept = { name: '部门.jixiao', text: department(TASKS) };

describe('a project belongs to the department its 主管部门 names', () => {
    test('departmentKey: trimmed, spaces out, brackets of either width alike, a trailing （本级） ignored', () => {
        expect(departmentKey(' 深圳市福田区政务服务和数据管理局（本级） ')).toBe('深圳市福田区政务服务和数据管理局');
        expect(departmentKey('深圳市福田区政务服务和数据管理局(本级)')).toBe('深圳市福田区政务服务和数据管理局');
        expect(departmentKey('深圳市 福田区 教育局')).toBe('深圳市福田区教育局');
        expect(departmentKey('深圳市（福田区）教育局')).toBe(departmentKey('深圳市(福田区)教育局'));
        // Only a trailing （本级）: a unit named after its 本级 part elsewhere is a different unit.
        expect(departmentKey('某局（本级）直属中心')).toBe('某局（本级）直属中心');
        expect(taskKey('信息化服务类项目(非运维服务部分)')).toBe('信息化服务类项目（非运维服务部分）');
    });

    test.each([
        ['the same name', '测试局（本级）'],
        ['without （本级）', '测试局'],
        ['with half-width brackets', '测试局(本级)'],
        ['with spaces around', ' 测试局 ']
    ])('matched by %s', async (_case, authority) => {
        const text = project({ header: PROJECT_HEADER.replace('主管部门 "测试局"', `主管部门 "${authority}"`), extra: '  所属任务 "信息化服务类项目（非运维服务部分）"' });
        // Matched: the department counts the project against its task, and the project finds the task.
        expect((await diagnoseWorkspace([dept, { name: '项目.jixiao', text }])).map(d => `${d.file} ${d.code}`)).toEqual(['部门.jixiao workspace.task-undeclared']);
    });

    test('matched by the department\'s 主管部门 when no 部门名称 matches', async () => {
        const unit = { name: '中心.jixiao', text: department(TASKS, { name: '测试局信息中心', authority: '测试局' }) };
        expect((await diagnoseWorkspace([unit, { name: '项目.jixiao', text: projectOf('信息化服务类项目（非运维服务部分）', '100.00') }])).map(d => `${d.file} ${d.code}`))
            .toEqual(['中心.jixiao workspace.task-undeclared']);
    });

    test('a department of another name is not its department', async () => {
        const other = { name: '部门.jixiao', text: department(TASKS, { name: '另一局' }) };
        expect(await workspaceFindings([other, { name: '项目.jixiao', text: projectOf('信息化运维项目', '100.00') }], 'workspace.department-missing')).toEqual([
            '项目.jixiao 7:8-7:17 工作区中没有“测试局”的部门整体支出绩效目标申报表，无法核对所属任务'
        ]);
    });

    test('of two declarations of the department, the one in the project\'s folder', async () => {
        const elsewhere = { name: 'a/部门.jixiao', text: department([{ name: '信息化运维项目', total: '50.00' }]) };
        const own = { name: 'b/部门.jixiao', text: department([{ name: '信息化运维项目', total: '500.00' }]) };
        const diagnostics = await diagnoseWorkspace([elsewhere, own, { name: 'b/项目.jixiao', text: projectOf('信息化运维项目', '100.00') }]);
        // Counted against b's task (undeclared), not against a's (which it would overcommit).
        expect(diagnostics.map(d => `${d.file} ${d.code}`)).toEqual(['b/部门.jixiao workspace.task-undeclared']);
    });
});

describe('workspace.task-unknown', () => {
    test('a 所属任务 that names no task of the department is an error on it, with the names it may mean', async () => {
        const diagnostics = await diagnoseWorkspace([dept, { name: '项目.jixiao', text: projectOf('信息化运维', '100.00') }]);
        expect(diagnostics.filter(d => d.code === 'workspace.task-unknown')).toEqual([{
            file: '项目.jixiao',
            code: 'workspace.task-unknown',
            severity: 'error',
            message: '所属任务“信息化运维”不是“测试局（本级）”的年度主要任务，是否为：“信息化运维项目”？',
            range: '7:8-7:15',
            related: [],
            data: { code: 'workspace.task-unknown', suggestions: ['信息化运维项目'] }
        }]);
    });

    test('suggests by spelling too: one wrong character', async () => {
        const [diagnostic] = (await diagnoseWorkspace([dept, { name: '项目.jixiao', text: projectOf('信息化运唯项目', '100.00') }]))
            .filter(d => d.code === 'workspace.task-unknown');
        expect(diagnostic.data?.suggestions).toEqual(['信息化运维项目']);
    });

    test('is silent when the task exists, brackets of either width alike', async () => {
        expect(await workspaceFindings([dept, { name: '项目.jixiao', text: projectOf('信息化服务类项目(非运维服务部分)', '100.00') }], 'workspace.task-unknown')).toEqual([]);
    });

    test('is silent for a project without 所属任务', async () => {
        expect(await diagnoseWorkspace([dept, { name: '项目.jixiao', text: project() }])).toEqual([]);
    });
});

describe('workspace.task-overcommitted', () => {
    test('projects asking for more than the task\'s 总额: an error on 总额 in the department file, the projects as related information', async () => {
        const diagnostics = await diagnoseWorkspace([
            dept,
            { name: '甲.jixiao', text: projectOf('信息化服务类项目（非运维服务部分）', '600.00', '甲项目') },
            { name: '乙.jixiao', text: projectOf('信息化服务类项目（非运维服务部分）', '500.50', '乙项目') }
        ]);
        expect(diagnostics.filter(d => d.code === 'workspace.task-overcommitted')).toEqual([{
            file: '部门.jixiao',
            code: 'workspace.task-overcommitted',
            severity: 'error',
            message: '任务“信息化服务类项目（非运维服务部分）”的总额 1,000.00 元少于其 2 个项目的年度资金总额之和 1,100.50 元（超出 100.50 元）',
            range: '7:10-7:17',
            related: [
                '甲.jixiao 9:12-9:18 项目“甲项目”：年度资金总额 600.00 元',
                '乙.jixiao 9:12-9:18 项目“乙项目”：年度资金总额 500.50 元'
            ],
            data: { code: 'workspace.task-overcommitted', column: 'total', projects: ['file:///workspace/%E7%94%B2.jixiao', 'file:///workspace/%E4%B9%99.jixiao'] }
        }]);
    });

    test('within the 总额 but over the 财政拨款: an error on 财政拨款', async () => {
        const fiscalOnly = project({
            header: PROJECT_HEADER,
            extra: '  所属任务 "信息化运维项目"',
            funds: '年度资金总额 300.00  财政拨款 250.00  其他资金 50.00'
        });
        expect(await workspaceFindings([dept, { name: '项目.jixiao', text: fiscalOnly }], 'workspace.task-overcommitted')).toEqual([
            '部门.jixiao 11:23-11:29 任务“信息化运维项目”的财政拨款 200.00 元少于项目“服务项目”的财政拨款 250.00 元（超出 50.00 元）'
        ]);
    });

    test('compares 万元 and 元 exactly', async () => {
        const inTenThousands = { name: '部门.jixiao', text: department([{ name: '运维', total: '0.01' }], { unit: '万元' }) };
        expect(await workspaceFindings([inTenThousands, { name: '项目.jixiao', text: projectOf('运维', '100.01') }], 'workspace.task-overcommitted')).toEqual([
            '部门.jixiao 8:10-8:14 任务“运维”的总额 100.00 元少于项目“项目100.01”的年度资金总额 100.01 元（超出 0.01 元）'
        ]);
        expect(await workspaceFindings([inTenThousands, { name: '项目.jixiao', text: projectOf('运维', '100.00') }], 'workspace.task-overcommitted')).toEqual([]);
    });

    test('is silent when the projects ask for exactly the task\'s amounts', async () => {
        expect(await diagnoseWorkspace([dept,
            { name: '甲.jixiao', text: projectOf('信息化服务类项目（非运维服务部分）', '600.00', '甲项目') },
            { name: '乙.jixiao', text: projectOf('信息化服务类项目（非运维服务部分）', '400.00', '乙项目') }
        ])).toEqual([]);
    });
});

describe('workspace.task-undeclared', () => {
    test('projects covering less than the task\'s 总额: information on 总额, saying how much has no project form', async () => {
        expect(await workspaceFindings([dept, { name: '项目.jixiao', text: projectOf('信息化服务类项目（非运维服务部分）', '600.00', '甲项目') }], 'workspace.task-undeclared')).toEqual([
            '部门.jixiao 7:10-7:17 任务“信息化服务类项目（非运维服务部分）”的总额 1,000.00 元中，项目“甲项目”申报了 600.00 元，尚有 400.00 元没有项目申报表'
        ]);
        const [diagnostic] = (await diagnoseWorkspace([dept, { name: '项目.jixiao', text: projectOf('信息化服务类项目（非运维服务部分）', '600.00') }]))
            .filter(d => d.code === 'workspace.task-undeclared');
        expect(diagnostic.severity).toBe('info');
    });

    test('is silent for a task no project names (basic expenditure has no project forms) and for a department alone', async () => {
        const exact = project({ extra: '  所属任务 "信息化运维项目"', funds: '年度资金总额 300.00  财政拨款 200.00  其他资金 100.00' });
        expect(await diagnoseWorkspace([dept, { name: '项目.jixiao', text: exact }])).toEqual([]);
        expect(await diagnoseWorkspace([dept])).toEqual([]);
    });
});

describe('workspace.project-duplicate', () => {
    test('two projects of one department and year with the same 项目名称: an error on each, naming the other file', async () => {
        const diagnostics = await diagnoseWorkspace([
            { name: '甲.jixiao', text: project() },
            { name: '乙.jixiao', text: project({ header: PROJECT_HEADER.replace('主管部门 "测试局"', '主管部门 "测试局（本级）"') }) }
        ]);
        expect(diagnostics.map(d => `${d.file} ${d.range} ${d.code} ${d.message} | ${d.related.join(' | ')}`)).toEqual([
            '甲.jixiao 2:8-2:14 workspace.project-duplicate 项目“服务项目”重复：乙.jixiao 中有同一部门、同一年度的同名项目 | 乙.jixiao 2:8-2:14 同名项目在 乙.jixiao',
            '乙.jixiao 2:8-2:14 workspace.project-duplicate 项目“服务项目”重复：甲.jixiao 中有同一部门、同一年度的同名项目 | 甲.jixiao 2:8-2:14 同名项目在 甲.jixiao'
        ]);
    });

    test('is silent for the same name in another year or of another department', async () => {
        expect(await diagnoseWorkspace([{ name: '甲.jixiao', text: project() }, { name: '乙.jixiao', text: project({ year: '2027' }).replace(/2026年6月前/g, '2027年6月前').replace('2026年提供', '2027年提供') }])).toEqual([]);
        expect(await diagnoseWorkspace([{ name: '甲.jixiao', text: project() }, { name: '乙.jixiao', text: project({ header: PROJECT_HEADER.replace('主管部门 "测试局"', '主管部门 "另一局"') }) }])).toEqual([]);
    });
});

describe('workspace.department-missing', () => {
    test('a project that names a 所属任务 with no department declaration in the workspace: a warning on 所属任务', async () => {
        const diagnostics = await diagnoseWorkspace([{ name: '项目.jixiao', text: projectOf('信息化运维项目', '100.00') }]);
        expect(diagnostics.map(d => `${d.range} ${d.severity} ${d.code} ${d.message}`)).toEqual([
            '7:8-7:17 warning workspace.department-missing 工作区中没有“测试局”的部门整体支出绩效目标申报表，无法核对所属任务'
        ]);
    });

    test('is silent without 所属任务 (a project alone is fine) and with the department', async () => {
        expect(await diagnoseWorkspace([{ name: '项目.jixiao', text: project() }])).toEqual([]);
        expect(await diagnoseWorkspace([dept, { name: '项目.jixiao', text: projectOf('信息化运维项目', '100.00') }]).then(d => d.map(x => x.code))).toEqual(['workspace.task-undeclared']);
    });
});

describe('workspace.year-mismatch', () => {
    test('a project of another year than its department: a warning on the year, the department\'s year as related information', async () => {
        const lastYear = { name: '部门.jixiao', text: department(TASKS, { year: '2025' }).replace('2026年提供', '2025年提供').replace('2026年6月前', '2025年6月前') };
        const diagnostics = await diagnoseWorkspace([lastYear, { name: '项目.jixiao', text: project() }]);
        expect(diagnostics.map(d => `${d.file} ${d.range} ${d.severity} ${d.code} ${d.message} | ${d.related.join(' | ')}`)).toEqual([
            '项目.jixiao 1:10-1:14 warning workspace.year-mismatch 项目年度 2026 与部门“测试局（本级）”的申报年度 2025 不一致 | 部门.jixiao 1:12-1:16 部门“测试局（本级）”的申报表'
        ]);
    });

    test('is silent for a project of its department\'s year', async () => {
        expect(await workspaceFindings([dept, { name: '项目.jixiao', text: project() }], 'workspace.year-mismatch')).toEqual([]);
    });
});
