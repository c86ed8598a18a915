/**
 * The fixed words printed on the 部门（单位）整体支出绩效目标申报表, exactly as the official form
 * writes them (full-width brackets and colon included). The writer prints them; readers look for
 * them to find the blocks of a sheet, so both sides share this one list.
 */
import type { AmountUnit } from 'jixiao-language/domain';
import { labelKey } from './form-grid.js';

export const FormLabels = {
    title: '部门（单位）整体支出绩效目标申报表',
    departmentName: '部门（单位）名称',
    authority: '主管部门',
    tasksBlock: '年度主要任务',
    taskName: '任务名称',
    taskContent: '主要内容',
    total: '总额',
    fiscal: '财政拨款',
    other: '其他资金',
    /** With the full-width colon, as on the form. */
    grandTotal: '金额合计：',
    goalsBlock: '年度总体目标',
    indicatorsBlock: '年度绩效指标',
    firstLevel: '一级指标',
    secondLevel: '二级指标',
    thirdLevel: '三级指标',
    value: '指标值',
    unit: '度量单位',
    explanation: '指标解释',
    notApplicable: '不适用'
} as const;

/** `（2026年度）`, the line under the title; `（年度）` when the document has no year yet. */
export function yearLineText(year: string | undefined): string {
    return `（${year ?? ''}年度）`;
}

/** `预算金额（元）` or `预算金额（万元）`: the header over 总额 / 财政拨款 / 其他资金. */
export function budgetHeaderText(unit: AmountUnit): string {
    return `预算金额（${unit}）`;
}

/** The indicator table's column headers, 一级指标 … 指标解释, left to right. */
export const INDICATOR_HEADERS: readonly string[] = [
    FormLabels.firstLevel, FormLabels.secondLevel, FormLabels.thirdLevel,
    FormLabels.value, FormLabels.unit, FormLabels.explanation
];

/**
 * The labels a reader recognises for each part of the form, compared as label keys (no spaces, no
 * colon): the official words first, then the variants seen on forms made by hand.
 */
export const LabelKeys = {
    departmentName: [labelKey(FormLabels.departmentName), '部门名称', '单位名称'],
    authority: [labelKey(FormLabels.authority), '主管部门名称'],
    tasksBlock: labelKey(FormLabels.tasksBlock),
    taskName: labelKey(FormLabels.taskName),
    taskContent: labelKey(FormLabels.taskContent),
    total: [labelKey(FormLabels.total), '资金总额', '年度资金总额', '合计金额'],
    fiscal: [labelKey(FormLabels.fiscal), '财政资金'],
    other: [labelKey(FormLabels.other)],
    grandTotal: [labelKey(FormLabels.grandTotal), '合计', '总计'],
    goalsBlock: labelKey(FormLabels.goalsBlock),
    indicatorsBlock: labelKey(FormLabels.indicatorsBlock),
    unit: [FormLabels.unit, '计量单位', '单位'],
    explanation: [FormLabels.explanation, '指标说明', '备注']
} as const;

/** The fixed words of the 项目支出绩效目标申报表 (DESIGN §2.1), as the form writes them. */
export const ProjectFormLabels = {
    title: '项目支出绩效目标申报表',
    projectName: '项目名称',
    authority: '主管部门',
    implementer: '实施单位',
    attribute: '项目属性',
    period: '项目期',
    fundsTotal: '年度资金总额',
    /** With the full-width colon, as on the form. */
    fundsFiscal: '其中：财政拨款',
    fundsOther: '其他资金',
    goalsBlock: '年度绩效目标'
} as const;

/** `项目资金（元）` or `项目资金（万元）`: the label beside the three amounts of a project. */
export function fundsHeaderText(unit: AmountUnit): string {
    return `项目资金（${unit}）`;
}
