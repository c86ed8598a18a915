/**
 * Fuzzing the command line with mutated examples: `check` (text and JSON), `export --force` and
 * `import` (of the exported workbook, of a damaged copy of it, and of the mutant as pasted text).
 * Every run must exit 0 or 1, never print a stack trace or an internal error, and export and import
 * must either write a complete file or none (no partial output, no temporary file left behind).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { jixiao } from '../cli/cli-test-utils.js';
import { BUDGET, SEED, TEST_TIMEOUT_MS } from './fuzz-budget.js';
import { mutate } from './fuzz-mutations.js';
import { seededRandom } from './fuzz-random.js';

const examplesFolder = path.resolve(__dirname, '../../examples');
const examples = readdirSync(examplesFolder).filter(name => name.endsWith('.jixiao')).sort()
    .map(name => readFileSync(path.join(examplesFolder, name), 'utf8'));
const folder = mkdtempSync(path.join(tmpdir(), 'jixiao-fuzz-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `jixiao ARGS` in-process, with stdout and stderr together as a terminal would show them. */
async function run(...args: string[]): Promise<{ code: number; output: string; stdout: string }> {
    const result = await jixiao(...args);
    return { code: result.code, output: result.stdout + result.stderr, stdout: result.stdout };
}

/** What a crash looks like on a terminal: stack frames, an `Error:` prefix, the last-resort message. */
function crashSigns(output: string): string[] {
    const signs: string[] = [];
    if (/^\s+at .+(\(|:\d+:\d+)/m.test(output)) {
        signs.push('stack frame');
    }
    if (/(^|\s)(\w*Error|TypeError|RangeError):/m.test(output)) {
        signs.push('Error: prefix');
    }
    if (output.includes('内部错误') || output.toLowerCase().includes('internal error')) {
        signs.push('internal error');
    }
    return signs;
}

function leftovers(): string[] {
    return readdirSync(folder).filter(name => name.endsWith('.tmp'));
}

const random = seededRandom(SEED + 1);
const mutants = Array.from({ length: BUDGET.cliFiles }, (_, i) => {
    const { text, applied } = mutate(examples[i % examples.length], random, BUDGET.maxNesting, BUDGET.hugeDigits);
    const file = path.join(folder, `mutant-${i}.jixiao`);
    writeFileSync(file, text);
    return { file, applied, index: i };
});

describe('jixiao on mutated files', () => {
    test('check of the whole folder, as text and as JSON', async () => {
        const text = await run('check', folder);
        expect([0, 1]).toContain(text.code);
        expect(crashSigns(text.output)).toEqual([]);
        const json = await run('check', '--format', 'json', folder);
        expect([0, 1]).toContain(json.code);
        expect(() => JSON.parse(json.stdout)).not.toThrow();
    }, TEST_TIMEOUT_MS);

    test.each(mutants)('export, import and a damaged workbook: mutant $index', async ({ file, applied, index }) => {
        const context = `mutant ${index} (${applied.join(', ')})`;
        const workbook = path.join(folder, `mutant-${index}.xlsx`);
        const exported = await run('export', file, '-o', workbook, '--force');
        expect([0, 1], context).toContain(exported.code);
        expect(crashSigns(exported.output), `${context}: ${exported.output.slice(0, 500)}`).toEqual([]);
        expect(existsSync(workbook), context).toBe(exported.code === 0);
        if (exported.code === 0) {
            expect(readFileSync(workbook).subarray(0, 2).toString(), context).toBe('PK');
            const back = path.join(folder, `mutant-${index}-back.jixiao`);
            const imported = await run('import', workbook, '-o', back);
            expect([0, 1], context).toContain(imported.code);
            expect(crashSigns(imported.output), `${context}: ${imported.output.slice(0, 500)}`).toEqual([]);
            expect(existsSync(back), context).toBe(imported.code === 0);

            const bytes = readFileSync(workbook);
            const damaged = path.join(folder, `mutant-${index}-damaged.xlsx`);
            const cut = Buffer.from(bytes.subarray(0, Math.floor(bytes.length * random.next())));
            for (let flips = random.int(0, 20); flips > 0 && cut.length > 0; flips--) {
                cut[random.int(0, cut.length - 1)] = random.int(0, 255);
            }
            writeFileSync(damaged, cut);
            const fromDamaged = path.join(folder, `mutant-${index}-damaged.jixiao`);
            const damagedImport = await run('import', damaged, '-o', fromDamaged);
            expect([0, 1], context).toContain(damagedImport.code);
            expect(crashSigns(damagedImport.output), `${context}: ${damagedImport.output.slice(0, 500)}`).toEqual([]);
            expect(existsSync(fromDamaged), context).toBe(damagedImport.code === 0);
        }
        const asText = path.join(folder, `mutant-${index}-as-text.jixiao`);
        const textImport = await run('import', file, '-o', asText);
        expect([0, 1], context).toContain(textImport.code);
        expect(crashSigns(textImport.output), `${context}: ${textImport.output.slice(0, 500)}`).toEqual([]);
        expect(existsSync(asText), context).toBe(textImport.code === 0);
        expect(leftovers(), context).toEqual([]);
    }, TEST_TIMEOUT_MS);
});
