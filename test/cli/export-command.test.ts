/** `jixiao export FILE [-o OUT.xlsx] [--force]`, run in-process against the TypeScript sources. */
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { defaultOutputPath, describeWriteError } from '../../packages/cli/src/export-command.js';
import { declaration, marked } from '../language/jixiao-test-utils.js';
import { jixiao, useTempFolder } from './cli-test-utils.js';

const seed = path.resolve(__dirname, '../../examples/futian-2026-department.jixiao');

async function readSheet(file: string): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook.worksheets[0];
}

const temp = useTempFolder('export');

const write = temp.write;

/** The default declaration with 总额 100.01 ≠ 100.00 + 0.00: a budget.task-sum error on line 7. */
/** The default declaration with a 总额 that does not add up, marked. */
const budgetError = marked(declaration().replace('总额 100.00', '总额 »100.01«'));
const withBudgetError = () => budgetError.text;

describe('jixiao export', () => {
    test('writes the seed form to -o, says where and summarises it', async () => {
        const out = path.join(temp.path, 'seed.xlsx');
        expect(await jixiao('export', seed, '-o', out)).toEqual({
            code: 0,
            stdout: `已导出 ${out}\n5 项任务，29 个指标，总额 29,141,800.00 元\n`,
            stderr: ''
        });
        const sheet = await readSheet(out);
        expect(sheet.getCell('A1').value).toBe('部门（单位）整体支出绩效目标申报表');
        expect(sheet.getCell('E11').value).toBe(29141800);
        expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    });

    test('without -o writes beside the input, with the same name and .xlsx', async () => {
        const file = write('测试局.jixiao', declaration());
        const { code, stdout } = await jixiao('export', file);
        expect(code).toBe(0);
        expect(stdout.split('\n')[0]).toBe(`已导出 ${path.join(temp.path, '测试局.xlsx')}`);
        expect(readdirSync(temp.path).sort()).toEqual(['测试局.jixiao', '测试局.xlsx']);
    });

    test('the default output replaces only the extension .jixiao', () => {
        expect(defaultOutputPath(path.join('a', 'b.jixiao'))).toBe(path.join('a', 'b.xlsx'));
        expect(defaultOutputPath(path.join('a', 'b.txt'))).toBe(path.join('a', 'b.txt.xlsx'));
        expect(defaultOutputPath('b')).toBe('b.xlsx');
    });

    test('a document with a budget error is refused: exit 1, the error listed, nothing written', async () => {
        const file = write('broken.jixiao', withBudgetError());
        const out = path.join(temp.path, 'broken.xlsx');
        expect(await jixiao('export', file, '-o', out)).toEqual({
            code: 1,
            stdout: '',
            stderr: `${file}:${budgetError.start}: 错误 任务“基本支出”的总额 100.01 不等于财政拨款 100.00 + 其他资金 0.00 = 100.00 [budget.task-sum]\n`
                + `${file}: 有 1 个错误，未导出（改正错误后重试，或用 --force 强制导出）\n`
        });
        expect(readdirSync(temp.path)).toEqual(['broken.jixiao']);
    });

    test('a refused export leaves an existing output untouched', async () => {
        const file = write('broken.jixiao', withBudgetError());
        const out = write('broken.xlsx', 'last week\'s export');
        expect((await jixiao('export', file)).code).toBe(1);
        expect(readFileSync(out, 'utf8')).toBe('last week\'s export');
    });

    test('--force exports anyway, after listing the errors, with the amounts as written', async () => {
        const file = write('broken.jixiao', withBudgetError());
        const out = path.join(temp.path, 'broken.xlsx');
        const { code, stdout, stderr } = await jixiao('export', file, '-o', out, '--force');
        expect(code).toBe(0);
        expect(stderr).toBe(`${file}:${budgetError.start}: 错误 任务“基本支出”的总额 100.01 不等于财政拨款 100.00 + 其他资金 0.00 = 100.00 [budget.task-sum]\n`
            + `${file}: 有 1 个错误，按 --force 仍然导出\n`);
        expect(stdout).toBe(`已导出 ${out}\n1 项任务，6 个指标，总额 100.01 元\n`);
        expect((await readSheet(out)).getCell('E6').value).toBe(100.01);
    });

    test('--force does not write an amount a cell cannot hold: exit 1, the cell named, nothing written', async () => {
        const file = write('huge.jixiao', declaration().replace('总额 100.00  财政拨款 100.00', '总额 400000000000000.01  财政拨款 400000000000000.01'));
        const out = path.join(temp.path, 'huge.xlsx');
        const { code, stdout, stderr } = await jixiao('export', file, '--force');
        expect([code, stdout]).toEqual([1, '']);
        expect(stderr.split('\n').slice(-2)).toEqual([
            `jixiao: 无法导出到“${out}”：单元格 E6 的金额 400,000,000,000,000.01 有 17 位有效数字，超过 Excel 能精确保存的 15 位`, ''
        ]);
        expect(readdirSync(temp.path)).toEqual(['huge.jixiao']);
    });

    test('an output in a missing folder: a Chinese message, exit 1, nothing written', async () => {
        const out = path.join(temp.path, 'missing', 'out.xlsx');
        expect(await jixiao('export', seed, '-o', out)).toEqual({
            code: 1,
            stdout: '',
            stderr: `jixiao: 无法写入“${out}”：文件夹“${path.join(temp.path, 'missing')}”不存在\n`
        });
        expect(readdirSync(temp.path)).toEqual([]);
    });

    test('an output that is a folder: a Chinese message, exit 1, the folder untouched', async () => {
        const out = path.join(temp.path, 'taken.xlsx');
        mkdirSync(out);
        expect(await jixiao('export', seed, '-o', out)).toEqual({
            code: 1,
            stdout: '',
            stderr: `jixiao: 无法写入“${out}”：这是一个文件夹\n`
        });
        expect(readdirSync(temp.path)).toEqual(['taken.xlsx']);
        expect(readdirSync(out)).toEqual([]);
    });

    test('an unreadable input exits 2 with a Chinese message', async () => {
        const missing = path.join(temp.path, 'missing.jixiao');
        expect(await jixiao('export', missing)).toEqual({
            code: 2,
            stdout: '',
            stderr: `jixiao: 无法读取“${missing}”：文件或文件夹不存在\n`
        });
    });

    test('a folder as input exits 2: export takes one file', async () => {
        expect(await jixiao('export', temp.path)).toEqual({
            code: 2,
            stdout: '',
            stderr: `jixiao: 无法导出“${temp.path}”：这是一个文件夹，export 一次导出一个 .jixiao 文件\n`
        });
    });

    test('an output not ending in .xlsx is refused, so a declaration is never overwritten', async () => {
        const file = write('decl.jixiao', declaration());
        const { code, stderr } = await jixiao('export', file, '-o', path.join(temp.path, 'decl.jixiao'));
        expect(code).toBe(2);
        expect(stderr).toBe(`jixiao: 输出文件“${path.join(temp.path, 'decl.jixiao')}”应以 .xlsx 结尾\n`);
        expect(readFileSync(file, 'utf8')).toBe(declaration());
        expect(readdirSync(temp.path)).toEqual(['decl.jixiao']);
    });

    test('an output that is the input itself is refused', async () => {
        const file = write('decl.xlsx', declaration());
        const { code, stderr } = await jixiao('export', file, '-o', file);
        expect(code).toBe(2);
        expect(stderr).toBe(`jixiao: 输出文件“${file}”就是输入文件，导出会覆盖申报表\n`);
        expect(readFileSync(file, 'utf8')).toBe(declaration());
    });

    test('--force on text that is no declaration at all still ends cleanly, with the syntax errors listed', async () => {
        const file = write('garbage.jixiao', '这不是申报表 {{{ "');
        const { code, stdout, stderr } = await jixiao('export', file, '--force');
        expect(code).toBe(0);
        expect(stderr).toMatch(/错误 .*\n.*有 \d+ 个错误，按 --force 仍然导出\n$/s);
        expect(stdout).toBe(`已导出 ${path.join(temp.path, 'garbage.xlsx')}\n0 项任务，0 个指标，总额 0.00 元\n`);
    });

    test('the copy of a declaration exports with its own totals', async () => {
        const file = path.join(temp.path, 'seed-copy.jixiao');
        copyFileSync(seed, file);
        const { code, stdout } = await jixiao('export', file);
        expect(code).toBe(0);
        expect(stdout).toBe(`已导出 ${path.join(temp.path, 'seed-copy.xlsx')}\n5 项任务，29 个指标，总额 29,141,800.00 元\n`);
    });

    test('an output locked by another program (Excel on Windows) or not writable gets a hint', () => {
        const failure = (code: string) => Object.assign(new Error(code), { code });
        expect(describeWriteError('表.xlsx', failure('EBUSY')).zh)
            .toBe('无法写入“表.xlsx”：文件被其他程序占用（文件可能正在 Excel 中打开，或没有写入该文件夹的权限）');
        expect(describeWriteError('表.xlsx', failure('EACCES')).zh)
            .toBe('无法写入“表.xlsx”：没有访问权限（文件可能正在 Excel 中打开，或没有写入该文件夹的权限）');
        expect(describeWriteError('表.xlsx', failure('ENOSPC')).zh).toBe('无法写入“表.xlsx”：磁盘空间不足');
    });
});
