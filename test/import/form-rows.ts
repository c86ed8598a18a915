/**
 * A small form as rows of cells, in the seven columns of the official layout (A: block labels,
 * B–G: the table), and the model it stands for. Specs replace one part at a time to show one quirk.
 */
import type { FormModel } from 'jixiao-form';

export type Rows = string[][];

export const TITLE: Rows = [['## 部门（单位）整体支出绩效目标申报表'], ['（2026年度）']];
export const HEADER: Rows = [['部门（单位）名称', '', '测试局', '主管部门', '测试委', '', '']];
export const TASKS: Rows = [
    ['年度主要任务', '任务名称', '主要内容', '预算金额（元）', '', '', ''],
    ['', '', '', '总额', '财政拨款', '其他资金', ''],
    ['', '基本支出', '人员经费', '100.00', '100.00', '0.00', ''],
    ['', '金额合计：', '', '100.00', '100.00', '0.00', '']
];
export const GOALS: Rows = [['年度总体目标', '1、2026年提供服务100人次。', '', '', '', '', '']];
export const INDICATOR_HEADER: Rows = [['', '一级指标', '二级指标', '三级指标', '指标值', '度量单位', '指标解释']];
export const INDICATORS: Rows = [
    ['年度绩效指标', '产出指标', '数量指标', '服务人次', '100人次', '人次', '考察服务人次'],
    ['', '', '质量指标', '服务合格率', '100%', '%', '考察服务合格率'],
    ['', '效益指标', '社会效益指标', '服务能力提升', '显著', '%', '“显著”的量化标准为“80%-100%”'],
    ['', '', '生态效益指标', '不适用', '不适用', '不适用', '不适用'],
    ['', '满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', '%', '考察满意度']
];

/** A fresh copy each time: specs change cells in place. */
export function formRows(parts: { title?: Rows; header?: Rows; tasks?: Rows; goals?: Rows; indicatorHeader?: Rows; indicators?: Rows } = {}): Rows {
    return structuredClone([
        ...(parts.title ?? TITLE),
        ...(parts.header ?? HEADER),
        ...(parts.tasks ?? TASKS),
        ...(parts.goals ?? GOALS),
        ...(parts.indicatorHeader ?? INDICATOR_HEADER),
        ...(parts.indicators ?? INDICATORS)
    ]);
}

/** Rows as pasted text: tab-separated, one line per row. */
export function pastedText(rows: Rows, lineEnd = '\n'): string {
    return rows.map(row => row.join('\t')).join(lineEnd) + lineEnd;
}

/** The model of `formRows()`. */
export function formModel(): FormModel {
    return {
        year: '2026',
        departmentName: '测试局',
        authority: '测试委',
        amountUnit: '元',
        profile: undefined,
        tasks: [{ name: '基本支出', content: '人员经费', amounts: { total: 10000n, fiscal: 10000n, other: 0n } }],
        grandTotal: { total: 10000n, fiscal: 10000n, other: 0n },
        goalIntro: undefined,
        goals: [{ name: '服务', text: '2026年提供服务100人次。' }],
        categories: [
            {
                name: '产出指标', notApplicable: false, children: [
                    { name: '数量指标', notApplicable: false, indicators: [
                        { name: '服务人次', value: { kind: 'quantity', comparator: undefined, number: '100', unit: '人次' }, explanation: '考察服务人次', goals: [] }
                    ] },
                    { name: '质量指标', notApplicable: false, indicators: [
                        { name: '服务合格率', value: { kind: 'quantity', comparator: undefined, number: '100', unit: '%' }, explanation: '考察服务合格率', goals: [] }
                    ] }
                ]
            },
            {
                name: '效益指标', notApplicable: false, children: [
                    { name: '社会效益指标', notApplicable: false, indicators: [
                        { name: '服务能力提升', value: { kind: 'grade', grade: '显著' }, unitCell: '%', explanation: '“显著”的量化标准为“80%-100%”', goals: [] }
                    ] },
                    { name: '生态效益指标', notApplicable: true, indicators: [] }
                ]
            },
            {
                name: '满意度指标', notApplicable: false, children: [
                    { name: '服务对象满意度指标', notApplicable: false, indicators: [
                        { name: '服务对象满意度', value: { kind: 'quantity', comparator: '≥', number: '90', unit: '%' }, explanation: '考察满意度', goals: [] }
                    ] }
                ]
            }
        ]
    };
}
