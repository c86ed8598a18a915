/**
 * Tokens as a Chinese input method types them (DESIGN §5, "Typing as our users type"):
 *
 * - quoted text in “ ” as well as " ", with nested “ ” inside (see jixiao-strings.ts); a text whose
 *   closing quote is missing still reads as a text to its line end, and the lexer reports just
 *   that quote (see jixiao-lexer.ts);
 * - the braces ｛ ｝ (full width) as { }.
 *
 * Full-width digits, the full-width comma and point in numbers and the full-width colon (read as a
 * space) are in the grammar's terminals; the value converter turns figures into ASCII digits.
 */
import { DefaultTokenBuilder, type GrammarAST } from 'langium';
import { Lexer, type CustomPatternMatcherFunc, type TokenPattern, type TokenType } from 'chevrotain';
import { matchString } from './jixiao-strings.js';

/** Keywords that may also be typed in their full-width form. */
const KEYWORD_VARIANTS: Readonly<Record<string, string>> = { '{': '｛', '}': '｝' };

export class JixiaoTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'BLOCK_NAME') {
            // Given by the lexer to a name before { or 不适用 (jixiao-lexer.ts), never matched. A
            // pattern that matches nothing would cost the lexer its first-character optimisation
            // (lexing took four times as long); NA is Chevrotain's way to say "never matched".
            token.PATTERN = Lexer.NA;
        } else if (terminal.name === 'STRING') {
            token.PATTERN = matchStringToken;
            // Both quotes start a text; with the hint the lexer keeps its first-character optimisation.
            token.START_CHARS_HINT = ['"', '“'];
            token.LINE_BREAKS = false;
        }
        return token;
    }

    protected override buildKeywordPattern(keyword: GrammarAST.Keyword, caseInsensitive: boolean): TokenPattern {
        const variant = KEYWORD_VARIANTS[keyword.value];
        return variant ? new RegExp(`[${keyword.value}${variant}]`) : super.buildKeywordPattern(keyword, caseInsensitive);
    }
}

/** Most texts are closed and have no nested quotes: a native expression reads them. */
const SIMPLE_STRING = /"(?:\\.|[^"\\\r\n])*"|“[^“”\r\n]*”/y;

const matchStringToken: CustomPatternMatcherFunc = (text, offset) => {
    SIMPLE_STRING.lastIndex = offset;
    const simple = SIMPLE_STRING.exec(text);
    if (simple) {
        return simple;
    }
    const match = matchString(text, offset);
    if (!match) {
        return null;
    }
    return [text.substring(offset, offset + match.length)] as unknown as RegExpExecArray;
};
