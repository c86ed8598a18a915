/**
 * Fuzzing the language services: every example, mutated from a fixed seed, must go through
 * parsing, validation and every LSP provider without an exception, with every diagnostic and edit
 * inside the document. `npm test` runs a short pass; `npm run fuzz` a long one (see fuzz-budget.ts).
 * A failure names the seed, the example and the mutations, so it can be replayed and made a spec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGET, LONG, SEED, SLOW_MUTANT_SECONDS, TEST_TIMEOUT_MS } from './fuzz-budget.js';
import { createServiceSet, exerciseServices } from './fuzz-language-services.js';
import { deepNesting, hugeNumber, mutate } from './fuzz-mutations.js';
import { seededRandom } from './fuzz-random.js';
import { generateDeclaration } from '../../bench/generate-declaration.mjs';

const examplesFolder = path.resolve(__dirname, '../../examples');
const examples = readdirSync(examplesFolder).filter(name => name.endsWith('.jixiao')).sort()
    .map(name => ({ name, text: readFileSync(path.join(examplesFolder, name), 'utf8') }));

// One service set for the whole run, as in a language server: a broken state must show up too.
const services = createServiceSet();

describe.each(examples)('mutants of examples/$name', ({ name, text }) => {
    test(`${BUDGET.mutantsPerExample} mutants from seed ${SEED}`, async () => {
        const random = seededRandom(SEED + name.length * 7919);
        const failures: string[] = [];
        for (let i = 0; i < BUDGET.mutantsPerExample; i++) {
            const mutant = mutate(text, random, BUDGET.maxNesting, BUDGET.hugeDigits);
            const started = performance.now();
            const problems = await exerciseServices(services, mutant.text, random, BUDGET.positionsPerDocument);
            const seconds = (performance.now() - started) / 1000;
            // A hang shows as a mutant that takes far longer than the rest (the long pass only: no
            // timing in npm test). Mutants are a few kilobytes; the slowest take well under a second.
            if (LONG && seconds > SLOW_MUTANT_SECONDS) {
                problems.push(`took ${seconds.toFixed(1)} s`);
            }
            if (problems.length > 0) {
                failures.push(`mutant ${i} (${mutant.applied.join(', ')}): ${problems.slice(0, 3).join('; ')}`);
            }
            if (LONG && i % 100 === 99) {
                process.stderr.write(`fuzz ${name}: ${i + 1} mutants, ${failures.length} failures\n`);
            }
        }
        expect(failures).toEqual([]);
    }, TEST_TIMEOUT_MS);
});

describe('extreme documents', () => {
    const random = seededRandom(SEED);
    const cases: Array<[string, () => string]> = [
        ['empty', () => ''],
        ['only NUL bytes', () => '\u0000'.repeat(1000)],
        ['lone surrogates', () => '\ud800\udc00\ud800'.repeat(300) + examples[0].text + '\udfff'],
        ['right-to-left marks around every line', () => examples[0].text.replace(/^/gm, '\u202e').replace(/$/gm, '\u202c')],
        ['a number of many digits in every amount', () => examples[0].text.replace(/\d[\d,]*\.\d\d/g, () => hugeNumber(random, BUDGET.hugeDigits))],
        [`${BUDGET.maxNesting} nested categories`, () => `部门整体支出绩效目标 2026 { 年度绩效指标 { ${deepNesting(BUDGET.maxNesting)} } }`],
        ['unclosed braces', () => '部门整体支出绩效目标 2026 ' + '{ 年度绩效指标 '.repeat(5000)],
        ['one very long line', () => examples[0].text.replace(/\n/g, ' ')],
        ['a string of a million characters', () => `部门整体支出绩效目标 2026 { 部门名称 "${'局'.repeat(LONG ? 1_000_000 : 100_000)}" }`],
        ['200 kB of random code units', () => Array.from({ length: 200_000 }, () => String.fromCharCode(random.int(0, 0xffff))).join('')]
    ];
    test.each(cases)('%s', async (_, make) => {
        expect(await exerciseServices(services, make(), random, BUDGET.positionsPerDocument)).toEqual([]);
    }, TEST_TIMEOUT_MS);

    test.runIf(LONG)('a 10 MB declaration opens, validates and answers', async () => {
        const text = generateDeclaration(72_000);
        expect(text.length).toBeGreaterThan(10_000_000);
        expect(await exerciseServices(services, text, random, 2)).toEqual([]);
    }, 600_000);
});
