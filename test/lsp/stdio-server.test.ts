/**
 * The built language server as an editor other than VS Code runs it: `jixiao-language-server --stdio`,
 * spoken to over JSON-RPC. It is built first (tsc -b packages/server); when the build leaves no
 * out/main.js (for example a compile error elsewhere), the suite is skipped and says why.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node.js';
import type { CodeAction, CompletionList, Diagnostic, Hover, InitializeResult, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'langium';
import { fromWire, grandTotalOf, type FormModel } from 'jixiao-form';
import { FORM_MODEL_REQUEST, IMPORT_FORM_REQUEST, type FormModelResult, type ImportFormResult } from 'jixiao-server/protocol';
import { built, diagnosticsWhere as publishedWhere, SERVER_MAIN, startStdioServer, type StdioServer } from './stdio-server-process.js';

const SEED_PATH = 'examples/futian-2026-department.jixiao';
const SEED = readFileSync(SEED_PATH, 'utf8');
const URI = pathToFileURL(SEED_PATH).toString();

if (!built) {
    console.warn(`stdio-server: ${SERVER_MAIN} is missing after \`tsc -b packages/server\`; the stdio specs are skipped`);
}

describe.skipIf(!built)('the language server over stdio', () => {
    let server: StdioServer;
    let connection: MessageConnection;
    let initializeResult: InitializeResult;

    /** The newest diagnostics published for the seed that satisfy the condition. */
    const diagnosticsWhere = (condition?: (diagnostics: Diagnostic[]) => boolean) => publishedWhere(server, URI, condition);

    beforeAll(async () => {
        server = startStdioServer({ satisfactionThreshold: 85 });
        connection = server.connection;
        initializeResult = await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            locale: 'zh-cn',
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }
        });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'jixiao', version: 1, text: SEED } });
    });

    afterAll(async () => {
        await server?.stop();
    });

    const at = (line: number, text: string) => ({ line, character: SEED.split('\n')[line].indexOf(text) });
    const lineOf = (text: string) => SEED.split('\n').findIndex(line => line.includes(text));

    test('announces the features', () => {
        const capabilities = initializeResult.capabilities;
        expect(capabilities.completionProvider).toBeDefined();
        expect(capabilities.hoverProvider).toBe(true);
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.documentFormattingProvider).toBe(true);
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.inlayHintProvider).toBeTruthy();
        expect(capabilities.semanticTokensProvider).toBeTruthy();
    });

    test('the seed has no errors', async () => {
        const diagnostics = await diagnosticsWhere();
        expect(diagnostics.filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('indicator.category-suspicious');
    });

    test('jixiao/formModel answers the form model of the checked text with its counts', async () => {
        const result: FormModelResult = await connection.sendRequest(FORM_MODEL_REQUEST, { uri: URI });
        expect(result).toMatchObject({ uri: URI, version: 1, errors: 0, warnings: 4, hasSyntaxErrors: false });
        const model = fromWire<FormModel>(result.model!);
        expect(model.departmentName).toBe('深圳市福田区政务服务和数据管理局（本级）');
        expect(model.tasks.map(task => task.amounts.total)).toEqual([1178280000n, 491100000n, 317270000n, 894730000n, 32800000n]);
        expect(grandTotalOf(model).total).toBe(2914180000n);
    });

    test('jixiao/importForm reads a pasted form into a document', async () => {
        const content = readFileSync('test/form/fixtures/futian-zwfw-2026-department.txt').toString('base64');
        const result: ImportFormResult = await connection.sendRequest(IMPORT_FORM_REQUEST, { content, fileName: 'futian.txt' });
        expect(result.ok && result.text).toMatch(/^\/\/ 由 futian\.txt 导入。/);
    });

    test('completion after 对应 offers the goals', async () => {
        const line = lineOf('对应 网格信息');
        const list: CompletionList = await connection.sendRequest('textDocument/completion', { textDocument: { uri: URI }, position: at(line, '网格信息') });
        expect(list.items.map(item => item.label)).toEqual(['运维保障', '项目审核', 'AI福务管家', '十五五规划', '政务服务运维', '网格信息', '新媒体监测', 'AI中心运营']);
    });

    test('hover on 金额合计 shows the sums', async () => {
        const hover: Hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: at(lineOf('金额合计'), '金额合计') });
        expect((hover.contents as { value: string }).value).toBe(
            '**金额合计**（5 项任务之和，元）\n\n- 总额：29,141,800.00 ✓\n- 财政拨款：29,141,800.00 ✓\n- 其他资金：0.00 ✓');
    });

    test('a code action moves the 合格率 filed under 数量指标', async () => {
        const diagnostics = await diagnosticsWhere();
        const suspicious = diagnostics.filter(diagnostic => diagnostic.code === 'indicator.category-suspicious');
        const actions: CodeAction[] = await connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri: URI }, range: suspicious[0].range, context: { diagnostics: suspicious.slice(0, 1) }
        });
        expect(actions.map(action => action.title)).toEqual(['将指标移到“质量指标”下']);
    });

    test('the seed is in canonical layout: formatting returns no edit', async () => {
        const edits: TextEdit[] = await connection.sendRequest('textDocument/formatting', {
            textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true }
        });
        expect(edits).toEqual([]);
    });

    test('formatting a squashed copy changes only whitespace and gives back the seed', async () => {
        const squashedUri = URI.replace(/\.jixiao$/, '-squashed.jixiao');
        const squashed = SEED.replace(/\n +/g, '\n').replace(/  /g, ' ');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: squashedUri, languageId: 'jixiao', version: 1, text: squashed } });
        const edits: TextEdit[] = await connection.sendRequest('textDocument/formatting', {
            textDocument: { uri: squashedUri }, options: { tabSize: 2, insertSpaces: true }
        });
        expect(edits.every(edit => edit.newText.trim() === '')).toBe(true);
        expect(TextDocument.applyEdits(TextDocument.create(squashedUri, 'jixiao', 1, squashed), edits)).toBe(SEED);
    });

    test('a one-character edit is answered with diagnostics', async () => {
        const line = lineOf('总额 11782800.00');
        const character = SEED.split('\n')[line].indexOf('11782800.00') + 10;
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: URI, version: 2 },
            contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: '1' }]
        });
        const errors = (diagnostics: Diagnostic[]) => diagnostics.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.code);
        const diagnostics = await diagnosticsWhere(candidate => errors(candidate).length > 0);
        expect(errors(diagnostics)).toEqual(['budget.task-sum', 'budget.grand-total']);
    });
});
