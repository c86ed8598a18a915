/** Form models cross the language server's JSON wire with their amounts exact. */
import { describe, expect, test } from 'vitest';
import { fromWire, toWire, type FormModel } from 'jixiao-form';

describe('the form model on the wire', () => {
    const model: FormModel = {
        year: '2026', departmentName: '某局', authority: '某局', amountUnit: '元',
        tasks: [{ name: '基本支出', content: '', amounts: { total: 7036874417766401n, fiscal: 0n } }],
        goals: [], categories: []
    };

    test('a bigint becomes a tagged string that JSON carries', () => {
        const wire = JSON.parse(JSON.stringify(toWire(model)));
        expect(wire.tasks[0].amounts).toEqual({ total: { $bigint: '7036874417766401' }, fiscal: { $bigint: '0' } });
    });

    test('decoding gives back the same model, amounts exact beyond 2^53', () => {
        expect(fromWire<FormModel>(JSON.parse(JSON.stringify(toWire(model))))).toEqual(model);
    });

    test('an omitted amount stays omitted', () => {
        const decoded = fromWire<FormModel>(JSON.parse(JSON.stringify(toWire(model))));
        expect('other' in decoded.tasks[0].amounts).toBe(false);
    });
});
