/**
 * `jixiao import FILE [-o OUT.jixiao] [--force]`, run in-process: what it writes, what it refuses,
 * and ten files that are not the form, each refused with a clear message, exit 1 and no file left.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formToXlsxBuffer } from 'jixiao-form';
import { formOf, seedFormText, seedText } from './import-test-utils.js';
import { formRows, TASKS } from './form-rows.js';
import { workbookBytes } from './workbooks.js';
import { zipBytes } from './zip-bytes.js';
import { jixiao, useTempFolder } from '../cli/cli-test-utils.js';

const temp = useTempFolder('import');

const write = temp.write;

describe('jixiao import', () => {
    test('writes the pasted form beside it as .jixiao and says what it imported', async () => {
        const input = write('futian.txt', seedFormText);
        const { code, stdout } = await jixiao('import', input);
        expect([code, stdout, existsSync(path.join(temp.path, 'futian.jixiao'))]).toEqual([
            0,
            `已导入 ${path.join(temp.path, 'futian.jixiao')}（来自表格文本）\n5 项任务，8 个目标，29 个指标，其中 19 个指标的“对应”为自动推断，请核对\n`,
            true
        ]);
    });

    test('the document it writes checks without errors', async () => {
        await jixiao('import', write('futian.txt', seedFormText), '-o', path.join(temp.path, 'seed.jixiao'));
        expect((await jixiao('check', path.join(temp.path, 'seed.jixiao'))).code).toBe(0);
    });

    test('tells a workbook by its content, whatever its name', async () => {
        const input = write('form.txt', await formToXlsxBuffer(await formOf(seedText)));
        const { code, stdout } = await jixiao('import', input, '-o', path.join(temp.path, 'out.jixiao'));
        expect([code, stdout.split('\n')[0]]).toEqual([0, `已导入 ${path.join(temp.path, 'out.jixiao')}（来自 Excel 工作簿）`]);
    });

    test('reads text saved as UTF-16 with a byte-order mark', async () => {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedFormText, 'utf16le')]);
        const { code } = await jixiao('import', write('form.txt', utf16), '-o', path.join(temp.path, 'out.jixiao'));
        expect(readFileSync(path.join(temp.path, 'out.jixiao'), 'utf8')).toContain('部门名称 "深圳市福田区政务服务和数据管理局（本级）"');
        expect(code).toBe(0);
    });

    test.each([['utf16le', 'little-endian'], ['utf16be', 'big-endian']] as const)('reads text saved as UTF-16 (%s) without a byte-order mark', async encoding => {
        const bytes = Buffer.from(seedFormText, 'utf16le');
        if (encoding === 'utf16be') {
            bytes.swap16();
        }
        const { code } = await jixiao('import', write('form.txt', bytes), '-o', path.join(temp.path, 'out.jixiao'));
        expect([code, readFileSync(path.join(temp.path, 'out.jixiao'), 'utf8').includes('部门名称 "深圳市福田区政务服务和数据管理局（本级）"')]).toEqual([0, true]);
    });

    test('drops control characters from a cell, with a warning naming the cell', async () => {
        const pasted = seedFormText.replace('深圳市福田区政务服务和数据管理局（本级）\t主管部门', '深圳市福田区\u001b]0;title\u0007政务服务和数据管理局（本级）\t主管部门');
        const output = path.join(temp.path, 'out.jixiao');
        const { code, stderr } = await jixiao('import', write('form.txt', pasted), '-o', output);
        expect([code, stderr]).toEqual([0, 'jixiao: 警告：第7行第3列：删除了 2 个控制字符（U+001B、U+0007），它们在表格中不可见，也不能写入申报表\n']);
        expect(readFileSync(output, 'utf8')).toContain('部门名称 "深圳市福田区]0;title政务服务和数据管理局（本级）"');
    });

    test('reads text saved as GB18030 by Chinese Windows', async () => {
        const gbk = new Uint8Array(readFileSync(new URL('./fixtures/small-form-gb18030.txt', import.meta.url)));
        const { code } = await jixiao('import', write('form.txt', gbk), '-o', path.join(temp.path, 'out.jixiao'));
        expect([code, readFileSync(path.join(temp.path, 'out.jixiao'), 'utf8').includes('部门名称 "测试局"')]).toEqual([0, true]);
    });

    test('does not overwrite an existing file without --overwrite', async () => {
        const output = write('seed.jixiao', '// mine\n');
        const { code, stderr } = await jixiao('import', write('futian.txt', seedFormText), '-o', output);
        expect([code, stderr, readFileSync(output, 'utf8')]).toEqual([
            1, `jixiao: “${output}”已存在，未导入（它可能是您编辑过的申报表；确要替换它，请加 --overwrite；或用 -o 指定另一个文件）\n`, '// mine\n'
        ]);
    });

    test('overwrites an existing file with --overwrite', async () => {
        const output = write('seed.jixiao', '// mine\n');
        const { code } = await jixiao('import', write('futian.txt', seedFormText), '-o', output, '--overwrite');
        expect([code, readFileSync(output, 'utf8').startsWith('// 由 futian.txt 导入。')]).toEqual([0, true]);
    });

    test('still accepts --force, the old name of --overwrite', async () => {
        const output = write('seed.jixiao', '// mine\n');
        const { code } = await jixiao('import', write('futian.txt', seedFormText), '-o', output, '--force');
        expect([code, readFileSync(output, 'utf8').startsWith('// 由 futian.txt 导入。')]).toEqual([0, true]);
    });

    test('a missing input is bad usage: exit 2', async () => {
        const { code, stderr } = await jixiao('import', path.join(temp.path, 'none.xlsx'));
        expect([code, stderr]).toEqual([2, `jixiao: 无法读取“${path.join(temp.path, 'none.xlsx')}”：文件或文件夹不存在\n`]);
    });

    test('an output that is not a .jixiao file is bad usage: exit 2', async () => {
        const { code, stderr } = await jixiao('import', write('futian.txt', seedFormText), '-o', path.join(temp.path, 'out.xlsx'));
        expect([code, stderr]).toEqual([2, `jixiao: 输出文件“${path.join(temp.path, 'out.xlsx')}”应以 .jixiao 结尾\n`]);
    });
});

/**
 * What Excel makes of an .xlsx saved with a password: an OLE compound file whose directory names
 * the streams EncryptionInfo and EncryptedPackage (UTF-16LE, 128-byte entries); only the parts a
 * reader looks at are filled in here.
 */
