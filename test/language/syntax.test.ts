import { describe, expect, test } from 'vitest';
import { createTestServices, diagnose, marked } from './jixiao-test-utils.js';

const syntaxErrors = async (text: string, services = createTestServices()) =>
    (await diagnose(text, services)).filter(d => d.code === 'syntax').map(d => `${d.range} ${d.message}`);

describe('syntax errors are in Chinese and say what was expected', () => {
    test('an unquoted name', async () => {
        const doc = marked('部门整体支出绩效目标 2026 {\n  部门名称 »测试局«\n}');
        expect(await syntaxErrors(doc.text)).toEqual([`${doc.range} 此处应为带引号的文字（如 "基本支出"），却是“测试局”`]);
    });

    test('a missing amount', async () => {
        const doc = marked('部门整体支出绩效目标 2026 {\n  年度主要任务 {\n    任务 "甲" { 总额 1  财政拨款 »}«\n  }\n}');
        expect(await syntaxErrors(doc.text)).toEqual([`${doc.range} 此处应为数字，却是“}”`]);
    });

    test('one closing brace too many', async () => {
        const doc = marked('部门整体支出绩效目标 2026 {\n}\n»}«');
        expect(await syntaxErrors(doc.text)).toEqual([`${doc.range} 申报表已在前面结束，多出了“}”：是否多写了一个“}”？`]);
    });

    test('Chinese quotation marks instead of ASCII quotes', async () => {
        const doc = marked('部门整体支出绩效目标 2026 {\n  部门名称 »“«测试局”\n}');
        expect((await syntaxErrors(doc.text))[0]).toBe(`${doc.range} 无法识别的字符““”（名称须用英文双引号括起，且不能跨行）`);
    });

    test('an empty file', async () => {
        const doc = marked('»«');
        expect(await syntaxErrors(doc.text)).toEqual([`${doc.range} 此处应为“部门整体支出绩效目标”、“项目支出绩效目标”、“项目支出绩效自评”，却是文件结尾`]);
    });

    test('control characters are shown by code point', async () => {
        const doc = marked('部门整体支出绩效目标 2026 {»\u0001«}');
        expect((await syntaxErrors(doc.text))[0]).toBe(`${doc.range} 无法识别的字符“U+0001”`);
    });

    test('in English when the locale is English', async () => {
        const doc = marked('部门整体支出绩效目标 2026 {\n}\n»}«');
        expect(await syntaxErrors(doc.text, createTestServices({ locale: 'en' }))).toEqual([`${doc.range} The declaration already ended; unexpected '}' (an extra '}'?)`]);
    });

    test('a half-typed indicator does not break the checks of the rest of the document', async () => {
        const diagnostics = await diagnose('部门整体支出绩效目标 2026 {\n  年度绩效指标 { 产出指标 { 数量指标 { 指标 "甲" ≥ 个 } } }\n}');
        expect(diagnostics.filter(d => d.message.includes('An error occurred'))).toEqual([]);
        expect(diagnostics.map(d => d.code)).toContain('structure.category-missing');
    });

    test('a half-typed quantity that points to a goal does not break the goal checks', async () => {
        const doc = marked('部门整体支出绩效目标 2026 {\n  年度总体目标 { 目标 甲 "完成审核200个。" }\n  年度绩效指标 { 产出指标 { 数量指标 { 指标 "审核数量" ≥ »个« 对应 甲 } } }\n}');
        const diagnostics = await diagnose(doc.text);
        expect(diagnostics.filter(d => d.code === 'internal')).toEqual([]);
        expect(diagnostics.filter(d => d.code === 'syntax').map(d => d.range)).toEqual([doc.range]);
    });
});
