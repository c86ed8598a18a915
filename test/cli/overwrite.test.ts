/**
 * Nothing lost (DESIGN §6): export replaces only a workbook it wrote and nobody changed since;
 * any other file needs --overwrite; a read-only file is never replaced; import never replaces a
 * .jixiao without --overwrite; a temporary file left by a killed export is cleaned up.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formToXlsxBuffer, readForm } from 'jixiao-form';
import { declaration } from '../language/jixiao-test-utils.js';
import { formOf, seedFormText } from '../import/import-test-utils.js';
import { withSheet } from '../import/hostile-workbooks.js';
import { workbookBytes } from '../import/workbooks.js';
import { formRows } from '../import/form-rows.js';
import { jixiao, useTempFolder } from './cli-test-utils.js';

const temp = useTempFolder('overwrite');

/** A workbook made by hand (here: exceljs, as any other program), not by an export. */
const someoneElsesWorkbook = () => workbookBytes({ rows: [['部门（单位）名称', '', '我的表格']] });

describe('jixiao export over an existing file', () => {
    test('the issue: import form.xlsx, then export form.jixiao, leaves form.xlsx byte for byte', async () => {
        const original = await workbookBytes({ rows: formRows() });
        const workbook = temp.write('form.xlsx', original);
        expect((await jixiao('import', workbook)).code).toBe(0);
        const { code, stderr } = await jixiao('export', path.join(temp.path, 'form.jixiao'));
        expect([code, stderr]).toEqual([1, expect.stringContaining(`“${workbook}”已存在，且不是 Jixiao 导出的工作簿，未导出`)]);
        expect(new Uint8Array(readFileSync(workbook))).toEqual(original);
    });

    test('the workbook a declaration was imported from is left byte for byte, exit 1, with a message naming it and --overwrite', async () => {
        const original = await someoneElsesWorkbook();
        const workbook = temp.write('form.xlsx', original);
        const file = temp.write('form.jixiao', declaration());
        expect(await jixiao('export', file)).toEqual({
            code: 1,
            stdout: '',
            stderr: `jixiao: “${workbook}”已存在，且不是 Jixiao 导出的工作簿，未导出（它可能是您自己的表格，或导入申报表时用的原表；确要替换它，请加 --overwrite；或用 -o 指定另一个文件）\n`
        });
        expect(new Uint8Array(readFileSync(workbook))).toEqual(original);
        expect(readdirSync(temp.path).sort()).toEqual(['form.jixiao', 'form.xlsx']);
    });

    test('any other file in the way is kept the same way (text, an empty file)', async () => {
        const file = temp.write('form.jixiao', declaration());
        for (const content of ['notes', '']) {
            const other = temp.write('form.xlsx', content);
            expect((await jixiao('export', file)).code).toBe(1);
            expect(readFileSync(other, 'utf8')).toBe(content);
        }
    });

    test('--overwrite replaces a workbook that is not ours', async () => {
        const workbook = temp.write('form.xlsx', await someoneElsesWorkbook());
        const file = temp.write('form.jixiao', declaration());
        expect((await jixiao('export', file, '--overwrite')).code).toBe(0);
        expect(readFileSync(workbook).subarray(0, 2).toString()).toBe('PK');
        expect(readFileSync(workbook).includes('JixiaoExport')).toBe(true);
    });

    test('our own workbook, unchanged since it was exported, is replaced without asking', async () => {
        const file = temp.write('form.jixiao', declaration());
        expect((await jixiao('export', file)).code).toBe(0);
        temp.write('form.jixiao', declaration().replace('主要内容 "', '主要内容 "新的'));
        const { code, stdout } = await jixiao('export', file);
        expect([code, stdout.split('\n')[0]]).toEqual([0, `已导出 ${path.join(temp.path, 'form.xlsx')}`]);
        const { model } = await readForm(new Uint8Array(readFileSync(path.join(temp.path, 'form.xlsx'))));
        expect(model.tasks[0].content).toMatch(/^新的/);
    });

    test('our workbook changed since by another program needs --overwrite', async () => {
        const file = temp.write('form.jixiao', declaration());
        const workbook = path.join(temp.path, 'form.xlsx');
        await jixiao('export', file);
        const edited = await withSheet(new Uint8Array(readFileSync(workbook)),
            xml => xml.replace('</sheetData>', '<row r="200"><c r="A200" t="inlineStr"><is><t>我加的</t></is></c></row></sheetData>'));
        temp.write('form.xlsx', edited);
        expect(await jixiao('export', file)).toEqual({
            code: 1,
            stdout: '',
            stderr: `jixiao: “${workbook}”是 Jixiao 导出的，但之后在其他程序中修改过，未导出（确要用新的结果替换它，请加 --overwrite；或用 -o 指定另一个文件）\n`
        });
        expect(new Uint8Array(readFileSync(workbook))).toEqual(edited);
        expect((await jixiao('export', file, '--overwrite')).code).toBe(0);
    });

    test('a read-only file is never replaced, not even with --overwrite, and keeps its mode', async () => {
        const workbook = temp.write('form.xlsx', await formToXlsxBuffer(await formOf(declaration())));
        chmodSync(workbook, 0o444);
        const file = temp.write('form.jixiao', declaration());
        for (const args of [[], ['--overwrite']]) {
            expect(await jixiao('export', file, ...args)).toEqual({
                code: 1,
                stdout: '',
                stderr: `jixiao: “${workbook}”是只读文件，未导出（Jixiao 从不替换只读文件；请用 -o 指定另一个文件）\n`
            });
        }
        expect(statSync(workbook).mode & 0o777).toBe(0o444);
    });

    test('a replaced workbook keeps the permissions it had', async () => {
        const file = temp.write('form.jixiao', declaration());
        const workbook = path.join(temp.path, 'form.xlsx');
        await jixiao('export', file);
        chmodSync(workbook, 0o640);
        expect((await jixiao('export', file)).code).toBe(0);
        expect(statSync(workbook).mode & 0o777).toBe(0o640);
    });

    test('--force still means: export despite errors; it does not replace a file that is not ours', async () => {
        temp.write('form.xlsx', 'mine');
        const file = temp.write('form.jixiao', declaration().replace('总额 100.00', '总额 100.01'));
        expect((await jixiao('export', file, '--force')).code).toBe(1);
        expect(readFileSync(path.join(temp.path, 'form.xlsx'), 'utf8')).toBe('mine');
    });
});

