/**
 * The text of every import message, in Chinese and English: why a file is not a form, and which
 * row or cell of a form did not fit where. Each names the cell and quotes what it holds, so that
 * the analyst can find it in Excel.
 */
import type { Message } from 'jixiao-language';
import { FormLabels, ProjectFormLabels } from './form-labels.js';
import { EVALUATION_INDICATOR_HEADERS, FUND_HEADERS, SelfevalLabels } from './selfeval-labels.js';

const m = (zh: string, en: string): Message => ({ zh, en });

/** Cell text shown in a message: quoted, cut when long. */
export function quoteCell(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return `“${flat.length > 30 ? flat.slice(0, 30) + '…' : flat}”`;
}

/** Where a problem is: a row or a cell of a pasted text or a worksheet. */
export const Places = {
    textRow: (row: number) => m(`第${row}行`, `row ${row}`),
    textCell: (row: number, column: number) => m(`第${row}行第${column + 1}列`, `row ${row}, column ${column + 1}`),
    sheetRow: (sheet: string | undefined, row: number) => m(`${sheetZh(sheet)}第${row}行`, `${sheetEn(sheet)}row ${row}`),
    sheetCell: (sheet: string | undefined, row: number, column: string) => m(`${sheetZh(sheet)}第${row}行 ${column}列`, `${sheetEn(sheet)}cell ${column}${row}`),
    endOfTable: m('表格末尾', 'the end of the table')
} as const;

function sheetZh(sheet: string | undefined): string {
    return sheet === undefined ? '' : `工作表“${sheet}”`;
}

function sheetEn(sheet: string | undefined): string {
    return sheet === undefined ? '' : `sheet "${sheet}", `;
}

/** The kinds of form, as messages name them. */
export const FormKinds = {
    department: m('申报表', 'form'),
    project: m('项目申报表', 'project form'),
    evaluation: m('自评表', 'self-evaluation form')
} as const;

/** The parts of a form named in “does not belong to any column of …”. */
export const FormParts = {
    headerRow: m('部门（单位）名称一行', `the ${FormLabels.departmentName} row`),
    authorityRow: m('主管部门一行', `the ${FormLabels.authority} row`),
    tasksHeader: m('年度主要任务的表头', `the header of ${FormLabels.tasksBlock}`),
    amountHeader: m('预算金额的分栏', 'the budget columns'),
    grandTotalRow: m('金额合计一行', 'the 金额合计 row'),
    taskTable: m('任务表', 'the task table'),
    goalsRow: m('年度总体目标一行', `the ${FormLabels.goalsBlock} row`),
    indicatorHeader: m('年度绩效指标的表头', `the header of ${FormLabels.indicatorsBlock}`),
    indicatorTable: m('年度绩效指标表', 'the indicator table'),
    projectHeaderRow: m('项目信息一行', 'the project information row'),
    funds: m('项目资金', 'the project funds (项目资金)'),
    evaluationFundsHeader: m('项目资金的表头', 'the header of the project funds (项目资金)'),
    outcomeHeader: m(`“${SelfevalLabels.goalsBlock}”的表头`, `the header of ${SelfevalLabels.goalsBlock}`),
    outcome: m(SelfevalLabels.goalsBlock, `the cells of ${SelfevalLabels.goalsBlock}`),
    evaluatedIndicatorHeader: m('绩效指标的表头', `the header of ${SelfevalLabels.indicatorsBlock}`),
    evaluatedIndicatorTable: m('绩效指标表', 'the indicator table'),
    totalRow: m('总分一行', 'the 总分 row')
} as const;

const FUNDS_HEADER = FUND_HEADERS.join(' | ');
const EVALUATED_INDICATOR_HEADER = EVALUATION_INDICATOR_HEADERS.join(' | ');
const INDICATOR_HEADER = [FormLabels.firstLevel, FormLabels.secondLevel, FormLabels.thirdLevel, FormLabels.value, FormLabels.unit, FormLabels.explanation].join(' | ');
const level = (first: boolean) => m(first ? '一级' : '二级', first ? 'first-level' : 'second-level');

