/**
 * The form as an .xlsx workbook made by hand in the official layout (our own export is covered by
 * the round trips): unmerged or merged labels, units inside 指标值 or only in 度量单位, 元 or 万元,
 * amounts as numbers or text, blank rows, extra sheets. Rows are those of form-rows.ts: the task
 * row is row 6, the first indicator row is row 10.
 */
import { describe, expect, test } from 'vitest';
import { readFormXlsx } from 'jixiao-form';
import { formModel, formRows, INDICATORS, TASKS, type Rows } from './form-rows.js';
import { workbookBytes, type SheetCell, type SheetSpec } from './workbooks.js';

const read = (...sheets: SheetSpec[]) => workbookBytes(...sheets).then(bytes => readFormXlsx(bytes));
const failure = async (...sheets: SheetSpec[]): Promise<string> => {
    try {
        await read(...sheets);
    } catch (error) {
        return (error as Error).message;
    }
    throw new Error('expected the workbook to be refused');
};

/** The small form with the task row's three amount cells replaced. */
function withAmounts(total: SheetCell, fiscal: SheetCell, other: SheetCell): SheetCell[][] {
    const rows: SheetCell[][] = formRows();
    rows[5] = ['', '基本支出', '人员经费', total, fiscal, other, ''];
    return rows;
}

describe('a workbook made by hand', () => {
    test('without merged cells reads as the form', async () => {
        expect(await read({ rows: formRows() })).toEqual(formModel());
    });

    test('with the labels and categories merged as on the official form reads as the form', async () => {
        const rows = formRows();
        const merges = ['A1:G1', 'A2:G2', 'A3:B3', 'E3:G3', 'A4:A7', 'B4:B5', 'C4:C5', 'D4:G4', 'F5:G5', 'F6:G6', 'B7:C7', 'F7:G7',
            'B8:G8', 'A9:A14', 'B10:B11', 'B12:B13'];
        rows[0] = ['部门（单位）整体支出绩效目标申报表'];
        rows[8][0] = '年度绩效指标';
        rows[9][0] = '';
        expect(await read({ rows, merges })).toEqual(formModel());
    });

    test('reads amounts given as numbers', async () => {
        const model = await read({ rows: withAmounts(4911000, 4911000.5, 0) });
        expect(model.tasks[0].amounts).toEqual({ total: 491100000n, fiscal: 491100050n, other: 0n });
    });

    test('reads amounts given as text with thousands separators', async () => {
        const model = await read({ rows: withAmounts('4,911,000.00', '4,911,000', '0.00') });
        expect(model.tasks[0].amounts).toEqual({ total: 491100000n, fiscal: 491100000n, other: 0n });
    });

    test('reads a binary artefact such as 0.1+0.2 as the two decimals it stands for', async () => {
        const model = await read({ rows: withAmounts(0.1 + 0.2, 0.1 + 0.2, 0) });
        expect(model.tasks[0].amounts).toEqual({ total: 30n, fiscal: 30n, other: 0n });
    });

    test('refuses an amount with more decimals than the form has, naming the cell', async () => {
        expect(await failure({ rows: withAmounts(100.125, 100.125, 0) })).toBe('第6行 D列：总额“100.125”有 3 位小数，申报表的金额最多两位小数');
    });

    test('预算金额（万元） makes the amounts 万元', async () => {
        const rows = formRows();
        rows[3][3] = '预算金额（万元）';
        expect((await read({ rows })).amountUnit).toBe('万元');
    });

    test('a 指标值 without its unit takes the unit of 度量单位', async () => {
        const indicators = structuredClone(INDICATORS);
        indicators[0][4] = '100';
        expect(await read({ rows: formRows({ indicators }) })).toEqual(formModel());
    });

    test('a 度量单位 that differs from the unit in 指标值 is kept beside it', async () => {
        const indicators = structuredClone(INDICATORS);
        indicators[0][5] = '人';
        const indicator = (await read({ rows: formRows({ indicators }) })).categories[0].children[0].indicators[0];
        expect([indicator.value, indicator.unitCell]).toEqual([{ kind: 'quantity', comparator: undefined, number: '100', unit: '人次' }, '人']);
    });

    test('a 度量单位 the language cannot write as a unit joins the value as text', async () => {
        const indicators = structuredClone(INDICATORS);
        indicators[0][4] = '≤300';
        indicators[0][5] = '元/人次';
        const indicator = (await read({ rows: formRows({ indicators }) })).categories[0].children[0].indicators[0];
        expect([indicator.value, indicator.unitCell]).toEqual([{ kind: 'text', text: '≤300元/人次' }, undefined]);
    });

    test('a number formatted as a percentage reads as the percentage it shows', async () => {
        const rows: SheetCell[][] = formRows();
        rows[10][4] = 0.95;
        const indicator = (await read({ rows, formats: { E11: '0%' } })).categories[0].children[1].indicators[0];
        expect(indicator.value).toEqual({ kind: 'quantity', comparator: undefined, number: '95', unit: '%' });
    });

    test('blank rows between the blocks are skipped', async () => {
        const rows = formRows();
        rows.splice(9, 0, [], []);
        rows.splice(3, 0, []);
        expect(await read({ rows })).toEqual(formModel());
    });

    test('the indicator header repeated further down is skipped', async () => {
        const rows = formRows();
        rows.splice(11, 0, ['', '一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标解释']);
        expect(await read({ rows })).toEqual(formModel());
    });

    test('a merged 一级 cell keeps under it a 二级 that the catalogue files elsewhere', async () => {
        const indicators: Rows = [
            ['年度绩效指标', '产出指标', '数量指标', '服务人次', '100人次', '人次', '考察服务人次'],
            ['', '', '社会效益指标', '事故数', '0起', '起', '考察事故']
        ];
        const rows = formRows({ indicators });
        const model = await read({ rows, merges: ['B10:B11'] });
        expect(model.categories.map(first => [first.name, first.children.map(second => second.name)])).toEqual([
            ['产出指标', ['数量指标', '社会效益指标']]
        ]);
    });

    test('goals continued in the cells below, as export writes a text longer than a cell holds, read as one text', async () => {
        const goals: Rows = [
            ['年度总体目标', '本部门目标有：\n1、2026年提供服务100人次。', '', '', '', '', ''],
            ['', '2、完成验收。\n3、完成培训。', '', '', '', '', ''],
            [],
            ['', '4、按时完成。', '', '', '', '', '']
        ];
        // The label over all four rows; the second text cell over two rows, as a tall one is.
        const model = await read({ rows: formRows({ goals }), merges: ['A8:A11', 'B8:G8', 'B9:G10', 'B11:G11'] });
        expect([model.goalIntro, model.goals.map(goal => goal.text)]).toEqual([
            '本部门目标有：', ['2026年提供服务100人次。', '完成验收。', '完成培训。', '按时完成。']
        ]);
        expect(model.categories).toEqual(formModel().categories);
    });

    test('a goal cut over two cells reads as one goal with a line break at the cut', async () => {
        const goals: Rows = [
            ['年度总体目标', '1、2026年提供服务100人次。', '', '', '', '', ''],
            ['', '服务覆盖全区。', '', '', '', '', '']
        ];
        const model = await read({ rows: formRows({ goals }), merges: ['A8:A9', 'B8:G8', 'B9:G9'] });
        expect(model.goals.map(goal => goal.text)).toEqual(['2026年提供服务100人次。\n服务覆盖全区。']);
    });

    test('finds the form on a sheet after other sheets', async () => {
        expect(await read({ name: '说明', rows: [['填表说明'], ['金额以元为单位']] }, { name: '申报表', rows: formRows() })).toEqual(formModel());
    });
});

