import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { declaration, diagnose } from './jixiao-test-utils.js';

const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');

describe('the Futian 2026 seed', () => {
    test('has no errors', async () => {
        const diagnostics = await diagnose(seed);
        expect(diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    });

    test('shows its real weaknesses as warnings and information', async () => {
        const diagnostics = await diagnose(seed);
        expect(diagnostics.map(d => `${d.code} ${d.range} ${d.text}`)).toEqual([
            'goal.figure-mismatch 34:47-34:53 200个以上',
            'goal.unsupported 39:24-39:26 4份',
            'goal.unsupported 40:43-40:48 不少于6次',
            'goal.unsupported 40:69-40:74 不少于4篇',
            'indicator.category-suspicious 62:12-62:32 "通信服务配套投入PDA设备验收合格率"'
        ]);
    });
});

describe('the spec scaffold', () => {
    test('a default declaration is clean', async () => {
        expect(await diagnose(declaration())).toEqual([]);
    });
});
