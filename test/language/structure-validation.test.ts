import { describe, expect, test } from 'vitest';
import { createTestServices, declaration, DEFAULT_INDICATORS, diagnose, diagnoseCode, indicatorsWith, marked } from './jixiao-test-utils.js';

async function reported(text: string, code: string) {
    return (await diagnoseCode(text, code)).map(d => `${d.range} ${d.text} — ${d.message}`);
}

describe('structure.unknown-category', () => {
    test('a misspelled 二级 is an error on its name, with the nearest names', async () => {
        const doc = marked(declaration({ indicators: DEFAULT_INDICATORS.replace('质量指标 {', '»质最指标« {') }));
        const [diagnostic] = await diagnoseCode(doc.text, 'structure.unknown-category');
        expect([diagnostic.range, diagnostic.severity, diagnostic.message, diagnostic.data?.suggestions]).toEqual([
            doc.range, 'error', '“质最指标”不是二级指标，是否为：质量指标？', ['质量指标']
        ]);
    });

    test('a misspelled 一级 is an error', async () => {
        const doc = marked(declaration({ indicators: DEFAULT_INDICATORS.replace('产出指标 {', '»产岀指标« {') }));
        expect(await reported(doc.text, 'structure.unknown-category')).toEqual([`${doc.range} 产岀指标 — “产岀指标”不是一级指标，是否为：产出指标？`]);
    });

    test('the old synonym 环境效益指标 is known', async () => {
        const text = declaration({ indicators: DEFAULT_INDICATORS.replace('生态效益指标 不适用', '环境效益指标 不适用') });
        expect(await diagnose(text)).toEqual([]);
    });

    test('is silent on the catalogue names', async () => {
        expect(await diagnoseCode(declaration(), 'structure.unknown-category')).toEqual([]);
    });
});

describe('structure.misplaced-category', () => {
    test('a 二级 under the wrong 一级 is an error naming where it belongs', async () => {
        const text = declaration({ indicators: DEFAULT_INDICATORS.replace('      经济效益指标 不适用\n', '').replace('      时效指标 {', '      经济效益指标 不适用\n      时效指标 {') });
        const [diagnostic] = await diagnoseCode(text, 'structure.misplaced-category');
        expect([diagnostic.text, diagnostic.message, diagnostic.data?.expectedParent]).toEqual([
            '经济效益指标', '二级指标“经济效益指标”属于“效益指标”，不应放在“产出指标”下', '效益指标'
        ]);
    });

    test('a 二级 at the top level is an error', async () => {
        const doc = marked(declaration({ indicators: `${DEFAULT_INDICATORS}\n    »数量指标« 不适用` }));
        expect(await reported(doc.text, 'structure.misplaced-category')).toEqual([`${doc.range} 数量指标 — “数量指标”是二级指标，应放在一级指标“产出指标”下`]);
    });

    test('an indicator directly under a 一级 is an error', async () => {
        const doc = marked(declaration({ indicators: DEFAULT_INDICATORS.replace('    产出指标 {\n', '    产出指标 {\n      指标 »"散落的指标"« 1 个 解释 "考察"\n') }));
        expect(await reported(doc.text, 'structure.misplaced-category')).toEqual([`${doc.range} "散落的指标" — 指标“散落的指标”须放在某个二级指标下`]);
    });

    test('is silent when every category is in its place', async () => {
        expect(await diagnoseCode(declaration(), 'structure.misplaced-category')).toEqual([]);
    });
});

describe('structure.category-missing', () => {
    test('a deleted 生态效益指标 line is a warning on its 一级', async () => {
        const doc = marked(declaration({ indicators: DEFAULT_INDICATORS.replace('      生态效益指标 不适用\n', '').replace('效益指标 {', '»效益指标« {') }));
        const [diagnostic] = await diagnoseCode(doc.text, 'structure.category-missing');
        expect([diagnostic.range, diagnostic.text, diagnostic.severity, diagnostic.message, diagnostic.data]).toEqual([
            doc.range, '效益指标', 'warning', '缺少二级指标“生态效益指标”（属于“效益指标”）：请填写指标或标为不适用',
            { code: 'structure.category-missing', category: '生态效益指标', parent: '效益指标' }
        ]);
    });

    test('a missing 一级 is a warning on 年度绩效指标', async () => {
        const doc = marked(declaration({ indicators: DEFAULT_INDICATORS.split('    满意度指标 {')[0] }).replace('年度绩效指标 {', '»年度绩效指标« {'));
        expect(await reported(doc.text, 'structure.category-missing')).toEqual([`${doc.range} 年度绩效指标 — 缺少一级指标“满意度指标”：请填写指标或标为不适用`]);
    });

    test('其他满意度指标 is optional', async () => {
        expect(await diagnoseCode(declaration(), 'structure.category-missing')).toEqual([]);
    });

    test('the 2021 profile asks for 成本指标 at the first level', async () => {
        const text = declaration({ header: '  部门名称 "测试局"\n  主管部门 "测试局"\n  指标体系 2021' });
        expect((await diagnoseCode(text, 'structure.category-missing')).map(d => d.message)).toEqual(['缺少一级指标“成本指标”：请填写指标或标为不适用']);
    });

    test('is silent when every category is filled or 不适用', async () => {
        expect(await diagnoseCode(declaration(), 'structure.category-missing')).toEqual([]);
    });
});

