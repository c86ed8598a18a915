/**
 * Editor features on a project declaration and across a department's workspace: completion of the
 * header, of 项目属性 and of 所属任务 (the department's tasks), the skeleton of a new project, quick
 * fixes for project.* and workspace.* diagnostics and for the funds, the outline, formatting.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TextDocument, type LangiumDocument } from 'langium';
import type { CodeAction, DocumentSymbol } from 'vscode-languageserver';
import type { JixiaoServices } from 'jixiao-language';
import { completionLabels, createTestServices, fixesFor, format, parseDocument, withCursor } from './lsp-test-utils.js';
import { department, project, PROJECT_HEADER, projectOf } from '../language/project-test-utils.js';
import { openWorkspace, type WorkspaceFile } from '../language/workspace-test-utils.js';

const services = createTestServices();
const TASKS = [{ name: '信息化服务类项目（非运维服务部分）', total: '1000.00' }, { name: '信息化运维项目', total: '300.00' }];
const dept: WorkspaceFile = { name: '部门.jixiao', text: department(TASKS) };

/** Opens the files with the marked one (`<|>` for the cursor) last, in services of their own. */
async function openWith(files: WorkspaceFile[], marked: string): Promise<{ services: JixiaoServices; document: LangiumDocument; position: { line: number; character: number } }> {
    const { text, offset } = withCursor(marked);
    const opened = await openWorkspace([...files, { name: '项目.jixiao', text }]);
    const document = opened.documents[opened.documents.length - 1];
    return { services: opened.services, document, position: document.textDocument.positionAt(offset) };
}

async function completionInWorkspace(files: WorkspaceFile[], marked: string): Promise<string[]> {
    const { services: own, document, position } = await openWith(files, marked);
    const list = await own.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return (list?.items ?? []).map(item => item.label);
}

async function fixesInWorkspace(files: WorkspaceFile[], text: string, code: string): Promise<Array<{ title: string; result: string }>> {
    const { services: own, document } = await openWith(files, text + '<|>');
    const diagnostics = (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === code);
    const actions = await own.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostics[0].range, context: { diagnostics }
    }) as CodeAction[];
    return actions.map(action => ({ title: action.title, result: TextDocument.applyEdits(document.textDocument, action.edit?.changes?.[document.uri.toString()] ?? []) }));
}

describe('completion in a project', () => {
    test('the header fields not yet written, after those written', async () => {
        const labels = await completionLabels(services, '项目支出绩效目标 2026 {\n  项目名称 "甲"\n  <|>\n}');
        expect(labels).toEqual(expect.arrayContaining(['主管部门', '实施单位', '项目属性', '项目期', '所属任务', '项目资金', '年度绩效目标', '年度绩效指标']));
        expect(labels).not.toContain('项目名称');
        expect(labels).not.toContain('部门名称');
    });

    test('项目属性: 新增项目 and 延续项目', async () => {
        expect(await completionLabels(services, '项目支出绩效目标 2026 {\n  项目属性 <|>\n}')).toEqual(['新增项目', '延续项目']);
    });

    test('所属任务: the tasks of the project\'s department, quoted', async () => {
        const marked = project({ extra: '  所属任务 <|>' });
        expect(await completionInWorkspace([dept, { name: '另一部门.jixiao', text: department([{ name: '别的任务', total: '1.00' }], { name: '另一局' }) }], marked))
            .toEqual(['信息化服务类项目（非运维服务部分）', '信息化运维项目']);
    });

    test('所属任务 without a department of its own: the tasks of every department in the workspace', async () => {
        const marked = project({ header: PROJECT_HEADER.replace('"测试局"', '"未知局"'), extra: '  所属任务 <|>' });
        expect(await completionInWorkspace([dept], marked)).toEqual(['信息化服务类项目（非运维服务部分）', '信息化运维项目']);
    });

    test('an empty file offers the skeleton of a new project, which checks without errors once filled in', async () => {
        const { document, position } = await openWith([], '<|>');
        const own = (await openWith([], '<|>')).services;
        const list = await own.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
        const skeleton = list?.items.find(item => item.label === '项目支出绩效目标申报表');
        expect(skeleton?.insertTextFormat).toBe(2);
        // Tab stops replaced by their defaults, as the editor shows them before the analyst types.
        const filled = (skeleton!.insertText as string)
            .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1')
            .replace(/\$\{\d+:((?:[^{}]|\$\d+)*)\}/g, '$1')
            .replace(/\$\{\d+:((?:[^{}]|\$\d+)*)\}/g, '$1')
            .replace(/\$(\d+)/g, (_, n) => (n === '3' ? '主管部门' : n === '8' ? '0.00' : n === '10' ? '目标一' : n === '0' ? '' : '指标名称'));
        const opened = await openWorkspace([{ name: '新项目.jixiao', text: filled }]);
        expect((opened.documents[0].diagnostics ?? []).filter(d => d.severity === 1).map(d => d.message)).toEqual([]);
    });
});

