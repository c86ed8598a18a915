/**
 * Goal names proposed from goal texts on import: short, deterministic, unique, valid names.
 */
import { describe, expect, test } from 'vitest';
import { proposeGoalName, proposeGoalNames } from 'jixiao-language/domain';

describe('proposeGoalName', () => {
    test('drops the year, the scope and the verbs a goal starts with', () => {
        expect(proposeGoalName('本项目2026年度通过提供硬件设备和软件系统的运维报告。', '目标1')).toBe('硬件设备');
    });

    test('stops at a figure', () => {
        expect(proposeGoalName('2026年度将完成AI福务管家4大应用场景。', '目标1')).toBe('AI福务管家');
    });

    test('takes the subject of a title in 《》, without its quotes', () => {
        expect(proposeGoalName('2026年度将完成1篇《福田区智慧城区建设“十五五”规划》，确保……', '目标1')).toBe('十五五规划');
    });

    test('cuts a long subject after a word that ends a noun', () => {
        expect(proposeGoalName('2026年度通过完成全区政务信息化清单审核、方案审核。', '目标1')).toBe('政务信息化');
    });

    test('falls back when the text offers no name', () => {
        expect(proposeGoalName('2026年度：100%。', '目标3')).toBe('目标3');
    });
});

describe('proposeGoalNames', () => {
    test('makes repeated names unique with a number', () => {
        expect(proposeGoalNames(['提供硬件设备。', '提供硬件设备维护。', '提供硬件设备。'])).toEqual(['硬件设备', '硬件设备维护', '硬件设备2']);
    });

    test('avoids names already taken', () => {
        expect(proposeGoalNames(['提供硬件设备。'], ['硬件设备'])).toEqual(['硬件设备2']);
    });

    test('gives the same names for the same texts', () => {
        const texts = ['出具4份政务服务季度运维报告。', '投入2010套通信服务及配套PDA设备。'];
        expect(proposeGoalNames(texts)).toEqual(proposeGoalNames([...texts]));
    });

    test('never proposes a keyword of the language', () => {
        expect(proposeGoalNames(['完成目标。', '完成指标。'])).toEqual(['目标1', '目标2']);
    });
});
