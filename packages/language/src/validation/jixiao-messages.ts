/**
 * The text of every diagnostic, in Chinese and English. Messages name the numbers involved, so an
 * analyst can fix the form without a calculator.
 */
import type { Locale } from '../jixiao-settings.js';

export type Message = Readonly<Record<Locale, string>>;

const m = (zh: string, en: string): Message => ({ zh, en });

/** An English count: `1 task`, `2 tasks`. */
export const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export const columnNames = {
    total: m('总额', 'total'),
    fiscal: m('财政拨款', 'fiscal appropriation'),
    other: m('其他资金', 'other funds')
} as const;
export type AmountColumn = keyof typeof columnNames;

export const Messages = {
    taskSum: (task: string, total: string, fiscal: string, other: string, sum: string) => m(
        `任务“${task}”的总额 ${total} 不等于财政拨款 ${fiscal} + 其他资金 ${other} = ${sum}`,
        `Task "${task}": total ${total} differs from fiscal ${fiscal} + other ${other} = ${sum}`),
    grandTotal: (column: AmountColumn, written: string, sum: string, tasks: number) => m(
        `金额合计的${columnNames[column].zh} ${written} 不等于 ${tasks} 项任务之和 ${sum}`,
        `The grand total's ${columnNames[column].en}, ${written}, differs from the sum of the ${counted(tasks, 'task')}, ${sum}`),
    amountMissing: (task: string, column: AmountColumn) => m(
        `任务“${task}”缺少${columnNames[column].zh}`,
        `Task "${task}" has no ${columnNames[column].en}`),
    amountPrecision: (amount: string, unit: string) => m(
        `金额 ${amount} 超过两位小数：${unit}金额最多保留到小数点后两位`,
        `Amount ${amount} has more than two decimals (${unit} amounts keep at most two)`),
    amountNegative: (amount: string) => m(
        `金额 ${amount} 为负数：预算金额不能小于 0`,
        `Amount ${amount} is negative: budget amounts cannot be below 0`),
    amountSyntax: (amount: string) => m(
        `金额“${amount}”的千分位分隔不正确，应每三位一个逗号，如 11,782,800.00`,
        `Amount "${amount}" has misplaced thousands separators; write e.g. 11,782,800.00`),
    amountTooLarge: (amount: string, digits: number) => m(
        `金额 ${amount} 有 ${digits} 位有效数字（算到分），超过 Excel 能精确保存的 15 位，无法准确导出：请核对金额`,
        `Amount ${amount} has ${digits} significant digits (to the fen), more than the 15 a spreadsheet keeps exactly: check it`),
    columnSumTooLarge: (column: AmountColumn, sum: string, digits: number) => m(
        `各任务的${columnNames[column].zh}之和 ${sum} 有 ${digits} 位有效数字，超过 Excel 能精确保存的 15 位，金额合计无法准确导出`,
        `The tasks' ${columnNames[column].en} add up to ${sum}, ${digits} significant digits: more than a spreadsheet keeps exactly for 金额合计`),
    taskDuplicate: (task: string, line: number) => m(
        `任务“${task}”重复：第 ${line} 行已有同名任务`,
        `Task "${task}" is duplicated: line ${line} has a task of the same name`),
    unitMissing: (indicator: string, suggestion?: string) => m(
        `指标“${indicator}”的指标值缺少度量单位${suggestion ? `（建议：${suggestion}）` : ''}`,
        `Indicator "${indicator}" has a value without a unit${suggestion ? ` (suggested: ${suggestion})` : ''}`),
    unitShouldBePercent: (indicator: string, unit: string) => m(
        `指标“${indicator}”是比率，度量单位应为 %，而不是“${unit}”`,
        `Indicator "${indicator}" is a rate: its unit should be %, not "${unit}"`),
    percentOnCount: (indicator: string) => m(
        `指标“${indicator}”是计数，度量单位却是 %：请写计数单位（个、套、份…）`,
        `Indicator "${indicator}" is a count but its unit is %: use a counting unit (个, 套, 份…)`),
    unitCellDiffers: (valueUnit: string, cellUnit: string) => m(
        `指标值中的单位“${valueUnit}”与度量单位“${cellUnit}”不一致`,
        `The unit in the value, "${valueUnit}", differs from the unit cell "${cellUnit}"`),
    percentRange: (value: string) => m(
        `百分比 ${value}% 超出 0–100% 的范围`,
        `Percentage ${value}% is outside 0–100%`),
    gradeUndefined: (grade: string) => m(
        `等级“${grade}”没有量化标准：请在指标解释中写明，如“显著”的量化标准为“80%-100%”`,
        `Grade "${grade}" is not quantified: define it in the explanation, e.g. "显著" means 80%-100%`),
    gradeUnknown: (grade: string, grades: string) => m(
        `“${grade}”不是可用的等级（${grades}），无法衡量`,
        `"${grade}" is not one of the grades (${grades}) and cannot be measured`),
    vagueValue: (text: string) => m(
        `指标值“${text}”不是数量、时限或等级，无法衡量：请写成如 ≥95 %、2026年6月前 或 显著`,
        `Value "${text}" is not a quantity, a deadline or a grade and cannot be measured: write e.g. ≥95 %, 2026年6月前 or 显著`),
    deadlineOutsideYear: (deadline: string, year: string) => m(
        `时限 ${deadline} 不在申报年度 ${year} 年内`,
        `Deadline ${deadline} is outside the declaration year ${year}`),
    deadlineInvalid: (deadline: string) => m(
        `时限“${deadline}”不是有效日期`,
        `Deadline "${deadline}" is not a valid date`),
    explanationMissing: (indicator: string) => m(
        `指标“${indicator}”缺少指标解释`,
        `Indicator "${indicator}" has no explanation`),
    indicatorDuplicate: (indicator: string, line: number) => m(
        `三级指标“${indicator}”重复：第 ${line} 行已有同名指标`,
        `Indicator "${indicator}" is duplicated: line ${line} has the same name`),
    satisfactionLow: (indicator: string, value: string, threshold: number) => m(
        `满意度指标“${indicator}”的目标 ${value}% 低于 ${threshold}%`,
        `Satisfaction target of "${indicator}", ${value}%, is below ${threshold}%`),
    directionUpperOnRate: (indicator: string, comparator: string) => m(
        `指标“${indicator}”越高越好，却用了“${comparator}”：是否应为 ≥？`,
        `"${indicator}" is better when higher but uses "${comparator}": did you mean ≥?`),
    directionLowerOnIncident: (indicator: string, comparator: string) => m(
        `指标“${indicator}”越少越好，却用了“${comparator}”：是否应为 ≤？`,
        `"${indicator}" is better when lower but uses "${comparator}": did you mean ≤?`),
    costOverBudget: (indicator: string, value: string, budget: string) => m(
        `成本指标“${indicator}”的 ${value} 超过预算金额合计 ${budget}`,
        `Cost indicator "${indicator}", ${value}, exceeds the budget total ${budget}`),
    costOverProjectFunds: (indicator: string, value: string, funds: string) => m(
        `成本指标“${indicator}”的 ${value} 超过项目年度资金总额 ${funds}`,
        `Cost indicator "${indicator}", ${value}, exceeds the project's annual funds ${funds}`),
    rateUnderQuantity: (indicator: string, category: string) => m(
        `“${indicator}”是比率，通常属于质量指标，而不是${category}`,
        `"${indicator}" is a rate and usually belongs under 质量指标, not ${category}`),
    countUnderQuality: (indicator: string) => m(
        `“${indicator}”是数量，通常属于数量指标，而不是质量指标`,
        `"${indicator}" is a count and usually belongs under 数量指标, not 质量指标`),
    satisfactionOutside: (indicator: string, category: string) => m(
        `“${indicator}”是满意度，应放在满意度指标下，而不是${category}`,
        `"${indicator}" is a satisfaction rate and belongs under 满意度指标, not ${category}`),
    unknownCategory: (name: string, level: string, suggestions: string[]) => m(
        `“${name}”不是${level}指标${suggestions.length ? `，是否为：${suggestions.join('、')}？` : ''}`,
        `"${name}" is not a ${level === '一级' ? 'first-level' : 'second-level'} category${suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : ''}`),
    misplacedSecond: (name: string, parent: string, expected: string) => m(
        `二级指标“${name}”属于“${expected}”，不应放在“${parent}”下`,
        `Category "${name}" belongs under "${expected}", not "${parent}"`),
    secondAtTop: (name: string, expected: string) => m(
        `“${name}”是二级指标，应放在一级指标“${expected}”下`,
        `"${name}" is a second-level category and belongs inside "${expected}"`),
    firstNested: (name: string) => m(
        `“${name}”是一级指标，应直接放在年度绩效指标下`,
        `"${name}" is a first-level category and belongs directly under 年度绩效指标`),
    tooDeep: (name: string) => m(
        `“${name}”嵌套过深：指标体系只有一级和二级两层`,
        `"${name}" is nested too deep: the framework has two category levels`),
    indicatorOutsideSecond: (indicator: string) => m(
        `指标“${indicator}”须放在某个二级指标下`,
        `Indicator "${indicator}" must be inside a second-level category`),
    categoryMissing: (name: string, parent?: string) => m(
        parent ? `缺少二级指标“${name}”（属于“${parent}”）：请填写指标或标为不适用`
            : `缺少一级指标“${name}”：请填写指标或标为不适用`,
        `Category "${name}"${parent ? ` (under "${parent}")` : ''} is missing: fill it or mark it 不适用`),
    categoryEmpty: (name: string) => m(
        `“${name}”下没有任何指标：请填写指标或标为不适用`,
        `Category "${name}" is empty: add indicators or mark it 不适用`),
    categoryDuplicate: (name: string, line: number) => m(
        `“${name}”重复：第 ${line} 行已有该指标类别，请合并`,
        `Category "${name}" appears twice (also on line ${line}): merge them`),
    headerMissing: (field: string) => m(
        `申报表缺少${field}`,
        `The declaration has no ${field}`),
    headerDuplicate: (field: string) => m(
        `${field}重复填写：只保留一个`,
        `The ${field} is given twice: keep one`),
    yearInvalid: (year: string) => m(
        `年度“${year}”不是有效的四位年份`,
        `Year "${year}" is not a four-digit year`),
    amountUnitInvalid: (unit: string) => m(
        `金额单位“${unit}”无效：只能是 元 或 万元`,
        `Amount unit "${unit}" is not valid: use 元 or 万元`),
    profileInvalid: (profile: string, names: string) => m(
        `指标体系“${profile}”未定义：可用 ${names}`,
        `Indicator profile "${profile}" is unknown: use ${names}`),
    textTooLong: (what: Message, length: number) => m(
        `${what.zh}有 ${length.toLocaleString('en-US')} 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短`,
        `${what.en} has ${length.toLocaleString('en-US')} characters, more than an Excel cell holds (32,767): shorten it`),
    goalUnsupported: (goal: string) => m(
        `目标“${goal}”没有任何指标对应：请为它设置指标并写“对应 ${goal}”`,
        `Goal "${goal}" is not measured by any indicator (对应 ${goal})`),
    goalFigureUncounted: (goal: string, figure: string) => m(
        `目标“${goal}”承诺的“${figure}”没有对应的指标计量`,
        `Goal "${goal}" promises "${figure}" but no indicator pointing to it counts it`),
    goalFigureMismatch: (goal: string, figures: string, indicator: string, value: string) => m(
        `目标“${goal}”写有“${figures}”，而对应指标“${indicator}”为 ${value}`,
        `Goal "${goal}" says "${figures}" but its indicator "${indicator}" says ${value}`),
    goalUnresolved: (name: string, suggestions: string[]) => m(
        `找不到目标“${name}”${suggestions.length ? `，是否为：${suggestions.join('、')}？` : ''}`,
        `No goal named "${name}"${suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : ''}`),
    goalDuplicateName: (name: string, line: number) => m(
        `目标名“${name}”重复：第 ${line} 行已使用`,
        `Goal name "${name}" is used twice (also on line ${line})`),
    unknownField: (word: string, block: Message, suggestions: string[], fields: string[]) => m(
        suggestions.length
            ? `${block.zh}中没有“${word}”，是否为：${suggestions.join('、')}？`
            : `${block.zh}中没有“${word}”：此处可写 ${fields.join('、')}`,
        suggestions.length
            ? `${block.en} has no "${word}"; did you mean ${suggestions.join(', ')}?`
            : `${block.en} has no "${word}"; write one of ${fields.join(', ')}`),
    unitAfterAmount: (unit: string) => m(
        `金额不带单位：请删去“${unit}”（金额单位在表头用“金额单位”设定，默认为元）`,
        `Amounts take no unit: remove "${unit}" (the amount unit is set once in the header with 金额单位; the default is 元)`),
    goalWithoutLink: (goal: string) => m(
        `“${goal}”是目标名：是否漏写了“对应”？应为：对应 ${goal}`,
        `"${goal}" is a goal name: is 对应 missing? Write: 对应 ${goal}`),
    fieldDuplicate: (field: string) => m(
        `“${field}”写了两次：只保留一个`,
        `"${field}" is written twice: keep one`),
    // 项目
    projectHeaderMissing: (field: string) => m(
        `项目申报表缺少${field}`,
        `The project declaration has no ${field}`),
    attributeInvalid: (attribute: string, suggestions: string[]) => m(
        `项目属性“${attribute}”无效：只能是 新增项目 或 延续项目${suggestions.length ? `，是否为：${suggestions.join('、')}？` : ''}`,
        `Project attribute "${attribute}" is not valid: use 新增项目 or 延续项目${suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : ''}`),
    fundsMissing: () => m(
        '项目申报表缺少项目资金（年度资金总额、财政拨款、其他资金）',
        'The project declaration has no funds (项目资金: 年度资金总额, 财政拨款, 其他资金)'),
    fundsAmountMissing: (column: AmountColumn) => m(
        `项目资金缺少${fundsColumnNames[column].zh}`,
        `The project funds have no ${fundsColumnNames[column].en}`),
    fundsSum: (total: string, fiscal: string, other: string, sum: string) => m(
        `项目资金的年度资金总额 ${total} 不等于财政拨款 ${fiscal} + 其他资金 ${other} = ${sum}`,
        `Project funds: annual total ${total} differs from fiscal ${fiscal} + other ${other} = ${sum}`),
    // 工作区
    taskUnknown: (task: string, department: string, suggestions: string[]) => m(
        `所属任务“${task}”不是“${department}”的年度主要任务${suggestions.length ? `，是否为：${suggestions.map(s => `“${s}”`).join('、')}？` : ''}`,
        `No main task "${task}" in "${department}"${suggestions.length ? `; did you mean ${suggestions.map(s => `"${s}"`).join(', ')}?` : ''}`),
    taskOvercommitted: (task: string, column: AmountColumn, amount: string, projects: string[], sum: string, excess: string) => m(
        `任务“${task}”的${columnNames[column].zh} ${amount} 元少于${projectsZh(projects)}的${fundsColumnNames[column].zh}${projects.length > 1 ? '之和' : ''} ${sum} 元（超出 ${excess} 元）`,
        `Task "${task}": ${columnNames[column].en} ${amount} is less than ${projectsEn(projects)} ask${projects.length > 1 ? '' : 's'} for, ${sum} (over by ${excess})`),
    taskUndeclared: (task: string, total: string, projects: string[], sum: string, rest: string) => m(
        `任务“${task}”的总额 ${total} 元中，${projectsZh(projects)}申报了 ${sum} 元，尚有 ${rest} 元没有项目申报表`,
        `Task "${task}": of its total ${total}, ${projectsEn(projects)} declare${projects.length > 1 ? '' : 's'} ${sum}; ${rest} has no project declaration yet`),
    taskProject: (project: string, column: AmountColumn, amount: string) => m(
        `项目“${project}”：${fundsColumnNames[column].zh} ${amount} 元`,
        `Project "${project}": ${fundsColumnNames[column].en} ${amount}`),
    projectDuplicate: (project: string, files: string) => m(
        `项目“${project}”重复：${files} 中有同一部门、同一年度的同名项目`,
        `Project "${project}" is declared twice: ${files} has a project of the same name, department and year`),
    projectDuplicateOther: (file: string) => m(
        `同名项目在 ${file}`,
        `The project of the same name in ${file}`),
    departmentMissing: (authority: string) => m(
        `工作区中没有“${authority}”的部门整体支出绩效目标申报表，无法核对所属任务`,
        `No department declaration of "${authority}" in the workspace: the task cannot be checked`),
    yearMismatch: (year: string, departmentYear: string, department: string) => m(
        `项目年度 ${year} 与部门“${department}”的申报年度 ${departmentYear} 不一致`,
        `The project's year ${year} differs from the year of its department "${department}", ${departmentYear}`),
    yearMismatchDepartment: (department: string) => m(
        `部门“${department}”的申报表`,
        `The declaration of "${department}"`)
} as const;

