import { describe, expect, test } from 'vitest';
import { createTestServices, declaration, diagnose, diagnoseCode, indicatorsWith, marked } from './jixiao-test-utils.js';

async function reported(text: string, code: string, services = createTestServices()) {
    return (await diagnoseCode(text, code, services)).map(d => `${d.range} ${d.text} — ${d.message}`);
}

const withGoals = (goals: string, quantity: string) => declaration({ goals, indicators: indicatorsWith({ 数量指标: quantity }) });

describe('goal.unsupported', () => {
    test('a goal that no indicator points to is a warning on its name', async () => {
        const doc = marked(withGoals('    目标 服务 "2026年提供服务。"\n    目标 »宣传« "2026年开展宣传。"', '指标 "服务人次" 100 人次 对应 服务 解释 "考察"'));
        expect(await reported(doc.text, 'goal.unsupported')).toEqual([`${doc.range} 宣传 — 目标“宣传”没有任何指标对应：请为它设置指标并写“对应 宣传”`]);
    });

    test('a promised count that no pointing indicator counts is a warning on the figure in the text', async () => {
        const doc = marked(withGoals('    目标 服务 "2026年提供服务100人次，出具»4份«季度报告。"', '指标 "服务人次" 100 人次 对应 服务 解释 "考察"'));
        expect(await reported(doc.text, 'goal.unsupported')).toEqual([`${doc.range} 4份 — 目标“服务”承诺的“4份”没有对应的指标计量`]);
    });

    test('is silent when every goal is pointed to and its counts are counted', async () => {
        const text = withGoals('    目标 服务 "2026年出具4份季度报告，用时1年。"', '指标 "报告份数" 4 份 对应 服务 解释 "考察"');
        expect(await diagnoseCode(text, 'goal.unsupported')).toEqual([]);
    });
});

describe('goal.figure-mismatch', () => {
    test('a count in the goal that the pointing indicator contradicts is a warning on the figure', async () => {
        const doc = marked(withGoals('    目标 审核 "完成信息化项目审核»200个以上«。"', '指标 "审查信息化项目数量" ≥40 个 对应 审核 解释 "考察"'));
        const [diagnostic] = await diagnoseCode(doc.text, 'goal.figure-mismatch');
        expect([diagnostic.range, diagnostic.text, diagnostic.severity, diagnostic.message]).toEqual([
            doc.range, '200个以上', 'warning', '目标“审核”写有“200个以上”，而对应指标“审查信息化项目数量”为 ≥40 个'
        ]);
    });

    test('a goal threshold (≥90%) is kept by a higher target (100 %)', async () => {
        const text = withGoals('    目标 服务 "确保各项指标≥90%。"', '指标 "验收合格率" 100 % 对应 服务 解释 "考察"');
        expect(await diagnoseCode(text, 'goal.figure-mismatch')).toEqual([]);
    });

    test('a lower rate than the goal promises is a warning', async () => {
        const doc = marked(withGoals('    目标 服务 "确保完成及时率»达95%«。"', '指标 "完成及时率" ≥90 % 对应 服务 解释 "考察"'));
        expect(await reported(doc.text, 'goal.figure-mismatch')).toEqual([`${doc.range} 达95% — 目标“服务”写有“达95%”，而对应指标“完成及时率”为 ≥90 %`]);
    });

    test('is silent when the goal states the indicator\'s figure', async () => {
        const text = withGoals('    目标 审核 "完成超40个信息化项目审核。"', '指标 "审查信息化项目数量" ≥40 个 对应 审核 解释 "考察"');
        expect(await diagnoseCode(text, 'goal.figure-mismatch')).toEqual([]);
    });
});

describe('goal.unresolved', () => {
    test('an unknown goal after 对应 is an error with a did-you-mean', async () => {
        const doc = marked(withGoals('    目标 网格信息 "2026年网格信息采集。"', '指标 "服务人次" 100 人次 对应 »网格信« 解释 "考察"'));
        const [diagnostic] = await diagnoseCode(doc.text, 'goal.unresolved');
        expect([diagnostic.range, diagnostic.text, diagnostic.severity, diagnostic.message]).toEqual([
            doc.range, '网格信', 'error', '找不到目标“网格信”，是否为：网格信息？'
        ]);
    });

    test('speaks English when the locale is English', async () => {
        const text = withGoals('    目标 网格信息 "2026年网格信息采集。"', '指标 "服务人次" 100 人次 对应 网格信 解释 "考察"');
        const [diagnostic] = await diagnoseCode(text, 'goal.unresolved', createTestServices({ locale: 'en' }));
        expect(diagnostic.message).toBe('No goal named "网格信"; did you mean 网格信息?');
    });

    test('is silent when every 对应 names a goal, several separated by 、', async () => {
        const text = withGoals('    目标 甲 "提供服务100人次。"\n    目标 乙 "服务100人次。"', '指标 "服务人次" 100 人次 对应 甲、乙 解释 "考察"');
        expect(await diagnose(text)).toEqual([]);
    });
});

describe('goal.duplicate-name', () => {
    test('two goals with one name is an error on the second', async () => {
        const doc = marked(withGoals('    目标 »服务« "提供服务100人次。"\n    目标 »服务« "服务100人次。"', '指标 "服务人次" 100 人次 对应 服务 解释 "考察"'));
        expect(await reported(doc.text, 'goal.duplicate-name')).toEqual([`${doc.ranges[1]} 服务 — 目标名“服务”重复：第 ${doc.lines[0]} 行已使用`]);
    });

    test('is silent on distinct names', async () => {
        expect(await diagnoseCode(declaration(), 'goal.duplicate-name')).toEqual([]);
    });
});
