/**
 * The form pasted as text: tab-separated rows with the quirks of the online system's copy. Each
 * spec changes one part of a small form (see form-rows.ts).
 */
import { describe, expect, test } from 'vitest';
import { importForm, readFormText } from 'jixiao-form';
import { formModel, formRows, pastedText, INDICATORS, TASKS, type Rows } from './form-rows.js';

const read = (rows: Rows, lineEnd?: string) => readFormText(pastedText(rows, lineEnd));
const failure = (text: string): string => {
    try {
        readFormText(text);
    } catch (error) {
        return (error as Error).message;
    }
    throw new Error('expected the form to be refused');
};

describe('pasted text', () => {
    test('reads the header, tasks, goals and indicators of a tab-separated form', () => {
        expect(read(formRows())).toEqual(formModel());
    });

    test('takes the year from the line under the `## ` title', () => {
        expect(read(formRows({ title: [['## 部门（单位）整体支出绩效目标申报表'], ['（2027年度）']] })).year).toBe('2027');
    });

    test('a form without a year line has no year', () => {
        expect(read(formRows({ title: [] })).year).toBe('');
    });

    test('reads CRLF line endings as LF', () => {
        expect(read(formRows(), '\r\n')).toEqual(formModel());
    });

    test('recognises labels broken by spaces', () => {
        const rows = formRows();
        rows[3][0] = '年度 主要 任务';
        rows[7][0] = '年度 总体 目标';
        expect(read(rows)).toEqual(formModel());
    });

    test('finds category names shifted by a column, as the seed pastes them', () => {
        const indicators = structuredClone(INDICATORS);
        indicators[2] = ['', '', '效益指标', '社会效益指标', '', '', ''];
        indicators.splice(3, 0, ['', '', '', '服务能力提升', '显著', '%', '“显著”的量化标准为“80%-100%”']);
        indicators[4] = ['', '生态效益指标', '', '不适用', '不适用', '不适用', '不适用'];
        expect(read(formRows({ indicators }))).toEqual(formModel());
    });

    test('reads a 不适用 row whose 二级 name stands in the 三级 column', () => {
        const indicators = structuredClone(INDICATORS);
        indicators[3] = ['', '', '效益指标', '生态效益指标', '不适用', '不适用', '不适用'];
        const model = read(formRows({ indicators }));
        expect(model.categories[1].children[1]).toEqual({ name: '生态效益指标', notApplicable: true, indicators: [] });
    });

    test('files a 二级 whose 一级 appears only on a later row under the 一级 of the catalogue', () => {
        const indicators = structuredClone(INDICATORS);
        indicators[0][1] = '';
        indicators[1][1] = '产出指标';
        expect(read(formRows({ indicators }))).toEqual(formModel());
    });

    test('skips the indicator header repeated after a page break', () => {
        const indicators = structuredClone(INDICATORS);
        indicators.splice(2, 0, [], ['', '一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标解释']);
        expect(read(formRows({ indicators }))).toEqual(formModel());
    });

    test('reads goals pasted as <p> paragraphs: an intro, then 1、2、…', () => {
        const goals = [['年度 总体 目标', '<p>通过全年预算执行，本部门拟达到的年度总体目标有：</p> <p>1、提供服务。</p> <p>2、完成&nbsp;验收。</p>', '', '', '', '', '']];
        const model = read(formRows({ goals }));
        expect([model.goalIntro, model.goals.map(goal => goal.text)]).toEqual([
            '通过全年预算执行，本部门拟达到的年度总体目标有：', ['提供服务。', '完成 验收。']
        ]);
    });

    test('reads goals in consecutive rows under the label, quoted cells with line breaks too, as one text', () => {
        const goals = [
            ['年度总体目标', '"本部门目标有：\n1、提供服务。"', '', '', '', '', ''],
            ['', '"2、完成验收。\n3、完成培训。"', '', '', '', '', ''],
            ['', '4、按时完成。', '', '', '', '', '']
        ];
        const model = read(formRows({ goals }));
        expect([model.goalIntro, model.goals.map(goal => goal.text)]).toEqual([
            '本部门目标有：', ['提供服务。', '完成验收。', '完成培训。', '按时完成。']
        ]);
    });

    test('reads full-width comparators, percent signs and digits in 指标值', () => {
        const indicators = structuredClone(INDICATORS);
        indicators[4][4] = '＞９０％';
        indicators[4][5] = '％';
        expect(read(formRows({ indicators })).categories[2].children[0].indicators[0].value)
            .toEqual({ kind: 'quantity', comparator: '>', number: '90', unit: '%' });
    });

    test('reads amounts with thousands separators, full-width ones too', () => {
        const tasks = [
            ['年度主要任务', '任务名称', '主要内容', '预算金额（元）', '', '', ''],
            ['', '', '', '总额', '财政拨款', '其他资金', ''],
            ['', '基本支出', '人员经费', '11,782,800.00', '11，782，800', '0', '']
        ];
        expect(read(formRows({ tasks })).tasks[0].amounts).toEqual({ total: 1178280000n, fiscal: 1178280000n, other: 0n });
    });

    test('a form without 金额合计 has no grand total', () => {
        expect(read(formRows({ tasks: TASKS_WITHOUT_TOTAL })).grandTotal).toBeUndefined();
    });

    test('预算金额（万元） makes the amounts 万元', () => {
        const tasks = [['年度主要任务', '任务名称', '主要内容', '预算金额（万元）', '', '', ''], ...TASKS_WITHOUT_TOTAL.slice(1)];
        expect(read(formRows({ tasks })).amountUnit).toBe('万元');
    });

    test('a cell quoted as Excel copies it may hold line breaks and tabs', () => {
        const text = pastedText(formRows()).replace('考察服务人次', '"考察\t服务\r\n人次，""人次""计"');
        expect(readFormText(text).categories[0].children[0].indicators[0].explanation).toBe('考察\t服务\n人次，"人次"计');
    });

    test('a byte-order mark before the form is ignored', () => {
        expect(readFormText('\ufeff' + pastedText(formRows()))).toEqual(formModel());
    });
});