/** The blocks whose fields a misspelt word is compared with. */
export const blockNames = {
    Declaration: m('申报表表头', 'The header'),
    ProjectDeclaration: m('项目申报表表头', 'The project header'),
    ProjectFunds: m('项目资金', 'The project funds'),
    ProjectGoalSection: m('年度绩效目标', 'The goals section'),
    Task: m('任务', 'A task'),
    GrandTotal: m('金额合计', 'The grand total'),
    GoalSection: m('年度总体目标', 'The goals section'),
    Indicator: m('指标', 'An indicator')
} as const;

/** `项目“甲”`, or `2 个项目` when there are several (they are listed as related information). */
function projectsZh(projects: readonly string[]): string {
    return projects.length === 1 ? `项目“${projects[0]}”` : `其 ${projects.length} 个项目`;
}

function projectsEn(projects: readonly string[]): string {
    return projects.length === 1 ? `project "${projects[0]}"` : `its ${projects.length} projects`;
}

/** The three amounts as the project form names them. */
export const fundsColumnNames = {
    total: m('年度资金总额', 'annual total'),
    fiscal: m('财政拨款', 'fiscal appropriation'),
    other: m('其他资金', 'other funds')
} as const;

/** The texts that become one cell each, as `textTooLong` names them. */
export const cellTextNames = {
    departmentName: m('部门名称', 'The department name'),
    authority: m('主管部门', 'The supervising department'),
    projectName: m('项目名称', 'The project name'),
    implementer: m('实施单位', 'The implementing unit'),
    attribute: m('项目属性', 'The project attribute'),
    period: m('项目期', 'The project period'),
    taskName: (task: string) => m(`任务“${clipName(task)}”的名称`, `The name of task "${clipName(task)}"`),
    taskContent: (task: string) => m(`任务“${clipName(task)}”的主要内容`, `The content of task "${clipName(task)}"`),
    indicatorName: (indicator: string) => m(`指标“${clipName(indicator)}”的名称`, `The name of indicator "${clipName(indicator)}"`),
    indicatorValue: (indicator: string) => m(`指标“${clipName(indicator)}”的指标值`, `The value of indicator "${clipName(indicator)}"`),
    indicatorUnit: (indicator: string) => m(`指标“${clipName(indicator)}”的度量单位`, `The unit of indicator "${clipName(indicator)}"`),
    indicatorExplanation: (indicator: string) => m(`指标“${clipName(indicator)}”的指标解释`, `The explanation of indicator "${clipName(indicator)}"`),
    indicatorActual: (indicator: string) => m(`指标“${clipName(indicator)}”的实际完成值`, `The actual value of indicator "${clipName(indicator)}"`),
    indicatorReason: (indicator: string) => m(`指标“${clipName(indicator)}”的偏差原因`, `The deviation reason of indicator "${clipName(indicator)}"`),
    fundReason: (row: string) => m(`${row}的偏差原因`, `The deviation reason of ${row}`),
    expectedGoals: m('预期目标', 'The expected goals'),
    achievedGoals: m('实际完成情况', 'The achievements')
} as const;

