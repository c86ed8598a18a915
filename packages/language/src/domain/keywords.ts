/**
 * The words of the language that cannot be names: a goal name, a category name or a unit that is
 * one of these lexes as the keyword, not as a name. Import checks the names it generates or copies
 * from a form against this list (a spec compares it with the grammar's keywords).
 */
export const JIXIAO_KEYWORDS: readonly string[] = [
    '部门整体支出绩效目标', '部门名称', '主管部门', '金额单位', '指标体系', '年度主要任务', '任务', '主要内容', '总额',
    '财政拨款', '其他资金', '金额合计', '年度总体目标', '导语', '目标', '年度绩效指标', '不适用', '指标', '度量单位',
    '对应', '解释',
    // 项目支出绩效目标申报表
    '项目支出绩效目标', '项目名称', '实施单位', '项目属性', '项目期', '所属任务', '项目资金', '年度资金总额', '年度绩效目标',
    // the self-evaluation (项目支出绩效自评表)
    '项目支出绩效自评', '评分规则', '申报', '年初预算数', '全年预算数', '全年执行数', '分值', '得分', '偏差原因', '当年财政拨款',
    '上年结转资金', '预期目标', '实际完成情况', '实际', '总分'
];

const KEYWORDS = new Set(JIXIAO_KEYWORDS);

export function isKeyword(word: string): boolean {
    return KEYWORDS.has(word);
}

const ID_PATTERN = /^[_a-zA-Z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][_a-zA-Z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff²³·]*$/;

/** True when the text lexes as one name (the grammar's ID) and is not a keyword. */
export function isIdentifier(text: string): boolean {
    return ID_PATTERN.test(text) && !isKeyword(text);
}

/** Text as a string literal of the language: backslash, quote, line breaks and tabs escaped. */
export function quoteJixiaoString(text: string): string {
    return '"' + text
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n')
        .replace(/\t/g, '\\t') + '"';
}
