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
import type { CustomPatternMatcherFunc, TokenPattern, TokenType } from 'chevrotain';
import { matchString } from './jixiao-strings.js';

/** Keywords that may also be typed in their full-width form. */
const KEYWORD_VARIANTS: Readonly<Record<string, string>> = { '{': '｛', '}': '｝' };

export class JixiaoTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'STRING') {
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

const matchStringToken: CustomPatternMatcherFunc = (text, offset) => {
    const match = matchString(text, offset);
    if (!match) {
        return null;
    }
    return [text.substring(offset, offset + match.length)] as unknown as RegExpExecArray;
};
