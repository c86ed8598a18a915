/**
 * The fixed words printed on the 项目支出绩效自评表, exactly as the form writes them. The writer
 * prints them; the readers look for them to find the blocks of a sheet.
 */
import type { AmountUnit } from 'jixiao-language/domain';
import type { FundRowKind } from './selfeval-model.js';

export const SelfevalLabels = {
    title: '项目支出绩效自评表',
    projectName: '项目名称',
    authority: '主管部门',
    implementer: '实施单位',
    initial: '年初预算数',
    budget: '全年预算数',
    executed: '全年执行数',
    weight: '分值',
    rate: '执行率',
    score: '得分',
    reason: '偏差原因分析及改进措施',
    goalsBlock: '年度总体目标',
    expected: '预期目标',
    achieved: '实际完成情况',
    indicatorsBlock: '绩效指标',
    firstLevel: '一级指标',
    secondLevel: '二级指标',
    thirdLevel: '三级指标',
    target: '年度指标值',
    actual: '实际完成值',
    total: '总分',
    /** What the score cells of the rows under 年度资金总额 show. */
    none: '—',
    notApplicable: '不适用'
} as const;

/** `项目资金（元）`, the label of the funds block, broken where the narrow column A wraps it. */
export function fundsLabelText(unit: AmountUnit): string {
    return `项目资金\n（${unit}）`;
}

/** The label of each funds row as the form prints it. */
export const FUND_ROW_LABELS: Readonly<Record<FundRowKind, string>> = {
    年度资金总额: '年度资金总额',
    当年财政拨款: '其中：当年财政拨款',
    上年结转资金: '上年结转资金',
    其他资金: '其他资金'
};

/** The columns of the funds header and of the indicator header, left to right (from column C and B). */
export const FUND_HEADERS: readonly string[] = [
    SelfevalLabels.initial, SelfevalLabels.budget, SelfevalLabels.executed, SelfevalLabels.weight, SelfevalLabels.rate,
    SelfevalLabels.score, SelfevalLabels.reason
];
export const EVALUATION_INDICATOR_HEADERS: readonly string[] = [
    SelfevalLabels.firstLevel, SelfevalLabels.secondLevel, SelfevalLabels.thirdLevel, SelfevalLabels.target, SelfevalLabels.actual,
    SelfevalLabels.weight, SelfevalLabels.score, SelfevalLabels.reason
];