/** A name as a message quotes it: cut after 20 characters. */
function clipName(name: string): string {
    return name.length > 20 ? `${name.slice(0, 20)}…` : name;
}

export const headerFieldNames = {
    departmentName: m('部门名称', 'department name (部门名称)'),
    authority: m('主管部门', 'supervising department (主管部门)'),
    year: m('年度', 'year'),
    amountUnit: m('金额单位', 'amount unit (金额单位)'),
    profile: m('指标体系', 'indicator profile (指标体系)'),
    projectName: m('项目名称', 'project name (项目名称)'),
    implementer: m('实施单位', 'implementing unit (实施单位)'),
    attribute: m('项目属性', 'project attribute (项目属性)'),
    period: m('项目期', 'project period (项目期)'),
    task: m('所属任务', 'department task (所属任务)'),
    scoringProfile: m('评分规则', 'scoring rules (评分规则)'),
    declarationPath: m('申报', 'declaration evaluated (申报)')
} as const;
export type HeaderField = keyof typeof headerFieldNames;

/** The columns of a 项目资金 row. */
export const fundColumnNames = {
    initial: m('年初预算数', 'initial budget'),
    budget: m('全年预算数', 'budget for the year'),
    executed: m('全年执行数', 'spent in the year')
} as const;
export type FundColumn = keyof typeof fundColumnNames;

