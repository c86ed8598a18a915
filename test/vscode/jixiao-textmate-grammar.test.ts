/**
 * The extension's TextMate grammar colours what an analyst reads: the CJK keywords of
 * grammar/jixiao.langium (which langium's generated grammar cannot), the catalogue's categories,
 * strings, numbers, comparators, units, deadlines and comments — and nothing inside a longer word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PROFILES } from 'jixiao-language/domain';
import { scopeOf, tokenize } from './textmate-test-utils.js';

const langium = readFileSync(new URL('../../grammar/jixiao.langium', import.meta.url), 'utf8');
const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');

/** Every quoted keyword of the Langium grammar made of CJK characters. */
const cjkKeywords = [...new Set([...langium.matchAll(/'([\u4e00-\u9fff]+)'/g)].map(match => match[1]))];

describe('keywords', () => {
    test('the Langium grammar has the keywords the form uses', () => {
        expect(cjkKeywords).toEqual(expect.arrayContaining(['部门整体支出绩效目标', '年度主要任务', '任务', '总额', '指标', '对应', '解释', '不适用']));
    });

    test.each(cjkKeywords)('%s is coloured as a keyword, label or constant', async keyword => {
        const scope = await scopeOf(`  ${keyword} `, keyword);
        expect(scope).toMatch(/^(keyword\.control\.section|storage\.type|variable\.other\.property|constant\.language)\./);
    });

    test('section, element and field keywords get different colours', async () => {
        expect(await scopeOf('年度绩效指标 {', '年度绩效指标')).toBe('keyword.control.section.jixiao');
        expect(await scopeOf('任务 "基本支出" {', '任务')).toBe('storage.type.jixiao');
        expect(await scopeOf('主要内容 "主要用于人员"', '主要内容')).toBe('variable.other.property.jixiao');
    });

    test('a keyword inside a longer word is not coloured as a keyword', async () => {
        expect(await scopeOf('产出指标 {', '产出指标')).toBe('entity.name.type.category.first-level.jixiao');
        expect(await scopeOf('目标 任务管理 "……"', '任务管理')).toBe('entity.name.function.goal.jixiao');
        expect(await scopeOf('对应 目标甲', '目标甲')).toBe('variable.other.goal.jixiao');
        const tokens = await tokenize('部门名称甲 总额乙');
        expect(tokens.map(token => token.text)).not.toContain('部门名称');
        expect(tokens.map(token => token.text)).not.toContain('总额');
    });
});

describe('categories', () => {
    const names = new Set<string>();
    for (const profile of Object.values(PROFILES)) {
        profile.firstLevels.forEach(first => {
            names.add(first.name);
            first.children.forEach(child => names.add(child.name));
        });
        Object.keys(profile.synonyms).forEach(synonym => names.add(synonym));
    }

    test.each([...names])('%s from the catalogue is coloured as a category', async name => {
        expect(await scopeOf(`    ${name} {`, name)).toMatch(/^entity\.name\.type\.category\./);
    });

    test('a misspelt category stays plain, a hint before its diagnostic arrives', async () => {
        expect(await scopeOf('    质最指标 {', '质最指标')).toBeUndefined();
    });
});

