/**
 * Checks across files, live over LSP (DESIGN §2.3): the language server started on a folder with a
 * department and its projects, as an editor starts it. Editing a project's 年度资金总额 changes the
 * department file's diagnostics, which is neither opened nor touched; the checks also answer for
 * files that are only on disk. Hover, inlay hints, definition and references across the files.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node.js';
import type { Diagnostic, Hover, InlayHint, Location, LocationLink } from 'vscode-languageserver-protocol';
import { built, diagnosticsWhere, startStdioServer, type StdioServer } from './stdio-server-process.js';

const EXAMPLE = 'examples/futian-2026';

describe.skipIf(!built)('the workspace over LSP', () => {
    let folder: string;
    let server: StdioServer;
    let connection: MessageConnection;
    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).toString();
    const department = 'futian-2026-department.jixiao';
    const project = 'wanqu-shuju-yaosu-yunwei.jixiao';
    const projectText = () => readFileSync(path.join(EXAMPLE, project), 'utf8');
    const departmentText = () => readFileSync(path.join(EXAMPLE, department), 'utf8');
    let version = 1;

    /** The newest diagnostics published for a file after `since` (a count of publications) that satisfy the condition. */
    const publishedFor = (name: string, condition: (diagnostics: Diagnostic[]) => boolean, since = 0) => diagnosticsWhere(server, uriOf(name), condition, since);
    const publications = () => server.published.length;
    const codes = (diagnostics: Diagnostic[]) => diagnostics.map(diagnostic => String(diagnostic.code));
    const overcommitted = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.code === 'workspace.task-overcommitted');

    async function setProjectTotal(amount: string): Promise<number> {
        const since = publications();
        const text = projectText().replace(/年度资金总额 365000\.00 {2}财政拨款 365000\.00/, `年度资金总额 ${amount}  财政拨款 ${amount}`);
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: uriOf(project), version: ++version },
            contentChanges: [{ text }]
        });
        return since;
    }

    beforeAll(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'jixiao-workspace-'));
        for (const name of [department, project, 'ai-gaoxiao-banchengyijianshi.jixiao', 'zhengwu-xinxihua-guanli-yunying.jixiao']) {
            writeFileSync(path.join(folder, name), readFileSync(path.join(EXAMPLE, name)));
        }
        server = startStdioServer();
        connection = server.connection;
        const root = pathToFileURL(folder).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: root,
            workspaceFolders: [{ uri: root, name: 'futian-2026' }],
            locale: 'zh-cn',
            capabilities: { workspace: { configuration: true, workspaceFolders: true } }
        });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uriOf(project), languageId: 'jixiao', version, text: projectText() } });
    });

    afterAll(async () => {
        await server?.stop();
        if (folder) {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    test('a project\'s edit reaches its department\'s diagnostics, the department file not being open', async () => {
        // Within the task (328,000.00): the department has no overcommitted task.
        let since = await setProjectTotal('320000.00');
        let diagnostics = await publishedFor(department, d => overcommitted(d).length === 0 && codes(d).length > 0, since);
        expect(codes(diagnostics)).not.toContain('workspace.task-overcommitted');
        // Over it again: the error is back, on the task's 总额, with the project as related information.
        since = await setProjectTotal('365000.00');
        diagnostics = await publishedFor(department, d => overcommitted(d).length > 0, since);
        const [error] = overcommitted(diagnostics);
        const line = departmentText().split('\n').findIndex(text => text.includes('总额   328000.00'));
        expect(error.range.start.line).toBe(line);
        expect(error.message).toBe('任务“信息化运维项目”的总额 328,000.00 元少于项目“湾区数据要素孪生多维展示和服务空间运维项目”的年度资金总额 365,000.00 元（超出 37,000.00 元）');
        expect(error.relatedInformation?.map(info => info.location.uri)).toEqual([uriOf(project)]);
    });

    test('a 所属任务 typo is workspace.task-unknown on the project, with the task it meant', async () => {
        const since = publications();
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: uriOf(project), version: ++version },
            contentChanges: [{ text: projectText().replace('所属任务 "信息化运维项目"', '所属任务 "信息化运维"') }]
        });
        const diagnostics = await publishedFor(project, d => codes(d).includes('workspace.task-unknown'), since);
        expect(diagnostics.map(d => d.message)).toEqual(['所属任务“信息化运维”不是“深圳市福田区政务服务和数据管理局（本级）”的年度主要任务，是否为：“信息化运维项目”？']);
        // Its department no longer counts it against the task.
        await publishedFor(department, d => overcommitted(d).length === 0 && codes(d).length > 0, since);
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: uriOf(project), version: ++version }, contentChanges: [{ text: projectText() }]
        });
        await publishedFor(department, d => overcommitted(d).length > 0, since);
    });

    test('hover on a task lists its projects and their sum; an inlay hint shows the sum beside its 总额', async () => {
        const lines = departmentText().split('\n');
        const line = lines.findIndex(text => text.includes('任务 "信息化服务类项目（非运维服务部分）"'));
        const hover: Hover = await connection.sendRequest('textDocument/hover', {
            textDocument: { uri: uriOf(department) }, position: { line, character: lines[line].indexOf('信息化') }
        });
        expect((hover.contents as { value: string }).value.split('\n\n').slice(-2)).toEqual([
            '**项目**（2 个，年度资金总额合计 2,918,400.00 元）：\n- AI高效办成一件事智能提升项目：1,668,400.00\n- 福田区政务信息化项目管理运营服务项目：1,250,000.00',
            '尚有 1,992,600.00 元没有项目申报表'
        ]);
        const hints: InlayHint[] = await connection.sendRequest('textDocument/inlayHint', {
            textDocument: { uri: uriOf(department) }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }
        });
        expect(hints.filter(hint => String(hint.label).startsWith('项目')).map(hint => `${hint.position.line - line} ${String(hint.label)}`)).toEqual([
            '2 项目合计 2,918,400.00',
            '14 项目合计 365,000.00（超出 37,000.00）'
        ]);
    });

    test('definition from 所属任务 goes to the task; references from the task find its projects', async () => {
        const lines = projectText().split('\n');
        const line = lines.findIndex(text => text.includes('所属任务'));
        const definition: LocationLink[] = await connection.sendRequest('textDocument/definition', {
            textDocument: { uri: uriOf(project) }, position: { line, character: lines[line].indexOf('信息化') + 1 }
        });
        const departmentLines = departmentText().split('\n');
        const taskLine = departmentLines.findIndex(text => text.includes('任务 "信息化运维项目"'));
        expect(definition.map(link => `${link.targetUri} ${link.targetSelectionRange.start.line}`)).toEqual([`${uriOf(department)} ${taskLine}`]);
        const references: Location[] = await connection.sendRequest('textDocument/references', {
            textDocument: { uri: uriOf(department) }, position: { line: taskLine, character: departmentLines[taskLine].indexOf('信息化') + 1 },
            context: { includeDeclaration: false }
        });
        expect(references.map(location => `${location.uri} ${location.range.start.line}`)).toEqual([`${uriOf(project)} ${line}`]);
    });
});
