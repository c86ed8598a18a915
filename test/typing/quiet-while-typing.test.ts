/**
 * Issue 10, item 5: half-typed states are quiet in the editor (an empty file, a block just opened,
 * the token at the cursor), while save and the CLI show everything. The mechanism is described in
 * packages/language/src/lsp/jixiao-quiet-while-typing.ts.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { diagnose } from '../language/jixiao-test-utils.js';
import { lines } from '../lsp/lsp-test-utils.js';
import { describeDiagnostics, startSession, type LspSession } from './lsp-session.js';

let session: LspSession;
beforeEach(async () => { session = await startSession(); });
afterEach(async () => session.close());

const shown = (diagnostics: Parameters<typeof describeDiagnostics>[1]) => describeDiagnostics(session.text(), diagnostics);

/** Types `text` at `offset` one character at a time, as the editor sends it; the diagnostics after the last. */
async function typeAt(offset: number, text: string) {
    let diagnostics = await session.edit(offset, offset, text[0]);
    for (let i = 1; i < text.length; i++) {
        diagnostics = await session.edit(offset + i, offset + i, text[i]);
    }
    return diagnostics;
}

const header = lines(
    '部门整体支出绩效目标 2026 {',
    '  部门名称 "测试局"',
    '  主管部门 "测试局"',
    '',
    '  年度主要任务 {',
    '  }',
    '}');

describe('an empty file', () => {
    test('shows nothing in the editor, also after typing spaces and saving', async () => {
        expect(await session.open('')).toEqual([]);
        expect(await session.edit(0, 0, '  \n')).toEqual([]);
        expect(await session.save()).toEqual([]);
    });

    test('is one diagnostic that says what to write for the CLI', async () => {
        expect((await diagnose('')).map(d => `${d.code} ${d.message}`)).toEqual([
            'syntax 文件是空的：请以“部门整体支出绩效目标 年度 {”、“项目支出绩效目标 年度 {”或“项目支出绩效自评 年度 {”开始（在编辑器中按补全键可插入整张表的骨架）'
        ]);
    });
});

describe('a block just opened', () => {
    test('任务 "x" {} says nothing about its missing amounts until the cursor moves on, or on save', async () => {
        await session.open(header);
        const inTasks = session.text().indexOf('  }');
        await typeAt(inTasks, '    任务 "x" ');
        // The editor closes the brace, and Enter puts it on its own line.
        const brace = session.text().indexOf('"x" ') + 4;
        await session.edit(brace, brace, '{}');
        expect(shown(await session.edit(brace + 1, brace + 1, '\n      \n    '))).toEqual([]);
        const name = session.text().indexOf('测试局') + 3;
        expect(shown(await session.edit(name, name, '甲')).filter(d => d.includes('budget'))).toEqual([
            '6:8 budget.amount-missing "x"', '6:8 budget.amount-missing "x"', '6:8 budget.amount-missing "x"'
        ]);
    });

    test('saving shows what was held back', async () => {
        await session.open(header);
        const inTasks = session.text().indexOf('  }');
        expect(await session.edit(inTasks, inTasks, '    任务 "x" {\n    }\n')).toEqual([]);
        expect(shown(await session.save()).map(d => d.split(' ')[1])).toEqual(['structure.category-missing', 'structure.category-missing', 'structure.category-missing', 'budget.amount-missing', 'budget.amount-missing', 'budget.amount-missing']);
    });
});

describe('writing the document top to bottom', () => {
    test('the three 一级 warnings do not sit on line 1 while the sections before 年度绩效指标 are written', async () => {
        expect(await session.open('')).toEqual([]);
        expect(shown(await session.edit(0, 0, header))).toEqual([]);
        const inTasks = session.text().indexOf('  }');
        expect(shown(await typeAt(inTasks, '    任务 "基本支出" {\n      总额 1.00  财政拨款 1.00  其他资金 0.00\n    }\n'))).toEqual([]);
    });

    test('they show once the user edits above what is already written', async () => {
        await session.open(header);
        const name = session.text().indexOf('测试局') + 3;
        expect(shown(await session.edit(name, name, '甲')).map(d => d.split(' ')[1])).toEqual(['structure.category-missing', 'structure.category-missing', 'structure.category-missing']);
    });
});

describe('the token at the cursor', () => {
    test('typing sl for 数量指标 adds nothing while the word is typed', async () => {
        await session.open(header.replace('  年度主要任务 {\n  }\n', '  年度绩效指标 {\n    产出指标 {\n      \n    }\n  }\n'));
        const at = session.text().indexOf('      \n') + 6;
        expect(shown(await typeAt(at, 'sl'))).toEqual([]);
    });

    test('总 on the way to 总额 is quiet; left as it is, it gets its did-you-mean', async () => {
        await session.open(header.replace('  年度主要任务 {\n  }\n', '  年度主要任务 {\n    任务 "x" {\n      主要内容 "y"\n      \n    }\n  }\n'));
        const at = session.text().indexOf('      \n') + 6;
        expect(shown(await typeAt(at, '总'))).toEqual([]);
        const name = session.text().indexOf('测试局') + 3;
        expect(shown(await session.edit(name, name, '甲')).filter(d => d.includes('syntax'))).toEqual(['8:7 syntax 总']);
    });
});

describe('a pause in the typing', () => {
    test('shows what was held back at the cursor: a wrong total typed and left alone gets its error', async () => {
        await session.close();
        session = await startSession(undefined, { typingPauseMs: 50 });
        await session.open(lines(
            '部门整体支出绩效目标 2026 {',
            '  部门名称 "测试局"',
            '  主管部门 "测试局"',
            '  年度主要任务 {',
            '    任务 "x" {',
            '      总额 100.00  财政拨款 100.00  其他资金 0.00',
            '    }',
            '  }',
            '}'));
        const digit = session.text().indexOf('100.00') + 2;
        const typed = await session.edit(digit, digit, '1');
        expect(shown(typed).filter(d => d.includes('budget.task-sum'))).toEqual([]);
        const published = session.published.length;
        await expect.poll(() => session.published.length, { timeout: 10_000 }).toBeGreaterThan(published);
        const afterPause = session.published.at(-1)!.diagnostics;
        expect(shown(afterPause).filter(d => d.includes('budget.task-sum'))).toEqual(['6:10 budget.task-sum 1010.00']);
    });
});

test('a document opened but not edited shows everything (only edits make the server hold back)', async () => {
    expect(shown(await session.open(header)).map(d => d.split(' ')[1])).toEqual(['structure.category-missing', 'structure.category-missing', 'structure.category-missing']);
});
