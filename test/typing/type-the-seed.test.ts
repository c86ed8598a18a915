/**
 * Issue 10, "done when": the seed typed over LSP from an empty file, in the order a person writes
 * it (typist.ts: top to bottom, auto-closed braces and quotes). After each complete line no syntax
 * error remains; while a line is half typed at most one diagnostic more is shown than after the
 * previous complete line; at the end the diagnostics are those of `jixiao check` on the seed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { jixiao } from '../cli/cli-test-utils.js';
import { changedRegionOf } from './typing-test-utils.js';
import { describeDiagnostics, startSession, type LspSession } from './lsp-session.js';
import { typingSteps } from './typist.js';

const SEED_PATH = 'examples/futian-2026-department.jixiao';
const seed = readFileSync(SEED_PATH, 'utf8');

describe('typing the seed from an empty file', () => {
    let session: LspSession;
    const violations: string[] = [];
    let last: Diagnostic[] = [];

    beforeAll(async () => {
        session = await startSession();
        await session.open('');
        let afterLine: Diagnostic[] = [];
        let previous = '';
        for (const step of typingSteps(seed)) {
            const { start, oldEnd, newText } = changedRegionOf(previous, step.text);
            const diagnostics = await session.edit(start, oldEnd, newText);
            previous = step.text;
            const where = `line ${step.line + 1} (${step.kind}): ${JSON.stringify(step.text.split('\n')[step.line])}`;
            if (step.kind === 'line-done') {
                const syntax = diagnostics.filter(d => d.code === 'syntax');
                if (syntax.length > 0) {
                    violations.push(`${where} leaves syntax errors ${JSON.stringify(describeDiagnostics(step.text, syntax))}`);
                }
                afterLine = diagnostics;
            } else if (diagnostics.length > afterLine.length + 1) {
                const added = describeDiagnostics(step.text, diagnostics).filter(d => !describeDiagnostics(previous, afterLine).includes(d));
                violations.push(`${where} shows ${diagnostics.length} diagnostics, ${afterLine.length} after the line before: ${JSON.stringify(added)}`);
            }
            last = diagnostics;
        }
    }, 600_000);

    afterAll(async () => session?.close());

    test('ends with exactly the seed', () => {
        expect(session.text()).toBe(seed);
    });

    test('after each complete line no syntax error, while typing at most one diagnostic more', () => {
        expect(violations).toEqual([]);
    });

    test('at the end, the diagnostics of `jixiao check` on the seed', async () => {
        const check = await jixiao('check', SEED_PATH);
        const fromCheck = check.stdout.trim().split('\n').map(line => line.replace(`${SEED_PATH}:`, ''));
        const severity = ['错误', '错误', '警告', '提示', '提示'];
        const shown = last.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1}: ${severity[d.severity ?? 1]} ${d.message} [${d.code}]`);
        expect(shown.sort()).toEqual(fromCheck.sort());
        expect(await session.save()).toEqual(last);
    });
});
