/**
 * Issue 10, item 3: in an empty (or whitespace-only) file the server's completion offers the
 * skeleton of a whole declaration — every section and every category of the profile — to every
 * editor; typing `sbb` replaces the typed word (it used to stay in front of the keyword).
 */
import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { CLASSIC_PROFILE, PROFILE_2021 } from 'jixiao-language/domain';
import { completionAt, createTestServices, withCursor } from '../lsp/lsp-test-utils.js';
import { diagnose } from '../language/jixiao-test-utils.js';
import { departmentSkeleton, DOCUMENT_SKELETONS, snippetAsText } from '../../packages/language/src/lsp/jixiao-skeletons.js';

const services = createTestServices();
const SKELETON = '部门整体支出绩效目标申报表（完整骨架）';
const YEAR = new Date().getFullYear() + 1;

async function skeletonAt(marked: string, settings = services): Promise<CompletionItem | undefined> {
    return (await completionAt(settings, marked)).find(item => item.label === SKELETON);
}

/** The document after accepting the item and leaving every placeholder at its default. */
function accepted(marked: string, item: CompletionItem): string {
    const { text } = withCursor(marked);
    const edit = item.textEdit as TextEdit;
    const document = TextDocument.create('file:///x.jixiao', 'jixiao', 0, text);
    return TextDocument.applyEdits(document, [{ range: edit.range, newText: snippetAsText(edit.newText) }]);
}

describe('in an empty file', () => {
    test.each([['an empty file', '<|>'], ['spaces and blank lines', '  \n\n  <|>'], ['only a comment', '// 新申报表\n<|>']])('%s: the skeleton comes first, as a snippet', async (_, marked) => {
        const items = await completionAt(services, marked);
        expect(items[0].label).toBe(SKELETON);
        expect(items[0].insertTextFormat).toBe(InsertTextFormat.Snippet);
    });

    test('it has the header, the three sections and every 一级 and 二级 of the classic profile', async () => {
        const text = accepted('<|>', (await skeletonAt('<|>'))!);
        for (const word of ['部门名称', '主管部门', '年度主要任务', '年度总体目标', '年度绩效指标', `部门整体支出绩效目标 ${YEAR} {`]) {
            expect(text).toContain(word);
        }
        for (const first of CLASSIC_PROFILE.firstLevels) {
            expect(text).toContain(`    ${first.name} {`);
            first.children.forEach(second => expect(text).toMatch(new RegExp(`\\n      ${second.name} [{不]`)));
        }
    });

    test('accepted as it is, the declaration has no syntax error; what is left to fill is listed as warnings', async () => {
        const diagnostics = await diagnose(accepted('<|>', (await skeletonAt('<|>'))!));
        expect(diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        expect(diagnostics.map(d => `${d.code} ${d.text}`)).toEqual([
            'structure.category-empty 质量指标', 'structure.category-empty 时效指标', 'structure.category-empty 成本指标',
            'structure.category-empty 经济效益指标', 'structure.category-empty 社会效益指标', 'structure.category-empty 生态效益指标',
            'structure.category-empty 可持续影响指标', 'structure.category-empty 服务对象满意度指标'
        ]);
    });

    test('with the 2021 profile chosen in the settings, 成本指标 is a 一级 with its own 二级', async () => {
        const text = accepted('<|>', (await skeletonAt('<|>', createTestServices({ profile: '2021' })))!);
        for (const first of PROFILE_2021.firstLevels) {
            expect(text).toContain(`    ${first.name} {`);
        }
        expect(text).toContain('      经济成本指标 {');
    });

    test('a client without snippet support gets plain text', async () => {
        const item = await skeletonAt('<|>', createTestServices({ snippets: false }));
        expect(item?.insertTextFormat).toBe(InsertTextFormat.PlainText);
        expect((item?.textEdit as { newText: string }).newText).not.toMatch(/\$\d|\$\{/);
    });
});

describe('typed without an input method', () => {
    test.each(['sbb', 'bm', 'shenbao', 'decl'])('%s finds the skeleton and is replaced by it', async (typed) => {
        const item = await skeletonAt(`${typed}<|>`);
        expect(item?.filterText?.startsWith(typed)).toBe(true);
        expect(accepted(`${typed}<|>`, item!)).toMatch(new RegExp(`^部门整体支出绩效目标 ${YEAR} \\{`));
    });

    test('no item is inserted after the typed word any more (the keyword replaces it or is not offered)', async () => {
        for (const item of await completionAt(services, 'sbb<|>')) {
            expect((item.textEdit as TextEdit).range.start.character).toBe(0);
        }
    });
});

test('not offered once the file has content', async () => {
    expect(await skeletonAt('部门整体支出绩效目标 2026 {\n  <|>\n}')).toBeUndefined();
});

test('one skeleton per document kind, so that another kind is one more entry', () => {
    expect(DOCUMENT_SKELETONS.map(skeleton => skeleton.kind)).toEqual(['department', 'project', 'selfeval']);
    expect(departmentSkeleton.aliases).toContain('sbb');
});
