/**
 * The problem matchers the extension contributes read `jixiao check`'s output, in both languages,
 * so that a VS Code task running the check puts its findings in the Problems panel.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatRecord, type DiagnosticRecord } from '../../packages/cli/src/cli-diagnostics.js';

interface Matcher { name: string; severity: string; pattern: { regexp: string; file: number; line: number; column: number; message: number; code: number } }
const manifest = JSON.parse(readFileSync(new URL('../../packages/vscode/package.json', import.meta.url), 'utf8'));
const matchers: Matcher[] = manifest.contributes.problemMatchers;

const record: DiagnosticRecord = {
    file: 'examples/重点 项目:2026.jixiao', line: 34, column: 47, endLine: 34, endColumn: 53, severity: 'warning',
    code: 'goal.figure-mismatch', message: '目标“项目审核”写有“200个以上”，而对应指标“审查信息化项目数量”为 ≥40 个 [注]'
};

function parse(line: string) {
    for (const matcher of matchers) {
        const match = new RegExp(matcher.pattern.regexp).exec(line);
        if (match) {
            const { file, line: l, column, message, code } = matcher.pattern;
            return { matcher: matcher.name, severity: matcher.severity, file: match[file], line: match[l], column: match[column], message: match[message], code: match[code] };
        }
    }
    return undefined;
}

describe('problem matchers for jixiao check', () => {
    test.each(['zh', 'en'] as const)('read a %s line: file, position, message and code', locale => {
        expect(parse(formatRecord(record, locale))).toEqual({
            matcher: 'jixiao-warning', severity: 'warning', file: record.file, line: '34', column: '47', message: record.message, code: 'goal.figure-mismatch'
        });
    });

    test.each([['error', 'jixiao-error'], ['info', 'jixiao-info']] as const)('a %s line goes to %s', (severity, name) => {
        expect(parse(formatRecord({ ...record, severity }))?.matcher).toBe(name);
    });

    test('ignore the summary table', () => {
        expect(parse('examples/futian-2026-department.jixiao  29,141,800.00 元     0     4')).toBeUndefined();
    });
});
