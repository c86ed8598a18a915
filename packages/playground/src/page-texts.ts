/**
 * The page's own words, Chinese and English. The page speaks Chinese unless the browser's first
 * language is not Chinese (or `?lang=en` / `?lang=zh` says otherwise); the language server's
 * messages follow the same choice through the initialize request's locale.
 */
export type Locale = 'zh' | 'en';

export function pageLocale(search: string = location.search, languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
    const asked = new URLSearchParams(search).get('lang');
    if (asked === 'zh' || asked === 'en') {
        return asked;
    }
    const first = (languages[0] ?? 'zh').toLowerCase();
    return first.startsWith('zh') ? 'zh' : 'en';
}

const zh = {
    title: 'Jixiao 绩效目标申报表',
    newDeclaration: '新建',
    newDeclarationTip: '新建一份申报表或自评表：清空编辑器，从补全列表中选择表的骨架（可撤销）',
    importForm: '导入',
    importTip: '导入去年的申报表：.xlsx 工作簿或从政务系统、Excel 复制的表格文本',
    exportExcel: '导出 Excel',
    exportTip: '下载与 jixiao export 相同的 .xlsx 申报表',
    share: '分享链接',
    shareTip: '复制一个包含本文档的链接（文档在链接的 # 之后，不经过任何服务器）',
    outline: '大纲',
    outlineTip: '按结构跳转（Ctrl+Shift+O）',
    format: '格式化',
    formatTip: '整理缩进与金额对齐（Shift+Alt+F）',
    cannotRename: '这里没有可以改名的内容（目标名称可以改名）。',
    problems: '问题',
    noProblems: '没有发现问题',
    preview: '申报表预览',
    severity: { error: '错误', warning: '警告', info: '提示' },
    line: (line: number, column: number) => `第 ${line} 行，第 ${column} 列`,
    counts: (errors: number, warnings: number, infos: number) => `${errors} 个错误，${warnings} 个警告，${infos} 个提示`,
    starting: '正在启动检查器…',
    checking: '正在检查…',
    previewSyntaxErrors: '文档有语法错误，预览可能缺少部分内容。',
    previewNotDeclaration: '这不是部门整体支出绩效目标申报表，无法预览。',
    confirmReplace: '编辑器中的文本将被替换（之后可以按 Ctrl+Z 撤销）。继续吗？',
    exportWithErrors: (errors: number) => `文档有 ${errors} 个错误，导出的申报表可能不正确。仍要导出吗？`,
    exportNothing: '文档不是申报表，没有可以导出的内容。',
    exported: (name: string) => `已下载 ${name}`,
    exportFailed: (message: string) => `导出失败：${message}`,
    loadingTools: '正在加载导入导出组件…',
    toolsMissing: '无法加载 assets/form-tools.js：请确认 index.html 与 assets 文件夹放在一起。',
    importTitle: '导入申报表',
    importFileLabel: '选择 .xlsx 工作簿或文本文件：',
    importPasteLabel: '或者粘贴从政务系统、Excel 复制的表格：',
    importPastePlaceholder: '在此粘贴申报表（包括表头“部门（单位）整体支出绩效目标申报表”）',
    importRun: '导入',
    cancel: '取消',
    importNothing: '请选择一个文件，或粘贴申报表文本。',
    imported: (source: string) => `已导入（来自${source === 'xlsx' ? ' xlsx 工作簿' : '表格文本'}）。标有“自动推断”的对应关系请逐条核对。`,
    shareCopied: '分享链接已复制到剪贴板，也已显示在地址栏中。',
    shareCopyByHand: '请复制地址栏中的链接分享给同事。',
    sharedBanner: '这是分享链接中的文档。编辑它后，它会替换本浏览器中保存的文档。',
    openMine: '打开我保存的文档',
    sharedBroken: '分享链接已损坏，无法读出其中的文档；已打开本浏览器中保存的文档。',
    savedLocally: '已保存在本浏览器中（每次修改都会自动保存）。',
    storageFull: '浏览器的本地存储已满，文档没有保存；请导出或复制文本以免丢失。',
    workerFailed: (message: string) => `检查器无法启动：${message}`
};

export type PageTexts = typeof zh;

const en: PageTexts = {
    title: 'Jixiao performance-target declaration',
    newDeclaration: 'New',
    newDeclarationTip: 'Start a new form: empties the editor and offers the skeleton of each kind of form (undo brings the text back)',
    importForm: 'Import',
    importTip: "Import last year's form: an .xlsx workbook or the form copied as text",
    exportExcel: 'Export Excel',
    exportTip: 'Download the .xlsx form, the same workbook as jixiao export',
    share: 'Share link',
    shareTip: 'Copy a link that carries this document (after the #, never sent to any server)',
    outline: 'Outline',
    outlineTip: 'Go to a part of the declaration (Ctrl+Shift+O)',
    format: 'Format',
    formatTip: 'Indent and align the amounts (Shift+Alt+F)',
    cannotRename: 'Nothing to rename here (goal names can be renamed).',
    problems: 'Problems',
    noProblems: 'No problems found',
    preview: 'Form preview',
    severity: { error: 'error', warning: 'warning', info: 'info' },
    line: (line: number, column: number) => `line ${line}, column ${column}`,
    counts: (errors: number, warnings: number, infos: number) => `${errors} errors, ${warnings} warnings, ${infos} infos`,
    starting: 'Starting the checker…',
    checking: 'Checking…',
    previewSyntaxErrors: 'The document has syntax errors: the preview may miss parts of it.',
    previewNotDeclaration: 'This is not a department declaration: nothing to preview.',
    confirmReplace: 'The text in the editor will be replaced (Ctrl+Z brings it back). Continue?',
    exportWithErrors: (errors: number) => `The document has ${errors} errors: the exported form may be wrong. Export anyway?`,
    exportNothing: 'The document is not a declaration: there is nothing to export.',
    exported: (name: string) => `Downloaded ${name}`,
    exportFailed: (message: string) => `Export failed: ${message}`,
    loadingTools: 'Loading import and export…',
    toolsMissing: 'Could not load assets/form-tools.js: keep index.html and the assets folder together.',
    importTitle: 'Import a declaration form',
    importFileLabel: 'Choose an .xlsx workbook or a text file:',
    importPasteLabel: 'or paste the form copied from the online system or Excel:',
    importPastePlaceholder: 'Paste the form here (with its title 部门（单位）整体支出绩效目标申报表)',
    importRun: 'Import',
    cancel: 'Cancel',
    importNothing: 'Choose a file or paste the form first.',
    imported: (source: string) => `Imported (from ${source === 'xlsx' ? 'an xlsx workbook' : 'pasted text'}). Review the 对应 links marked as inferred.`,
    shareCopied: 'The share link is on the clipboard and in the address bar.',
    shareCopyByHand: 'Copy the link in the address bar to share it.',
    sharedBanner: 'This document came with a share link. Once you edit it, it replaces the document saved in this browser.',
    openMine: 'Open my saved document',
    sharedBroken: 'The share link is damaged and holds no readable document; your saved document is open instead.',
    savedLocally: 'Saved in this browser (every change is saved as you type).',
    storageFull: "The browser's local storage is full and the document was not saved: export it or copy the text.",
    workerFailed: (message: string) => `The checker could not start: ${message}`
};

export const PAGE_TEXTS: Readonly<Record<Locale, PageTexts>> = { zh, en };
