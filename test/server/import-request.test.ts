/**
 * `jixiao/importForm`: the server reads a form for its clients, so that the VS Code extension links
 * neither the workbook reader nor a lexer of its own. The message of a refused file follows the
 * server's locale.
 */
import { readFileSync } from 'node:fs';
import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { createJixiaoServices } from 'jixiao-language';
import { importFormRequest } from 'jixiao-server';

const pasted = readFileSync(new URL('../form/fixtures/futian-zwfw-2026-department.txt', import.meta.url));
const pastedProject = readFileSync(new URL('../import/fixtures/sample-project-form.txt', import.meta.url));
const department = readFileSync(new URL('../../examples/futian-2026/futian-2026-department.jixiao', import.meta.url), 'utf8');
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

    test('a project form gets the 所属任务 its department in the workspace names, marked for review', async () => {
        const Jixiao = services();
        const documents = Jixiao.shared.workspace.LangiumDocuments;
        documents.addDocument(Jixiao.shared.workspace.LangiumDocumentFactory.fromString(department, URI.file('/ws/department.jixiao')));
        const result = await importFormRequest({ content: base64(pastedProject), fileName: 'project.txt' }, Jixiao);
        expect(result.ok && result.text).toContain('  所属任务 "信息化服务类项目（非运维服务部分）"  // 所属任务为自动推断，请核对\n');
    });

    test('without its department in the workspace a project form gets no 所属任务', async () => {
        const result = await importFormRequest({ content: base64(pastedProject), fileName: 'project.txt' }, services());
        expect(result.ok && result.text).not.toContain('所属任务');
    });

    test('a file that is not a form is refused with a message in the server\'s locale', async () => {
        expect(await importFormRequest({ content: base64('') }, services())).toEqual({ ok: false, message: '文件是空的' });
        expect(await importFormRequest({ content: base64('') }, services('en'))).toEqual({ ok: false, message: 'The file is empty' });
    });
});