describe('pasted text that does not fit the form', () => {
    test('a row above the form that is not its title names the row', () => {
        expect(failure(pastedText([['姓名', '年龄'], ['张三', '30']]))).toBe(
            '第1行第1列：“姓名”不是申报表的内容；申报表应以标题“部门（单位）整体支出绩效目标申报表”或“部门（单位）名称”一行开始');
    });

    test('a cell outside the columns of the task table names its row and column', () => {
        const tasks = structuredClone(TASKS);
        tasks[2][6] = '备注';
        expect(failure(pastedText(formRows({ tasks })))).toBe('第6行第7列：多出的内容“备注”，不属于任务表的任何一列');
    });

    test('an amount with three decimals is refused, not rounded', () => {
        const tasks = structuredClone(TASKS);
        tasks[2][3] = '100.005';
        expect(failure(pastedText(formRows({ tasks })))).toBe('第6行第4列：总额“100.005”有 3 位小数，申报表的金额最多两位小数');
    });

    test('an amount that is not a number is refused', () => {
        const tasks = structuredClone(TASKS);
        tasks[2][4] = '一百元';
        expect(failure(pastedText(formRows({ tasks })))).toBe('第6行第5列：财政拨款“一百元”不是金额（应为数字，如 11782800.00 或 11,782,800.00）');
    });

    test('a cell under the goals that is not in the goals text column is refused, not joined to the goals', () => {
        const goals = [['年度总体目标', '1、提供服务。', '', '', '', '', ''], ['', '', '2、完成验收。', '', '', '', '']];
        expect(failure(pastedText(formRows({ goals })))).toBe(
            '第9行第3列：“2、完成验收。”不在年度总体目标的单元格里；目标之后应是年度绩效指标的表头（一级指标 | 二级指标 | …）');
    });

    test('text after the indicator table is refused', () => {
        const indicators = [...INDICATORS, ['填表人：张三']];
        expect(failure(pastedText(formRows({ indicators })))).toBe('第15行第1列：多出的内容“填表人：张三”，不属于年度绩效指标表的任何一列');
    });

    test('a form cut off before the indicator table is refused', () => {
        expect(failure(pastedText(formRows({ indicatorHeader: [], indicators: [] })))).toBe(
            '表格末尾：应是年度绩效指标的表头（一级指标 | 二级指标 | 三级指标 | 指标值 | 度量单位 | 指标解释）');
    });

    test('a project form is told by its title and read as a project form, which needs its header rows', () => {
        expect(failure(pastedText([['项目支出绩效目标申报表']]))).toBe('找不到“项目名称”一行：这不是项目支出绩效目标申报表');
    });

    test('a project form is told by its 项目名称 row', () => {
        expect(failure(pastedText([['项目名称', '', '智慧城区建设', '主管部门', '测试委']]))).toBe(
            '表格末尾：应是“项目资金（元）”（年度资金总额 | 其中：财政拨款 | 其他资金）');
    });

    test('an indicator under a category marked 不适用 is refused', () => {
        const indicators = structuredClone(INDICATORS);
        indicators.splice(4, 0, ['', '', '', '植树数量', '100棵', '棵', '考察植树']);
        expect(failure(pastedText(formRows({ indicators })))).toBe(
            '第14行第4列：二级指标“生态效益指标”已标为不适用，这一行却有指标“植树数量”');
    });

    test('an indicator row without a 三级 name is refused', () => {
        const indicators = structuredClone(INDICATORS);
        indicators[1][3] = '';
        expect(failure(pastedText(formRows({ indicators })))).toBe('第11行第4列：三级指标（指标名称）为空，而这一行有指标值或解释');
    });

    test('the message is English when asked, the cell named the English way', async () => {
        const tasks = structuredClone(TASKS);
        tasks[2][6] = '备注';
        const result = await importForm(new TextEncoder().encode(pastedText(formRows({ tasks }))), 'form.txt', { locale: 'en' });
        expect(result).toEqual({ ok: false, message: 'row 6, column 7: “备注” is extra: it is in no column of the task table' });
    });
});

const TASKS_WITHOUT_TOTAL: Rows = [
    ['年度主要任务', '任务名称', '主要内容', '预算金额（元）', '', '', ''],
    ['', '', '', '总额', '财政拨款', '其他资金', ''],
    ['', '基本支出', '人员经费', '100.00', '100.00', '0.00', '']
];