/** The self-evaluation's diagnostics (selfeval.*, and the budget and structure codes it shares). */
export const SelfevalMessages = {
    headerMissing: (field: string) => m(`自评表缺少${field}`, `The evaluation has no ${field}`),
    scoringProfileInvalid: (name: string, names: string) => m(
        `评分规则“${name}”未定义：可用 ${names}`, `Scoring rules "${name}" are unknown: use ${names}`),
    fundRowMissing: () => m(
        `项目资金缺少“年度资金总额”一行：预算执行率按这一行计分`,
        `项目资金 has no 年度资金总额 row: the execution rate is scored on it`),
    fundsMissing: () => m(
        `自评表缺少项目资金（年度资金总额的全年预算数、全年执行数和分值）`,
        `The evaluation has no 项目资金 (budget, execution and weight of 年度资金总额)`),
    fundAmountMissing: (row: string, column: FundColumn) => m(
        `${row}缺少${fundColumnNames[column].zh}`, `${row} has no ${fundColumnNames[column].en}`),
    fundRowDuplicate: (row: string, line: number) => m(
        `项目资金的“${row}”一行重复：第 ${line} 行已有`, `Row "${row}" of 项目资金 appears twice (also on line ${line})`),
    fundColumnSum: (column: FundColumn, total: string, parts: string, sum: string) => m(
        `年度资金总额的${fundColumnNames[column].zh} ${total} 不等于${parts} = ${sum}`,
        `年度资金总额's ${fundColumnNames[column].en}, ${total}, differs from ${parts} = ${sum}`),
    executionOver: (row: string, executed: string, budget: string) => m(
        `${row}的全年执行数 ${executed} 超过全年预算数 ${budget}`,
        `${row}: spent ${executed} exceeds the budget for the year ${budget}`),
    executionMissing: () => m(`年度资金总额缺少全年执行数`, `年度资金总额 has no amount spent (全年执行数)`),
    achievedMissing: () => m(`年度总体目标缺少实际完成情况`, `The goals have no 实际完成情况 (what was achieved)`),
    actualMissing: (indicator: string) => m(
        `指标“${indicator}”缺少实际完成值（实际）`, `Indicator "${indicator}" has no actual value (实际)`),
    weightMissing: (indicator: string) => m(`指标“${indicator}”缺少分值`, `Indicator "${indicator}" has no weight (分值)`),
    budgetWeightMissing: (usual: string) => m(
        `年度资金总额缺少分值（预算执行率的分值，通常为 ${usual}）`,
        `年度资金总额 has no weight (the execution rate's 分值, usually ${usual})`),
    weightsTotal: (sum: string, expected: string, budget: string, indicators: string) => m(
        `分值合计 ${sum}，应为 ${expected}（预算执行率 ${budget} + 各指标 ${indicators}）`,
        `The weights add up to ${sum}, not ${expected} (execution rate ${budget} + indicators ${indicators})`),
    weightsSplit: (share: string, sum: string, expected: string) => m(
        `${share}的分值合计 ${sum}，按评分规则应为 ${expected}`,
        `${share} weighs ${sum}; the scoring rules give it ${expected}`),
    budgetWeightSplit: (weight: string, expected: string) => m(
        `预算执行率的分值为 ${weight}，按评分规则应为 ${expected}`,
        `The execution rate weighs ${weight}; the scoring rules give it ${expected}`),
    scoreMismatch: (indicator: string, written: string, computed: string) => m(
        `指标“${indicator}”的得分 ${written} 与按规则计算的 ${computed} 不一致`,
        `Indicator "${indicator}": score ${written} differs from the computed ${computed}`),
    budgetScoreMismatch: (written: string, computed: string, rate: string) => m(
        `预算执行率得分 ${written} 与按规则计算的 ${computed}（执行率 ${rate}%）不一致`,
        `Execution-rate score ${written} differs from the computed ${computed} (rate ${rate}%)`),
    totalMismatch: (written: string, computed: string) => m(
        `总分 ${written} 与各项得分之和 ${computed} 不一致`, `Total ${written} differs from the sum of the scores, ${computed}`),
    /** What a 得分 out of range belongs to (scoreRange's label). */
    budgetLabel: () => m('年度资金总额', '年度资金总额 (execution rate)'),
    indicatorLabel: (indicator: string) => m(`指标“${indicator}”`, `Indicator "${indicator}"`),
    scoreRange: (label: string, score: string, weight: string) => m(
        `${label}的得分 ${score} 超出 0 到分值 ${weight} 的范围`, `${label}: score ${score} is outside 0 to ${weight}`),
    scoreMissing: (indicator: string, why: string) => m(
        `指标“${indicator}”不能按规则计分（${why}）：请填写得分`,
        `Indicator "${indicator}" cannot be scored by the rules (${why}): write its score (得分)`),
    budgetScoreMissing: () => m(
        `全年预算数为 0 或无效，预算执行率无法计算：请填写得分`,
        `The budget for the year is 0 or invalid, so the execution rate cannot be computed: write the score`),
    reasonMissing: (indicator: string, score: string, weight: string) => m(
        `指标“${indicator}”得分 ${score} 低于分值 ${weight}：请填写偏差原因分析及改进措施`,
        `Indicator "${indicator}" scores ${score} of ${weight}: explain the shortfall (偏差原因)`),
    executionReasonMissing: (rate: string, threshold: string) => m(
        `预算执行率 ${rate}% 低于 ${threshold}%：请填写偏差原因分析及改进措施`,
        `The execution rate ${rate}% is below ${threshold}%: explain it (偏差原因)`),
    overachieved: (indicator: string, actual: string, target: string, factor: string) => m(
        `指标“${indicator}”实际完成 ${actual}，超过目标 ${target}的 ${factor} 倍：请在偏差原因中说明，并检查目标是否定得过低`,
        `Indicator "${indicator}" achieved ${actual}, more than ${factor} × the target ${target}: explain it, and check whether the target was set too low`),
    actualUnitDiffers: (actualUnit: string, targetUnit: string) => m(
        `实际完成值的单位“${actualUnit}”与指标值的单位“${targetUnit}”不一致，无法按规则计分`,
        `The actual's unit "${actualUnit}" differs from the target's "${targetUnit}": it cannot be scored by the rules`),
    fieldOutsideEvaluation: (keyword: string) => m(
        `“${keyword}”只用于项目支出绩效自评表，申报表中不填`,
        `"${keyword}" belongs to a self-evaluation (项目支出绩效自评), not to a declaration`),
    fieldOutsideBudgetRow: (keyword: string, row: string) => m(
        `“${keyword}”只填在年度资金总额一行，${row}一行不填（表中为“—”）`,
        `"${keyword}" is written on the 年度资金总额 row only, not on ${row} (the form shows “—”)`),
    declarationMissing: (path: string, why: 'missing' | 'unreadable') => m(
        `无法读取申报表“${path}”：${why === 'missing' ? '文件不存在' : '无法读取该文件'}，不能核对年度指标值`,
        `Cannot read the declaration "${path}": ${why === 'missing' ? 'there is no such file' : 'the file cannot be read'}; the targets are not compared`),
    declarationNotProject: (path: string) => m(
        `“${path}”不是项目支出绩效目标申报表，不能核对年度指标值`,
        `"${path}" is not a project declaration (项目支出绩效目标); the targets are not compared`),
    targetChanged: (indicator: string, evaluated: string, declared: string, path: string) => m(
        `指标“${indicator}”的年度指标值 ${evaluated} 与申报表 ${path} 中的 ${declared} 不一致`,
        `Indicator "${indicator}": target ${evaluated} differs from ${declared} in the declaration ${path}`),
    targetNotDeclared: (indicator: string, path: string) => m(
        `指标“${indicator}”不在申报表 ${path} 中`, `Indicator "${indicator}" is not in the declaration ${path}`),
    targetNotEvaluated: (indicators: string, path: string) => m(
        `申报表 ${path} 中的指标没有评价：${indicators}`, `Indicators of the declaration ${path} are not evaluated: ${indicators}`)
} as const;
