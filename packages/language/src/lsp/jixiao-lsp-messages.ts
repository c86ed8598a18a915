/**
 * The words the editor features show (completion details, hovers, quick-fix titles, outline), in
 * Chinese and English. Diagnostics have their own catalogue in validation/jixiao-messages.ts.
 */
import type { Locale } from '../jixiao-settings.js';
import { columnNames, counted } from '../validation/jixiao-messages.js';

export type Text = Readonly<Record<Locale, string>>;

const t = (zh: string, en: string): Text => ({ zh, en });

/** What each keyword introduces, shown beside it in completion. */
export const KEYWORD_DETAILS: Readonly<Record<string, Text>> = {
    部门整体支出绩效目标: t('申报表：部门整体支出绩效目标（年度）', 'declaration: department-wide performance targets (year)'),
    部门名称: t('部门（单位）名称', 'department (unit) name'),
    主管部门: t('主管部门名称', 'supervising department'),
    金额单位: t('金额单位：元 或 万元', 'amount unit: 元 or 万元'),
    指标体系: t('指标体系：classic 或 2021', 'indicator profile: classic or 2021'),
    年度主要任务: t('年度主要任务及预算金额', 'main tasks of the year and their budget'),
    任务: t('一项年度主要任务', 'a main task'),
    主要内容: t('任务的主要内容', 'what the task covers'),
    总额: t('预算金额：总额 = 财政拨款 + 其他资金', 'budget: total = fiscal + other'),
    财政拨款: t('预算金额：财政拨款', 'budget: fiscal appropriation'),
    其他资金: t('预算金额：其他资金', 'budget: other funds'),
    金额合计: t('各任务金额之和（可省略，导出时计算）', 'sum of the tasks (may be omitted; computed on export)'),
    年度总体目标: t('年度总体目标', 'overall goals of the year'),
    导语: t('目标前的引导语', 'introductory sentence before the goals'),
    目标: t('一个总体目标：目标 名称 "内容"', 'a goal: 目标 name "text"'),
    年度绩效指标: t('年度绩效指标（一级、二级、三级）', 'performance indicators (three levels)'),
    指标: t('三级指标：指标 "名称" 指标值 度量单位', 'an indicator: 指标 "name" value unit'),
    度量单位: t('度量单位（与指标值中的单位一致）', 'unit cell (same as the value’s unit)'),
    对应: t('该指标计量的总体目标', 'the goals this indicator measures'),
    解释: t('指标解释', 'explanation of the indicator'),
    不适用: t('不适用', 'not applicable'),
    项目支出绩效目标: t('项目申报表：项目支出绩效目标（年度）', 'project declaration: performance targets of a project (year)'),
    项目名称: t('项目名称', 'project name'),
    实施单位: t('实施单位', 'implementing unit'),
    项目属性: t('项目属性：新增项目 或 延续项目', 'project attribute: 新增项目 (new) or 延续项目 (continued)'),
    项目期: t('项目期，如 "1年"、"2024-2026年"', 'project period, e.g. "1年"'),
    所属任务: t('项目所属的部门年度主要任务（不在表上，用于核对金额）', 'the department task that funds the project (not printed)'),
    项目资金: t('项目资金（自评表中含执行数和预算执行率得分）', 'funds (with execution and its score in an evaluation)'),
    年度资金总额: t('项目资金：年度资金总额（自评表按此行计算预算执行率）', 'funds: annual total (an evaluation scores its execution rate)'),
    年度绩效目标: t('项目的年度绩效目标', 'the project\'s goals of the year'),
    项目支出绩效自评: t('自评表：项目支出绩效自评（年度）', 'self-evaluation of a project (year)'),
    评分规则: t('评分规则（默认 2020）', 'scoring rules (default 2020)'),
    申报: t('所评价的项目申报表文件', 'the project declaration this evaluates'),
    当年财政拨款: t('其中：当年财政拨款', 'of which: this year’s appropriation'),
    上年结转资金: t('上年结转资金', 'carried over from last year'),
    年初预算数: t('年初预算数', 'budget at the start of the year'),
    全年预算数: t('全年预算数（调整后）', 'budget for the whole year (adjusted)'),
    全年执行数: t('全年执行数', 'spent in the year'),
    分值: t('分值（满分）', 'weight (full marks)'),
    得分: t('得分（可省略：能按规则计算的由工具计算）', 'score (may be omitted where the rules compute it)'),
    偏差原因: t('偏差原因分析及改进措施', 'reasons for the shortfall and improvements'),
    预期目标: t('年度总体目标：预期目标', 'goals: as planned'),
    实际完成情况: t('年度总体目标：实际完成情况', 'goals: as achieved'),
    实际: t('实际完成值（与指标值同样的写法）', 'actual value (written like the target)'),
    总分: t('总分（可省略，由工具计算）', 'total score (may be omitted; computed)')
};

