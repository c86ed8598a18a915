/**
 * The command line with projects: `jixiao check DIR` on a department's workspace (the cross-file
 * catch, the per-department summary, JSON), `jixiao import` of a project form proposing its
 * 所属任务 from the department in the output folder or given with --department, `jixiao export`
 * of a project.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readForm } from 'jixiao-form';
import { jixiao, useTempFolder } from './cli-test-utils.js';

const EXAMPLE = path.resolve(__dirname, '../../examples/futian-2026');
const SAMPLE = readFileSync(path.resolve(__dirname, '../import/fixtures/sample-project-form.txt'), 'utf8');
const temp = useTempFolder('projects');

describe('jixiao check on a department\'s workspace', () => {
    test('examples/futian-2026/: the task its project is over, exit 1, and a summary per department', async () => {
        const { code, stdout } = await jixiao('check', EXAMPLE);
        expect(code).toBe(1);
        expect(stdout).toContain('futian-2026-department.jixiao:26:12: 错误 任务“信息化运维项目”的总额 328,000.00 元少于项目“湾区数据要素孪生多维展示和服务空间运维项目”的年度资金总额 365,000.00 元（超出 37,000.00 元） [workspace.task-overcommitted]');
        const departments = stdout.split('\n\n').at(-1)!.trimEnd().split('\n').map(line => line.split(/\s{2,}/));
        expect(departments).toEqual([
            ['部门', '总额', '项目合计', '项目数', '错误', '警告'],
            [expect.stringMatching(/^─+$/), expect.stringMatching(/^─+$/), expect.stringMatching(/^─+$/), '──────', '────', '────'],
            ['深圳市福田区政务服务和数据管理局（本级）', '29,141,800.00 元', '3,283,400.00 元', '3', '1', '4']
        ]);
    });

    test('the file table shows a project\'s 年度资金总额', async () => {
        const { stdout } = await jixiao('check', EXAMPLE);
        expect(stdout).toMatch(/wanqu-shuju-yaosu-yunwei\.jixiao\s+365,000\.00 元\s+0\s+0/);
    });

    test('--format json carries the workspace diagnostics like any other', async () => {
        const { stdout } = await jixiao('check', '--format', 'json', EXAMPLE);
        const records = JSON.parse(stdout) as Array<{ file: string; code: string; severity: string; line: number }>;
        expect(records.filter(record => record.code.startsWith('workspace.')).map(record => `${path.basename(record.file)} ${record.line} ${record.severity} ${record.code}`)).toEqual([
            'futian-2026-department.jixiao 14 info workspace.task-undeclared',
            'futian-2026-department.jixiao 26 error workspace.task-overcommitted'
        ]);
    });

    test('projects without their department: their own row, the warning on 所属任务', async () => {
        const project = path.join(EXAMPLE, 'wanqu-shuju-yaosu-yunwei.jixiao');
        copyFileSync(project, path.join(temp.path, 'a.jixiao'));
        const { code, stdout } = await jixiao('check', temp.path);
        expect(code).toBe(0);
        expect(stdout).toContain('a.jixiao:9:8: 警告 工作区中没有“深圳市福田区政务服务和数据管理局”的部门整体支出绩效目标申报表，无法核对所属任务 [workspace.department-missing]');
        expect(stdout.split('\n\n').at(-1)!.split('\n')[2].split(/\s{2,}/)).toEqual([
            '深圳市福田区政务服务和数据管理局（无部门申报表）', '—', '365,000.00 元', '1', '0', '1'
        ]);
    });

    test('a folder of departments only has no department summary', async () => {
        copyFileSync(path.join(EXAMPLE, 'futian-2026-department.jixiao'), path.join(temp.path, 'd.jixiao'));
        expect((await jixiao('check', temp.path)).stdout).not.toContain('项目合计');
    });
});

describe('jixiao import of a project form', () => {
    test('with its department in the output folder: 所属任务 proposed and marked for review', async () => {
        copyFileSync(path.join(EXAMPLE, 'futian-2026-department.jixiao'), path.join(temp.path, '部门.jixiao'));
        const input = temp.write('project.txt', SAMPLE);
        const output = path.join(temp.path, '项目.jixiao');
        const { code, stdout } = await jixiao('import', input, '-o', output);
        expect([code, stdout]).toEqual([0,
            `已导入 ${output}（来自表格文本）\n项目“福田区政务信息化项目管理运营服务项目”，年度资金总额 1,250,000.00 元，3 个目标，11 个指标，其中 9 个指标的“对应”为自动推断，请核对；所属任务“信息化服务类项目（非运维服务部分）”为自动推断，请核对\n`]);
        expect(readFileSync(output, 'utf8')).toContain('所属任务 "信息化服务类项目（非运维服务部分）"  // 所属任务为自动推断，请核对');
        expect((await jixiao('check', temp.path)).code).toBe(0);
    });

    test('with --department: that department\'s tasks, wherever the output goes', async () => {
        const input = temp.write('project.txt', SAMPLE);
        const output = path.join(temp.path, 'sub', 'p.jixiao');
        temp.write('sub/.keep', '');
        const { code } = await jixiao('import', input, '-o', output, '--department', path.join(EXAMPLE, 'futian-2026-department.jixiao'));
        expect(code).toBe(0);
        expect(readFileSync(output, 'utf8')).toContain('所属任务 "信息化服务类项目（非运维服务部分）"');
    });

    test('without a department: no 所属任务, and the summary says how to get one', async () => {
        const { stdout } = await jixiao('import', temp.write('project.txt', SAMPLE));
        expect(stdout).toContain('；未推断所属任务（需要部门整体支出申报表，见 --department）');
    });

    test('--department naming a file that is not a department declaration is bad usage', async () => {
        const input = temp.write('project.txt', SAMPLE);
        const { code, stderr } = await jixiao('import', input, '--department', path.join(EXAMPLE, 'wanqu-shuju-yaosu-yunwei.jixiao'));
        expect([code, stderr]).toEqual([2, `jixiao: “${path.join(EXAMPLE, 'wanqu-shuju-yaosu-yunwei.jixiao')}”不是部门整体支出绩效目标申报表（.jixiao）\n`]);
    });
});

describe('jixiao export of a project', () => {
    test('writes the project form and says what it holds', async () => {
        const output = path.join(temp.path, 'p.xlsx');
        const { code, stdout } = await jixiao('export', path.join(EXAMPLE, 'zhengwu-xinxihua-guanli-yunying.jixiao'), '-o', output);
        expect([code, stdout]).toEqual([0, `已导出 ${output}\n项目“福田区政务信息化项目管理运营服务项目”，11 个指标，年度资金总额 1,250,000.00 元\n`]);
        const { model } = await readForm(new Uint8Array(readFileSync(output)));
        expect(model.kind).toBe('project');
    });
});
