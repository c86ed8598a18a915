import { describe, expect, test } from 'vitest';
import { ResponseError, type Location, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'langium';
import { createTestServices, lines, openAt, withCursor } from './lsp-test-utils.js';
import { marked, toLspRange } from '../language/jixiao-test-utils.js';

const services = createTestServices();
const english = createTestServices({ locale: 'en' });

/** Two goals; 网格信息 is named by two indicators. */
const declaration = (cursorIn: { goal?: string; reference?: string } = {}) => lines(
    '部门整体支出绩效目标 2026 {',
    '  年度总体目标 {',
    `    目标 ${cursorIn.goal ?? '网格信息'} "投入设备。"`,
    '    目标 运维保障 "全年运维。"',
    '  }',
    '  年度绩效指标 {',
    '    产出指标 {',
    '      数量指标 {',
    `        指标 "设备数量" 2010 套 对应 ${cursorIn.reference ?? '网格信息'}、运维保障`,
    '        指标 "人口数" 190 万人 对应 网格信息',
    '      }',
    '    }',
    '  }',
    '}');

const range = (location: { range: Location['range'] }) =>
    `${location.range.start.line + 1}:${location.range.start.character + 1}-${location.range.end.line + 1}:${location.range.end.character + 1}`;

describe('go to definition and references', () => {
    test('from 对应 to the goal', async () => {
        const doc = marked(declaration({ goal: '»网格信息«', reference: '网<|>格信息' }));
        const { document, uri, position } = await openAt(services, doc.text);
        const links = await services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri }, position }) ?? [];
        expect(links.map(link => `${range({ range: link.targetSelectionRange })}`)).toEqual([doc.range]);
    });

    test('from the goal to every 对应 that names it, and the goal itself', async () => {
        const doc = marked(declaration({ goal: '»网格<|>信息«', reference: '»网格信息«' }).replace('对应 网格信息\n', '对应 »网格信息«\n'));
        const { document, uri, position } = await openAt(services, doc.text);
        const references = await services.lsp.ReferencesProvider!.findReferences(document, { textDocument: { uri }, position, context: { includeDeclaration: true } });
        expect(references.map(range).sort()).toEqual([...doc.ranges].sort());
        expect(doc.ranges).toHaveLength(3);
    });
});

describe('rename', () => {
    async function rename(marked: string, newName: string, on = services): Promise<string> {
        const { document, uri, position } = await openAt(on, marked);
        const edit = await on.lsp.RenameProvider!.rename(document, { textDocument: { uri }, position, newName }) as WorkspaceEdit;
        return TextDocument.applyEdits(document.textDocument, edit.changes?.[uri] ?? []);
    }

    async function refusal(marked: string, newName: string, on = services): Promise<string> {
        try {
            await rename(marked, newName, on);
        } catch (error) {
            expect(error).toBeInstanceOf(ResponseError);
            return (error as ResponseError<void>).message;
        }
        throw new Error('the rename was not refused');
    }

    test('renaming the goal updates every 对应', async () => {
        expect(await rename(declaration({ goal: '网格<|>信息' }), '网格采集')).toBe(withCursor(declaration({ goal: '网格<|>信息' })).text.replace(/网格信息/g, '网格采集'));
    });

    test('renaming from a 对应 renames the goal too', async () => {
        expect(await rename(declaration({ reference: '网格<|>信息' }), 'PDA设备')).toBe(declaration().replace(/网格信息/g, 'PDA设备'));
    });

    test('a name the language cannot read is refused, in Chinese', async () => {
        expect(await refusal(declaration({ goal: '网格<|>信息' }), '网格 信息')).toBe(
            '“网格 信息”不能作目标名：目标名须以汉字、字母或下划线开头，只含汉字、字母、数字和下划线，且不能是关键字');
    });

    test('a keyword is refused', async () => {
        expect(await refusal(declaration({ goal: '网格<|>信息' }), '指标')).toContain('“指标”不能作目标名');
    });

    test('the name of another goal is refused', async () => {
        expect(await refusal(declaration({ goal: '网格<|>信息' }), '运维保障')).toBe('已有名为“运维保障”的目标');
    });

    test('in English when the locale is English', async () => {
        expect(await refusal(declaration({ goal: '网格<|>信息' }), '运维保障', english)).toBe('A goal named “运维保障” already exists');
    });

    test('only goals can be renamed', async () => {
        const { document, uri, position } = await openAt(services, declaration().replace('"设备数量"', '"设备<|>数量"'));
        expect(() => services.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri }, position })).toThrow('只能重命名目标');
    });

    test('prepareRename gives the goal name’s range', async () => {
        const doc = marked(declaration({ reference: '»网<|>格信息«' }));
        const { document, uri, position } = await openAt(services, doc.text);
        expect(await services.lsp.RenameProvider!.prepareRename(document, { textDocument: { uri }, position })).toEqual(toLspRange(doc.range));
    });
});