export const COMPARATOR_DETAILS: Readonly<Record<string, Text>> = {
    '≥': t('不低于', 'at least'),
    '≤': t('不高于', 'at most'),
    '>': t('高于', 'more than'),
    '<': t('低于', 'less than'),
    '=': t('等于', 'exactly')
};

export const LspTexts = {
    firstLevel: t('一级指标', 'first-level category'),
    secondLevelOf: (parent: string) => t(`二级指标（${parent}）`, `second-level category (${parent})`),
    commonIndicator: (category: string) => t(`常用三级指标（${category}）`, `common indicator (${category})`),
    unitSuggested: t('建议的度量单位', 'suggested unit'),
    unit: t('度量单位', 'unit'),
    goal: t('年度总体目标', 'goal'),
    grade: t('等级', 'grade'),
    deadline: t('时限', 'deadline'),
    amountUnit: t('金额单位', 'amount unit'),
    profile: t('指标体系', 'indicator profile'),
    scoringProfile: t('评分规则', 'scoring rules'),
    keyword: t('关键字', 'keyword'),
    projectAttribute: t('项目属性', 'project attribute'),
    departmentTask: (department: string) => t(`年度主要任务（${department}）`, `main task (${department})`),
    projectSkeleton: t('新的项目支出绩效目标申报表（模板）', 'a new project declaration (template)'),
    evaluationSkeleton: t('新的项目支出绩效自评表（模板）', 'a new self-evaluation (template)')
} as const;

