/**
 * The extension asks the language server for what its commands show (export, preview, status bar,
 * import) instead of parsing on its own: the client glue (server-requests.ts) against the server's
 * own request handlers.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { grandTotalOf } from 'jixiao-form/model';
import { FORM_MODEL_REQUEST, type FormModelResult } from 'jixiao-server/protocol';
import { ExportFailure, FormImportFailure, requestExport, requestFormModel, requestImport, type SendRequest } from '../../packages/vscode/src/server-requests.js';
import { serverInProcess } from './server-in-process.js';

const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');
const wrongTotal = seed.replace('总额 11782800.00', '总额 11782801.00');

describe('the form model of a document, as the server checked it', () => {
    test('the seed: its form with exact amounts, no errors, its four warnings', async () => {
        const server = serverInProcess();
        const checked = await requestFormModel(server.send, await server.open(seed), 1);
        expect([checked.errors, checked.warnings, checked.hasSyntaxErrors]).toEqual([0, 4, false]);
        expect(checked.model?.tasks).toHaveLength(5);
        expect(grandTotalOf(checked.model!).total).toBe(2914180000n);
    });

    test('a wrong total is one error (and the 金额合计 that no longer adds up another)', async () => {
        const server = serverInProcess();
        expect((await requestFormModel(server.send, await server.open(wrongTotal), 1)).errors).toBe(2);
    });

    test('the user\'s severities change what counts as an error, as they change the squiggles', async () => {
        const server = serverInProcess();
        server.settings({ severities: { 'budget.task-sum': 'warning', 'budget.grand-total': 'off' } });
        expect((await requestFormModel(server.send, await server.open(wrongTotal), 1)).errors).toBe(0);
    });

    test('a half-typed declaration still gives what it has, and says it has syntax errors', async () => {
        const server = serverInProcess();
        const checked = await requestFormModel(server.send, await server.open('部门整体支出绩效目标 2026 { 部门名称 "甲" 年度主要任务 { 任务 "乙" { 总额 1'), 1);
        expect(checked.hasSyntaxErrors).toBe(true);
        expect([checked.model?.departmentName, checked.model?.tasks[0].name]).toEqual(['甲', '乙']);
    });

    test('an answer for an older version than the editor\'s is asked again', async () => {
        const server = serverInProcess();
        const uri = await server.open(seed, 7);
        const versions = [6, 7];
        const asked: number[] = [];
        const send: SendRequest = async <Result>(method: string, params: unknown) => {
            const result = await server.send<FormModelResult>(method, params);
            asked.push(versions[asked.length]);
            return { ...result, version: versions[asked.length - 1] } as Result;
        };
        await requestFormModel(send, uri, 7);
        expect(asked).toEqual([6, 7]);
        expect(FORM_MODEL_REQUEST).toBe('jixiao/formModel');
    });
});

async function sheetOf(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return workbook.worksheets[0];
}

describe('the workbook of a document', () => {

    test('the server writes it where the extension says, and it holds the form', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-export-'));
        try {
            const server = serverInProcess();
            const file = path.join(folder, 'seed.xlsx');
            expect(await requestExport(server.send, await server.open(seed), { path: file })).toEqual({ kept: undefined, content: undefined });
            expect((await sheetOf(readFileSync(file))).getCell('A1').value).toBe('部门（单位）整体支出绩效目标申报表');
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    test('without a path its bytes come back, for a place the server cannot reach', async () => {
        const server = serverInProcess();
        const { content } = await requestExport(server.send, await server.open(seed), {});
        expect((await sheetOf(content!)).getCell('A1').value).toBe('部门（单位）整体支出绩效目标申报表');
    });

    test('a file it cannot write is a failure with the file system\'s code, for the extension to explain', async () => {
        const server = serverInProcess();
        const missing = path.join(tmpdir(), 'jixiao-no-such-folder', 'seed.xlsx');
        const failure = await requestExport(server.send, await server.open(seed), { path: missing }).catch(error => error);
        expect([failure instanceof ExportFailure, failure.code]).toEqual([true, 'ENOENT']);
    });
});

describe('a file already where the workbook goes (DESIGN §6, the same rule as jixiao export)', () => {
    function inFolder(run: (folder: string) => Promise<void>): () => Promise<void> {
        return async () => {
            const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-export-'));
            try {
                await run(folder);
            } finally {
                rmSync(folder, { recursive: true, force: true });
            }
        };
    }

    test('a workbook no export made is kept byte for byte until the user agrees to replace it', inFolder(async folder => {
        const server = serverInProcess();
        const uri = await server.open(seed);
        const file = path.join(folder, 'seed.xlsx');
        writeFileSync(file, 'my own workbook');
        expect(await requestExport(server.send, uri, { path: file })).toEqual({ kept: 'foreign' });
        expect(readFileSync(file, 'utf8')).toBe('my own workbook');
        expect(await requestExport(server.send, uri, { path: file }, true)).toEqual({ kept: undefined, content: undefined });
        expect((await sheetOf(readFileSync(file))).getCell('A1').value).toBe('部门（单位）整体支出绩效目标申报表');
    }));

    test('our own unchanged workbook is replaced without asking', inFolder(async folder => {
        const server = serverInProcess();
        const uri = await server.open(seed);
        const file = path.join(folder, 'seed.xlsx');
        await requestExport(server.send, uri, { path: file });
        expect(await requestExport(server.send, uri, { path: file })).toEqual({ kept: undefined, content: undefined });
    }));

    test('a read-only file is kept, even when the user agreed', inFolder(async folder => {
        const server = serverInProcess();
        const file = path.join(folder, 'seed.xlsx');
        writeFileSync(file, 'read only');
        chmodSync(file, 0o444);
        expect(await requestExport(server.send, await server.open(seed), { path: file }, true)).toEqual({ kept: 'read-only' });
        expect(readFileSync(file, 'utf8')).toBe('read only');
    }));

    test('where the server cannot reach, the extension sends what is there: ours is replaced, another file kept', async () => {
        const server = serverInProcess();
        const uri = await server.open(seed);
        const { content: ours } = await requestExport(server.send, uri, {});
        expect((await requestExport(server.send, uri, { existing: ours })).kept).toBeUndefined();
        expect(await requestExport(server.send, uri, { existing: new TextEncoder().encode('my own') })).toEqual({ kept: 'foreign' });
    });
});

describe('the import of a form', () => {
    const pasted = readFileSync(new URL('../form/fixtures/futian-zwfw-2026-department.txt', import.meta.url));

    test('the pasted seed form comes back as a formatted declaration', async () => {
        const { text, warnings } = await requestImport(serverInProcess().send, pasted, 'futian.txt');
        expect(text.split('\n')[0]).toMatch(/^\/\/ 由 futian\.txt 导入。/);
        expect(text).toContain('部门整体支出绩效目标 2026 {');
        expect(warnings).toEqual([]);
    });

    test('what import dropped on the way in comes back as warnings naming the cell', async () => {
        const withBell = new TextEncoder().encode(new TextDecoder().decode(pasted).replace('（本级）', '（本级）\u0007'));
        const { warnings } = await requestImport(serverInProcess().send, withBell);
        expect(warnings).toEqual(['第7行第3列：删除了 1 个控制字符（U+0007），它们在表格中不可见，也不能写入申报表']);
    });

    test('a file that is no form is refused with the server\'s message, in its language', async () => {
        const server = serverInProcess();
        await expect(requestImport(server.send, new Uint8Array())).rejects.toThrow(new FormImportFailure('文件是空的'));
        server.settings({ locale: 'en' });
        await expect(requestImport(server.send, new Uint8Array())).rejects.toThrow('The file is empty');
    });
});
