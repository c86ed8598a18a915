/**
 * Issue 10, item 10: no goal warning on a correct form that a careful reviewer would not raise:
 * a year in a goal's text is not a figure; compound measure words (户次, 人次, 台次, 件次, 万人次)
 * stay whole; a goal's figure is compared only with an indicator its clause names, and import
 * proposes 对应 only on such a subject match.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { figuresInText, proposeGoalLinks } from 'jixiao-language/domain';
import { importForm } from 'jixiao-form';
import { createTestServices, declaration, diagnose, indicatorsWith } from '../language/jixiao-test-utils.js';

const services = createTestServices();

/** A declaration with one goal 甲 and the indicator, filed under the category, pointing to it. */
function goalAndIndicator(goal: string, indicator: string, category: '数量指标' | '质量指标' | '时效指标' = '数量指标'): string {
    // The default 数量指标 points to a goal 服务; here it is the indicator or one more pointing to 甲.
    const quantity = category === '数量指标' ? indicator : '指标 "服务人次" 100 人次';
    return declaration({ goals: `    目标 甲 "${goal}"`, indicators: indicatorsWith({ 数量指标: `${quantity} 对应 甲 解释 "考察"`, [category]: `${indicator} 对应 甲 解释 "考察"` }) });
}

const goalWarnings = async (text: string) => (await diagnose(text, services)).filter(d => d.code.startsWith('goal.')).map(d => `${d.code} ${d.message}`);

describe('a year is not a figure', () => {
    test('“2026年度完成……” beside an indicator measured in 年: no 写有“2026年”', async () => {
        expect(figuresInText('2026年度完成平台运维保障，运维时间1年。').map(figure => figure.text)).toEqual(['1年']);
        expect(await goalWarnings(goalAndIndicator('2026年度完成平台运维保障。', '指标 "系统运维时间" 1 年', '时效指标'))).toEqual([]);
    });

    test('a duration still is one: 运维3年 against an indicator of 1 年 is reported', async () => {
        expect(await goalWarnings(goalAndIndicator('完成系统运维保障，运维时间3年。', '指标 "系统运维时间" 1 年', '时效指标'))).toEqual([
            'goal.figure-mismatch 目标“甲”写有“3年”，而对应指标“系统运维时间”为 1 年'
        ]);
    });
});

describe('compound measure words stay whole', () => {
    test.each([['户次', '执法检查6000户次以上'], ['人次', '服务群众5000人次'], ['台次', '检修设备300台次'], ['件次', '办理业务800件次'], ['万人次', '接待访客2万人次']])('%s', async (unit, goal) => {
        const figure = figuresInText(goal)[0];
        expect(figure.unit).toBe(unit);
        const number = figure.value.units.toString();
        expect(await goalWarnings(goalAndIndicator(`${goal}。`, `指标 "${goal.replace(/\d.*/, '')}数" ≥${number} ${unit}`))).toEqual([]);
    });
});

describe('a goal\'s figure is compared only with an indicator its clause names', () => {
    const goal = '2026年度完成医疗设备采购，医疗设备验收合格率100%。';

    test('“医疗设备验收合格率100%” says nothing about a linked 采购预算执行率 ≥95%', async () => {
        expect(await goalWarnings(goalAndIndicator(goal, '指标 "医疗设备采购预算执行率" ≥95 %', '质量指标'))).toEqual([]);
    });

    test('…but contradicts a linked 验收合格率 ≥95%', async () => {
        expect(await goalWarnings(goalAndIndicator(goal, '指标 "医疗设备验收合格率" ≥95 %', '质量指标'))).toEqual([
            'goal.figure-mismatch 目标“甲”写有“100%”，而对应指标“医疗设备验收合格率”为 ≥95 %'
        ]);
    });

    test('import proposes 对应 only where the goal names what the indicator measures', () => {
        expect(proposeGoalLinks([goal], [
            { name: '医疗设备采购预算执行率', number: '95', unit: '%' },
            { name: '医疗设备验收合格率', number: '100', unit: '%' }
        ])).toEqual([[], [0]]);
    });
});

test('the seed\'s pasted form, imported: only the goal warnings a reviewer raises on the seed too', async () => {
    const pasted = readFileSync(new URL('../form/fixtures/futian-zwfw-2026-department.txt', import.meta.url));
    const imported = await importForm(new Uint8Array(pasted), 'futian-zwfw-2026-department.txt');
    expect(imported.ok).toBe(true);
    const text = imported.ok ? imported.text : '';
    expect(await goalWarnings(text)).toEqual([
        // Goal 2 promises 200 reviewed projects, 30 conformity checks and 5 evaluations; no indicator counts them.
        'goal.unsupported 目标“政务信息化”承诺的“200个以上”没有对应的指标计量',
        'goal.unsupported 目标“政务信息化”承诺的“30个以上”没有对应的指标计量',
        'goal.unsupported 目标“政务信息化”承诺的“5个以上”没有对应的指标计量',
        // Goals 7 and 8 promise reports and articles no indicator counts (as in the seed).
        'goal.unsupported 目标“党政机关新媒体”承诺的“4份”没有对应的指标计量',
        'goal.unsupported 目标“AI应用场景”承诺的“不少于6次”没有对应的指标计量',
        'goal.unsupported 目标“AI应用场景”承诺的“不少于4篇”没有对应的指标计量'
    ]);
});
