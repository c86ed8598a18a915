/**
 * The extension host's own checker (behind export and the status bar) counts what the language
 * server reports, with the user's settings applied.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DeclarationChecker } from '../../packages/vscode/src/declaration-checker.js';

const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');

describe('DeclarationChecker', () => {
    test('the seed has no errors', async () => {
        const checked = await new DeclarationChecker().check(seed, { validate: true });
        expect(checked.errorCount).toBe(0);
        expect(checked.hasSyntaxErrors).toBe(false);
        expect(checked.declaration.tasks?.tasks).toHaveLength(5);
    });

    test('a wrong total is one error (and the 金额合计 that no longer adds up another)', async () => {
        const broken = seed.replace('总额 11782800.00', '总额 11782801.00');
        const checked = await new DeclarationChecker().check(broken, { validate: true });
        expect(checked.diagnostics.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.code).sort())
            .toEqual(['budget.grand-total', 'budget.task-sum']);
        expect(checked.errorCount).toBe(2);
    });

    test('severity settings change what counts as an error', async () => {
        const checker = new DeclarationChecker();
        checker.updateSettings({ severities: { 'budget.task-sum': 'warning', 'budget.grand-total': 'off' } });
        const broken = seed.replace('总额 11782800.00', '总额 11782801.00');
        expect((await checker.check(broken, { validate: true })).errorCount).toBe(0);
    });

    test('messages follow the locale setting', async () => {
        const checker = new DeclarationChecker();
        const broken = seed.replace('总额 11782800.00', '总额 11782801.00');
        checker.updateSettings({ locale: 'en' });
        const english = await checker.check(broken, { validate: true });
        expect(english.diagnostics.find(diagnostic => diagnostic.code === 'budget.task-sum')?.message).toMatch(/^Task "基本支出": total 11,782,801.00/);
        checker.updateSettings({ locale: 'zh-cn' });
        const chinese = await checker.check(broken, { validate: true });
        expect(chinese.diagnostics.find(diagnostic => diagnostic.code === 'budget.task-sum')?.message).toContain('不等于财政拨款');
    });

    test('checks run one at a time and do not see each other', async () => {
        const checker = new DeclarationChecker();
        const broken = seed.replace('总额 11782800.00', '总额 11782801.00');
        const results = await Promise.all([seed, broken, seed, broken].map(text => checker.check(text, { validate: true })));
        expect(results.map(result => result.errorCount)).toEqual([0, 2, 0, 2]);
    });
});