function encryptedWorkbook(): Uint8Array {
    const bytes = new Uint8Array(4096);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((name, index) => {
        bytes.set(new Uint8Array(Buffer.from(name, 'utf16le')), 1024 + 128 * index);
    });
    return bytes;
}

/** Ten files that are not the form, and what each is told. */
const foreignInputs: Array<[string, string, () => Promise<Uint8Array | string>]> = [
    ['an empty file', '文件是空的', async () => ''],
    ['a PNG image renamed .xlsx', '这是一张 PNG 图片，不是申报表（只能导入 .xlsx 工作簿，或从政务系统、Excel 复制出来的表格文本）',
        async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])],
    ['a workbook cut off halfway', '无法打开这个 xlsx 文件：文件已损坏或不完整。请在 Excel 中打开它并另存为 .xlsx 后重试',
        async () => { const bytes = await formToXlsxBuffer(await formOf(seedText)); return bytes.subarray(0, bytes.length / 2); }],
    ['another spreadsheet', '第1行 A列：“姓名”不是申报表的内容；申报表应以标题“部门（单位）整体支出绩效目标申报表”或“部门（单位）名称”一行开始',
        () => workbookBytes({ rows: [['姓名', '部门', '工资'], ['张三', '办公室', 5000]] })],
    ['a Word document', '这是 Word 文档（.docx），不是 xlsx 工作簿；请把申报表复制为文本或另存为 .xlsx 后再导入',
        async () => zipBytes({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })],
    ['a zip of other files', '这是一个 ZIP 压缩包，里面没有 xlsx 工作簿',
        async () => zipBytes({ 'readme.txt': '说明'.repeat(100), 'photo.jpg': 'x'.repeat(200) })],
    ['binary data', '这不是文本文件，也不是 xlsx 工作簿（文件里有二进制数据）',
        async () => new Uint8Array(Array.from({ length: 256 }, (_, index) => (index * 7) % 256))],
    ['a password-protected workbook (Excel encrypts it into an OLE file)', '这是设有打开密码的（加密的）Excel 工作簿，无法读取：请在 Excel 中打开它，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存，然后再导入',
        async () => encryptedWorkbook()],
    ['an old .xls workbook', '这是旧版 Office 文件（.xls 或 .doc），请在 Excel 中另存为 .xlsx 工作簿后再导入',
        async () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])],
    ['a .jixiao document', '第1行第1列：“// 深圳市福田区政务服务和数据管理局（本级）2026年度部…”不是申报表的内容；申报表应以标题“部门（单位）整体支出绩效目标申报表”或“部门（单位）名称”一行开始',
        async () => seedText],
    ['a pasted form cut off before the indicators', '表格末尾：应是年度绩效指标的表头（一级指标 | 二级指标 | 三级指标 | 指标值 | 度量单位 | 指标解释）',
        async () => seedFormText.slice(0, seedFormText.indexOf('\t一级指标'))],
    ['a workbook with an amount of three decimals', '第6行 D列：总额“100.125”有 3 位小数，申报表的金额最多两位小数',
        () => { const rows = formRows({ tasks: [...TASKS.slice(0, 2), ['', '基本支出', '人员经费', '100.125', '100.125', '0', ''], TASKS[3]] }); return workbookBytes({ rows }); }],
    ['text in an encoding that is not Unicode', '文件不是 UTF-8 或 UTF-16 编码的文本，也不是 xlsx 工作簿',
        async () => new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x09, 0x31, 0x32, 0x0a, 0x4e, 0xe4, 0x68, 0x65, 0x0a])]
];

describe.each(foreignInputs)('jixiao import of %s', (_what, message, make) => {
    test('says what did not fit, exits 1 and leaves no file', async () => {
        const input = write('form.xlsx', await make());
        const output = path.join(temp.path, 'form.jixiao');
        const { code, stderr, stdout } = await jixiao('import', input);
        expect([code, stderr, stdout, readdirSync(temp.path)]).toEqual([
            1, `jixiao: 无法导入“${input}”：${message}\n`, '', ['form.xlsx']
        ]);
        expect(existsSync(output)).toBe(false);
    });
});