describe('temporary files', () => {
    /** A process id that no longer runs. */
    const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

    test('a temporary file left by a killed export is removed by the next export of the same file', async () => {
        const file = temp.write('form.jixiao', declaration());
        temp.write(`.form.xlsx.${deadPid()}.0123abcd.tmp`, '');
        expect((await jixiao('export', file)).code).toBe(0);
        expect(readdirSync(temp.path).sort()).toEqual(['form.jixiao', 'form.xlsx']);
    });

    test('a temporary file of a running process is left alone, unless it is a day old', async () => {
        const file = temp.write('form.jixiao', declaration());
        const running = temp.write(`.form.xlsx.${process.ppid}.0123abcd.tmp`, '');
        const old = temp.write(`.form.xlsx.${process.ppid}.4567cdef.tmp`, '');
        const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
        utimesSync(old, dayAgo, dayAgo);
        await jixiao('export', file);
        expect(readdirSync(temp.path).sort()).toEqual([path.basename(running), 'form.jixiao', 'form.xlsx']);
    });

    test('files that only look alike (another name, not ours) are left alone', async () => {
        const file = temp.write('form.jixiao', declaration());
        const others = [`.other.xlsx.${deadPid()}.0123abcd.tmp`, `.form.xlsx.backup.tmp`, 'form.xlsx.tmp'];
        others.forEach(name => temp.write(name, 'keep'));
        await jixiao('export', file);
        expect(readdirSync(temp.path).sort()).toEqual([...others, 'form.jixiao', 'form.xlsx'].sort());
    });
});

describe('jixiao import over an existing file', () => {
    test('a read-only .jixiao is never replaced, not even with --overwrite', async () => {
        const output = temp.write('seed.jixiao', '// mine\n');
        chmodSync(output, 0o444);
        const input = temp.write('futian.txt', seedFormText);
        expect(await jixiao('import', input, '-o', output, '--overwrite')).toEqual({
            code: 1,
            stdout: '',
            stderr: `jixiao: “${output}”是只读文件，未导入（Jixiao 从不替换只读文件；请用 -o 指定另一个文件）\n`
        });
        expect(readFileSync(output, 'utf8')).toBe('// mine\n');
    });
});
