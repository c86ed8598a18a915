/**
 * The Futian 2026 seed exported: every cell of the official form where DESIGN §2 puts it, amounts
 * as numbers, the merged layout, formats and the A4 landscape print setup.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { AMOUNT_FORMAT, FORM_FONT, MAX_ROW_HEIGHT, SHEET_NAME } from 'jixiao-form';
import { exportedSheet, formOf, rowValues, seedText, sheetRows } from './form-test-utils.js';

let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
    sheet = await exportedSheet(await formOf(seedText));
});

describe('the exported seed form', () => {
    test('is one sheet named after the form, 45 rows of 7 columns', () => {
        expect(sheet.name).toBe(SHEET_NAME);
        expect(sheet.rowCount).toBe(45);
        expect(sheet.columnCount).toBe(7);
    });

    test('title, year, department and authority', () => {
        expect(sheetRows(sheet).slice(0, 3)).toEqual([
            ['部门（单位）整体支出绩效目标申报表', '', '', '', '', '', ''],
            ['（2026年度）', '', '', '', '', '', ''],
            ['部门（单位）名称', '', '深圳市福田区政务服务和数据管理局（本级）', '', '主管部门', '深圳市福田区政务服务和数据管理局（本级）', '']
        ]);
    });

    test('the task block: headers, one row per task with amounts as numbers, 金额合计', () => {
        expect(sheetRows(sheet).slice(3, 11)).toEqual([
            ['年度主要任务', '任务名称', '主要内容', '', '预算金额（元）', '', ''],
            ['', '', '', '', '总额', '财政拨款', '其他资金'],
            ['', '基本支出', '主要用于人员、对个人和家庭补助及公用经费支出等。', '', 11782800, 11782800, 0],
            ['', '信息化服务类项目（非运维服务部分）', '主要用于AI高效办成一件事智能提升项目、福田区人工智能大模型服务项目、福田区政务信息化项目管理运营服务等支出。', '', 4911000, 4911000, 0],
            ['', '一般管理事务', '主要用于基层党建、综合事务管理及劳务派遣人员等项目支出。', '', 3172700, 3172700, 0],
            ['', '政务服务数据管理', '主要用于数字化发展项目、政务事项管理、数字安全管理、数据资源管理及网格信息管理等项目支出。', '', 8947300, 8947300, 0],
            ['', '信息化运维项目', '主要用于保障湾区数据要素孪生多维展示和服务空间运维。', '', 328000, 328000, 0],
            ['', '金额合计：', '', '', 29141800, 29141800, 0]
        ]);
    });

    test('the goals: one cell, the intro line then 1、 to 8、, one goal per line', () => {
        expect(rowValues(sheet, 12).map(value => typeof value === 'string' ? value.length > 0 : value))
            .toEqual([true, true, false, false, false, false, false]);
        expect(sheet.getCell('A12').value).toBe('年度总体目标');
        const lines = String(sheet.getCell('B12').value).split('\n');
        expect(lines.map(line => line.slice(0, 10))).toEqual([
            '通过全年预算执行，本',
            '1、本项目2026年',
            '2、2026年度通过',
            '3、2026年度将完',
            '4、2026年度将完',
            '5、2026年度将出',
            '6、2026年将通过',
            '7、2026年度将出',
            '8、2026年度将通'
        ]);
        expect(lines[0]).toBe('通过全年预算执行，本部门拟达到的年度总体目标有：');
        expect(lines[8].endsWith('为全国提供人工智能城区级应用典范。')).toBe(true);
    });

    test('the indicator table: header, one row per indicator, 不适用 rows for categories that do not apply', () => {
        expect(sheetRows(sheet).slice(12)).toEqual([
            ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标解释'],
            ['', '产出指标', '数量指标', '通信服务配套投入PDA设备的数量', '2010套', '套', '考察通信服务配套PDA设备数量。'],
            ['', '', '', '使用通信服务配套PDA设备采集人口数', '≥190万人', '万人', '考察网格系统采集到的人口数。'],
            ['', '', '', '政务服务季度运维报告份数', '4份', '份', '考察项目跨域通办、湾区通办专区运维报告数量'],
            ['', '', '', '完成《福田区智慧城区建设“十五五”规划》篇数', '1篇', '篇', '考察完成《福田区智慧城区建设“十五五”规划》篇数'],
            ['', '', '', '平台项目系统运维个数', '1个', '个', '平台项目系统运维个数'],
            ['', '', '', '举办AI专题会议场次', '≥10场', '场', '举办AI专题会议场次'],
            ['', '', '', '审查信息化项目数量', '≥40个', '个', '考察审查信息化项目数量'],
            ['', '', '', 'AI福务管家应用场景数量', '4个', '个', '考察AI福务管家应用场景数量'],
            ['', '', '', '通信服务配套投入PDA设备验收合格率', '100%', '%', '考察通信服务配套投入PDA设备验收合格率'],
            ['', '', '质量指标', '党政机关新媒体技术监测问题整改率', '100%', '%', '考察党政机关新媒体技术监测问题整改率'],
            ['', '', '', '政务服务事项技术核查问题整改率', '100%', '%', '考察政务服务事项技术核查问题整改率'],
            ['', '', '', '跨域通办、湾区通办专区功能、事项维护准确率', '100%', '%', '考察跨域通办、湾区通办专区功能、事项维护准确率'],
            ['', '', '', '数字福田建设“十五五”规划编制验收合格率', '100%', '%', '考察数字福田建设“十五五”规划编制验收合格率'],
            ['', '', '', '信息化项目审核验收合格率', '100%', '%', '考察信息化项目审核验收合格率'],
            ['', '', '', '平台项目系统故障解决率', '≥90%', '%', '考察平台项目系统故障解决率'],
            ['', '', '时效指标', '网格信息服务工作完成及时率', '≥95%', '%', '考察网格信息服务工作完成及时率'],
            ['', '', '', '政务事项管理项目各项工作计划按时完工率', '100%', '%', '考察政务事项管理项目各项工作计划按时完工率'],
            ['', '', '', '按时印发数字福田建设“十五五”规划编制', '2026年6月前', '时间', '考察按时印发数字福田建设“十五五”规划编制'],
            ['', '', '', '信息化运维项目保障的系统运维时间', '1年', '年', '考察信息化运维项目保障的系统运维时间'],
            ['', '', '', '数字安全关管理工作按时完工率', '100%', '%', '考察数字安全关管理工作按时完工'],
            ['', '', '', '数据资源管理运营项目运营时间', '1年', '年', '考察数据资源管理运营项目运营时'],
            ['', '', '成本指标', '部门整体支出进度达标率', '≥90%', '%', '考察部门整体支出进度达标率'],
            ['', '效益指标', '经济效益指标', '不适用', '不适用', '不适用', '不适用'],
            ['', '', '社会效益指标', '保障福田区政务服务能力优化提升', '显著', '%', '考察对福田区政务服务能力的提升程度。“显著”的量化标准为“80%-100%”，“明显”则为“60%-80%”，“一般”则为“0%-60%”。'],
            ['', '', '', '保障福田区党政机关新媒体健康有序发展', '显著', '%', '考察本项目保障福田区党政机关新媒体健康有序发展情况，“显著”的量化标准为“80%-100%”，“明显”则为“60%-80%”，“一般”则为“0%-60%”。'],
            ['', '', '', '有效提供为数字适用福田建设规划支撑', '显著', '%', '考察福田区智慧城区建设“十五五”规划对福田区数字福田建设提供支撑情况，“显著”的量化标准为“80%-100%”，“明显”则为“60%-80%”，“一般”则为“0%-60%”。'],
            ['', '', '', '有效推动我区政务信息化集约化、规范化发展', '显著', '%', '考察本项目政务信息化集约化、规范化发展情况。“显著”的量化标准为“80%-100%”，“明显”则为“60%-80%”，“一般”则为“0%-60%”。'],
            ['', '', '', '运营工作安全生产事故发生数', '0起', '起', '考核运营工作安全生产事故发生数'],
            ['', '', '可持续影响指标', '不适用', '不适用', '不适用', '不适用'],
            ['', '', '生态效益指标', '不适用', '不适用', '不适用', '不适用'],
            ['', '满意度指标', '服务对象满意度指标', '通信服务配套PDA设备使用人员满意度', '≥95%', '%', '通信服务配套PDA设备使用人员满意度'],
            ['', '', '其他满意度指标', '政务服务群众满意度', '≥90%', '%', '政务服务群众满意度']
        ]);
    });

    test('merges: title rows across, block labels down column A, 一级 and 二级 down their rows', () => {
        expect([...sheet.model.merges].sort()).toEqual([
            'A1:G1', 'A2:G2',                       // title, year
            'A3:B3', 'C3:D3', 'F3:G3',              // 部门（单位）名称, its name, the authority's name
            'A4:A11',                               // 年度主要任务
            'B4:B5', 'C4:D5', 'E4:G4',              // 任务名称, 主要内容, 预算金额（元）
            'C6:D6', 'C7:D7', 'C8:D8', 'C9:D9', 'C10:D10', // each task's 主要内容
            'B11:D11',                              // 金额合计：
            'B12:G12',                              // the goals
            'A13:A45',                              // 年度绩效指标
            'B14:B35', 'C14:C22', 'C23:C28', 'C29:C34', // 产出指标: 数量, 质量, 时效 (成本 has one row)
            'B36:B43', 'C37:C41',                   // 效益指标, 社会效益指标
            'B44:B45'                               // 满意度指标
        ].sort());
    });

    test('amounts are numbers formatted #,##0.00', () => {
        for (let row = 6; row <= 11; row++) {
            for (const column of ['E', 'F', 'G']) {
                const cell = sheet.getCell(`${column}${row}`);
                expect(cell.type).toBe(ExcelJS.ValueType.Number);
                expect(cell.numFmt).toBe(AMOUNT_FORMAT);
            }
        }
        expect(AMOUNT_FORMAT).toBe('#,##0.00');
    });

    test('A4 landscape, one page wide, as many pages tall as needed, the indicator header repeated', () => {
        expect(sheet.pageSetup).toMatchObject({
            paperSize: 9,
            orientation: 'landscape',
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0,
            horizontalCentered: true,
            printArea: 'A1:G45',
            printTitlesRow: '13:13',
            margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 }
        });
        expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    });

    test('every table cell has thin borders, wrapped text and the CJK font', () => {
        for (let row = 3; row <= 45; row++) {
            for (let column = 1; column <= 7; column++) {
                const cell = sheet.getCell(row, column);
                expect(cell.border, cell.address).toMatchObject({
                    top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' }
                });
                expect(cell.font.name, cell.address).toBe(FORM_FONT);
                if (cell.type !== ExcelJS.ValueType.Number) {
                    expect(cell.alignment.wrapText, cell.address).toBe(true);
                }
            }
        }
        expect(FORM_FONT).toBe('宋体');
        expect(sheet.getCell('A1').font).toMatchObject({ name: '宋体', bold: true, size: 18 });
    });

    test('labels and headers are bold and centred; names and explanations left, values centred', () => {
        expect(sheet.getCell('A13').font.bold).toBe(true);
        expect(sheet.getCell('A13').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle' });
        expect(sheet.getCell('E4').font.bold).toBe(true);
        expect(sheet.getCell('D14').alignment.horizontal).toBe('left');
        expect(sheet.getCell('G14').alignment.horizontal).toBe('left');
        expect(sheet.getCell('E14').alignment.horizontal).toBe('center');
        expect(sheet.getCell('F14').alignment.horizontal).toBe('center');
        expect(sheet.getCell('E6').alignment.horizontal).toBe('right');
    });

    test('every row has a height; rows with more text are taller, none beyond Excel\'s limit', () => {
        const heights = Array.from({ length: 45 }, (_, index) => sheet.getRow(index + 1).height);
        expect(heights.every(height => height > 0 && height <= MAX_ROW_HEIGHT)).toBe(true);
        // The long goals text is the tallest row; a three-line explanation is taller than a one-line one.
        expect(Math.max(...heights)).toBe(heights[11]);
        expect(heights[38]).toBeGreaterThan(heights[13]);
    });

    test('columns are wide enough for their amounts and the block labels wrap two characters a line', () => {
        const widths = Array.from({ length: 7 }, (_, index) => sheet.getColumn(index + 1).width ?? 0);
        expect(widths[0]).toBe(6);
        // 29,141,800.00 is 13 characters: 总额 and 财政拨款 columns hold it on one line.
        expect(widths[4]).toBeGreaterThanOrEqual(15);
        expect(widths[5]).toBeGreaterThanOrEqual(15);
    });
});
