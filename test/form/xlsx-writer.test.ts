/** The workbook for documents other than the seed: 万元, omitted 金额合计, long and odd texts, broken trees. */
import { mkdtempSync, readdirSync, rmSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FormExportError, MAX_CELL_TEXT, MAX_ROW_HEIGHT, goalsCellText, goalsCellTexts, writeFormWorkbook, formToWorkbook } from 'jixiao-form';
import { declaration } from '../language/jixiao-test-utils.js';
import { exportedSheet, formOf, generatedGoals, rowValues, sheetRows } from './form-test-utils.js';

const twoTasks = [
    '    任务 "基本支出" { 主要内容 "人员经费" 总额 1178.28 财政拨款 1000.00 其他资金 178.28 }',
    '    任务 "项目支出" { 主要内容 "项目经费" 总额 0.72 财政拨款 0.72 其他资金 0 }'
].join('\n');

describe('amounts', () => {
    test('a 万元 document says 预算金额（万元） and keeps its figures in 万元', async () => {
        const sheet = await exportedSheet(await formOf(declaration({
            header: '  部门名称 "测试局"\n  主管部门 "测试局"\n  金额单位 万元',
            tasks: twoTasks + '\n    金额合计 总额 1179.00 财政拨款 1000.72 其他资金 178.28'
        })));
        expect(sheetRows(sheet).slice(3, 8)).toEqual([
            ['年度主要任务', '任务名称', '主要内容', '', '预算金额（万元）', '', ''],
            ['', '', '', '', '总额', '财政拨款', '其他资金'],
            ['', '基本支出', '人员经费', '', 1178.28, 1000, 178.28],
            ['', '项目支出', '项目经费', '', 0.72, 0.72, 0],
            ['', '金额合计：', '', '', 1179, 1000.72, 178.28]
        ]);
    });

    test('without 金额合计 the row is computed from the tasks', async () => {
        const sheet = await exportedSheet(await formOf(declaration({ tasks: twoTasks })));
        expect(rowValues(sheet, 8)).toEqual(['', '金额合计：', '', '', 1179, 1000.72, 178.28]);
        expect(sheet.getCell('E8').numFmt).toBe('#,##0.00');
    });

    test('a 金额合计 that gives only 总额 is completed from the tasks for the other columns', async () => {
        const sheet = await exportedSheet(await formOf(declaration({ tasks: twoTasks + '\n    金额合计 总额 1179.00' })));
        expect(rowValues(sheet, 8)).toEqual(['', '金额合计：', '', '', 1179, 1000.72, 178.28]);
    });

    test('a missing amount is an empty cell, not a zero, and its column total stays empty', async () => {
        const sheet = await exportedSheet(await formOf(declaration({
            tasks: '    任务 "甲" { 主要内容 "内容" 总额 5.00 财政拨款 5.00 }'
        })));
        expect(rowValues(sheet, 6)).toEqual(['', '甲', '内容', '', 5, 5, '']);
        expect(rowValues(sheet, 7)).toEqual(['', '金额合计：', '', '', 5, 5, '']);
    });

    test('amounts up to hundreds of billions keep every fen', async () => {
        const sheet = await exportedSheet(await formOf(declaration({
            tasks: '    任务 "甲" { 主要内容 "内容" 总额 123,456,789,012.34 财政拨款 123456789012.34 其他资金 0.00 }'
        })));
        expect(sheet.getCell('E6').value).toBe(123456789012.34);
    });
});

