/**
 * Syntax errors in the user's language. Chevrotain names tokens by their grammar names (STRING,
 * `任务:KW`); analysts need “带引号的名称” and “关键字“任务””.
 */
import type { IParserErrorMessageProvider, ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import type { JixiaoSettings, Locale } from './jixiao-settings.js';
import { documentKeywords } from './domain/grammar-facts.js';

const TERMINAL_NAMES: Record<string, Record<Locale, string>> = {
    STRING: { zh: '带引号的文字（如 "基本支出"）', en: 'quoted text (e.g. "基本支出")' },
    NUMBER: { zh: '数字', en: 'a number' },
    ID: { zh: '名称', en: 'a name' },
    BLOCK_NAME: { zh: '名称', en: 'a name' },
    DEADLINE: { zh: '时限（如 2026年6月前）', en: 'a deadline (e.g. 2026年6月前)' },
    EOF: { zh: '文件结尾', en: 'end of file' }
};

/** Terminals by their meaning; anything else is a keyword (Langium names keyword tokens by their text). */
function describe(token: TokenType, locale: Locale): string {
    const terminal = TERMINAL_NAMES[token.name];
    if (terminal) {
        return terminal[locale];
    }
    const keyword = token.name.endsWith(':KW') ? token.name.slice(0, -3) : token.name;
    return locale === 'zh' ? `“${keyword}”` : `'${keyword}'`;
}

function found(token: IToken, locale: Locale): string {
    if (token.tokenType?.name === 'EOF' || token.image === '') {
        return locale === 'zh' ? '文件结尾' : 'the end of the file';
    }
    const image = token.image.length > 20 ? token.image.slice(0, 20) + '…' : token.image;
    return locale === 'zh' ? `“${image}”` : `'${image}'`;
}

function alternatives(tokens: TokenType[], locale: Locale): string {
    const names = [...new Set(tokens.map(token => describe(token, locale)))];
    const shown = names.slice(0, 6);
    const more = names.length > shown.length ? (locale === 'zh' ? ' 等' : ', …') : '';
    return shown.join(locale === 'zh' ? '、' : ', ') + more;
}

/** The keywords a document starts with. */
const ENTRY_KEYWORDS = documentKeywords();

export class JixiaoParserErrorMessageProvider implements IParserErrorMessageProvider {
    /**
     * Tokens found where quoted text was expected (`部门名称 深圳局`): the document validator offers
     * to put them in quotes. Chevrotain keeps only the message, so the provider remembers them.
     */
    readonly unquotedTexts = new WeakSet<IToken>();

    constructor(private readonly settings: JixiaoSettings) {}

    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        const locale = this.settings.locale;
        if (options.expected.name === 'STRING' && /^(ID|NUMBER|DEADLINE)$/.test(options.actual.tokenType?.name ?? '')) {
            this.unquotedTexts.add(options.actual);
        }

        return locale === 'zh'
            ? `此处应为${describe(options.expected, locale)}，却是${found(options.actual, locale)}`
            : `Expected ${describe(options.expected, locale)} but found ${found(options.actual, locale)}`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        const locale = this.settings.locale;
        return locale === 'zh'
            ? `申报表已在前面结束，多出了${found(options.firstRedundant, locale)}：是否多写了一个“}”？`
            : `The declaration already ended; unexpected ${found(options.firstRedundant, locale)} (an extra '}'?)`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        const locale = this.settings.locale;
        const expected = options.expectedPathsPerAlt.flatMap(alt => alt.map(path => path[0]).filter(Boolean));
        if (options.actual[0]?.tokenType?.name === 'EOF' && expected.some(token => ENTRY_KEYWORDS.includes(token.name))) {
            // Nothing at all: say what a document starts with, and where the skeletons are.
            const starts = ENTRY_KEYWORDS.map(keyword => `“${keyword} ${locale === 'zh' ? '年度' : 'year'} {”`);
            return locale === 'zh'
                ? `文件是空的：请以${starts.slice(0, -1).join('、')}或${starts[starts.length - 1]}开始（在编辑器中按补全键可插入整张表的骨架）`
                : `The file is empty: start with ${starts.slice(0, -1).join(', ')} or ${starts[starts.length - 1]} (in an editor, completion inserts a whole skeleton)`;
        }
        return locale === 'zh'
            ? `此处应为${alternatives(expected, locale)}，却是${found(options.actual[0], locale)}`
            : `Expected ${alternatives(expected, locale)} but found ${found(options.actual[0], locale)}`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        const locale = this.settings.locale;
        const expected = options.expectedIterationPaths.map(path => path[0]).filter(Boolean);
        return locale === 'zh'
            ? `此处至少需要一个${alternatives(expected, locale)}，却是${found(options.actual[0], locale)}`
            : `Expected at least one ${alternatives(expected, locale)} but found ${found(options.actual[0], locale)}`;
    }
}

export class JixiaoLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(private readonly settings: JixiaoSettings) {}

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number, line?: number, column?: number): string {
        const text = fullText.substring(startOffset, startOffset + Math.min(length, 10));
        const shown = [...text].map(ch => (/[\p{Cc}\p{Cs}\p{Co}\uFFFD]/u.test(ch) ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : ch)).join('');
        const where = line !== undefined && column !== undefined ? `${line}:${column}` : '';
        if (this.settings.locale === 'en') {
            return `Unexpected character${length > 1 ? 's' : ''} "${shown}"${where ? ` at ${where}` : ''}`;
        }
        return `无法识别的字符“${shown}”${this.hintFor(text)}`;
    }

    /** What to do about characters that are not part of the language, when we can tell. */
    private hintFor(text: string): string {
        if (/[（）()]/.test(text)) {
            return '：含括号的名称须用引号括起，如 "名称（本级）"';
        }
        if (/[;；]/.test(text)) {
            return '：此处不需要分号，请删去';
        }
        return '';
    }

    /** A quoted text whose line ends before its closing quote. */
    buildUnclosedStringMessage(closingQuote: string): string {
        return this.settings.locale === 'en'
            ? `This text has no closing quote ${closingQuote} before the end of the line`
            : `文字缺少结束的引号 ${closingQuote}：引号须在同一行内成对出现`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return this.settings.locale === 'en' ? `Unexpected token "${token.image}"` : `无法识别的内容“${token.image}”`;
    }
}