describe('a workbook that is not the form', () => {
    test('another spreadsheet is refused at its first row', async () => {
        expect(await failure({ rows: [['姓名', '部门', '工资'], ['张三', '办公室', 5000]] })).toBe(
            '第1行 A列：“姓名”不是申报表的内容；申报表应以标题“部门（单位）整体支出绩效目标申报表”或“部门（单位）名称”一行开始');
    });

    test('several sheets without the form are named', async () => {
        expect(await failure({ name: '工资', rows: [['姓名']] }, { name: '考勤', rows: [['日期']] })).toBe(
            '工作簿中没有申报表：工作表 “工资”、“考勤” 里都找不到“部门（单位）名称”和“一级指标”');
    });

    test('two sheets that both hold a form are not guessed between', async () => {
        expect(await failure({ name: '2025', rows: formRows() }, { name: '2026', rows: formRows() })).toBe(
            '工作簿中有 2 个工作表像申报表（“2025”、“2026”），请指定要导入哪一个（--sheet 名称）');
    });

    test('the sheet option chooses between two forms', async () => {
        const bytes = await workbookBytes({ name: '2025', rows: formRows() }, { name: '2026', rows: formRows({ title: [['（2026年度）']] }) });
        expect((await readFormXlsx(bytes, { sheet: '2026' })).year).toBe('2026');
    });

    test('a problem on a sheet of a workbook with several sheets names the sheet', async () => {
        const tasks = structuredClone(TASKS);
        tasks[2][4] = 'abc';
        expect(await failure({ name: '说明', rows: [['填表说明']] }, { name: '申报表', rows: formRows({ tasks }) })).toBe(
            '工作表“申报表”第6行 E列：财政拨款“abc”不是金额（应为数字，如 11782800.00 或 11,782,800.00）');
    });

    test('a cell with an error value is refused, naming the cell', async () => {
        const rows: SheetCell[][] = withAmounts({ error: '#REF!' } as SheetCell, 100, 0);
        expect(await failure({ rows })).toBe('第6行 D列：单元格是错误值 #REF!，请在 Excel 中改正后重试');
    });

    test('bytes that are not a workbook are refused as damaged', async () => {
        const bytes = await workbookBytes({ rows: formRows() });
        await expect(readFormXlsx(bytes.subarray(0, bytes.length / 2))).rejects.toThrow(/^无法打开这个 xlsx 文件：文件已损坏或不完整/);
    });
});
