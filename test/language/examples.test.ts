import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES } from 'jixiao-language';
import { diagnose } from './jixiao-test-utils.js';

const examples = new URL('../../examples/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, examples), 'utf8');

describe('examples/faults.jixiao', () => {
    // Syntax errors would hide the rest; internal errors are bugs; a text too long for a cell
    // takes a line of 32,768 characters (test/language/limits-validation.test.ts shows it).
    const notShown = ['syntax', 'internal', 'structure.text-too-long'];

    test('shows every diagnostic code exactly once (but syntax, internal and structure.text-too-long)', async () => {
        const codes = (await diagnose(read('faults.jixiao'))).map(d => d.code).sort();
        expect(codes).toEqual(ALL_ISSUE_CODES.filter(code => !notShown.includes(code)).slice().sort());
    });

    test('suggests the measure word of what is counted: 设备 in 台', async () => {
        const unitMissing = (await diagnose(read('faults.jixiao'))).find(d => d.code === 'indicator.unit-missing');
        expect(unitMissing?.message).toBe('指标“配套设备数量”的指标值缺少度量单位（建议：台）');
    });
});

describe('every other example', () => {
    const others = readdirSync(examples).filter(name => name.endsWith('.jixiao') && name !== 'faults.jixiao');

    test.each(others)('%s has no errors', async name => {
        expect((await diagnose(read(name))).filter(d => d.severity === 'error')).toEqual([]);
    });
});
