/**
 * `jixiao selfeval init`: on every project example, an evaluation that parses and whose only
 * diagnostics are the missing actuals; `申报` found from wherever the evaluation is written; the
 * targets compared with the declaration on disk.
 */
import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { jixiao, useTempFolder } from './cli-test-utils.js';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function jixiaoFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const full = path.join(folder, name);
        return statSync(full).isDirectory() ? jixiaoFiles(full) : name.endsWith('.jixiao') ? [full] : [];
    });
}

/** Every project declaration among the examples, the faulty one aside. */
const PROJECTS = jixiaoFiles(EXAMPLES)
    .filter(file => /^\s*(\/\/.*\n\s*)*项目支出绩效目标/.test(readFileSync(file, 'utf8')) && !path.basename(file).startsWith('faults'));

const folder = useTempFolder('selfeval-init');

async function checkJson(file: string): Promise<Array<{ code: string; message: string }>> {
    return JSON.parse((await jixiao('check', file, '--format', 'json')).stdout);
}

describe('jixiao selfeval init', () => {
    test('there are project examples', () => {
        expect(PROJECTS.length).toBeGreaterThanOrEqual(3);
    });

    test.each(PROJECTS.map(file => [path.relative(EXAMPLES, file), file]))('%s: the only diagnostics of the evaluation are the missing actuals', async (_name, file) => {
        const declaration = folder.write(path.basename(file), readFileSync(file, 'utf8'));
        const { code, stdout } = await jixiao('selfeval', 'init', declaration);
        const output = declaration.replace(/\.jixiao$/, '-自评.jixiao');
        expect(code).toBe(0);
        const indicators = Number(/(\d+) 个指标待填写/.exec(stdout)?.[1]);
        expect(stdout).toBe(`已生成 ${output}\n${indicators} 个指标待填写实际完成值（实际），另有全年执行数和实际完成情况\n`);
        const diagnostics = await checkJson(output);
        expect(new Set(diagnostics.map(d => d.code))).toEqual(new Set(['selfeval.actual-missing']));
        // One per indicator, 全年执行数 and 实际完成情况.
        expect(diagnostics.length).toBe(indicators + 2);
    });

    test('the 分值 follow the default split: 10 + 50 + 30 + 10, each 一级 share spread evenly', async () => {
        const file = PROJECTS.find(candidate => candidate.endsWith('zhengwu-xinxihua-guanli-yunying.jixiao'))!;
        const declaration = folder.write('项目.jixiao', readFileSync(file, 'utf8'));
        await jixiao('selfeval', 'init', declaration);
        const text = readFileSync(path.join(folder.path, '项目-自评.jixiao'), 'utf8');
        expect([...text.matchAll(/分值 ([\d.]+)/g)].map(match => match[1]))
            .toEqual(['10', '6.25', '6.25', '6.25', '6.25', '6.25', '6.25', '6.25', '6.25', '15', '15', '10']);
        expect(text).toContain('  申报 "项目.jixiao"\n');
    });

    test('-o elsewhere: 申报 is written relative to the evaluation, and found', async () => {
        const declaration = folder.write('申报/项目.jixiao', readFileSync(PROJECTS[0], 'utf8'));
        const output = path.join(folder.path, '自评', '2026', '项目-自评.jixiao');
        folder.write('自评/2026/.keep', '');
        expect((await jixiao('selfeval', 'init', declaration, '-o', output)).code).toBe(0);
        expect(readFileSync(output, 'utf8')).toContain('  申报 "../../申报/项目.jixiao"\n');
        expect((await checkJson(output)).filter(d => d.code !== 'selfeval.actual-missing')).toEqual([]);
    });

    test('a target changed in the declaration afterwards is reported against the file on disk', async () => {
        const file = PROJECTS.find(candidate => candidate.endsWith('zhengwu-xinxihua-guanli-yunying.jixiao'))!;
        const declaration = folder.write('项目.jixiao', readFileSync(file, 'utf8'));
        await jixiao('selfeval', 'init', declaration);
        folder.write('项目.jixiao', readFileSync(file, 'utf8').replace('"后评价项目数量" ≥5 个', '"后评价项目数量" ≥6 个'));
        const changed = (await checkJson(path.join(folder.path, '项目-自评.jixiao'))).filter(d => d.code === 'selfeval.target-changed');
        expect(changed.map(d => d.message)).toEqual(['指标“后评价项目数量”的年度指标值 ≥5 个 与申报表 项目.jixiao 中的 ≥6 个 不一致']);
    });

    test('an existing evaluation is kept', async () => {
        const declaration = folder.write('项目.jixiao', readFileSync(PROJECTS[0], 'utf8'));
        folder.write('项目-自评.jixiao', '// 已填写的自评表\n');
        const { code, stderr } = await jixiao('selfeval', 'init', declaration);
        expect({ code, stderr }).toEqual({ code: 1, stderr: `jixiao: “${path.join(folder.path, '项目-自评.jixiao')}”已存在，未生成（它可能是您编辑过的自评表；确要替换它，请加 --overwrite；或用 -o 指定另一个文件）\n` });
        expect(readFileSync(path.join(folder.path, '项目-自评.jixiao'), 'utf8')).toBe('// 已填写的自评表\n');
    });

    test('an existing evaluation is replaced with --overwrite, a read-only one never', async () => {
        const declaration = folder.write('项目.jixiao', readFileSync(PROJECTS[0], 'utf8'));
        const evaluation = folder.write('项目-自评.jixiao', '// 已填写的自评表\n');
        expect((await jixiao('selfeval', 'init', declaration, '--overwrite')).code).toBe(0);
        expect(readFileSync(evaluation, 'utf8')).not.toBe('// 已填写的自评表\n');
        folder.write('项目-自评.jixiao', '// 只读\n');
        chmodSync(evaluation, 0o444);
        const { code, stderr } = await jixiao('selfeval', 'init', declaration, '--overwrite');
        expect({ code, stderr }).toEqual({ code: 1, stderr: `jixiao: “${evaluation}”是只读文件，未生成（Jixiao 从不替换只读文件；请用 -o 指定另一个文件）\n` });
        expect(readFileSync(evaluation, 'utf8')).toBe('// 只读\n');
    });

    test('a department declaration is not a project: nothing is written', async () => {
        const department = folder.write('部门.jixiao', readFileSync(path.join(EXAMPLES, 'futian-2026-department.jixiao'), 'utf8'));
        const { code, stderr } = await jixiao('selfeval', 'init', department);
        expect({ code, stderr }).toEqual({ code: 1, stderr: `jixiao: ${department} 不是项目支出绩效目标申报表（应以“项目支出绩效目标”开头），无法生成自评表\n` });
    });
});
