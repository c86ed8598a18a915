/**
 * What an indicator's 三级 name says about the figure it needs. Analysts name indicators by what
 * they measure (…率, …满意度, …数量), which is what the unit and category checks rely on.
 */

export function isSatisfactionName(name: string): boolean {
    return name.includes('满意度') || name.includes('满意率');
}

/** …率 / …比例 / …占比 / …满意度: measured in percent. */
export function isRateName(name: string): boolean {
    return /(率|比例|占比|比重|满意度)$/.test(stripTrailingPunctuation(name)) || /(率|比例|占比)（.*）$/.test(name);
}

/** …数 / …数量 / …个数 / …场次 / …篇数: measured with a counting word. */
export function isCountName(name: string): boolean {
    const stem = stripTrailingPunctuation(name);
    return /(数量|个数|次数|份数|篇数|人数|场次|件数|户数|台数|套数|项数|数)$/.test(stem) && !isRateName(stem);
}

/**
 * Counts where less is better (accidents, complaints, errors): a ≥ target on them is suspicious.
 */
export function isLessIsBetterName(name: string): boolean {
    return /(事故|投诉|差错|失误|违规|违纪|故障|泄露|泄漏|安全事件|案件|返工)/.test(name) && !isRateName(name) ||
        /(事故率|投诉率|差错率|故障率|失误率|返工率|违规率)/.test(name);
}

/** A 率 where more is better; ≤ on it is suspicious. */
export function isMoreIsBetterRate(name: string): boolean {
    return isRateName(name) && !isLessIsBetterName(name);
}

function stripTrailingPunctuation(name: string): string {
    return name.trim().replace(/[。．.、，,；;：:\s]+$/, '');
}

/**
 * The measure word (量词) Chinese uses for the thing an indicator counts: 设备 are counted in
 * 台 or 套, 报告 in 份, 会议 in 场. Checked in order; the first noun found in the name wins.
 */
const MEASURE_WORDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
    [/(人口|人员|人数|群众|学员|对象)/, ['人', '万人']],
    [/(人次)/, ['人次']],
    [/(报告|文件|简报|方案)/, ['份']],
    [/(规划|文章|论文|宣传|稿件)/, ['篇']],
    [/(会议|培训|活动|讲座|演练)/, ['场', '次']],
    [/(设备|终端|电脑|服务器|摄像头|车辆)/, ['台', '套']],
    [/(系统|平台|场景|项目|应用|功能|模块)/, ['个', '套']],
    [/(事项|制度|标准)/, ['项']],
    [/(事故|案件|事件)/, ['起']],
    [/(企业|单位|机构)/, ['家']]
];

export function measureWordsFor(name: string): readonly string[] {
    return MEASURE_WORDS.find(([noun]) => noun.test(name))?.[1] ?? [];
}
