/**
 * `jixiao/importForm`: the server reads a form for its clients, so that the VS Code extension links
 * neither the workbook reader nor a lexer of its own. The message of a refused file follows the
 * server's locale.
 */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createJixiaoServices } from 'jixiao-language';
import { importFormRequest } from 'jixiao-server';

const pasted = readFileSync(new URL('../form/fixtures/futian-zwfw-2026-department.txt', import.meta.url));
const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

function services(locale?: string) {
    const { Jixiao } = createJixiaoServices(EmptyFileSystem);
    if (locale) {
        Jixiao.settings.JixiaoSettings.update({ locale });
    }
    return Jixiao;
}

describe('jixiao/importForm', () => {
    test('the pasted seed form becomes a formatted document that names its source', async () => {
        const result = await importFormRequest({ content: base64(pasted), fileName: 'futian.txt' }, services());
        expect(result.ok && result.source).toBe('text');
        expect(result.ok && result.text.split('\n')[0]).toBe('// 由 futian.txt 导入。目标名称由目标内容生成，可以改名；标有“自动推断”的对应关系请逐条核对。');
        expect(result.ok && result.text).toContain('  部门名称 "深圳市福田区政务服务和数据管理局（本级）"');
    });

    test('a file that is not a form is refused with a message in the server\'s locale', async () => {
        expect(await importFormRequest({ content: base64('') }, services())).toEqual({ ok: false, message: '文件是空的' });
        expect(await importFormRequest({ content: base64('') }, services('en'))).toEqual({ ok: false, message: 'The file is empty' });
    });
});
