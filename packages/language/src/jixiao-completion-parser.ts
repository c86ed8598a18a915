/**
 * The parser completion runs on the text before the cursor, with the same guard against deep
 * nesting as documents (see jixiao-document-factory.ts), tighter: `npm run fuzz` found completion
 * throwing "Maximum call stack size exceeded" inside a few hundred nested categories, and hanging
 * inside a few dozen.
 */
import { createParser, LangiumCompletionParser, type CompletionParserResult, type LangiumCoreServices } from 'langium';
import { flattenDeepNesting } from './jixiao-document-factory.js';

/**
 * Langium's completion follows every way the grammar could continue through the tokens after the
 * last complete element, and the ways multiply with each enclosing category: 17 nested categories
 * and four stray tokens took 0.9 s, six overflowed the stack and more hung (`npm run fuzz`). The
 * form needs four levels (declaration, section, 一级, 二级); completion sees at most this many.
 */
export const MAX_COMPLETION_NESTING = 6;

export class JixiaoCompletionParser extends LangiumCompletionParser {
    override parse(input: string): CompletionParserResult {
        return super.parse(flattenDeepNesting(input, MAX_COMPLETION_NESTING).text);
    }
}

/** As Langium's createCompletionParser, with the guarded parser. */
export function createJixiaoCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = new JixiaoCompletionParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
