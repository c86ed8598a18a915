import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { jixiao, useTempFolder } from '../cli/cli-test-utils.js';
import { marked } from '../language/jixiao-test-utils.js';

const MESSY = '部门整体支出绩效目标 2026 {\n部门名称 "局"\n    主管部门 "局"\n}';
const FORMATTED = '部门整体支出绩效目标 2026 {\n  部门名称 "局"\n  主管部门 "局"\n}\n';

const temp = useTempFolder('fmt');

const write = temp.write;

describe('jixiao fmt', () => {
    test('rewrites a file in the canonical layout', async () => {
        const file = write('a.jixiao', MESSY);
        expect(await jixiao('fmt', file)).toEqual({ code: 0, stdout: `已格式化 ${file}\n`, stderr: '' });
        expect(readFileSync(file, 'utf8')).toBe(FORMATTED);
        expect(readdirSync(temp.path)).toEqual(['a.jixiao']);
    });

    test('a read-only file is not rewritten: exit 1, a message, the file as it was', async () => {
        const file = write('a.jixiao', MESSY);
        chmodSync(file, 0o444);
        expect(await jixiao('fmt', file)).toEqual({ code: 1, stdout: '', stderr: `jixiao: “${file}”是只读文件，未格式化\n` });
        expect(readFileSync(file, 'utf8')).toBe(MESSY);
    });

    test('a formatted file is left as it is', async () => {
        const file = write('a.jixiao', FORMATTED);
        expect(await jixiao('fmt', file)).toEqual({ code: 0, stdout: '1 个文件已是标准格式，未作改动\n', stderr: '' });
    });

    test('--check lists the files that would change, writes nothing and exits 1', async () => {
        const messy = write('sub/messy.jixiao', MESSY);
        write('tidy.jixiao', FORMATTED);
        expect(await jixiao('fmt', '--check', temp.path)).toEqual({ code: 1, stdout: `${messy}: 需要格式化\n`, stderr: '' });
        expect(readFileSync(messy, 'utf8')).toBe(MESSY);
    });

    test('--check on formatted files exits 0', async () => {
        write('tidy.jixiao', FORMATTED);
        expect(await jixiao('fmt', '--check', temp.path)).toEqual({ code: 0, stdout: '1 个文件已是标准格式\n', stderr: '' });
        write('also-tidy.jixiao', FORMATTED);
        expect(await jixiao('fmt', '--check', temp.path)).toEqual({ code: 0, stdout: '2 个文件均已是标准格式\n', stderr: '' });
    });

    test('a file with syntax errors is not rewritten: exit 1 with its place', async () => {
        const doc = marked('部门整体支出绩效目标 2026 {\n  部门名称\n»}«\n');
        const file = write('broken.jixiao', doc.text);
        const result = await jixiao('fmt', file);
        expect(result).toEqual({ code: 1, stdout: '', stderr: `${file}:${doc.start}: 有语法错误，未格式化（先用 jixiao check 查看并改正）\n` });
        expect(readFileSync(file, 'utf8')).toBe('部门整体支出绩效目标 2026 {\n  部门名称\n}\n');
    });

    test('a byte-order mark is kept', async () => {
        const file = write('bom.jixiao', '\uFEFF' + MESSY);
        await jixiao('fmt', file);
        expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + FORMATTED);
    });

    test('a missing path is a usage error (exit 2)', async () => {
        const missing = path.join(temp.path, 'none.jixiao');
        expect(await jixiao('fmt', missing)).toEqual({ code: 2, stdout: '', stderr: `jixiao: 无法读取“${missing}”：文件或文件夹不存在\n` });
    });
});
