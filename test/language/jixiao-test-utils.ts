/**
 * Helpers for specs: parse and validate a small inline document, and describe its diagnostics as
 * `code @ line:col-line:col` so that a test asserts the exact code and range.
 */
import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { parseHelper } from 'langium/test';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createJixiaoServices, type Declaration, type JixiaoServices } from 'jixiao-language';

export interface SpecDiagnostic {
    code: string;
    message: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    /** 1-based `line:col-line:col`, as an editor shows it. */
    range: string;
    /** The text the diagnostic underlines. */
    text: string;
    data: Record<string, unknown> | undefined;
}

export function createTestServices(settings?: Parameters<JixiaoServices['settings']['JixiaoSettings']['update']>[0]): JixiaoServices {
    const services = createJixiaoServices(EmptyFileSystem).Jixiao;
    if (settings) {
        services.settings.JixiaoSettings.update(settings);
    }
    return services;
}

const defaultServices = createTestServices();

export async function parseDocument(text: string, services: JixiaoServices = defaultServices): Promise<LangiumDocument<Declaration>> {
    return parseHelper<Declaration>(services)(text, { validation: true });
}

export async function diagnose(text: string, services: JixiaoServices = defaultServices): Promise<SpecDiagnostic[]> {
    const document = await parseDocument(text, services);
    return (document.diagnostics ?? []).map(diagnostic => toSpec(diagnostic, document.textDocument.getText(diagnostic.range)));
}

/** Only the diagnostics with this code. */
export async function diagnoseCode(text: string, code: string, services?: JixiaoServices): Promise<SpecDiagnostic[]> {
    return (await diagnose(text, services)).filter(diagnostic => diagnostic.code === code);
}

function toSpec(diagnostic: Diagnostic, text: string): SpecDiagnostic {
    const { start, end } = diagnostic.range;
    return {
        code: String(diagnostic.code),
        message: diagnostic.message,
        severity: (['error', 'error', 'warning', 'info', 'hint'] as const)[diagnostic.severity ?? 1],
        range: `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`,
        text,
        data: diagnostic.data as Record<string, unknown> | undefined
    };
}

export interface MarkedDocument {
    /** The document without its markers. */
    readonly text: string;
    /** Each range marked `»…«`, as `line:col-line:col` (1-based, as SpecDiagnostic.range), in document order. */
    readonly ranges: readonly string[];
    /** The one marked range (an error when there is not exactly one). */
    readonly range: string;
    /** Where the one marked range starts, `line:col`, as compiler-style output writes it. */
    readonly start: string;
    /** The 1-based line each marked range starts on. */
    readonly lines: readonly number[];
}

/**
 * A document with the ranges a spec expects marked in it: `指标 "甲" »99« 解释 …`. The spec asserts
 * against `range`, so that editing the document around it moves the expectation along. An editor
 * spec's cursor `<|>` stays in the text and takes no columns (the spec removes it when it opens the
 * document).
 */
export function marked(source: string): MarkedDocument {
    let text = '';
    let line = 1;
    let column = 1;
    const starts: Array<{ line: number; column: number }> = [];
    const ranges: string[] = [];
    const lines: number[] = [];
    for (const char of source.split('<|>').join('\u0000')) {
        if (char === '\u0000') {
            text += '<|>';
            continue;
        }
        if (char === '»') {
            starts.push({ line, column });
            continue;
        }
        if (char === '«') {
            const start = starts.pop();
            if (!start) {
                throw new Error(`« without » at ${line}:${column}`);
            }
            ranges.push(`${start.line}:${start.column}-${line}:${column}`);
            lines.push(start.line);
            continue;
        }
        text += char;
        if (char === '\n') {
            line++;
            column = 1;
        } else {
            // Columns count UTF-16 code units, as LSP positions do.
            column += char.length;
        }
    }
    if (starts.length > 0) {
        throw new Error('» without «');
    }
    const order = ranges.map((_, index) => index).sort((a, b) => compareRanges(ranges[a], ranges[b]));
    return {
        text,
        ranges: order.map(index => ranges[index]),
        lines: order.map(index => lines[index]),
        get range(): string {
            if (ranges.length !== 1) {
                throw new Error(`${ranges.length} ranges are marked, not one`);
            }
            return ranges[0];
        },
        get start(): string {
            return this.range.split('-')[0];
        }
    };
}

/** A marked range (`line:col-line:col`, 1-based) as an LSP range (0-based). */
export function toLspRange(range: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
    const [startLine, startColumn, endLine, endColumn] = range.split(/[:-]/).map(Number);
    return { start: { line: startLine - 1, character: startColumn - 1 }, end: { line: endLine - 1, character: endColumn - 1 } };
}

