/**
 * Inputs no form can be, refused before they cost memory (DESIGN §10): zip bombs, sheets that ask
 * for millions of cells, pasted text of millions of lines. Each is refused with a Chinese message
 * that says which part and what; the hostile files are made here, in memory, never stored.
 * test/import/bounded-memory.test.ts runs the two worst through the built command line and
 * checks its peak memory.
 */
import { describe, expect, test } from 'vitest';
import { formToXlsxBuffer, importForm } from 'jixiao-form';
import { formOf, seedFormText, seedText } from './import-test-utils.js';
import { partsOf, withSheet, zipArchive, zipBomb } from './hostile-workbooks.js';

const seedWorkbook = async () => formToXlsxBuffer(await formOf(seedText));
const NOT_A_FORM = '不可能是申报表（可能是损坏或特意构造的文件），未导入';

async function refusal(bytes: Uint8Array): Promise<string> {
    const result = await importForm(bytes, 'form.xlsx');
    return result.ok ? 'imported' : result.message;
}

describe('a workbook is measured before it is inflated', () => {
    test('the zip bomb of the issue (8,000 × 1 MiB of spaces after <sheetData>, 8 MB on disk) is refused by its declared size', async () => {
        const bomb = await zipBomb(await seedWorkbook(), 8000);
        expect(bomb.length).toBeLessThan(9_000_000);
        expect(await refusal(bomb)).toBe(`工作簿中的 xl/worksheets/sheet1.xml 解压后有 8,000 MB，超过上限 50 MB，${NOT_A_FORM}`);
    });

    test('a 1.2 MB bomb that inflates to 1.2 GB is refused the same way', async () => {
        expect(await refusal(await zipBomb(await seedWorkbook(), 1200)))
            .toBe(`工作簿中的 xl/worksheets/sheet1.xml 解压后有 1,200 MB，超过上限 50 MB，${NOT_A_FORM}`);
    });

    test('a bomb whose directory lies about its size is stopped after 50 MB of inflating', async () => {
        const seed = await seedWorkbook();
        expect(await refusal(await zipBomb(seed, 8000, { claimedSize: 15_000 })))
            .toBe(`工作簿中的 xl/worksheets/sheet1.xml 解压后超过 50 MB，${NOT_A_FORM}`);
    });

    test('parts that together inflate to more than 100 MB are refused before inflating', async () => {
        const parts = await partsOf(await seedWorkbook());
        const big = Array.from({ length: 3 }, (_, index) => ({ name: `xl/media/image${index + 1}.png`, data: new Uint8Array(8), size: 40 * 1024 * 1024, crc32: 0 }));
        expect(await refusal(zipArchive([...parts, ...big]))).toBe(`工作簿解压后共有 120 MB，超过上限 100 MB，${NOT_A_FORM}`);
    });

    test('an archive of more than 2,000 parts is refused before any is read', async () => {
        const parts = await partsOf(await seedWorkbook());
        const many = Array.from({ length: 2000 }, (_, index) => ({ name: `xl/media/i${index}.png`, data: new Uint8Array(0), size: 0, crc32: 0, stored: true }));
        expect(await refusal(zipArchive([...parts, ...many]))).toBe(`工作簿的压缩包里有 2,011 个文件，申报表不会超过 2,000 个，${NOT_A_FORM}`);
    });

    test('a part that inflates to other than its declared size is a damaged workbook', async () => {
        const parts = await partsOf(await seedWorkbook());
        const lying = parts.map(part => part.name === 'xl/styles.xml' ? { ...part, size: part.size + 1 } : part);
        expect(await refusal(zipArchive(lying))).toBe('无法打开这个 xlsx 文件：文件已损坏或不完整。请在 Excel 中打开它并另存为 .xlsx 后重试');
    });
});

describe('a worksheet is counted before exceljs makes its cells', () => {
    const sheetWith = async (edit: (xml: string) => string) => withSheet(await seedWorkbook(), edit);

    test('more than 20,000 rows', async () => {
        const rows = Array.from({ length: 20_001 }, (_, index) => `<row r="${index + 100}"/>`).join('');
        expect(await refusal(await sheetWith(xml => xml.replace('</sheetData>', `${rows}</sheetData>`))))
            .toBe(`工作表（xl/worksheets/sheet1.xml）超过 20,000 行，${NOT_A_FORM}`);
    });

    test('one merged range over the whole grid (exceljs would make 17 billion cells)', async () => {
        expect(await refusal(await sheetWith(xml => xml.replace('<mergeCell ref="A1:G1"/>', '<mergeCell ref="A1:XFD1048576"/>'))))
            .toBe(`工作簿的单元格（含合并区域）超过 200,000 个（在 xl/worksheets/sheet1.xml 处超出），${NOT_A_FORM}`);
    });

    test('a data validation over three whole columns (exceljs makes an entry per cell)', async () => {
        const validation = '<dataValidations count="1"><dataValidation type="list" sqref="A:C"><formula1>"是,否"</formula1></dataValidation></dataValidations>';
        expect(await refusal(await sheetWith(xml => xml.replace('<pageMargins', `${validation}<pageMargins`))))
            .toBe(`工作簿的数据验证区域超过 1,100,000 个单元格（在 xl/worksheets/sheet1.xml 处超出），${NOT_A_FORM}`);
    });

    test('a column definition a hundred million columns wide', async () => {
        expect(await refusal(await sheetWith(xml => xml.replace(/<col min="7" max="7"/, '<col min="7" max="100000000"'))))
            .toBe(`工作表（xl/worksheets/sheet1.xml）定义了第 100000000 列，超出 Excel 的 16,384 列，${NOT_A_FORM}`);
    });

    test('a cell beyond the last row Excel has', async () => {
        expect(await refusal(await sheetWith(xml => xml.replace('</sheetData>', '<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'))))
            .toBe(`工作表（xl/worksheets/sheet1.xml）有第 2000000 行，超出 Excel 的 1,048,576 行，${NOT_A_FORM}`);
    });

    test('the seed workbook itself passes every measure and imports', async () => {
        expect((await importForm(await seedWorkbook(), 'seed.xlsx')).ok).toBe(true);
    });
});

describe('pasted text larger than a form', () => {
    const encoder = new TextEncoder();

    test('the seed text followed by 25 million lines of tab and line feed (50 MB) is refused by its size', async () => {
        const bytes = new Uint8Array(50_000_000 + seedFormText.length * 3);
        const head = encoder.encode(seedFormText);
        bytes.set(head);
        for (let index = head.length; index + 1 < bytes.length; index += 2) {
            bytes[index] = 0x09;
            bytes[index + 1] = 0x0a;
        }
        const result = await importForm(bytes.subarray(0, head.length + 50_000_000));
        expect(result).toEqual({ ok: false, message: expect.stringMatching(/^文本有 4\d\.\d MB，超过申报表文本的上限 8 MB（申报表复制为文本通常只有几十 KB），未导入$/) });
    });

    test('text under the size limit but of more than 100,000 lines is refused by its lines', async () => {
        const text = seedFormText + '\t\n'.repeat(1_000_000);
        const lines = text.split('\n').length;
        expect(await importForm(encoder.encode(text))).toEqual({
            ok: false, message: `文本有 ${lines.toLocaleString('en-US')} 行，超过申报表文本的上限 100,000 行，未导入`
        });
    });
});