describe('quick fixes', () => {
    test('project.attribute-invalid: the attribute it most likely meant', async () => {
        const text = project({ header: PROJECT_HEADER.replace('项目属性 新增项目', '项目属性 延续') });
        const fixes = await fixesFor(createTestServices(), text, 'project.attribute-invalid');
        expect(fixes.map(fix => `${fix.title} ${fix.preferred}`)).toEqual(['将项目属性改为“延续项目” true']);
        expect(fixes[0].result).toBe(project({ header: PROJECT_HEADER.replace('项目属性 新增项目', '项目属性 延续项目') }));
    });

    test('workspace.task-unknown: the task it most likely meant, quoted', async () => {
        const fixes = await fixesInWorkspace([dept], projectOf('信息化运维', '100.00'), 'workspace.task-unknown');
        expect(fixes.map(fix => fix.title)).toEqual(['将所属任务改为“信息化运维项目”']);
        expect(fixes[0].result).toBe(projectOf('信息化运维项目', '100.00'));
    });

    test('workspace.year-mismatch: the department\'s year', async () => {
        const lastYear = { name: '部门.jixiao', text: department(TASKS, { year: '2025' }) };
        const fixes = await fixesInWorkspace([lastYear], project(), 'workspace.year-mismatch');
        expect(fixes.map(fix => fix.title)).toEqual(['将年度改为 2025']);
        expect(fixes[0].result.split('\n')[0]).toBe('项目支出绩效目标 2025 {');
    });

    test('budget.task-sum on the funds: set 年度资金总额 to the sum, or 其他资金 to the rest', async () => {
        const text = project({ funds: '年度资金总额 150.00  财政拨款 100.00  其他资金 0.00' });
        const fixes = await fixesFor(createTestServices(), text, 'budget.task-sum');
        expect(fixes.map(fix => fix.title)).toEqual(['将年度资金总额改为 100.00', '将其他资金改为 50.00']);
        expect(fixes[1].result).toBe(project({ funds: '年度资金总额 150.00  财政拨款 100.00  其他资金 50.00' }));
    });

    test('budget.amount-missing on the funds: the missing column, computed from the others', async () => {
        const text = project({ funds: '年度资金总额 150.00  财政拨款 100.00' });
        const fixes = await fixesFor(createTestServices(), text, 'budget.amount-missing');
        expect(fixes.map(fix => fix.title)).toEqual(['填写其他资金 50.00']);
        expect(fixes[0].result).toBe(project({ funds: '年度资金总额 150.00  财政拨款 100.00  其他资金 50.00' }));
    });
});

describe('hover and highlighting in a project', () => {
    test('hover on 所属任务: the department\'s task, its 主要内容 and what its projects ask for', async () => {
        const { services: own, document, position } = await openWith([dept, { name: '其他.jixiao', text: projectOf('信息化运维项目', '120.00', '其他项目') }],
            projectOf('信息化运维项目', '100.00').replace('所属任务 "信息', '所属任务 "<|>信息'));
        const hover = await own.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
        expect((hover?.contents as { value: string }).value.split('\n\n')).toEqual([
            '**所属任务“信息化运维项目”**（测试局（本级））',
            '主要用于信息化运维项目。',
            '任务总额 300.00 元',
            '**项目**（2 个，年度资金总额合计 220.00 元）：\n- 其他项目：120.00\n- 项目100.00：100.00',
            '尚有 80.00 元没有项目申报表'
        ]);
    });

    test('the header\'s keywords, strings, 项目属性 and the funds are highlighted', async () => {
        const small = '项目支出绩效目标 2026 { 项目名称 "甲" 项目属性 新增项目 所属任务 "乙" 项目资金 { 年度资金总额 1.00 财政拨款 1.00 其他资金 0.00 } 年度绩效目标 { 目标 服务 "x" } }';
        const document = await parseDocument(small, services);
        const provider = services.lsp.SemanticTokenProvider!;
        const { data } = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const { tokenTypes } = provider.semanticTokensOptions.legend;
        const decoded: string[] = [];
        let character = 0;
        for (let i = 0; i < data.length; i += 5) {
            character += data[i + 1];
            decoded.push(`${small.slice(character, character + data[i + 2])}:${tokenTypes[data[i + 3]]}`);
        }
        expect(decoded).toEqual([
            '项目支出绩效目标:keyword', '2026:number', '项目名称:keyword', '"甲":string', '项目属性:keyword', '新增项目:enumMember', '所属任务:keyword', '"乙":string',
            '项目资金:keyword', '年度资金总额:keyword', '1.00:number', '财政拨款:keyword', '1.00:number', '其他资金:keyword', '0.00:number',
            '年度绩效目标:keyword', '目标:keyword', '服务:variable', '"x":string'
        ]);
    });
});

describe('outline and formatting of a project', () => {
    test('the outline: the project, its funds, goals and indicators', async () => {
        const { services: own, document } = await openWith([], project() + '<|>');
        const symbols = await own.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } }) as DocumentSymbol[];
        expect(symbols.map(symbol => `${symbol.name} (${symbol.detail})`)).toEqual(['项目支出绩效目标 2026 (服务项目)']);
        expect(symbols[0].children!.map(symbol => `${symbol.name}${symbol.detail ? ` (${symbol.detail})` : ''}`)).toEqual([
            '项目资金 (100.00)', '年度绩效目标', '年度绩效指标'
        ]);
    });

    test('a squashed project formats back to the canonical layout of the examples', async () => {
        const canonical = readFileSync('examples/futian-2026/zhengwu-xinxihua-guanli-yunying.jixiao', 'utf8');
        const squashed = canonical.replace(/\n +/g, '\n').replace(/ {2}/g, ' ').replace(/\n\n/g, '\n');
        expect(await format(services, squashed)).toBe(canonical);
    });
});
