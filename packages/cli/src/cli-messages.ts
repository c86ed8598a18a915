/**
 * Every text the command line prints, in Chinese and English (`--locale en`): help, usage errors,
 * what a command did. Diagnostics have their own table in the language package.
 */
import { counted, type Locale, type Message } from 'jixiao-language';

const m = (zh: string, en: string): Message => ({ zh, en });

/** The language the user asked for with `--locale en` (or `--locale=en`) anywhere on the command line; Chinese otherwise. */
export function localeOf(argv: readonly string[]): Locale {
    const index = argv.lastIndexOf('--locale');
    const given = index >= 0 ? argv[index + 1] : argv.filter(arg => arg.startsWith('--locale=')).at(-1)?.slice('--locale='.length);
    return given?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Help: commands, their arguments and options, and commander's own words. */
export const HelpTexts = {
    program: m('绩效目标申报表与自评表：检查、导出 Excel、导入、格式化、计分',
        'Performance-target declarations and self-evaluations: check, export to Excel, import, format, score'),
    help: m('显示帮助', 'show help'),
    helpCommand: m('显示某个命令的帮助', 'show help for a command'),
    version: m('显示版本号', 'show the version'),
    locale: m('提示和帮助的语言', 'language of messages and help'),
    localeValue: m('<语言>', '<locale>'),
    helpHint: m('（用 jixiao --help 查看用法）', '(run jixiao --help for usage)'),
    usage: m('用法：', 'Usage:'),
    options: m('选项：', 'Options:'),
    globalOptions: m('全局选项：', 'Global Options:'),
    arguments: m('参数：', 'Arguments:'),
    commands: m('命令：', 'Commands:'),
    optionsWord: m('[选项]', '[options]'),
    commandWord: m('[命令]', '[command]'),
    defaultValue: (value: string) => m(`默认：${value}`, `default: ${value}`),
    choices: (values: readonly string[]) => m(`可选：${values.join('、')}`, `choices: ${values.join(', ')}`),
    extraInfo: (parts: readonly string[]) => m(`（${parts.join('；')}）`, ` (${parts.join(', ')})`),

    check: m('检查申报表的预算、指标、结构和目标，以及部门与项目之间的核对', 'check declarations: budget, indicators, structure, goals, and departments against their projects'),
    checkPaths: m('<路径...>', '<paths...>'),
    checkPathsHelp: m('.jixiao 文件或包含它们的文件夹', '.jixiao files or folders that hold them'),
    format: m('输出格式', 'output format'),
    formatValue: m('<格式>', '<format>'),

    export: m('导出为 Excel 表格（.xlsx）：申报表或自评表', 'export as the official Excel form (.xlsx): a department\'s or a project\'s declaration, or a self-evaluation'),
    exportFile: m('<文件>', '<file>'),
    exportFileHelp: m('要导出的 .jixiao 文件', 'the .jixiao file to export'),
    exportOutput: m('<输出.xlsx>', '<out.xlsx>'),
    exportOutputHelp: m('输出文件（默认：与输入同名、同目录的 .xlsx）', 'the output file (default: the input\'s name and folder, .xlsx)'),
    exportForce: m('即使申报表有错误也导出', 'export even when the declaration has errors'),
    exportOverwrite: m('输出文件已存在且不是导出命令生成的（或生成后被修改过）时，也替换它',
        'replace the output file even when it is not a workbook Jixiao exported (or was changed since)'),

    import: m('把申报表（.xlsx 或表格文本）导入为 .jixiao 文件',
        'import a form (an .xlsx, or the table copied as text) as a .jixiao file'),
    importFile: m('<文件>', '<file>'),
    importFileHelp: m('要导入的 .xlsx 工作簿或文本文件', 'the .xlsx workbook or text file to import'),
    importOutput: m('<输出.jixiao>', '<out.jixiao>'),
    importOutputHelp: m('输出文件（默认：与输入同名、同目录的 .jixiao）', 'the output file (default: the input\'s name and folder, .jixiao)'),
    importForce: m('同 --overwrite', 'the same as --overwrite'),
    importSheet: m('<名称>', '<name>'),
    importSheetHelp: m('工作簿中有多个申报表时，要导入的工作表', 'the worksheet to import when the workbook holds several forms'),
    importDepartment: m('<部门.jixiao>', '<department.jixiao>'),
    importDepartmentHelp: m('项目申报表的部门整体支出申报表，用于推断所属任务（默认：在输出文件夹中查找）',
        'the department declaration of a project form, to propose its 所属任务 (default: look in the output folder)'),

    fmt: m('按标准版式格式化申报表（缩进、金额对齐、比较符号）', 'format declarations in the standard layout'),
    fmtPaths: m('<路径...>', '<paths...>'),
    fmtCheck: m('只检查不写入：列出需要格式化的文件，有则退出码为 1', 'write nothing: list the files that need formatting, exit 1 if there are any'),

    score: m('计算《项目支出绩效自评表》的得分、总分和等级', 'score a self-evaluation (项目支出绩效自评表): each score, the total and the grade'),
    scoreFile: m('<文件>', '<file>'),
    scoreFileHelp: m('项目支出绩效自评 .jixiao 文件', 'the self-evaluation .jixiao file'),

    selfeval: m('项目支出绩效自评表', 'self-evaluations (项目支出绩效自评表)'),
    selfevalInit: m('由项目支出绩效目标申报表生成待填写的自评表（指标、目标值和分值）',
        'draft the self-evaluation of a project from its declaration (indicators, targets and weights)'),
    selfevalDeclaration: m('<申报表>', '<declaration>'),
    selfevalDeclarationHelp: m('项目申报表 .jixiao 文件', 'the project declaration .jixiao file'),
    selfevalOutput: m('<输出.jixiao>', '<out.jixiao>'),
    selfevalOutputHelp: m('输出文件（默认：与申报表同目录，名为“申报表名-自评.jixiao”）',
        'the output file (default: beside the declaration, named "NAME-自评.jixiao")'),
    selfevalForce: m('申报表有错误也生成；输出文件已存在时替换它（只读文件除外）',
        'draft even when the declaration has errors; replace the output file when it exists (never a read-only one)'),
    /** import's and selfeval init's --overwrite. */
    overwriteOutput: m('输出文件已存在时替换它（只读文件除外）', 'replace the output file when it exists (never a read-only one)')
} as const;

/** Commander's errors (by their code) and ours about how the command line was used. */
export const UsageTexts = {
    missingArgument: (name: string) => m(`缺少参数“${name}”`, `missing argument '${name}'`),
    optionMissingArgument: (flags: string) => m(`选项 ${flags} 缺少取值`, `option ${flags} needs a value`),
    unknownOption: (flag: string) => m(`未知的选项“${flag}”`, `unknown option '${flag}'`),
    unknownCommand: (name: string) => m(`未知的命令“${name}”`, `unknown command '${name}'`),
    didYouMean: (suggestion: string) => m(`，是否为 ${suggestion}？`, ` (did you mean ${suggestion}?)`),
    tooManyArguments: (command: string, expected: number, got: number) => m(`${command} 只接受 ${expected} 个参数，却给了 ${got} 个`,
        `${command} takes ${counted(expected, 'argument')}, not ${got}`),
    invalidChoice: (flags: string, value: string, choices: readonly string[]) => m(`${flags} 的取值“${value}”无效：可用 ${choices.join('、')}`,
        `${flags} '${value}' is not valid: use ${choices.join(' or ')}`),

    cannotRead: (file: string, reason: Message) => m(`无法读取“${file}”：${reason.zh}`, `cannot read "${file}": ${reason.en}`),
    exportFolder: (file: string) => m(`无法导出“${file}”：这是一个文件夹，export 一次导出一个 .jixiao 文件`, `cannot export "${file}": it is a folder; export takes one .jixiao file`),
    importFolder: (file: string) => m(`无法导入“${file}”：这是一个文件夹，import 一次导入一个文件`, `cannot import "${file}": it is a folder; import takes one file`),
    outputExtension: (output: string, extension: string) => m(`输出文件“${output}”应以 ${extension} 结尾`, `the output file "${output}" should end in ${extension}`),
    selfevalOverInput: (output: string) => m(`输出文件“${output}”就是申报表，生成会覆盖它`,
        `the output file "${output}" is the declaration: drafting would overwrite it`),
    exportOverInput: (output: string) => m(`输出文件“${output}”就是输入文件，导出会覆盖申报表`, `the output file "${output}" is the input: the export would overwrite the declaration`),
    importOverInput: (output: string) => m(`输出文件“${output}”就是输入文件，导入会覆盖它`, `the output file "${output}" is the input: the import would overwrite it`),
    noJixiaoFiles: (paths: string) => m(`没有找到 .jixiao 文件：${paths}`, `no .jixiao files in ${paths}`),
    notADepartment: (file: string) => m(`“${file}”不是部门整体支出绩效目标申报表（.jixiao）`, `"${file}" is not a department declaration (.jixiao)`),
    internalError: (detail: string) => m(`内部错误：${detail}`, `internal error: ${detail}`)
} as const;

/** Why a file could not be read or written, from its error code. */
export const FsTexts = {
    ENOENT: m('文件或文件夹不存在', 'no such file or folder'),
    EACCES: m('没有访问权限', 'permission denied'),
    EISDIR: m('这是一个文件夹', 'it is a folder'),
    ENOTDIR: m('路径中有一段不是文件夹', 'a part of the path is not a folder'),
    EBUSY: m('文件被其他程序占用', 'the file is in use by another program'),
    ENOSPC: m('磁盘空间不足', 'the disk is full'),
    EROFS: m('文件系统只读', 'the file system is read-only'),
    folderMissing: (folder: string) => m(`文件夹“${folder}”不存在`, `the folder "${folder}" does not exist`),
    heldOpen: (reason: Message) => m(`${reason.zh}（文件可能正在 Excel 中打开，或没有写入该文件夹的权限）`,
        `${reason.en} (the file may be open in Excel, or the folder may not be writable)`),
    temporaryExists: m('同名的临时文件已存在，请重试', 'a temporary file of the same name exists; try again'),
    cannotWrite: (output: string, reason: Message) => m(`无法写入“${output}”：${reason.zh}`, `cannot write "${output}": ${reason.en}`),
    cannotExportTo: (output: string, reason: string) => m(`无法导出到“${output}”：${reason}`, `cannot export to "${output}": ${reason}`)
} as const;

/** What the commands report. */
export const CommandTexts = {
    severity: { error: m('错误', 'error'), warning: m('警告', 'warning'), info: m('提示', 'info') },
    noProblems: (file: string) => m(`${file}: 未发现问题`, `${file}: no problems found`),
    moreNotShown: (file: string, count: number, hidden: Message) => m(`${file}: …另有 ${count.toLocaleString('en-US')} 条未显示${hidden.zh}（用 --format json 查看全部）`,
        `${file}: … ${count.toLocaleString('en-US')} more not shown${hidden.en} (--format json lists them all)`),
    /** `：5 个错误、49,616 个警告` for the findings not shown; empty when there is none. */
    hiddenCounts: (counts: ReadonlyArray<readonly ['error' | 'warning' | 'info', number]>) => {
        const shown = counts.filter(([, n]) => n > 0);
        const zh = { error: '错误', warning: '警告', info: '提示' } as const;
        return shown.length === 0 ? m('', '') : m(
            `：${shown.map(([severity, n]) => `${n.toLocaleString('en-US')} 个${zh[severity]}`).join('、')}`,
            `: ${shown.map(([severity, n]) => severity === 'info' ? `${n} info` : counted(n, severity)).join(', ')}`);
    },
    summaryHeader: [m('文件', 'file'), m('总额', 'total'), m('错误', 'errors'), m('警告', 'warnings')],
    summaryTotal: m('合计', 'total'),
    departmentHeader: [m('部门', 'department'), m('总额', 'total'), m('项目合计', 'projects\' total'), m('项目数', 'projects'), m('错误', 'errors'), m('警告', 'warnings')],
    noAuthority: m('（未填主管部门）', '(no 主管部门)'),
    noDepartmentDeclaration: (authority: string) => m(`${authority}（无部门申报表）`, `${authority} (no department declaration)`),
    fileCount: (count: number) => m(`${count} 个文件`, counted(count, 'file')),

    exportRefused: (file: string, errors: number) => m(`${file}: 有 ${errors} 个错误，未导出（改正错误后重试，或用 --force 强制导出）`,
        `${file}: ${counted(errors, 'error')}, not exported (correct them, or export anyway with --force)`),
    exportForced: (file: string, errors: number) => m(`${file}: 有 ${errors} 个错误，按 --force 仍然导出`,
        `${file}: ${counted(errors, 'error')}, exported anyway (--force)`),
    exported: (output: string) => m(`已导出 ${output}`, `Exported ${output}`),
    exportSummary: (tasks: number, indicators: number, total: string) => m(`${tasks} 项任务，${indicators} 个指标，总额 ${total}`,
        `${counted(tasks, 'task')}, ${counted(indicators, 'indicator')}, total ${total}`),
    exportProjectSummary: (project: string, indicators: number, total: string) => m(`项目“${project}”，${indicators} 个指标，年度资金总额 ${total}`,
        `project "${project}", ${counted(indicators, 'indicator')}, annual total ${total}`),
    exportEvaluationSummary: (project: string, indicators: number, total: string | undefined) => m(
        `项目支出绩效自评表“${project}”，${indicators} 个指标，总分 ${total ?? '—'}`,
        `self-evaluation of "${project}", ${counted(indicators, 'indicator')}, total score ${total ?? '—'}`),

    importWarning: (warning: string) => m(`警告：${warning}`, `warning: ${warning}`),
    importFailed: (file: string, reason: string) => m(`无法导入“${file}”：${reason}`, `cannot import "${file}": ${reason}`),
    imported: (output: string, fromWorkbook: boolean) => m(`已导入 ${output}（来自${fromWorkbook ? ' Excel 工作簿' : '表格文本'}）`,
        `Imported ${output} (from ${fromWorkbook ? 'an Excel workbook' : 'pasted text'})`),
    importSummary: (tasks: number, goals: number, indicators: number, linked: number) => m(
        `${tasks} 项任务，${goals} 个目标，${indicators} 个指标${linked > 0 ? `，其中 ${linked} 个指标的“对应”为自动推断，请核对` : ''}`,
        `${counted(tasks, 'task')}, ${counted(goals, 'goal')}, ${counted(indicators, 'indicator')}`
            + (linked > 0 ? `; the 对应 of ${counted(linked, 'indicator')} ${linked === 1 ? 'was' : 'were'} inferred: review them` : '')),

    importProjectSummary: (project: string, total: string, goals: number, indicators: number, linked: number, inferredTask: string | undefined) => m(
        `项目“${project}”，年度资金总额 ${total}，${goals} 个目标，${indicators} 个指标`
            + (linked > 0 ? `，其中 ${linked} 个指标的“对应”为自动推断，请核对` : '')
            + (inferredTask !== undefined ? `；所属任务“${inferredTask}”为自动推断，请核对` : '；未推断所属任务（需要部门整体支出申报表，见 --department）'),
        `project "${project}", annual total ${total}, ${counted(goals, 'goal')}, ${counted(indicators, 'indicator')}`
            + (linked > 0 ? `; the 对应 of ${counted(linked, 'indicator')} ${linked === 1 ? 'was' : 'were'} inferred: review them` : '')
            + (inferredTask !== undefined ? `; its 所属任务 "${inferredTask}" was inferred: review it` : '; no 所属任务 proposed (that needs the department declaration, see --department)')),

    importEvaluationSummary: (project: string, indicators: number, total: string | undefined) => m(
        `项目支出绩效自评表“${project}”，${indicators} 个指标${total ? `，总分 ${total}` : ''}`,
        `self-evaluation of "${project}", ${counted(indicators, 'indicator')}${total ? `, total score ${total}` : ''}`),

    notAnEvaluation: (file: string) => m(`${file} 不是项目支出绩效自评表（应以“项目支出绩效自评”开头），无法计分`,
        `${file} is not a self-evaluation (it should start with 项目支出绩效自评): nothing to score`),
    notAProject: (file: string) => m(`${file} 不是项目支出绩效目标申报表（应以“项目支出绩效目标”开头），无法生成自评表`,
        `${file} is not a project declaration (it should start with 项目支出绩效目标): no self-evaluation drafted`),
    selfevalRefused: (file: string, errors: number) => m(`${file}: 有 ${errors} 个错误，未生成自评表（改正错误后重试，或用 --force 仍然生成）`,
        `${file}: ${counted(errors, 'error')}, no self-evaluation drafted (correct them, or draft anyway with --force)`),
    selfevalDrafted: (output: string) => m(`已生成 ${output}`, `Drafted ${output}`),
    selfevalToFill: (indicators: number) => m(`${indicators} 个指标待填写实际完成值（实际），另有全年执行数和实际完成情况`,
        `${counted(indicators, 'indicator')} to fill in with the actual value (实际), and the amount spent (全年执行数) and what was achieved (实际完成情况)`),

    fmtSyntaxError: (where: string) => m(`${where} 有语法错误，未格式化（先用 jixiao check 查看并改正）`,
        `${where} has syntax errors and was not formatted (see them with jixiao check)`),
    fmtNeeded: (file: string) => m(`${file}: 需要格式化`, `${file}: needs formatting`),
    fmtDone: (file: string) => m(`已格式化 ${file}`, `Formatted ${file}`),
    fmtReadOnly: (file: string) => m(`“${file}”是只读文件，未格式化`, `"${file}" is read-only: not formatted`),
    fmtAllFormatted: (count: number) => m(count === 1 ? '1 个文件已是标准格式' : `${count} 个文件均已是标准格式`,
        count === 1 ? 'The file is already formatted' : `All ${count} files are already formatted`),
    fmtNothingChanged: (count: number) => m(count === 1 ? '1 个文件已是标准格式，未作改动' : `${count} 个文件均已是标准格式，未作改动`,
        count === 1 ? 'The file is already formatted; nothing changed' : `All ${count} files are already formatted; nothing changed`)
} as const;

/** What export, import and selfeval init did not do when they kept a file (cli-overwrite.ts). */
export type WriteVerb = 'export' | 'import' | 'draft';

const verbs: Record<WriteVerb, Message> = { export: m('导出', 'exported'), import: m('导入', 'imported'), draft: m('生成', 'drafted') };
const elsewhere = m('或用 -o 指定另一个文件', 'or choose another file with -o');

/** Why an existing output file was kept (DESIGN §6). */
export const OverwriteTexts = {
    declaration: m('申报表', 'declaration'),
    evaluation: m('自评表', 'self-evaluation'),
    readOnly: (output: string, verb: WriteVerb) => m(`“${output}”是只读文件，未${verbs[verb].zh}（Jixiao 从不替换只读文件；请用 -o 指定另一个文件）`,
        `"${output}" is read-only: nothing ${verbs[verb].en} (Jixiao never replaces a read-only file; choose another file with -o)`),
    changedSinceExport: (output: string, verb: WriteVerb) => m(
        `“${output}”是 Jixiao 导出的，但之后在其他程序中修改过，未${verbs[verb].zh}（确要用新的结果替换它，请加 --overwrite；${elsewhere.zh}）`,
        `"${output}" was exported by Jixiao but changed since in another program: nothing ${verbs[verb].en} (to replace it, add --overwrite; ${elsewhere.en})`),
    foreignWorkbook: (output: string) => m(
        `“${output}”已存在，且不是 Jixiao 导出的工作簿，未导出（它可能是您自己的表格，或导入申报表时用的原表；确要替换它，请加 --overwrite；${elsewhere.zh}）`,
        `"${output}" exists and is not a workbook Jixiao exported: nothing exported (it may be your own workbook, or the form the declaration was imported from; to replace it, add --overwrite; ${elsewhere.en})`),
    foreignFile: (output: string, verb: WriteVerb, what: Message) => m(
        `“${output}”已存在，未${verbs[verb].zh}（它可能是您编辑过的${what.zh}；确要替换它，请加 --overwrite；${elsewhere.zh}）`,
        `"${output}" exists: nothing ${verbs[verb].en} (it may be a ${what.en} you edited; to replace it, add --overwrite; ${elsewhere.en})`)
} as const;
