/**
 * Parsing that survives any input (found by `npm run fuzz`):
 *
 * - Deep nesting. Langium's parser recurses per `{`; about 300 nested categories overflowed the
 *   stack, and the failed parse left Langium's parser stack dirty, so every later document in the
 *   same server failed with "Parser stack is not empty after parsing" until a restart. The grammar
 *   never needs more than a few levels, so braces deeper than MAX_NESTING are blanked (same length,
 *   so every offset and range stays true) and reported once as a syntax error.
 * - Any other exception of the parser: the parser's stack is cleared and the document becomes an
 *   empty declaration with one syntax error, instead of an exception in the language server.
 * - Floods of syntax errors (a binary file gave 430,000 diagnostics, far too many to send to an
 *   editor): the first MAX_SYNTAX_ERRORS lexer and parser errors are kept, then one that says how
 *   many more there are.
 */
import { DefaultLangiumDocumentFactory, DocumentState, type AstNode, type LangiumDocument, type ParseResult, type ParserOptions, type URI } from 'langium';
import type { LangiumSharedCoreServices } from 'langium';
import type { ILexingError } from 'chevrotain';
import type { CancellationToken } from 'vscode-languageserver';
import type { JixiaoSettings, Locale } from './jixiao-settings.js';
import type { JixiaoSharedAddedServices } from './jixiao-module.js';
import { changedRegion, type TypingState } from './jixiao-typing-state.js';
import { countOf, reparseIncrementally } from './jixiao-incremental-parse.js';

/** Declaration { section { 一级 { 二级 { … } } } } needs four; deeper is never meaningful. */
export const MAX_NESTING = 32;
export const MAX_SYNTAX_ERRORS = 100;

const MESSAGES = {
    tooDeep: (limit: number) => ({
        zh: `花括号嵌套超过 ${limit} 层，更深的花括号已忽略：申报表最多需要四层（部门、栏目、一级指标、二级指标）`,
        en: `Braces are nested more than ${limit} levels deep; deeper braces are ignored (a declaration needs at most four)`
    }),
    unparsable: (reason: string) => ({
        zh: `无法解析此文档（${reason}）`,
        en: `This document cannot be parsed (${reason})`
    }),
    moreErrors: (count: number) => ({
        zh: `另有 ${count} 个语法错误未列出：请先改正上面的错误`,
        en: `${count} more syntax errors are not listed: fix the ones above first`
    })
};

/** A shared service (Langium has one document factory for all languages); registered in the shared module. */
export class JixiaoDocumentFactory extends DefaultLangiumDocumentFactory {
    private readonly typing: TypingState;

    constructor(shared: LangiumSharedCoreServices & JixiaoSharedAddedServices) {
        super(shared);
        this.typing = shared.workspace.TypingState;
    }

    /**
     * A changed document: where the text changed is remembered for the typing rules (see
     * jixiao-typing-state.ts), and only the block around the change is parsed again when that
     * gives what a full parse would (see jixiao-incremental-parse.ts).
     */
    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const oldText = document.parseResult.value.$cstNode?.root.fullText;
        const textDocument = this.textDocuments?.get(document.uri.toString());
        const region = oldText !== undefined && textDocument ? changedRegion(oldText, textDocument.getText()) : undefined;
        if (!region || !textDocument) {
            return super.update(document, cancellationToken);
        }
        this.typing.recordEdit(document, region, textDocument.version);
        if (reparseIncrementally(this.serviceRegistry.getServices(document.uri), document, region, textDocument, MAX_NESTING)) {
            // As Langium's update does after parsing: the document now reads the editor's text.
            Object.defineProperty(document, 'textDocument', { value: textDocument });
            document.state = DocumentState.Parsed;
            return document;
        }
        return super.update(document, cancellationToken);
    }
    protected override parse<T extends AstNode>(uri: URI, text: string, options?: ParserOptions): ParseResult<T> {
        const flattening = flattenDeepNesting(text);
        try {
            return this.finish(uri, super.parse<T>(uri, flattening.text, options), text, flattening.firstBlanked);
        } catch (error) {
            return this.failed<T>(uri, text, error);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const flattening = flattenDeepNesting(text);
        try {
            return this.finish(uri, await super.parseAsync<T>(uri, flattening.text, cancellationToken), text, flattening.firstBlanked);
        } catch (error) {
            return this.failed<T>(uri, text, error);
        }
    }

    private localeOf(uri: URI): Locale {
        const services = this.serviceRegistry.getServices(uri) as { settings?: { JixiaoSettings?: JixiaoSettings } };
        return services.settings?.JixiaoSettings?.locale ?? 'zh';
    }

    private finish<T extends AstNode>(uri: URI, result: ParseResult<T>, text: string, firstBlanked: number | undefined): ParseResult<T> {
        const locale = this.localeOf(uri);
        if (firstBlanked !== undefined) {
            result.lexerErrors.unshift(errorAt(text, firstBlanked, 1, MESSAGES.tooDeep(MAX_NESTING)[locale]));
        }
        capErrors(result, text, locale);
        return result;
    }

    private failed<T extends AstNode>(uri: URI, text: string, error: unknown): ParseResult<T> {
        // A thrown parse leaves its rule stack behind; the next parse would fail on it.
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser as unknown as { stack?: unknown[] };
        if (Array.isArray(parser.stack)) {
            parser.stack.length = 0;
        }
        const locale = this.localeOf(uri);
        const reason = error instanceof RangeError
            ? (locale === 'zh' ? '结构过深' : 'structure too deep')
            : String((error as Error)?.message ?? error).split('\n')[0];
        const message = MESSAGES.unparsable(reason)[locale];
        return {
            value: { $type: 'Declaration' } as unknown as T,
            lexerErrors: [errorAt(text, 0, 0, message)],
            parserErrors: []
        };
    }
}

