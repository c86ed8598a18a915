/**
 * Every sum the checker reports equals a BigInt fen sum computed here independently: the
 * budget.task-sum and budget.grand-total messages and quick-fix data, and the 总额 column of
 * `jixiao check`'s summary table. Amounts up to 10^12 元 (10^8 万元), two, one or no decimals, with
 * and without thousands separators.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import { diagnose } from '../language/jixiao-test-utils.js';
import { columnSums, declarationWith, taskCase, writeHundredths, type AmountUnit } from './money-arbitraries.js';

const SEED = 4242;
const unit = fc.constantFrom<AmountUnit>('元', '万元');
const grouped = (hundredths: bigint) => writeHundredths(hundredths, { grouping: true, decimals: 2 });
const plain = (hundredths: bigint) => writeHundredths(hundredths, { grouping: false, decimals: 2 });

describe('budget.task-sum', () => {
    test('is reported exactly when 总额 ≠ 财政拨款 + 其他资金, with the exact sum in message and fix', async () => {
        await fc.assert(fc.asyncProperty(unit.chain(u => fc.tuple(fc.constant(u), fc.array(taskCase(u), { minLength: 1, maxLength: 6 }))),
            async ([amountUnit, tasks]) => {
                const diagnostics = (await diagnose(declarationWith(amountUnit, tasks, undefined))).filter(d => d.code === 'budget.task-sum');
                const expected = tasks.flatMap((task, i) => task.total === task.fiscal + task.other ? [] : [{
                    message: `任务“任务${i + 1}”的总额 ${grouped(task.total)} 不等于财政拨款 ${grouped(task.fiscal)} + 其他资金 ${grouped(task.other)} = ${grouped(task.fiscal + task.other)}`,
                    expectedTotal: plain(task.fiscal + task.other),
                    expectedOther: task.total >= task.fiscal ? plain(task.total - task.fiscal) : undefined
                }]);
                expect(diagnostics.map(d => ({ message: d.message, expectedTotal: d.data?.expectedTotal, expectedOther: d.data?.expectedOther })))
                    .toEqual(expected);
            }), { seed: SEED, numRuns: 60 });
    });
});

describe('budget.grand-total', () => {
    test('each written 金额合计 column is compared with the exact column sum', async () => {
        const grandCase = unit.chain(u => fc.tuple(
            fc.constant(u),
            fc.array(taskCase(u), { minLength: 1, maxLength: 6 }),
            // Per column: write the true sum, or the sum off by one fen, or off by a random amount.
            fc.tuple(fc.constantFrom(0n, 0n, 1n, -1n), fc.constantFrom(0n, 0n, 100n), fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }))
        ));
        await fc.assert(fc.asyncProperty(grandCase, async ([amountUnit, tasks, [dTotal, dFiscal, dOther]]) => {
            const sums = columnSums(tasks);
            const written = { total: sums.total + dTotal, fiscal: sums.fiscal + dFiscal, other: sums.other + dOther };
            fc.pre(written.total >= 0n && written.fiscal >= 0n && written.other >= 0n);
            const diagnostics = (await diagnose(declarationWith(amountUnit, tasks, written))).filter(d => d.code === 'budget.grand-total');
            const names = { total: '总额', fiscal: '财政拨款', other: '其他资金' } as const;
            const expected = (['total', 'fiscal', 'other'] as const).flatMap(column => written[column] === sums[column] ? [] : [{
                message: `金额合计的${names[column]} ${grouped(written[column])} 不等于 ${tasks.length} 项任务之和 ${grouped(sums[column])}`,
                expected: plain(sums[column])
            }]);
            expect(diagnostics.map(d => ({ message: d.message, expected: d.data?.expected }))).toEqual(expected);
        }), { seed: SEED, numRuns: 60 });
    });
});

describe('jixiao check summary 总额', () => {
    test('is the exact sum of the tasks’ 总额, grouped, with the declaration’s unit', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-money-'));
        try {
            const files = fc.array(unit.chain(u => fc.tuple(fc.constant(u), fc.array(taskCase(u), { minLength: 1, maxLength: 5 }))), { minLength: 2, maxLength: 4 });
            await fc.assert(fc.asyncProperty(files, async (declarations) => {
                const runFolder = mkdtempSync(path.join(folder, 'run-'));
                const paths = declarations.map(([amountUnit, tasks], i) => {
                    const file = path.join(runFolder, `d${i}.jixiao`);
                    writeFileSync(file, declarationWith(amountUnit, tasks, undefined));
                    return file;
                });
                const stdout = await checkOutput(paths);
                const totals = declarations.map(([amountUnit, tasks]) => `${grouped(columnSums(tasks).total)} ${amountUnit}`);
                for (const [i, total] of totals.entries()) {
                    const row = stdout.split('\n').find(line => line.includes(`d${i}.jixiao`) && !line.includes(': '));
                    expect(row, stdout).toBeDefined();
                    expect(row!.split(/\s{2,}/)[1]).toBe(total);
                }
            }), { seed: SEED, numRuns: 12 });
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});

async function checkOutput(paths: string[]): Promise<string> {
    let stdout = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => { stdout += String(chunk); return true; });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
        await main(['node', 'jixiao', 'check', ...paths]);
    } finally {
        out.mockRestore();
        err.mockRestore();
    }
    return stdout;
}