function compareRanges(a: string, b: string): number {
    const [aLine, aColumn] = a.split(/[:-]/).map(Number);
    const [bLine, bColumn] = b.split(/[:-]/).map(Number);
    return aLine - bLine || aColumn - bColumn;
}

/**
 * A complete, correct declaration around the given parts, so that a spec only writes the lines it
 * is about. Parts left out get a valid default.
 */
export function declaration(parts: { header?: string; tasks?: string; goals?: string; indicators?: string } = {}): string {
    const header = parts.header ?? '  部门名称 "测试局"\n  主管部门 "测试局"';
    const tasks = parts.tasks ?? [
        '    任务 "基本支出" {',
        '      主要内容 "人员经费"',
        '      总额 100.00  财政拨款 100.00  其他资金 0.00',
        '    }'
    ].join('\n');
    const goals = parts.goals ?? '    目标 服务 "2026年提供服务。"';
    const indicators = parts.indicators ?? DEFAULT_INDICATORS;
    return [
        '部门整体支出绩效目标 2026 {',
        header,
        '  年度主要任务 {',
        tasks,
        '  }',
        '  年度总体目标 {',
        goals,
        '  }',
        '  年度绩效指标 {',
        indicators,
        '  }',
        '}',
        ''
    ].join('\n');
}

export const DEFAULT_INDICATORS = [
    '    产出指标 {',
    '      数量指标 { 指标 "服务人次" 100 人次 对应 服务 解释 "考察服务人次" }',
    '      质量指标 { 指标 "服务合格率" 100 % 解释 "考察服务合格率" }',
    '      时效指标 { 指标 "按时完成" 2026年6月前 解释 "考察完成时间" }',
    '      成本指标 { 指标 "支出进度达标率" ≥90 % 解释 "考察支出进度" }',
    '    }',
    '    效益指标 {',
    '      经济效益指标 不适用',
    '      社会效益指标 { 指标 "安全事故发生数" 0 起 解释 "考察安全事故" }',
    '      生态效益指标 不适用',
    '      可持续影响指标 不适用',
    '    }',
    '    满意度指标 {',
    '      服务对象满意度指标 { 指标 "服务对象满意度" ≥90 % 解释 "考察满意度" }',
    '    }'
].join('\n');

const DEFAULT_SECOND_LEVEL: Record<string, string> = {
    数量指标: '指标 "服务人次" 100 人次 对应 服务 解释 "考察服务人次"',
    质量指标: '指标 "服务合格率" 100 % 解释 "考察服务合格率"',
    时效指标: '指标 "按时完成" 2026年6月前 解释 "考察完成时间"',
    成本指标: '指标 "支出进度达标率" ≥90 % 解释 "考察支出进度"',
    社会效益指标: '指标 "安全事故发生数" 0 起 解释 "考察安全事故"',
    服务对象满意度指标: '指标 "服务对象满意度" ≥90 % 解释 "考察满意度"'
};

export type DefaultSecondLevel = keyof typeof DEFAULT_SECOND_LEVEL;

/**
 * The default indicator tree with the given 二级 categories' contents replaced, so that a spec
 * writes only the indicator it is about: `indicatorsWith({ 质量指标: '指标 "x" 5 个 解释 "y"' })`.
 * Each indicator of the replaced content must be on its own line of the given string. Another
 * kind of document passes its own defaults (an evaluation's indicators have 实际 and 分值).
 */
export function indicatorsWith(contents: Partial<Record<DefaultSecondLevel, string>>, defaults: Record<DefaultSecondLevel, string> = DEFAULT_SECOND_LEVEL): string {
    const merged = { ...defaults, ...contents };
    const block = (name: string) => `      ${name} {\n${merged[name].split('\n').map(line => `        ${line}`).join('\n')}\n      }`;
    return [
        '    产出指标 {',
        block('数量指标'), block('质量指标'), block('时效指标'), block('成本指标'),
        '    }',
        '    效益指标 {',
        '      经济效益指标 不适用',
        block('社会效益指标'),
        '      生态效益指标 不适用',
        '      可持续影响指标 不适用',
        '    }',
        '    满意度指标 {',
        block('服务对象满意度指标'),
        '    }'
    ].join('\n');
}

/** A declaration whose only notable indicator is the given one, filed under the given 二级. */
export function withIndicator(second: keyof typeof DEFAULT_SECOND_LEVEL, indicator: string): string {
    return declaration({ indicators: indicatorsWith({ [second]: indicator }) });
}
