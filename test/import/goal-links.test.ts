/**
 * 对应 links proposed on import: an indicator measures the goal whose text names its subject
 * (a phrase no other goal has) or promises its figure.
 */
import { describe, expect, test } from 'vitest';
import { proposeGoalLinks } from 'jixiao-language/domain';

const goals = [
    '2026年度将出具4份政务服务季度运维报告，确保专区功能正常运转。',
    '2026年将通过投入2010套通信服务及配套PDA设备，网格信息服务工作完成及时率达95%。',
    '2026年度将出具4份党政机关新媒体技术监测季度报告，问题整改率为100%。'
];

describe('proposeGoalLinks', () => {
    test('links an indicator to the goal that alone contains a phrase of its name', () => {
        expect(proposeGoalLinks(goals, [{ name: '网格信息服务工作完成及时率', number: '95', unit: '%' }])).toEqual([[1]]);
    });

    test('a phrase in several goals links to none of them', () => {
        expect(proposeGoalLinks(goals, [{ name: '2026年度将出具的报告' }])).toEqual([[]]);
    });

    test('links an indicator whose figure a goal promises, in a counting unit', () => {
        expect(proposeGoalLinks(goals, [{ name: '设备数量', number: '2010', unit: '套' }])).toEqual([[1]]);
    });

    test('a figure in several goals decides nothing alone; the shared phrase decides', () => {
        expect(proposeGoalLinks(goals, [{ name: '政务服务季度运维报告份数', number: '4', unit: '份' }])).toEqual([[0]]);
    });

    test('a percentage does not link: it is in every goal', () => {
        expect(proposeGoalLinks(goals, [{ name: '整改完成', number: '100', unit: '%' }])).toEqual([[]]);
    });

    test('two separate phrases outweigh one longer phrase of another goal', () => {
        const texts = ['投入通信服务及配套PDA设备，验收合格率100%。', '规划编制验收合格率为100%。'];
        expect(proposeGoalLinks(texts, [{ name: '通信服务配套投入PDA设备验收合格率' }])).toEqual([[0]]);
    });

    test('links to every goal that scores best', () => {
        const texts = ['开展安全检查培训。', '完成安全培训。'];
        expect(proposeGoalLinks(texts, [{ name: '安全检查与安全培训' }])).toEqual([[0, 1]]);
    });

    test('a name sharing fewer than four characters with any goal links nowhere', () => {
        expect(proposeGoalLinks(goals, [{ name: '群众满意度', number: '90', unit: '%' }])).toEqual([[]]);
    });
});
