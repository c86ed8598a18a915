/**
 * 度量单位 and what they measure. The kind decides which checks apply: a 率 needs a percent, a count
 * needs a counting word, a cost in 元 can be compared with the budget.
 */

export type UnitKind = 'percent' | 'count' | 'people' | 'time' | 'money' | 'measure' | 'grade';

export interface UnitInfo {
    readonly unit: string;
    readonly kind: UnitKind;
    readonly description: string;
}

const entries: Array<[string, UnitKind, string]> = [
    ['%', 'percent', '百分比：率、比例、满意度等，取值 0–100'],
    ['‰', 'percent', '千分比'],
    ['个', 'count', '计数：个'],
    ['套', 'count', '计数：成套的设备或系统'],
    ['份', 'count', '计数：报告、文件的份数'],
    ['篇', 'count', '计数：文章、规划等的篇数'],
    ['场', 'count', '计数：会议、活动的场次'],
    ['场次', 'count', '计数：会议、活动的场次'],
    ['次', 'count', '计数：次数'],
    ['万次', 'count', '计数：次数，以万次计'],
    ['项', 'count', '计数：事项、项目'],
    ['台', 'count', '计数：设备台数'],
    ['件', 'count', '计数：件数'],
    ['本', 'count', '计数：本'],
    ['册', 'count', '计数：册'],
    ['期', 'count', '计数：期数'],
    ['批', 'count', '计数：批次'],
    ['家', 'count', '计数：单位、企业的家数'],
    ['户', 'count', '计数：户数'],
    ['条', 'count', '计数：条数'],
    ['起', 'count', '计数：事故、案件的起数'],
    ['宗', 'count', '计数：宗'],
    ['座', 'count', '计数：座'],
    ['处', 'count', '计数：处'],
    ['辆', 'count', '计数：车辆'],
    ['张', 'count', '计数：张'],
    ['部', 'count', '计数：部'],
    ['所', 'count', '计数：学校、机构的所数'],
    ['类', 'count', '计数：类别'],
    ['种', 'count', '计数：种类'],
    ['家次', 'count', '计数：家次'],
    ['户次', 'count', '计数：户次（同一户可计多次）'],
    ['台次', 'count', '计数：台次'],
    ['件次', 'count', '计数：件次'],
    ['车次', 'count', '计数：车次'],
    ['架次', 'count', '计数：架次'],
    ['批次', 'count', '计数：批次'],
    ['万户', 'count', '计数：户数，以万户计'],
    ['万件', 'count', '计数：件数，以万件计'],
    ['人', 'people', '人数'],
    ['万人', 'people', '人数，以万人计'],
    ['人次', 'people', '服务人次'],
    ['万人次', 'people', '服务人次，以万人次计'],
    ['名', 'people', '人数：名'],
    ['位', 'people', '人数：位'],
    ['年', 'time', '时长：年'],
    ['月', 'time', '时长：月'],
    ['个月', 'time', '时长：月'],
    ['季度', 'time', '时长：季度'],
    ['周', 'time', '时长：周'],
    ['天', 'time', '时长：天'],
    ['日', 'time', '时长：日'],
    ['工作日', 'time', '时长：工作日'],
    ['小时', 'time', '时长：小时'],
    ['分钟', 'time', '时长：分钟'],
    ['秒', 'time', '时长：秒'],
    ['时间', 'time', '完成时限（指标值为日期，如“2026年6月前”）'],
    ['元', 'money', '金额：元'],
    ['万元', 'money', '金额：万元'],
    ['亿元', 'money', '金额：亿元'],
    ['平方米', 'measure', '面积：平方米'],
    ['万平方米', 'measure', '面积：万平方米'],
    ['亩', 'measure', '面积：亩'],
    ['公顷', 'measure', '面积：公顷'],
    ['米', 'measure', '长度：米'],
    ['公里', 'measure', '长度：公里'],
    ['千米', 'measure', '长度：千米'],
    ['吨', 'measure', '重量：吨'],
    ['千克', 'measure', '重量：千克'],
    ['GB', 'measure', '数据量：GB'],
    ['TB', 'measure', '数据量：TB'],
    ['Mbps', 'measure', '带宽：Mbps'],
    ['等级', 'grade', '等级（显著/明显/一般）']
];

const UNITS: ReadonlyMap<string, UnitInfo> = new Map(
    entries.map(([unit, kind, description]) => [unit, { unit, kind, description }])
);

/** Full-width and variant spellings that mean the same unit. */
const UNIT_ALIASES: Readonly<Record<string, string>> = { '％': '%', 'm²': '平方米', '㎡': '平方米', km: '公里' };

export function normalizeUnit(unit: string): string {
    return UNIT_ALIASES[unit] ?? unit;
}

export function unitInfo(unit: string | undefined): UnitInfo | undefined {
    return unit === undefined ? undefined : UNITS.get(normalizeUnit(unit));
}

export function unitKind(unit: string | undefined): UnitKind | undefined {
    return unitInfo(unit)?.kind;
}

export function isPercentUnit(unit: string | undefined): boolean {
    return unit !== undefined && normalizeUnit(unit) === '%';
}

/** Counting words, people and time units: what a 数/数量 indicator is measured in. */
export function isCountingUnit(unit: string | undefined): boolean {
    const kind = unitKind(unit);
    return kind === 'count' || kind === 'people';
}

export function knownUnits(): UnitInfo[] {
    return [...UNITS.values()];
}

/** The units analysts use most, offered first by completion. */
export const COMMON_UNITS: readonly string[] = ['%', '个', '套', '份', '次', '人', '万人', '人次', '场', '篇', '项', '年', '天', '元', '万元', '起'];

/**
 * Units that may follow a number in running text (goal texts, pasted 指标值 cells), longest
 * first so that 万人次 wins over 万人 and 人.
 */
export function unitsForTextScanning(): string[] {
    return [...UNITS.keys(), '％'].filter(unit => unit !== '时间' && unit !== '等级').sort((a, b) => b.length - a.length);
}
