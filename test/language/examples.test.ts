import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES } from 'jixiao-language';
import { createTestServices, diagnose } from './jixiao-test-utils.js';
import { diagnoseWorkspace } from './workspace-test-utils.js';

const examples = new URL('../../examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, examples), 'utf8');
const FAULTS = ['faults.jixiao', 'faults-project.jixiao', 'faults-selfeval.jixiao'];

describe('examples/faults.jixiao, faults-project.jixiao and faults-selfeval.jixiao', () => {
    // Syntax errors would hide the rest; internal errors are bugs; the checks across files need a
    // workspace (the workspace's, and an evaluation's against its declaration); a text too long for
    // a cell takes a line of 32,768 characters (test/language/limits-validation.test.ts shows it).
    const acrossFiles = ['selfeval.target-changed', 'selfeval.declaration-missing'];
    const notShown = (code: string) => code === 'syntax' || code === 'internal' || code.startsWith('workspace.') || acrossFiles.includes(code)
        || code === 'structure.text-too-long';

    test('show every diagnostic one file can show exactly once (but syntax, internal, the checks across files and structure.text-too-long)', async () => {
        const codes = (await Promise.all(FAULTS.map(async name => (await diagnose(read(name))).map(d => d.code)))).flat().sort();
        expect(codes).toEqual(ALL_ISSUE_CODES.filter(code => !notShown(code)).slice().sort());
    });

    test('suggests the measure word of what is counted: 设备 in 台', async () => {
        const unitMissing = (await diagnose(read('faults.jixiao'))).find(d => d.code === 'indicator.unit-missing');
        expect(unitMissing?.message).toBe('指标“配套设备数量”的指标值缺少度量单位（建议：台）');
    });
});

describe('every other example', () => {
    const others = readdirSync(examples).filter(name => name.endsWith('.jixiao') && !FAULTS.includes(name));

    test.each(others)('%s has no errors', async name => {
        expect((await diagnose(read(name))).filter(d => d.severity === 'error')).toEqual([]);
    });
});

describe('examples/futian-2026/: the seed department, three of its projects and one evaluation', () => {
    const folder = 'futian-2026/';
    const files = () => readdirSync(new URL(folder, examples)).filter(name => name.endsWith('.jixiao')).sort()
        .map(name => ({ name: folder + name, text: read(folder + name) }));

    test('the one error is the task its project is over, with the project as related information', async () => {
        const diagnostics = await diagnoseWorkspace(files());
        expect(diagnostics.filter(d => d.severity === 'error').map(d => `${d.file} ${d.range} ${d.code} ${d.message}`)).toEqual([
            'futian-2026/futian-2026-department.jixiao 26:12-26:21 workspace.task-overcommitted 任务“信息化运维项目”的总额 328,000.00 元少于项目“湾区数据要素孪生多维展示和服务空间运维项目”的年度资金总额 365,000.00 元（超出 37,000.00 元）'
        ]);
        expect(diagnostics.find(d => d.code === 'workspace.task-overcommitted')?.related).toEqual([
            'futian-2026/wanqu-shuju-yaosu-yunwei.jixiao 12:12-12:21 项目“湾区数据要素孪生多维展示和服务空间运维项目”：年度资金总额 365,000.00 元'
        ]);
    });

    test('the task whose projects are not all written yet is pointed out', async () => {
        const diagnostics = await diagnoseWorkspace(files());
        expect(diagnostics.filter(d => d.code === 'workspace.task-undeclared').map(d => `${d.file} ${d.range} ${d.message}`)).toEqual([
            'futian-2026/futian-2026-department.jixiao 14:11-14:21 任务“信息化服务类项目（非运维服务部分）”的总额 4,911,000.00 元中，其 2 个项目申报了 2,918,400.00 元，尚有 1,992,600.00 元没有项目申报表'
        ]);
    });

    test('every project, checked with its department, has nothing to report', async () => {
        const diagnostics = await diagnoseWorkspace(files());
        expect(diagnostics.filter(d => !d.file.endsWith('department.jixiao')).map(d => `${d.file} ${d.code}`)).toEqual([]);
    });

    test('every project on its own has no errors (without its department it cannot be checked against a task)', async () => {
        for (const { name, text } of files().filter(file => /^(\s*\/\/.*\n)*项目支出绩效目标/.test(file.text))) {
            expect((await diagnose(text, createTestServices())).map(d => `${name} ${d.code}`)).toEqual([`${name} workspace.department-missing`]);
        }
    });

    test('the evaluation of a project on its own has no errors (without its declaration it cannot compare the targets)', async () => {
        const evaluations = files().filter(file => /^(\s*\/\/.*\n)*项目支出绩效自评/.test(file.text));
        expect(evaluations.map(file => file.name)).toEqual(['futian-2026/zhengwu-xinxihua-guanli-yunying-自评.jixiao']);
        for (const { name, text } of evaluations) {
            expect((await diagnose(text, createTestServices())).map(d => `${name} ${d.code}`)).toEqual([`${name} selfeval.declaration-missing`]);
        }
    });

    test('the department is the seed, unchanged', () => {
        expect(read(`${folder}futian-2026-department.jixiao`)).toBe(read('futian-2026-department.jixiao'));
    });

    test('holds only .jixiao files', () => {
        expect(readdirSync(new URL(folder, examples)).every(name => name.endsWith('.jixiao') && statSync(new URL(folder + name, examples)).isFile())).toBe(true);
    });
});
