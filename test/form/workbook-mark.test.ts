/**
 * The mark on exported workbooks (workbook-mark.ts): a custom document property with a
 * fingerprint of the other parts, so that export can tell its own unchanged workbook from a user's.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { formToXlsxBuffer, workbookOrigin } from 'jixiao-form';
import { declaration } from '../language/jixiao-test-utils.js';
import { formOf } from './form-test-utils.js';
import { workbookBytes } from '../import/workbooks.js';

const exported = async () => formToXlsxBuffer(await formOf(declaration()));

describe('the export mark', () => {
    test('an exported workbook carries the property JixiaoExport, declared as a custom-properties part', async () => {
        const zip = await JSZip.loadAsync(await exported());
        expect(await zip.file('docProps/custom.xml')!.async('string')).toMatch(
            /<property fmtid="\{D5CDD505-2E9C-101B-9397-08002B2CF9AE\}" pid="2" name="JixiaoExport"><vt:lpwstr>jixiao-export\/1 [0-9a-f]{8}<\/vt:lpwstr><\/property>/);
        expect(await zip.file('[Content_Types].xml')!.async('string')).toContain(
            '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>');
        expect(await zip.file('_rels/.rels')!.async('string')).toContain(
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"');
    });

    test('the parts keep exceljs\'s order, [Content_Types].xml first, and exceljs still reads the workbook', async () => {
        const bytes = await exported();
        expect(Object.keys((await JSZip.loadAsync(bytes)).files)[0]).toBe('[Content_Types].xml');
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
        expect(workbook.worksheets[0].getCell('C3').value).toBe('测试局');
    });

    test('is recognised on a workbook an export wrote', async () => {
        expect(await workbookOrigin(await exported())).toBe('jixiao');
    });

    test('a workbook another program wrote has no mark', async () => {
        expect(await workbookOrigin(await workbookBytes({ rows: [['部门（单位）名称', '', '测试局']] }))).toBe('other');
    });

    test('bytes that are no zip at all have no mark', async () => {
        expect(await workbookOrigin(new TextEncoder().encode('not a workbook'))).toBe('other');
    });

    test('a marked workbook with any part changed afterwards is ours but changed', async () => {
        const zip = await JSZip.loadAsync(await exported());
        zip.file('xl/styles.xml', (await zip.file('xl/styles.xml')!.async('string')).replace('宋体', '黑体'));
        expect(await workbookOrigin(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))).toBe('jixiao-changed');
    });

    test('re-compressing the same parts (as a zip tool may) keeps it ours', async () => {
        const zip = await JSZip.loadAsync(await exported());
        expect(await workbookOrigin(await zip.generateAsync({ type: 'uint8array', compression: 'STORE' }))).toBe('jixiao');
    });
});
