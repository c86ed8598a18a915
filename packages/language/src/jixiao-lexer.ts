/**
 * The lexer, plus one error per quoted text whose closing quote is missing. The token builder reads
 * such a text to its line end (see jixiao-strings.ts), so the parser sees an ordinary text and the
 * rest of the document is parsed and checked as usual: one diagnostic, with a fix that adds the
 * quote, instead of a cascade of unrecognised characters.
 */
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError } from 'chevrotain';
import type { JixiaoServices } from './jixiao-module.js';
import type { JixiaoLexerErrorMessageProvider } from './jixiao-syntax-messages.js';
import { closingQuoteOf, isClosedString } from './jixiao-strings.js';
import { NOT_APPLICABLE_KEYWORD } from './domain/grammar-facts.js';

/**
 * How a syntax error is repaired (the quick fix reads it from the diagnostic's data): insert a
 * closing quote, or put a run of text in quotes.
 */
export type SyntaxRepair =
    | { readonly offset: number; readonly text: string }
    | { readonly quoteFrom: number; readonly quoteTo: number };

export interface RepairableLexingError extends ILexingError {
    readonly repair: SyntaxRepair;
}

export function isRepairable(error: ILexingError): error is RepairableLexingError {
    return typeof (error as Partial<RepairableLexingError>).repair === 'object';
}

export class JixiaoLexer extends DefaultLexer {
    private readonly messages: JixiaoLexerErrorMessageProvider;

    constructor(services: JixiaoServices) {
        super(services);
        this.messages = services.parser.LexerErrorMessageProvider as JixiaoLexerErrorMessageProvider;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const unclosed: RepairableLexingError[] = [];
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && !isClosedString(token.image)) {
                const quote = closingQuoteOf(token.image);
                const end = token.startOffset + token.image.length;
                unclosed.push({
                    offset: token.startOffset,
                    length: token.image.length,
                    line: token.startLine,
                    column: token.startColumn,
                    message: this.messages.buildUnclosedStringMessage(quote),
                    repair: { offset: end, text: quote }
                });
            }
        }
        this.joinBracketedNames(text, result);
        this.markBlockNames(result);
        if (unclosed.length > 0) {
            result.errors.push(...unclosed);
            result.errors.sort((a, b) => a.offset - b.offset);
        }
        return result;
    }

    /**
     * A name right before `{` or 不适用 is a category's: it gets its own token type, so that the
     * parser, which decides loops by the next token alone, never reads it as an unknown field of
     * the indicator before it (see grammar/jixiao.langium).
     */
    private markBlockNames(result: LexerResult): void {
        const idType = this.definition['ID'];
        const blockName = this.definition['BLOCK_NAME'];
        const tokens = result.tokens;
        for (let i = 0; i + 1 < tokens.length; i++) {
            const next = tokens[i + 1].tokenType.name;
            if (tokens[i].tokenType === idType && (next === '{' || next === NOT_APPLICABLE_KEYWORD)) {
                tokens[i].tokenType = blockName;
                tokens[i].tokenTypeIdx = blockName.tokenTypeIdx!;
            }
        }
    }

    /**
     * A name with brackets typed without quotes (部门名称 深圳局（本级）) becomes one name token
     * instead of names and unrecognised brackets: where a name belongs (a category, a unit) it
     * is one, and where quoted text belongs the parser reports one error, which a quick fix
     * repairs by quoting the run.
     */
    private joinBracketedNames(text: string, result: LexerResult): void {
        const bracketErrors = result.errors.filter(error => /^[（）()]+$/.test(text.substr(error.offset, error.length)));
        if (bracketErrors.length === 0) {
            return;
        }
        const idType = this.definition['ID'];
        for (const error of bracketErrors) {
            const run = quoteRun(text, error.offset) as { quoteFrom: number; quoteTo: number };
            const inRun = (offset: number) => offset >= run.quoteFrom && offset < run.quoteTo;
            const first = result.tokens.findIndex(token => inRun(token.startOffset));
            const firstToken = result.tokens[first];
            // Only a run that starts with a name; `（本级）` alone stays an error.
            if (!firstToken || firstToken.startOffset !== run.quoteFrom || firstToken.tokenType !== idType) {
                continue;
            }
            const count = result.tokens.slice(first).findIndex(token => !inRun(token.startOffset));
            const image = text.slice(run.quoteFrom, run.quoteTo);
            if (image.includes('\n') || image.includes('\r')) {
                continue;
            }
            const joined = {
                ...firstToken,
                image,
                endOffset: run.quoteTo - 1,
                endColumn: (firstToken.startColumn ?? 1) + image.length - 1
            };
            result.tokens.splice(first, count < 0 ? result.tokens.length - first : count, joined);
            result.errors = result.errors.filter(other => !inRun(other.offset));
        }
    }
}

/** The text around an offset up to the spaces, braces or line ends on either side. */
export function quoteRun(text: string, offset: number): SyntaxRepair {
    const boundary = /[\s{}｛｝"“”]/;
    let from = offset;
    while (from > 0 && !boundary.test(text[from - 1])) {
        from--;
    }
    let to = offset;
    while (to < text.length && !boundary.test(text[to])) {
        to++;
    }
    return { quoteFrom: from, quoteTo: to };
}