export const HoverTexts = {
    firstLevel: (name: string) => t(`**${name}**（一级指标）`, `**${name}** (first-level category)`),
    secondLevel: (name: string, parent: string) => t(`**${name}**（二级指标，属于${parent}）`, `**${name}** (second-level category under ${parent})`),
    synonymOf: (name: string) => t(`即“${name}”`, `same as “${name}”`),
    commonIndicators: (names: string) => t(`常用指标：${names}`, `Common indicators: ${names}`),
    unit: (unit: string, description: string) => t(`**${unit}**：${description}`, `**${unit}**: ${description}`),
    unknownUnit: (unit: string) => t(`**${unit}**：度量单位`, `**${unit}**: unit`),
    taskTitle: (name: string) => t(`**任务“${name}”**`, `**Task “${name}”**`),
    taskSum: (fiscal: string, other: string, sum: string, unit: string) => t(
        `财政拨款 ${fiscal} + 其他资金 ${other} = **${sum}** ${unit}`,
        `fiscal ${fiscal} + other ${other} = **${sum}** ${unit}`),
    totalAgrees: (total: string) => t(`总额 ${total}：相符 ✓`, `total ${total}: agrees ✓`),
    totalDiffers: (total: string, difference: string) => t(`总额 ${total}：不相符，相差 ${difference}`, `total ${total}: differs by ${difference}`),
    taskIncomplete: t('财政拨款和其他资金都填写后才能计算合计。', 'Fill in both fiscal and other funds to see their sum.'),
    grandTitle: (tasks: number, unit: string) => t(`**金额合计**（${tasks} 项任务之和，${unit}）`, `**Grand total** (sum of ${counted(tasks, 'task')}, ${unit})`),
    columnAgrees: (column: string, sum: string) => t(`${column}：${sum} ✓`, `${column}: ${sum} ✓`),
    columnDiffers: (column: string, sum: string, written: string) => t(`${column}：${sum}（填写为 ${written}，不相符）`, `${column}: ${sum} (written ${written}: differs)`),
    columnComputed: (column: string, sum: string) => t(`${column}：${sum}（未填写，导出时计算）`, `${column}: ${sum} (not written; computed on export)`),
    columnUnknown: (column: string) => t(`${column}：无法计算（有任务缺少或填错该列）`, `${column}: cannot be computed (a task lacks a valid amount)`),
    gradeTitle: (grade: string, range: string | undefined) => t(
        `**${grade}**${range ? `：${range}` : ''}`, `**${grade}**${range ? `: ${range}` : ''}`),
    gradeScaleDefined: (scale: string) => t(`量化标准（取自指标解释）：${scale}`, `Scale (from the explanation): ${scale}`),
    gradeScaleDefault: (scale: string) => t(`指标解释未写量化标准；常用标准：${scale}`, `The explanation does not define the grades; the usual scale: ${scale}`),
    taskProjects: (count: number, sum: string) => t(
        `**项目**（${count} 个，年度资金总额合计 ${sum} 元）：`, `**Projects** (${count}, annual funds ${sum} in all):`),
    taskProjectsOver: (excess: string) => t(`超出任务总额 ${excess} 元`, `over the task's total by ${excess}`),
    taskProjectsRest: (rest: string) => t(`尚有 ${rest} 元没有项目申报表`, `${rest} has no project declaration yet`),
    taskProject: (name: string, amount: string) => t(`${name}：${amount}`, `${name}: ${amount}`),
    projectTask: (task: string, department: string) => t(`**所属任务“${task}”**（${department}）`, `**Task “${task}”** (${department})`),
    projectTaskTotal: (total: string) => t(`任务总额 ${total} 元`, `task total ${total}`),
    goalTitle: (name: string) => t(`**目标 ${name}**`, `**Goal ${name}**`),
    goalMeasuredBy: (indicators: number) => t(indicators > 0 ? `由 ${indicators} 个指标计量` : '尚无指标对应此目标',
        indicators > 0 ? `Measured by ${counted(indicators, 'indicator')}` : 'No indicator measures this goal yet')
} as const;

export const amountColumnNames: Readonly<Record<'total' | 'fiscal' | 'other', Text>> = columnNames;

export const InlayTexts = {
    projectsSum: (sum: string) => t(`项目合计 ${sum}`, `projects ${sum}`),
    projectsSumOver: (sum: string, excess: string) => t(`项目合计 ${sum}（超出 ${excess}）`, `projects ${sum} (over by ${excess})`),
    projectsTooltip: (names: string) => t(`所属项目的年度资金总额之和：${names}`, `The projects' annual funds: ${names}`),
    taskSumTooltip: (fiscal: string, other: string, sum: string) => t(
        `财政拨款 ${fiscal} + 其他资金 ${other} = ${sum}`, `fiscal ${fiscal} + other ${other} = ${sum}`),
    columnSumTooltip: (column: string, tasks: number, sum: string) => t(
        `${tasks} 项任务的${column}之和：${sum}`, `Sum of the ${column} of ${counted(tasks, 'task')}: ${sum}`)
} as const;