describe('values', () => {
    const indicator = '指标 "使用通信服务配套PDA设备采集人口数" ≥190 万人 对应 网格信息、十五五规划 解释 "考察人口数。"';

    test('an indicator line: name, comparator, number, unit, goal references, explanation', async () => {
        const tokens = (await tokenize(indicator)).map(token => [token.text, token.scopes.at(-1)]);
        expect(tokens).toEqual(expect.arrayContaining([
            ['指标', 'storage.type.jixiao'],
            ['使用通信服务配套PDA设备采集人口数', 'string.quoted.double.jixiao'],
            ['≥', 'keyword.operator.comparison.jixiao'],
            ['190', 'constant.numeric.jixiao'],
            ['万人', 'keyword.other.unit.jixiao'],
            ['对应', 'variable.other.property.jixiao'],
            ['网格信息', 'variable.other.goal.jixiao'],
            ['、', 'punctuation.separator.jixiao'],
            ['十五五规划', 'variable.other.goal.jixiao'],
            ['解释', 'variable.other.property.jixiao']
        ]));
    });

    test('amounts are numbers and the next label is not mistaken for a unit', async () => {
        const line = '总额 11,782,800.00  财政拨款 11782800.00  其他资金 0.00';
        expect(await scopeOf(line, '11,782,800.00')).toBe('constant.numeric.jixiao');
        expect(await scopeOf(line, '财政拨款')).toBe('variable.other.property.jixiao');
        expect(await scopeOf(line, '其他资金')).toBe('variable.other.property.jixiao');
    });

    test('percent, ASCII and full-width comparators', async () => {
        expect(await scopeOf('指标 "满意度" >=95 %', '>=')).toBe('keyword.operator.comparison.jixiao');
        expect(await scopeOf('指标 "满意度" >=95 %', '%')).toBe('keyword.other.unit.jixiao');
        expect(await scopeOf('指标 "满意度" ＞95 ％', '＞')).toBe('keyword.operator.comparison.jixiao');
    });

    test.each(['2026年6月前', '2026年12月31日前', '2026年底前'])('the deadline %s is one token', async deadline => {
        expect(await scopeOf(`指标 "按时印发" ${deadline} 解释 "……"`, deadline)).toBe('constant.numeric.deadline.jixiao');
    });

    test('grades and 不适用 are constants; a grade\'s % is a unit', async () => {
        expect(await scopeOf('指标 "能力提升" 显著 %', '显著')).toBe('constant.language.grade.jixiao');
        expect(await scopeOf('指标 "能力提升" 显著 %', '%')).toBe('keyword.other.unit.jixiao');
        expect(await scopeOf('经济效益指标 不适用', '不适用')).toBe('constant.language.not-applicable.jixiao');
    });

    test('度量单位 colours the unit after it', async () => {
        expect(await scopeOf('指标 "整改率" 100 % 度量单位 个', '个')).toBe('keyword.other.unit.jixiao');
    });

    test('金额单位 takes 元 or 万元', async () => {
        expect(await scopeOf('金额单位 万元', '万元')).toBe('keyword.other.unit.jixiao');
    });
});

describe('strings and comments', () => {
    test('keywords and numbers inside a string stay string', async () => {
        const tokens = await tokenize('主要内容 "任务总额 2010 套，≥90%"');
        const inside = tokens.filter(token => token.scopes.includes('string.quoted.double.jixiao'));
        expect(inside.map(token => token.text).join('')).toBe('"任务总额 2010 套，≥90%"');
        expect(inside.every(token => token.scopes.at(-1)!.startsWith('string.') || token.scopes.at(-1)!.startsWith('punctuation.definition.string'))).toBe(true);
    });

    test('an unterminated string ends with its line', async () => {
        expect(await scopeOf('主要内容 "没有结束\n总额 1.00', '总额')).toBe('variable.other.property.jixiao');
    });

    test('line and block comments', async () => {
        const tokens = await tokenize('// 任务 总额\n/* 指标\n   解释 */ 任务');
        expect(tokens.filter(token => token.line === 1).every(token => token.scopes[0] === 'comment.line.double-slash.jixiao')).toBe(true);
        expect(tokens.find(token => token.line === 2 && token.text.includes('指标'))?.scopes[0]).toBe('comment.block.jixiao');
        expect(tokens.filter(token => token.line === 3).at(-1)).toMatchObject({ text: '任务', scopes: ['storage.type.jixiao'] });
    });
});

describe('the seed declaration', () => {
    test('every keyword outside strings and comments is coloured', async () => {
        const plain = (await tokenize(seed)).filter(token => token.scopes.length === 0 && token.text.trim() !== '');
        expect(plain.map(token => `${token.line}: ${token.text}`)).toEqual([]);
    });
});
