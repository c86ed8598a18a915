/**
 * Import never crashes and never prints a document that does not parse: the pasted 2026 form,
 * mutated at random (rows dropped or repeated, cells swapped, cells replaced by awkward text), is
 * either refused with a message or imported to a document that parses without a syntax error and
 * builds back exactly the model import read. The same for the form as a workbook whose cells are
 * replaced by values of every type a cell holds.
 */
import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { expect, test } from 'vitest';
import { buildForm, importForm } from 'jixiao-form';
import { createJixiaoServices, type Declaration } from 'jixiao-language';
import { seedFormText } from './import-test-utils.js';
import { workbookBytes, type SheetCell } from './workbooks.js';

const parse = parseHelper<Declaration>(createJixiaoServices(EmptyFileSystem).Jixiao);
const rows = seedFormText.split('\n').map(line => line.split('\t'));

/** Texts that have broken printers and readers elsewhere: quotes, escapes, keywords, numbers, units. */
const awkwardCell = fc.oneof(
    fc.constantFrom('', '"', '\\', '""', '"a\tb"', '不适用', '指标', '目标', '产出指标', '数量指标', '效益指标', '显著', '≥', '＞９０％',
        '100', '-5', '1,000.5', '100.123', '2026年6月前', '2026年13月前', '100元/人', '1e21', '0.1', '%', '年度绩效指标', '一级指标',
        '金额合计：', '<p>1、a</p><p>2、b</p>', '\u3000', '// 注释', '/* 注释 */', '}', '{', '\u0000'),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 6 })
);

type Mutation =
    | { kind: 'drop'; row: number }
    | { kind: 'repeat'; row: number }
    | { kind: 'replace'; row: number; column: number; text: string }
    | { kind: 'swap'; row: number; column: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), row: fc.nat(rows.length - 1) }),
    fc.record({ kind: fc.constant('repeat' as const), row: fc.nat(rows.length - 1) }),
    fc.record({ kind: fc.constant('replace' as const), row: fc.nat(rows.length - 1), column: fc.nat(7), text: awkwardCell }),
    fc.record({ kind: fc.constant('swap' as const), row: fc.nat(rows.length - 1), column: fc.nat(6) })
);

function mutate(mutations: readonly Mutation[]): string {
    const copy = rows.map(row => [...row]);
    for (const change of mutations) {
        const row = Math.min(change.row, copy.length - 1);
        if (row < 0) {
            break;
        }
        if (change.kind === 'drop') {
            copy.splice(row, 1);
        } else if (change.kind === 'repeat') {
            copy.splice(row, 0, [...copy[row]]);
        } else if (change.kind === 'replace') {
            copy[row][change.column] = change.text;
        } else {
            const cells = copy[row];
            [cells[change.column], cells[change.column + 1]] = [cells[change.column + 1] ?? '', cells[change.column] ?? ''];
        }
    }
    return copy.map(row => row.join('\t')).join('\n');
}

/** Import either refuses with a message of its own, or prints a document that parses and builds back the model it read. */
async function expectRefusedOrFaithful(result: Awaited<ReturnType<typeof importForm>>): Promise<void> {
    if (!result.ok) {
        expect(result.message).not.toMatch(/内部错误/);
        return;
    }
    const document = await parse(result.text);
    expect([...document.parseResult.lexerErrors, ...document.parseResult.parserErrors].map(error => error.message)).toEqual([]);
    expect(buildForm(document.parseResult.value)).toEqual(result.model);
}

test('a mutated pasted form is refused with a message or imported to a document that builds back to the same model', async () => {
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async mutations => {
        const result = await importForm(new TextEncoder().encode(mutate(mutations)), 'form.txt');
        await expectRefusedOrFaithful(result);
    }), { numRuns: 300, seed: 2026 });
});

/** What a worksheet cell may hold besides text: numbers of any size, dates, booleans, formulas, rich text. */
const awkwardValue: fc.Arbitrary<SheetCell> = fc.oneof(
    awkwardCell,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.constantFrom<SheetCell>(0.1 + 0.2, 1e21, -0, 4911000, 100.005, true, new Date(Date.UTC(2026, 5, 30)),
        { formula: 'SUM(D6:D10)', result: 29141800 }, { richText: [{ text: '数量' }, { text: '指标' }] }, { formula: 'A1', result: '显著' })
);

test('a workbook of the form with cells of any type is refused with a message or imported to a document that parses', async () => {
    await fc.assert(fc.asyncProperty(
        fc.array(fc.record({ row: fc.nat(rows.length - 1), column: fc.nat(6), value: awkwardValue }), { minLength: 1, maxLength: 3 }),
        async changes => {
            const sheetRows: SheetCell[][] = rows.map(row => [...row]);
            for (const { row, column, value } of changes) {
                sheetRows[row][column] = value;
            }
            const result = await importForm(await workbookBytes({ rows: sheetRows }), 'form.xlsx');
            await expectRefusedOrFaithful(result);
        }), { numRuns: 60, seed: 2026 });
});