export const FixTexts = {
    setTotal: (amount: string) => t(`将总额改为 ${amount}`, `Set the total to ${amount}`),
    setFundsTotal: (amount: string) => t(`将年度资金总额改为 ${amount}`, `Set the annual total to ${amount}`),
    fundsTotal: t('年度资金总额', 'annual total'),
    setAttribute: (attribute: string) => t(`将项目属性改为“${attribute}”`, `Change the attribute to “${attribute}”`),
    setTask: (task: string) => t(`将所属任务改为“${task}”`, `Change the task to “${task}”`),
    setYear: (year: string) => t(`将年度改为 ${year}`, `Change the year to ${year}`),
    setOther: (amount: string) => t(`将其他资金改为 ${amount}`, `Set other funds to ${amount}`),
    setGrandTotal: (column: string, amount: string) => t(`将金额合计的${column}改为 ${amount}`, `Set the grand total ${column} to ${amount}`),
    insertAmount: (column: string, amount: string) => t(`填写${column} ${amount}`, `Insert ${column} ${amount}`),
    insertUnit: (unit: string) => t(`添加度量单位“${unit}”`, `Add the unit “${unit}”`),
    replaceUnit: (unit: string) => t(`将单位改为“${unit}”`, `Change the unit to “${unit}”`),
    unitCellLikeValue: (unit: string) => t(`将度量单位改为“${unit}”（与指标值一致）`, `Change the unit cell to “${unit}” (as in the value)`),
    addNotApplicable: (category: string) => t(`添加“${category} 不适用”`, `Add “${category} 不适用”`),
    addFirstLevelBlock: (category: string) => t(`添加“${category}”及其二级指标（均标为不适用）`, `Add “${category}” with its second-level categories marked 不适用`),
    moveCategory: (category: string, parent: string) => t(`将“${category}”移到“${parent}”下`, `Move “${category}” into “${parent}”`),
    moveToTop: (category: string) => t(`将“${category}”移到年度绩效指标下`, `Move “${category}” to the top level`),
    rename: (name: string) => t(`改为“${name}”`, `Change to “${name}”`),
    removeIndicator: (name: string) => t(`删除重复的指标“${name}”`, `Remove the duplicate indicator “${name}”`),
    removeTask: (name: string) => t(`删除重复的任务“${name}”`, `Remove the duplicate task “${name}”`),
    flipComparator: (from: string, to: string) => t(`将“${from}”改为“${to}”`, `Change “${from}” to “${to}”`),
    moveIndicator: (category: string) => t(`将指标移到“${category}”下`, `Move the indicator into “${category}”`),
    markNotApplicable: (category: string) => t(`将“${category}”标为不适用`, `Mark “${category}” 不适用`),
    setDeadlineYear: (deadline: string) => t(`将时限改为 ${deadline}`, `Change the deadline to ${deadline}`),
    setScore: (score: string) => t(`将得分改为 ${score}`, `Set the score to ${score}`),
    setTotalScore: (score: string) => t(`将总分改为 ${score}`, `Set the total to ${score}`),
    insertReason: t('填写偏差原因分析及改进措施（模板）', 'Insert a 偏差原因 template')
} as const;

export const OutlineTexts = {
    declaration: (year: string | undefined) => t(`部门整体支出绩效目标${year ? ` ${year}` : ''}`, `Declaration${year ? ` ${year}` : ''}`),
    project: (year: string | undefined) => t(`项目支出绩效目标${year ? ` ${year}` : ''}`, `Project declaration${year ? ` ${year}` : ''}`),
    funds: t('项目资金', 'Funds'),
    projectGoals: t('年度绩效目标', 'Goals'),
    tasks: t('年度主要任务', 'Main tasks'),
    grandTotal: t('金额合计', 'Grand total'),
    goals: t('年度总体目标', 'Goals'),
    indicators: t('年度绩效指标', 'Performance indicators'),
    notApplicable: t('不适用', 'not applicable'),
    evaluation: (year: string | undefined) => t(`项目支出绩效自评${year ? ` ${year}` : ''}`, `Self-evaluation${year ? ` ${year}` : ''}`),
    total: t('总分', 'Total score')
} as const;

export const RenameTexts = {
    invalidName: (name: string) => t(
        `“${name}”不能作目标名：目标名须以汉字、字母或下划线开头，只含汉字、字母、数字和下划线，且不能是关键字`,
        `“${name}” cannot be a goal name: start with a Chinese character, a letter or _, use only those and digits, and avoid keywords`),
    taken: (name: string) => t(`已有名为“${name}”的目标`, `A goal named “${name}” already exists`),
    notAGoal: t('只能重命名目标（目标名或“对应”后的引用）', 'Only goals can be renamed (a goal name or a reference after 对应)')
} as const;
