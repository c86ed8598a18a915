/**
 * The extension's manifest and its data files agree with the language and with each other: every
 * diagnostic code can be configured, every UI string has its Chinese translation, the snippets
 * expand to a declaration the checker accepts, and double-click selects a sensible CJK word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_ISSUE_CODES, DEFAULT_SEVERITIES } from 'jixiao-language';
import { CLASSIC_PROFILE } from 'jixiao-language/domain';
import { parseDocument } from '../language/jixiao-test-utils.js';

const read = (path: string) => readFileSync(new URL(`../../packages/vscode/${path}`, import.meta.url), 'utf8');
const json = (path: string) => JSON.parse(read(path));

const manifest = json('package.json');
const nlsEnglish = json('package.nls.json');
const nlsChinese = json('package.nls.zh-cn.json');
const bundleChinese: Record<string, string> = json('l10n/bundle.l10n.zh-cn.json');
const snippets: Record<string, { prefix: string[]; body: string[] }> = json('snippets/jixiao.code-snippets');
const languageConfiguration = json('language-configuration.json');

describe('manifest', () => {
    test('contributes the jixiao language for .jixiao files with the hand-written grammar', () => {
        expect(manifest.contributes.languages[0]).toMatchObject({ id: 'jixiao', extensions: ['.jixiao'] });
        expect(manifest.contributes.grammars[0]).toMatchObject({ language: 'jixiao', scopeName: 'source.jixiao' });
        expect(manifest.engines.vscode).toBe('^1.90.0');
        expect(manifest.main).toBe('./dist/extension.js');
    });

    test('lists no dependencies: everything it runs is bundled into dist/ (the .vsix ships no node_modules)', () => {
        expect(manifest.dependencies).toBeUndefined();
        expect(read('.vscodeignore')).toContain('!dist/*.js');
    });

    test('declares the four commands, export and preview in the editor title of jixiao files', () => {
        const commands = manifest.contributes.commands.map((command: { command: string }) => command.command);
        expect(commands).toEqual(['jixiao.exportExcel', 'jixiao.preview', 'jixiao.importExcel', 'jixiao.pasteForm']);
        expect(manifest.contributes.menus['editor/title']).toEqual(expect.arrayContaining([
            expect.objectContaining({ command: 'jixiao.exportExcel', when: 'resourceLangId == jixiao', group: 'navigation@1' })
        ]));
    });

    test('every %placeholder% has an English and a Chinese text', () => {
        const placeholders = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map(match => match[1]);
        expect(placeholders.length).toBeGreaterThan(10);
        for (const key of placeholders) {
            expect(nlsEnglish, key).toHaveProperty([key]);
            expect(nlsChinese, key).toHaveProperty([key]);
        }
        expect(Object.keys(nlsChinese).sort()).toEqual(Object.keys(nlsEnglish).sort());
        expect(nlsChinese['command.exportExcel']).toBe('导出 Excel');
        expect(nlsChinese['command.preview']).toBe('预览申报表');
        expect(nlsChinese['command.importExcel']).toBe('从 Excel 导入…');
        expect(nlsChinese['command.pasteForm']).toBe('粘贴申报表');
    });

    test('the severity setting lists every diagnostic code with its default severity', () => {
        const properties = manifest.contributes.configuration.properties['jixiao.severities'].properties;
        expect(Object.keys(properties).sort()).toEqual([...ALL_ISSUE_CODES].sort());
        for (const code of ALL_ISSUE_CODES) {
            expect(properties[code].default, code).toBe(DEFAULT_SEVERITIES[code]);
        }
    });

    test('the settings the server understands are contributed', () => {
        expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(expect.arrayContaining([
            'jixiao.grades', 'jixiao.satisfactionThreshold', 'jixiao.severities', 'jixiao.profile', 'jixiao.messageLocale'
        ]));
    });
});

describe('runtime strings', () => {
    const sources = readdirSync(new URL('../../packages/vscode/src', import.meta.url))
        .filter(name => name.endsWith('.ts'))
        .map(name => read(`src/${name}`));
    const messages = new Set(sources.flatMap(source =>
        [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map(match => match[1].replace(/\\'/g, "'"))));

    test('every vscode.l10n.t string has a Chinese translation with the same placeholders', () => {
        expect(messages.size).toBeGreaterThan(20);
        for (const message of messages) {
            expect(bundleChinese, message).toHaveProperty([message]);
            const placeholders = (text: string) => (text.match(/\{\d+\}/g) ?? []).sort();
            expect(placeholders(bundleChinese[message]), message).toEqual(placeholders(message));
        }
    });

    test('the bundle has no translation that the code no longer uses', () => {
        expect(Object.keys(bundleChinese).filter(key => !messages.has(key))).toEqual([]);
    });

    test('the export question reads as the analysts expect', () => {
        expect(bundleChinese['There are {0} errors. Export anyway?']).toBe('有 {0} 个错误，仍要导出吗？');
        expect(bundleChinese['Exported {0}']).toBe('已导出 {0}');
        expect(bundleChinese['Open Folder']).toBe('打开文件夹');
    });
});

/** A snippet body with each placeholder replaced by its default text, as Tab-Tab-Tab would leave it. */
function expand(body: string[]): string {
    let text = body.join('\n');
    const defaults = new Map<string, string>();
    // Nested placeholders first: ${13:考察$10。} needs $10's value.
    for (let pass = 0; pass < 5; pass++) {
        text = text.replace(/\$\{(\d+):([^{}$]*)\}/g, (_, index: string, value: string) => {
            defaults.set(index, value);
            return value;
        });
        text = text.replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, index: string, choices: string) => {
            const first = choices.split(',')[0];
            defaults.set(index, first);
            return first;
        });
        text = text.replace(/\$(\d+)/g, (_, index: string) => defaults.get(index) ?? '');
    }
    return text;
}