/**
 * Blanks `{` and `}` nested deeper than `limit` (outside strings and comments) with spaces, so that
 * the parser's recursion stays shallow while the text keeps its length and line breaks.
 */
export function flattenDeepNesting(text: string, limit = MAX_NESTING): { text: string; firstBlanked?: number } {
    if (countOf(text, '{') <= limit) {
        return { text };
    }
    let depth = 0;
    let blanked: number[] | undefined;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"') {
            i = endOfString(text, i);
        } else if (ch === '/' && text[i + 1] === '/') {
            i = endOfLine(text, i);
        } else if (ch === '/' && text[i + 1] === '*') {
            const end = text.indexOf('*/', i + 2);
            i = end < 0 ? text.length : end + 1;
        } else if (ch === '{') {
            if (++depth > limit) {
                (blanked ??= []).push(i);
            }
        } else if (ch === '}') {
            if (depth-- > limit) {
                (blanked ??= []).push(i);
            }
            depth = Math.max(depth, 0);
        }
    }
    if (!blanked) {
        return { text };
    }
    const chars = text.split('');
    for (const index of blanked) {
        chars[index] = ' ';
    }
    return { text: chars.join(''), firstBlanked: blanked[0] };
}


/** As the STRING terminal: a string ends at its closing quote or, unterminated, at the line end. */
function endOfString(text: string, start: number): number {
    for (let i = start + 1; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\') {
            i++;
        } else if (ch === '"' || ch === '\n' || ch === '\r') {
            return ch === '"' ? i : i - 1;
        }
    }
    return text.length;
}

function endOfLine(text: string, start: number): number {
    const newline = text.slice(start).search(/[\r\n]/);
    return newline < 0 ? text.length : start + newline - 1;
}

function capErrors(result: ParseResult, text: string, locale: Locale): void {
    const total = result.lexerErrors.length + result.parserErrors.length;
    if (total <= MAX_SYNTAX_ERRORS) {
        return;
    }
    const keptLexer = Math.min(result.lexerErrors.length, MAX_SYNTAX_ERRORS);
    result.lexerErrors.length = keptLexer;
    result.parserErrors.length = Math.min(result.parserErrors.length, MAX_SYNTAX_ERRORS - keptLexer);
    const lastOffset = Math.max(
        ...result.lexerErrors.map(error => error.offset),
        ...result.parserErrors.map(error => Number.isFinite(error.token.startOffset) ? error.token.startOffset : 0)
    );
    result.lexerErrors.push(errorAt(text, lastOffset, 0, MESSAGES.moreErrors(total - MAX_SYNTAX_ERRORS)[locale]));
}

/** A lexer error at an offset: Langium turns lexer errors into diagnostics by 1-based line and column. */
function errorAt(text: string, offset: number, length: number, message: string): ILexingError {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        const ch = text[i];
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
            line++;
            lineStart = i + 1;
        }
    }
    return { offset, length, line, column: offset - lineStart + 1, message };
}
