/** How the form writes 指标值, 度量单位 and the numbered goals. */
import { describe, expect, test } from 'vitest';
import { goalsCellText, goalsCellTexts, MAX_CELL_TEXT, unitCellText, valueCellText, type FormValue } from 'jixiao-form';
import { parseValueText } from 'jixiao-language/domain';
import { generatedGoals } from './form-test-utils.js';

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

describe('the 年度总体目标 cells of a text longer than a cell holds', () => {
    const intro = '本部门目标有：';
    const goals = [{ text: '完成甲项。' }, { text: '完成乙项。' }, { text: '完成丙项。' }];

    test('a text that fits is one cell, exactly goalsCellText, even when empty or exactly at the limit', () => {
        expect(MAX_CELL_TEXT).toBe(32767);
        expect(goalsCellTexts(intro, goals)).toEqual([goalsCellText(intro, goals)]);
        expect(goalsCellTexts(undefined, [])).toEqual(['']);
        expect(goalsCellTexts(undefined, [{ text: '完成甲项。' }], 7)).toEqual(['1、完成甲项。']);
    });

    test('a longer text is cut between goals, as many goals to a cell as fit, the numbering unbroken', () => {
        expect(goalsCellTexts(intro, goals, 16)).toEqual(['本部门目标有：\n1、完成甲项。', '2、完成乙项。\n3、完成丙项。']);
        expect(goalsCellTexts(intro, goals, 14)).toEqual(['本部门目标有：', '1、完成甲项。', '2、完成乙项。', '3、完成丙项。']);
        expect(goalsCellTexts(undefined, goals, 15)).toEqual(['1、完成甲项。\n2、完成乙项。', '3、完成丙项。']);
    });

    test('a goal longer than a cell is cut at its own last line break that fits; the next goal joins its last piece', () => {
        const cells = goalsCellTexts(undefined, [{ text: '第一段。\n第二段。\n第三段。' }, { text: '完成。' }], 12);
        expect(cells).toEqual(['1、第一段。\n第二段。', '第三段。\n2、完成。']);
        expect(cells.join('\n')).toBe('1、第一段。\n第二段。\n第三段。\n2、完成。');
    });

    test('without a line break, after the last sentence end that fits, before a clause end', () => {
        expect(goalsCellTexts(undefined, [{ text: '甲甲甲。乙乙乙，丙丙丙丙丙' }], 12)).toEqual(['1、甲甲甲。', '乙乙乙，丙丙丙丙丙']);
    });

    test('without a sentence end, after the last clause end that fits, never right after the goal\'s number', () => {
        expect(goalsCellTexts(undefined, [{ text: '甲甲甲，乙乙乙乙乙乙乙乙' }], 10)).toEqual(['1、甲甲甲，', '乙乙乙乙乙乙乙乙']);
    });

    test('never where the rest would start with a number and read as the next goal', () => {
        expect(goalsCellTexts(undefined, [{ text: '甲甲，乙乙。2、丙丙' }], 9)).toEqual(['1、甲甲，', '乙乙。2、丙丙']);
    });

    test('a text without any break is cut at the limit, but not inside a surrogate pair', () => {
        expect(goalsCellTexts(undefined, [{ text: '甲'.repeat(10) }], 5)).toEqual(['1、甲甲甲', '甲甲甲甲甲', '甲甲']);
        expect(goalsCellTexts(undefined, [{ text: '𠀀𠀀𠀀' }], 5)).toEqual(['1、𠀀', '𠀀𠀀']);
    });

    test('hundreds of goals: cells of at most 32,767 characters, each starting at a goal, joined they are the text', () => {
        const many = generatedGoals(320);
        const whole = goalsCellText(intro, many);
        expect(whole.length).toBeGreaterThan(70000);
        const cells = goalsCellTexts(intro, many);
        expect(cells).toHaveLength(3);
        expect(cells.map(cell => cell.length <= MAX_CELL_TEXT)).toEqual([true, true, true]);
        expect(cells.join('\n')).toBe(whole);
        expect(cells[0].startsWith(`${intro}\n1、第1项：`)).toBe(true);
        const firstGoals = cells.slice(1).map(cell => Number(/^(\d+)、第\1项：/.exec(cell)?.[1]));
        const goalsInFirst = cells[0].split('\n').length - 1;
        const goalsInSecond = cells[1].split('\n').length;
        expect(firstGoals).toEqual([goalsInFirst + 1, goalsInFirst + goalsInSecond + 1]);
    });
});