describe('snippets', () => {
    const hasSyntaxErrors = (document: Awaited<ReturnType<typeof parseDocument>>) =>
        document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0;

    test('the new declaration has the three sections and every category of the classic framework', async () => {
        const declaration = expand(snippets['新申报表 (new declaration)'].body);
        for (const section of ['年度主要任务', '年度总体目标', '年度绩效指标']) {
            expect(declaration).toContain(section);
        }
        for (const first of CLASSIC_PROFILE.firstLevels) {
            expect(declaration).toContain(first.name);
            for (const second of first.children) {
                expect(declaration).toContain(second.name);
            }
        }
        const checked = await parseDocument(declaration);
        expect((checked.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.message)).toEqual([]);
        expect(hasSyntaxErrors(checked)).toBe(false);
    });

    test('the new project declaration has every header field, the funds and every category of the classic framework', async () => {
        const project = expand(snippets['新项目申报表 (new project declaration)'].body);
        for (const word of ['项目名称', '主管部门', '实施单位', '项目属性', '项目期', '所属任务', '项目资金', '年度绩效目标', '年度绩效指标']) {
            expect(project).toContain(word);
        }
        for (const first of CLASSIC_PROFILE.firstLevels) {
            for (const second of first.children.filter(child => !child.optional)) {
                expect(project).toContain(second.name);
            }
        }
        const checked = await parseDocument(project);
        // Alone, its 所属任务 cannot be checked against a department: that warning is all.
        expect((checked.diagnostics ?? []).map(diagnostic => diagnostic.code)).toEqual(['workspace.department-missing']);
    });

    test.each([
        ['任务 (task)', (text: string) => `部门整体支出绩效目标 2026 { 部门名称 "甲" 主管部门 "甲" 年度主要任务 { ${text} } }`],
        ['目标 (goal)', (text: string) => `部门整体支出绩效目标 2026 { 部门名称 "甲" 主管部门 "甲" 年度总体目标 { ${text} } }`],
        ['指标 (indicator)', (text: string) => `部门整体支出绩效目标 2026 { 部门名称 "甲" 主管部门 "甲" 年度总体目标 { 目标 目标名称 "x" } 年度绩效指标 { 产出指标 { 数量指标 { ${text} } } } }`]
    ])('the %s snippet parses where it belongs', async (name, wrap) => {
        const text = expand(snippets[name].body);
        expect(hasSyntaxErrors(await parseDocument(wrap(text))), text).toBe(false);
    });

    test('each snippet can be typed without an input method (pinyin initials or English)', () => {
        for (const snippet of Object.values(snippets)) {
            expect(snippet.prefix.some(prefix => /^[a-z]+$/.test(prefix))).toBe(true);
        }
    });
});

describe('language configuration', () => {
    const wordPattern = new RegExp(languageConfiguration.wordPattern.pattern, `${languageConfiguration.wordPattern.flags}g`);

    /** The word VS Code selects on a double-click at `offset`. */
    function wordAt(line: string, offset: number): string | undefined {
        for (const match of line.matchAll(wordPattern)) {
            if (match.index! <= offset && offset < match.index! + match[0].length) {
                return match[0];
            }
        }
        return undefined;
    }

    test.each([
        ['总额 11,782,800.00  财政拨款', '782', '11,782,800.00'],
        ['指标 "按时印发" 2026年6月前 解释', '6月', '2026年6月前'],
        ['    产出指标 {', '出', '产出指标'],
        ['对应 网格信息、十五五规划', '五五', '十五五规划'],
        ['主要内容 "主要用于人员、对个人和家庭补助"', '个人', '对个人和家庭补助']
    ])('double-click in %s on %s selects %s', (line, at, expected) => {
        expect(wordAt(line, line.indexOf(at))).toBe(expected);
    });

    test('comments, brackets and the Chinese quotes', () => {
        expect(languageConfiguration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(languageConfiguration.brackets).toContainEqual(['{', '}']);
        const pairs = languageConfiguration.autoClosingPairs.map((pair: { open: string; close: string }) => pair.open + pair.close);
        expect(pairs).toEqual(expect.arrayContaining(['""', '“”', '{}']));
    });
});