export const ImportMessages = {
    /** `第12行 C列：…` */
    at: (place: Message, problem: Message) => m(`${place.zh}：${problem.zh}`, `${place.en}: ${problem.en}`),

    // ── the file ──────────────────────────────────────────────────────────────────────────────
    emptyFile: m('文件是空的', 'The file is empty'),
    emptyZip: m('这是一个空的 ZIP 压缩包，不是 xlsx 工作簿', 'This is an empty ZIP archive, not an xlsx workbook'),
    onlyWhitespace: m('文件里只有空白，没有申报表', 'The file holds only white space, no form'),
    wordDocument: m('这是 Word 文档（.docx），不是 xlsx 工作簿；请把申报表复制为文本或另存为 .xlsx 后再导入',
        'This is a Word document (.docx), not an xlsx workbook: copy the form as text or save it as .xlsx, then import it'),
    powerPoint: m('这是 PowerPoint 文档（.pptx），不是 xlsx 工作簿', 'This is a PowerPoint document (.pptx), not an xlsx workbook'),
    openDocument: m('这是 OpenDocument 文件（如 .ods），请在表格软件中另存为 .xlsx 后再导入',
        'This is an OpenDocument file (such as .ods): save it as .xlsx in a spreadsheet program, then import it'),
    otherZip: m('这是一个 ZIP 压缩包，里面没有 xlsx 工作簿', 'This is a ZIP archive with no xlsx workbook in it'),
    foreignFile: (what: Message, advice: Message) => m(`这是${what.zh}，${advice.zh}`, `This is ${what.en}: ${advice.en}`),
    binaryFile: m('这不是文本文件，也不是 xlsx 工作簿（文件里有二进制数据）', 'This is neither a text file nor an xlsx workbook (it holds binary data)'),
    unknownEncoding: m('文件不是 UTF-8 或 UTF-16 编码的文本，也不是 xlsx 工作簿', 'The file is neither UTF-8 or UTF-16 text nor an xlsx workbook'),
    badEncoding: (label: string) => m(`文件标明是 ${label} 文本，但其中有无效的字节（文件可能已损坏）`,
        `The file says it is ${label} text but holds invalid bytes (it may be damaged)`),
    notAFormAdvice: m('不是申报表（只能导入 .xlsx 工作簿，或从政务系统、Excel 复制出来的表格文本）',
        'not a form (import an .xlsx workbook, or the table copied as text from the online system or Excel)'),
    saveAsXlsxAdvice: m('请在 Excel 中另存为 .xlsx 工作簿后再导入', 'save it as an .xlsx workbook in Excel, then import it'),
    copyAsTextAdvice: m('请把申报表复制为文本或另存为 .xlsx 后再导入', 'copy the form as text or save it as .xlsx, then import it'),
    internalError: (detail: string) => m(`导入时发生内部错误：${detail}`, `Internal error while importing: ${detail}`),

    // ── larger than any form (form-limits.ts) ───────────────────────────────────────────────
    fileTooLarge: (size: string, limit: string) => m(`文件有 ${size}，申报表（xlsx 工作簿或复制的表格文本）不会超过 ${limit}，未导入`,
        `The file has ${size}; a form (an xlsx workbook or the table copied as text) is never more than ${limit}: not imported`),
    textTooLarge: (size: string, limit: string) => m(`文本有 ${size}，超过申报表文本的上限 ${limit}（申报表复制为文本通常只有几十 KB），未导入`,
        `The text has ${size}, more than the ${limit} a form copied as text can be (usually a few tens of KB): not imported`),
    textTooManyLines: (lines: string, limit: string) => m(`文本有 ${lines} 行，超过申报表文本的上限 ${limit} 行，未导入`,
        `The text has ${lines} lines, more than the ${limit} a form copied as text can have: not imported`),
    encryptedWorkbook: m('这是设有打开密码的（加密的）Excel 工作簿，无法读取：请在 Excel 中打开它，在“文件 → 信息 → 保护工作簿 → 用密码进行加密”中清除密码并保存，然后再导入',
        'This Excel workbook is protected by a password (encrypted) and cannot be read: open it in Excel, clear the password under File → Info → Protect Workbook → Encrypt with Password, save it, then import it'),
    workbookTooLarge: (size: string, limit: string) => m(`文件有 ${size}，超过申报表工作簿的上限 ${limit}，未导入`,
        `The file has ${size}, more than the ${limit} a form's workbook can be: not imported`),
    /** A workbook no form can be: `what` says which part and why. */
    notAForm: (what: Message) => m(`${what.zh}，不可能是申报表（可能是损坏或特意构造的文件），未导入`,
        `${what.en}: this cannot be a form (the file may be damaged or crafted): not imported`),
    inflatedOver: (limit: string) => m(`工作簿解压后超过 ${limit}`, `The workbook inflates to more than ${limit}`),
    partOver: (part: string, limit: string) => m(`工作簿中的 ${part} 解压后超过 ${limit}`, `${part} of the workbook inflates to more than ${limit}`),
    partDeclared: (part: string, size: string, limit: string) => m(`工作簿中的 ${part} 解压后有 ${size}，超过上限 ${limit}`,
        `${part} of the workbook inflates to ${size}, more than the limit of ${limit}`),
    inflatedDeclared: (size: string, limit: string) => m(`工作簿解压后共有 ${size}，超过上限 ${limit}`,
        `The workbook inflates to ${size} in all, more than the limit of ${limit}`),
    tooManyParts: (parts: string, limit: string) => m(`工作簿的压缩包里有 ${parts} 个文件，申报表不会超过 ${limit} 个`,
        `The workbook's archive holds ${parts} files; a form has at most ${limit}`),
    tooManyCells: (limit: string, part: string) => m(`工作簿的单元格（含合并区域）超过 ${limit} 个（在 ${part} 处超出）`,
        `The workbook has more than ${limit} cells, merged ranges included (exceeded in ${part})`),
    tooManyValidatedCells: (limit: string, part: string) => m(`工作簿的数据验证区域超过 ${limit} 个单元格（在 ${part} 处超出）`,
        `The workbook's data validations cover more than ${limit} cells (exceeded in ${part})`),
    tooManySharedStrings: (part: string, limit: string) => m(`工作簿的共享字符串表（${part}）超过 ${limit} 项`,
        `The workbook's shared strings (${part}) have more than ${limit} entries`),
    sheetRefused: (part: string, what: Message) => m(`工作表（${part}）${what.zh}`, `Worksheet ${part} ${what.en}`),
    rowsOver: (limit: string) => m(`超过 ${limit} 行`, `has more than ${limit} rows`),
    rowBeyondExcel: (row: string, max: string) => m(`有第 ${row} 行，超出 Excel 的 ${max} 行`, `has row ${row}, beyond Excel's ${max} rows`),
    cellBeyondExcel: (cell: string, rows: string, columns: string) => m(`有单元格“${cell}”，超出 Excel 的 ${rows} 行、${columns} 列`,
        `has cell "${cell}", beyond Excel's ${rows} rows and ${columns} columns`),
    columnBeyondExcel: (column: string, max: string) => m(`定义了第 ${column} 列，超出 Excel 的 ${max} 列`, `defines column ${column}, beyond Excel's ${max} columns`),
    mergesOver: (limit: string) => m(`有超过 ${limit} 个合并区域`, `has more than ${limit} merged ranges`),
    rangeUnreadable: (range: string) => m(`的区域“${range}”无法识别`, `has a range "${range}" that cannot be read`),
    tagTooLong: (limit: string) => m(`工作簿中有一个超过 ${limit} 的 XML 标记`, `The workbook holds an XML tag of more than ${limit}`),
    /** A warning: what import changed in a cell on the way in. */
    controlCharactersDropped: (place: Message, count: number, codes: string) => m(
        `${place.zh}：删除了 ${count} 个控制字符（${codes}），它们在表格中不可见，也不能写入申报表`,
        `${place.en}: ${count === 1 ? 'a control character was' : `${count} control characters were`} removed (${codes}); they are invisible in a spreadsheet and cannot be written into a form`),

    // ── the workbook ──────────────────────────────────────────────────────────────────────────
    damagedWorkbook: m('无法打开这个 xlsx 文件：文件已损坏或不完整。请在 Excel 中打开它并另存为 .xlsx 后重试',
        'This xlsx file cannot be opened: it is damaged or incomplete. Open it in Excel, save it as .xlsx and try again'),
    noWorksheet: m('这个 xlsx 文件里没有工作表', 'This xlsx file has no worksheet'),
    noSuchSheet: (wanted: string, names: string) => m(`工作簿中没有名为“${wanted}”的工作表（有：${names}）`,
        `The workbook has no worksheet named "${wanted}" (it has ${names})`),
    severalForms: (count: number, names: string) => m(`工作簿中有 ${count} 个工作表像申报表（${names}），请指定要导入哪一个（--sheet 名称）`,
        `${count} worksheets of the workbook look like a form (${names}): say which one to import (--sheet NAME)`),
    noFormSheet: (names: string) => m(`工作簿中没有申报表：工作表 ${names} 里都找不到“${FormLabels.departmentName}”和“${FormLabels.firstLevel}”`,
        `The workbook holds no form: none of the worksheets ${names} has "${FormLabels.departmentName}" or "${FormLabels.firstLevel}"`),
    errorValue: (error: string) => m(`单元格是错误值 ${error}，请在 Excel 中改正后重试`, `the cell holds the error value ${error}: correct it in Excel and try again`),
    formulaWithoutResult: m('单元格是没有计算结果的公式，请在 Excel 中打开、保存后重试',
        'the cell holds a formula without a result: open and save the workbook in Excel, then try again'),
    unreadableCell: m('无法读取这个单元格的内容', 'the content of this cell cannot be read'),
    invalidNumber: m('单元格中的数字无效', 'the number in the cell is not valid'),

    // ── the title and the header rows ─────────────────────────────────────────────────────────
    headerRowMissingBefore: m(`申报表缺少“${FormLabels.departmentName}”一行（应在这一行之前）`,
        `the form has no "${FormLabels.departmentName}" row (it belongs before this one)`),
    projectFormByRow: m(`这是项目支出绩效目标申报表（有“项目名称”一行）；目前只能导入${FormLabels.title}`,
        `this is a project form (it has a "项目名称" row); only the ${FormLabels.title} can be imported`),
    projectFormByTitle: m(`这是项目支出绩效目标申报表；目前只能导入${FormLabels.title}`,
        `this is a project form; only the ${FormLabels.title} can be imported`),
    extraBesideTitle: (cell: string) => m(`多出的内容${quoteCell(cell)}：标题和年度各占一行，只有一格`,
        `${quoteCell(cell)} is extra: the title and the year each take one row of one cell`),
    notFormContent: (cell: string, form: Message, title: string, firstRow: string) => m(
        `${quoteCell(cell)}不是申报表的内容；${form.zh}应以标题“${title}”或“${firstRow}”一行开始`,
        `${quoteCell(cell)} is not part of a ${form.en}, which starts with the title "${title}" or the "${firstRow}" row`),
    firstRowNotFound: (firstRow: string, title: string) => m(`找不到“${firstRow}”一行：这不是${title}`,
        `No "${firstRow}" row: this is not a ${title}`),
    extraCell: (cell: string, part: Message) => m(`多出的内容${quoteCell(cell)}，不属于${part.zh}的任何一列`,
        `${quoteCell(cell)} is extra: it is in no column of ${part.en}`),
    columnMissing: (label: string) => m(`找不到“${label}”列`, `no "${label}" column`),

    // ── a project's header and 项目资金 ──────────────────────────────────────────────────────
    labelTwice: (label: string) => m(`“${label}”出现了两次`, `"${label}" appears twice`),
    cellTwice: (cell: string) => m(`${quoteCell(cell)}出现了两次`, `${quoteCell(cell)} appears twice`),
    fundsRowWithoutTotal: (block: string) => m(`“${block}”一行应有“${ProjectFormLabels.fundsTotal}”及其金额`,
        `the "${block}" row should have "${ProjectFormLabels.fundsTotal}" and its amount`),
    fundsExpected: m(`应是“项目资金（元）”（${ProjectFormLabels.fundsTotal} | ${ProjectFormLabels.fundsFiscal} | ${ProjectFormLabels.fundsOther}）`,
        `the project funds were expected here: 项目资金（元） (${ProjectFormLabels.fundsTotal} | ${ProjectFormLabels.fundsFiscal} | ${ProjectFormLabels.fundsOther})`),

    // ── 年度主要任务 ─────────────────────────────────────────────────────────────────────────
    tasksHeaderExpected: m(`应是“${FormLabels.tasksBlock}”的表头（${FormLabels.taskName} | ${FormLabels.taskContent} | 预算金额（元））`,
        `the header of "${FormLabels.tasksBlock}" was expected here (${FormLabels.taskName} | ${FormLabels.taskContent} | 预算金额（元）)`),
    contentColumnMissing: m(`“${FormLabels.taskName}”之后找不到“${FormLabels.taskContent}”列`,
        `no "${FormLabels.taskContent}" column after "${FormLabels.taskName}"`),
    amountColumnsExpected: m(`应是预算金额的分栏（${FormLabels.total} | ${FormLabels.fiscal} | ${FormLabels.other}）`,
        `the budget columns were expected here (${FormLabels.total} | ${FormLabels.fiscal} | ${FormLabels.other})`),
    taskNameEmpty: m('任务名称为空，而这一行有主要内容或金额', 'the task name is empty, yet the row has a content or amounts'),
    notAnAmount: (column: string, cell: string) => m(`${column}${quoteCell(cell)}不是金额（应为数字，如 11782800.00 或 11,782,800.00）`,
        `${column} ${quoteCell(cell)} is not an amount (write a number such as 11782800.00 or 11,782,800.00)`),
    amountPrecision: (column: string, cell: string, decimals: number) => m(`${column}${quoteCell(cell)}有 ${decimals} 位小数，申报表的金额最多两位小数`,
        `${column} ${quoteCell(cell)} has ${decimals} decimals; amounts on the form have at most two`),

    // ── 年度总体目标 ─────────────────────────────────────────────────────────────────────────
    outsideGoalsCell: (cell: string) => m(
        `${quoteCell(cell)}不在年度总体目标的单元格里；目标之后应是年度绩效指标的表头（${FormLabels.firstLevel} | ${FormLabels.secondLevel} | …）`,
        `${quoteCell(cell)} is not in the cell of ${FormLabels.goalsBlock}; after the goals comes the header of ${FormLabels.indicatorsBlock} (${FormLabels.firstLevel} | ${FormLabels.secondLevel} | …)`),

    // ── 年度绩效指标 ─────────────────────────────────────────────────────────────────────────
    indicatorHeaderExpected: m(`应是年度绩效指标的表头（${INDICATOR_HEADER}）`, `the header of ${FormLabels.indicatorsBlock} was expected here (${INDICATOR_HEADER})`),
    categoryNameInvalid: (first: boolean, cell: string) => m(`${level(first).zh}指标${quoteCell(cell)}不是有效的类别名（只能有汉字、字母、数字和下划线）`,
        `the ${level(first).en} category ${quoteCell(cell)} is not a valid name (only Chinese characters, letters, digits and underscores)`),
    twoCategoriesInRow: (first: boolean, one: string, other: string) => m(`一行里有两个${level(first).zh}指标：“${one}”和“${other}”`,
        `one row has two ${level(first).en} categories: "${one}" and "${other}"`),
    indicatorNameEmpty: m('三级指标（指标名称）为空，而这一行有指标值或解释', 'the indicator name (三级指标) is empty, yet the row has a value or an explanation'),
    secondWithoutFirst: (second: string) => m(`二级指标“${second}”之前没有一级指标`, `no first-level category before the second-level "${second}"`),
    notApplicableSecondHasIndicators: (second: string) => m(`二级指标“${second}”上面已有指标，这一行却写着不适用`,
        `the second-level "${second}" already has indicators above, yet this row says 不适用`),
    notApplicableFirstHasIndicators: (first: string) => m(`一级指标“${first}”下面已有指标，这一行却写着不适用`,
        `the first-level "${first}" already has indicators, yet this row says 不适用`),
    notApplicableOfNothing: m('这一行写着不适用，却没有写明是哪个一级或二级指标', 'this row says 不适用 but names no first- or second-level category'),
    indicatorWithoutCategory: (indicator: string) => m(`指标“${indicator}”之前没有一级、二级指标`, `no category before the indicator "${indicator}"`),
    indicatorUnderNotApplicable: (first: boolean, category: string, indicator: string) => m(
        `${level(first).zh}指标“${category}”已标为不适用，这一行却有指标“${indicator}”`,
        `the ${level(first).en} "${category}" is marked 不适用, yet this row has the indicator "${indicator}"`),
    secondUnderNotApplicable: (first: string, second: string) => m(`一级指标“${first}”已标为不适用，这一行却有二级指标“${second}”`,
        `the first-level "${first}" is marked 不适用, yet this row has the second-level "${second}"`),

    // ── the self-evaluation ─────────────────────────────────────────────────────────────────
    evaluationFundsHeaderExpected: m(`应是“项目资金（元）”的表头（${FUNDS_HEADER}）`,
        `the header of the project funds was expected here: 项目资金（元） (${FUNDS_HEADER})`),
    fundRowExpected: (kinds: readonly string[]) => m(`应是项目资金的一行（${kinds.join('、')}）`,
        `a row of the project funds was expected here (${kinds.join(', ')})`),
    fundRowTwice: (kind: string) => m(`项目资金的“${kind}”一行重复`, `the "${kind}" row of the project funds appears twice`),
    scoringOnTotalRowOnly: (label: string, kind: string) => m(`${label}只填在年度资金总额一行，“${kind}”一行应为“—”`,
        `${label} is written on the 年度资金总额 row only: the "${kind}" row shows “—”`),
    notADecimal: (label: string, cell: string) => m(`${label}${quoteCell(cell)}不是数字`, `${label} ${quoteCell(cell)} is not a number`),
    outcomeColumnsExpected: m(`“${SelfevalLabels.goalsBlock}”一行应有“${SelfevalLabels.expected}”和“${SelfevalLabels.achieved}”两栏`,
        `the "${SelfevalLabels.goalsBlock}" row should have the two columns "${SelfevalLabels.expected}" and "${SelfevalLabels.achieved}"`),
    evaluatedIndicatorHeaderExpected: m(`应是绩效指标的表头（${EVALUATED_INDICATOR_HEADER}）`,
        `the header of ${SelfevalLabels.indicatorsBlock} was expected here (${EVALUATED_INDICATOR_HEADER})`),
    evaluatedIndicatorNameEmpty: m('三级指标（指标名称）为空，而这一行有指标值或得分', 'the indicator name (三级指标) is empty, yet the row has a value or a score')
} as const;
