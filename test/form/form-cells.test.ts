/** How the form writes 指标值, 度量单位 and the numbered goals. */
import { describe, expect, test } from 'vitest';
import { goalsCellText, unitCellText, valueCellText, type FormValue } from 'jixiao-form';
import { parseValueText } from 'jixiao-language/domain';

describe('指标值 and 度量单位 cells', () => {
    const cases: Array<[string, FormValue, string | undefined, string, string]> = [
        ['a bounded quantity', { kind: 'quantity', comparator: '≥', number: '190', unit: '万人' }, undefined, '≥190万人', '万人'],
        ['a percentage', { kind: 'quantity', number: '100', unit: '%' }, undefined, '100%', '%'],
        ['a deadline', { kind: 'deadline', text: '2026年6月前' }, undefined, '2026年6月前', '时间'],
        ['a grade with its unit cell', { kind: 'grade', grade: '显著' }, '%', '显著', '%'],
        ['a duration', { kind: 'quantity', number: '1', unit: '年' }, undefined, '1年', '年'],
        ['a zero count', { kind: 'quantity', number: '0', unit: '起' }, undefined, '0起', '起'],
        ['不适用', { kind: 'not-applicable' }, undefined, '不适用', '不适用'],
        ['free text', { kind: 'text', text: '按计划完成' }, undefined, '按计划完成', ''],
        ['a grade without unit cell', { kind: 'grade', grade: '明显' }, undefined, '明显', ''],
        ['a quantity whose unit cell differs', { kind: 'quantity', number: '100', unit: '%' }, '个', '100%', '个'],
        ['a quantity without unit (an error, exported with --force)', { kind: 'quantity', comparator: '≤', number: '5' }, undefined, '≤5', '']
    ];

    test.each(cases)('%s', (_, value, unitCell, valueCell, unitCellExpected) => {
        expect(valueCellText(value)).toBe(valueCell);
        expect(unitCellText({ value, unitCell })).toBe(unitCellExpected);
    });

    test.each(cases.filter(([, value]) => value.kind !== 'text'))('%s: the 指标值 cell reads back as the same value', (_, value) => {
        expect(parseValueText(valueCellText(value))).toEqual(value.kind === 'quantity'
            ? { kind: 'quantity', comparator: value.comparator, number: value.number, unit: value.unit }
            : value);
    });
});

describe('the 年度总体目标 cell', () => {
    test('is the intro line, then the goals numbered 1、 2、 …, one per line', () => {
        expect(goalsCellText('本部门的年度总体目标有：', [{ text: '完成甲。' }, { text: '完成乙。' }]))
            .toBe('本部门的年度总体目标有：\n1、完成甲。\n2、完成乙。');
    });

    test('without an intro starts at 1、', () => {
        expect(goalsCellText(undefined, [{ text: '完成甲。' }])).toBe('1、完成甲。');
    });

    test('without goals is the intro alone, or empty', () => {
        expect(goalsCellText('导语', [])).toBe('导语');
        expect(goalsCellText(undefined, [])).toBe('');
    });
});