describe('indicator rows', () => {
    test('a 一级 that does not apply is one row of 不适用; an empty category still shows its name', async () => {
        const sheet = await exportedSheet(await formOf(declaration({
            indicators: [
                '    产出指标 { 数量指标 { } }',
                '    效益指标 不适用',
                '    满意度指标 { }'
            ].join('\n')
        })));
        expect(sheetRows(sheet).slice(8)).toEqual([
            ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标解释'],
            ['', '产出指标', '数量指标', '', '', '', ''],
            ['', '效益指标', '不适用', '不适用', '不适用', '不适用', '不适用'],
            ['', '满意度指标', '', '', '', '', '']
        ]);
        expect(sheet.pageSetup.printTitlesRow).toBe('9:9');
    });

    test('indicators filed directly under a 一级 print with an empty 二级 cell', async () => {
        const sheet = await exportedSheet(await formOf(declaration({
            indicators: '    产出指标 { 指标 "直接" 1 个 解释 "直接" }'
        })));
        expect(rowValues(sheet, 10)).toEqual(['', '产出指标', '', '直接', '1个', '个', '直接']);
    });
});

describe('texts', () => {
    test('goals too tall for one row are one cell merged over rows of at most 409 points', async () => {
        const goal = '通过全年预算执行完成各项任务，'.repeat(60);
        const goals = Array.from({ length: 8 }, (_, index) => `    目标 目标${'甲乙丙丁戊己庚辛'[index]} "${goal}"`).join('\n');
        const sheet = await exportedSheet(await formOf(declaration({ goals })));
        const merge = sheet.model.merges.find(range => range.startsWith('B8:'));
        expect(merge).toMatch(/^B8:G(\d+)$/);
        const lastRow = Number(/G(\d+)$/.exec(merge!)![1]);
        expect(lastRow).toBeGreaterThan(8);
        expect(sheet.model.merges).toContain(`A8:A${lastRow}`);
        for (let row = 8; row <= lastRow; row++) {
            expect(sheet.getRow(row).height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
        }
        expect(String(sheet.getCell('B8').value).split('\n')).toHaveLength(8);
        expect(sheet.getCell(lastRow + 1, 2).value).toBe('一级指标');
    });

    test('goals longer than a cell holds continue in cells below, cut between goals, all under one 年度总体目标 label', async () => {
        const model = await formOf(declaration());
        model.goalIntro = '通过全年预算执行，本部门拟达到的年度总体目标有：';
        model.goals = generatedGoals(320);
        const whole = goalsCellText(model.goalIntro, model.goals);
        expect(whole.length).toBeGreaterThan(70000);
        const sheet = await exportedSheet(model);

        // The label: one merge from row 8 down to the row above the indicator header.
        const labelMerge = sheet.model.merges.find(range => range.startsWith('A8:'));
        expect(labelMerge).toMatch(/^A8:A(\d+)$/);
        const lastRow = Number(/A(\d+)$/.exec(labelMerge!)![1]);
        expect(sheet.getCell('A8').value).toBe('年度总体目标');
        expect(rowValues(sheet, lastRow + 1)).toEqual(['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标解释']);
        expect(sheet.pageSetup.printTitlesRow).toBe(`${lastRow + 1}:${lastRow + 1}`);

        // The text cells: B:G merges that tile rows 8…lastRow in order, one per goalsCellTexts piece.
        const textMerges = sheet.model.merges
            .map(range => /^B(\d+):G(\d+)$/.exec(range))
            .filter((match): match is RegExpExecArray => match !== null && Number(match[1]) >= 8 && Number(match[2]) <= lastRow)
            .map(match => ({ top: Number(match[1]), bottom: Number(match[2]) }))
            .sort((a, b) => a.top - b.top);
        const texts = textMerges.map(({ top }) => String(sheet.getCell(top, 2).value));
        expect(texts).toEqual(goalsCellTexts(model.goalIntro, model.goals));
        expect(texts).toHaveLength(3);
        expect(texts.map(text => text.length <= MAX_CELL_TEXT)).toEqual([true, true, true]);
        expect(texts.join('\n')).toBe(whole);
        // Each cell after the first starts with the goal after the last one of the cell above.
        const goalCounts = texts.map(text => text.split('\n').filter(line => /^\d+、第\d+项：/.test(line)).length);
        expect(goalCounts[0] + goalCounts[1] + goalCounts[2]).toBe(320);
        expect(texts[0].startsWith(`${model.goalIntro}\n1、第1项：`)).toBe(true);
        expect(texts[1].startsWith(`${goalCounts[0] + 1}、第${goalCounts[0] + 1}项：`)).toBe(true);
        expect(texts[2].startsWith(`${goalCounts[0] + goalCounts[1] + 1}、第${goalCounts[0] + goalCounts[1] + 1}项：`)).toBe(true);
        expect(textMerges[0].top).toBe(8);
        expect(textMerges.map(({ top }, index) => index === 0 ? top : top - textMerges[index - 1].bottom)).toEqual([8, 1, 1]);
        expect(textMerges[2].bottom).toBe(lastRow);
        expect(textMerges.every(({ top, bottom }) => bottom > top)).toBe(true);

        // Every row tall enough for its share and no taller than Excel allows.
        for (let row = 8; row <= lastRow; row++) {
            expect(sheet.getRow(row).height).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
        }
    });

    test('invisible control characters, which an .xlsx cannot store, are dropped; tabs and line breaks stay', async () => {
        const model = await formOf(declaration());
        model.tasks[0].content = '人员\u0007经费\t工资\n补助';
        const sheet = await exportedSheet(model);
        expect(sheet.getCell('C6').value).toBe('人员经费\t工资\n补助');
    });

    test('a text longer than an Excel cell holds is refused with the cell named', async () => {
        const model = await formOf(declaration());
        model.tasks[0].content = '经'.repeat(40000);
        expect(() => formToWorkbook(model)).toThrow(FormExportError);
        expect(() => formToWorkbook(model)).toThrow('单元格 C6 的文字有 40000 个字符（“经经经经经经经经经经经经经经经经经经经经…”），超过 Excel 单元格的上限 32767 个字符');
    });

    test('an empty document exports an empty form rather than failing', async () => {
        const sheet = await exportedSheet(await formOf('部门整体支出绩效目标 {\n}\n'));
        expect(sheetRows(sheet)).toEqual([
            ['部门（单位）整体支出绩效目标申报表', '', '', '', '', '', ''],
            ['（年度）', '', '', '', '', '', ''],
            ['部门（单位）名称', '', '', '', '主管部门', '', ''],
            ['年度主要任务', '任务名称', '主要内容', '', '预算金额（元）', '', ''],
            ['', '', '', '', '总额', '财政拨款', '其他资金'],
            ['', '金额合计：', '', '', 0, 0, 0],
            ['年度总体目标', '', '', '', '', '', ''],
            ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标解释']
        ]);
    });
});

describe('writeFormWorkbook', () => {
    let folder: string;
    beforeEach(() => { folder = mkdtempSync(path.join(tmpdir(), 'jixiao-form-')); });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    test('writes a workbook Excel can open, and nothing else in the folder', async () => {
        const out = path.join(folder, 'out.xlsx');
        await writeFormWorkbook(await formOf(declaration()), out);
        expect(readdirSync(folder)).toEqual(['out.xlsx']);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(out);
        expect(workbook.worksheets[0].getCell('C3').value).toBe('测试局');
    });

    test('replaces an existing file', async () => {
        const out = path.join(folder, 'out.xlsx');
        writeFileSync(out, 'old');
        await writeFormWorkbook(await formOf(declaration()), out);
        expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    });

    test('a failed write leaves neither a half file nor its temporary file', async () => {
        const out = path.join(folder, 'taken.xlsx');
        mkdirSync(out);
        await expect(writeFormWorkbook(await formOf(declaration()), out)).rejects.toMatchObject({ code: 'EISDIR' });
        expect(readdirSync(folder)).toEqual(['taken.xlsx']);
        expect(readdirSync(out)).toEqual([]);
    });

    test('a missing folder is reported with its errno code', async () => {
        await expect(writeFormWorkbook(await formOf(declaration()), path.join(folder, 'missing', 'out.xlsx')))
            .rejects.toMatchObject({ code: 'ENOENT' });
        expect(readdirSync(folder)).toEqual([]);
    });
});