describe('structure.category-empty', () => {
    test('a 二级 with no indicators and not 不适用 is a warning', async () => {
        const doc = marked(declaration({ indicators: DEFAULT_INDICATORS.replace('经济效益指标 不适用', '»经济效益指标« { }') }));
        expect(await reported(doc.text, 'structure.category-empty')).toEqual([`${doc.range} 经济效益指标 — “经济效益指标”下没有任何指标：请填写指标或标为不适用`]);
    });

    test('is silent on 不适用 and filled categories', async () => {
        expect(await diagnoseCode(declaration(), 'structure.category-empty')).toEqual([]);
    });
});

describe('structure.category-duplicate', () => {
    test('the same 二级 twice is an error: one of them would be lost on the form', async () => {
        const doc = marked(declaration({ indicators: DEFAULT_INDICATORS.replace('      经济效益指标 不适用\n', '      »经济效益指标« 不适用\n      »经济效益指标« 不适用\n') }));
        expect(await reported(doc.text, 'structure.category-duplicate'))
            .toEqual([`${doc.ranges[1]} 经济效益指标 — “经济效益指标”重复：第 ${doc.lines[0]} 行已有该指标类别，请合并`]);
    });

    test('is silent without repetitions', async () => {
        expect(await diagnoseCode(declaration(), 'structure.category-duplicate')).toEqual([]);
    });
});

describe('structure.header-missing', () => {
    test('a declaration without 主管部门 is an error on its first keyword', async () => {
        const doc = marked(declaration({ header: '  部门名称 "测试局"' }).replace('部门整体支出绩效目标', '»部门整体支出绩效目标«'));
        expect(await reported(doc.text, 'structure.header-missing')).toEqual([`${doc.range} 部门整体支出绩效目标 — 申报表缺少主管部门`]);
    });

    test('a missing year and name are reported each', async () => {
        const text = declaration({ header: '  主管部门 "测试局"' }).replace('部门整体支出绩效目标 2026 {', '部门整体支出绩效目标 {');
        expect((await diagnoseCode(text, 'structure.header-missing')).map(d => d.message)).toEqual(['申报表缺少部门名称', '申报表缺少年度']);
    });

    test('in English, the field named plainly', async () => {
        const text = declaration({ header: '  部门名称 "测试局"' });
        const [diagnostic] = await diagnoseCode(text, 'structure.header-missing', createTestServices({ locale: 'en' }));
        expect(diagnostic.message).toBe('The declaration has no supervising department (主管部门)');
    });

    test('is silent with name, 主管部门 and year', async () => {
        expect(await diagnoseCode(declaration(), 'structure.header-missing')).toEqual([]);
    });
});

describe('structure.header-duplicate and structure.header-invalid', () => {
    test('a repeated 部门名称 is an error on the repetition: the parser would keep only the last', async () => {
        const doc = marked(declaration({ header: '  部门名称 "甲局"\n  »部门名称« "乙局"\n  主管部门 "测试局"' }));
        expect(await reported(doc.text, 'structure.header-duplicate')).toEqual([`${doc.range} 部门名称 — 部门名称重复填写：只保留一个`]);
    });

    test('an amount unit other than 元 or 万元 and an unknown profile are errors', async () => {
        const doc = marked(declaration({ header: '  部门名称 "测试局"\n  主管部门 "测试局"\n  金额单位 »千元«\n  指标体系 »2030«' }));
        expect(await reported(doc.text, 'structure.header-invalid')).toEqual([
            `${doc.ranges[0]} 千元 — 金额单位“千元”无效：只能是 元 或 万元`,
            `${doc.ranges[1]} 2030 — 指标体系“2030”未定义：可用 classic、2021`
        ]);
    });

    test('a year that is not four digits is an error', async () => {
        const doc = marked(declaration().replace('部门整体支出绩效目标 2026 {', '部门整体支出绩效目标 »26« {'));
        expect(await reported(doc.text, 'structure.header-invalid')).toEqual([`${doc.range} 26 — 年度“26”不是有效的四位年份`]);
    });

    test('are silent on a well-formed header', async () => {
        const text = declaration({ header: '  部门名称 "测试局"\n  主管部门 "测试局"\n  金额单位 万元\n  指标体系 classic' });
        expect(await diagnoseCode(text, 'structure.header-duplicate')).toEqual([]);
        expect(await diagnoseCode(text, 'structure.header-invalid')).toEqual([]);
    });
});

describe('the indicator tree', () => {
    test('an indicator tree with only the default categories is clean', async () => {
        expect(await diagnose(declaration({ indicators: indicatorsWith({}) }))).toEqual([]);
    });
});
