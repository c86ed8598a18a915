/**
 * The parser completion runs on the text before the cursor, with the same guard against deep
 * nesting as documents (see jixiao-document-factory.ts): `npm run fuzz` found completion throwing
 * "Maximum call stack size exceeded" inside a few hundred nested categories.
 */
import { createParser, LangiumCompletionParser, type CompletionParserResult, type LangiumCoreServices } from 'langium';
import { flattenDeepNesting } from './jixiao-document-factory.js';

export class JixiaoCompletionParser extends LangiumCompletionParser {
    override parse(input: string): CompletionParserResult {
        return super.parse(flattenDeepNesting(input).text);
    }
}

/** As Langium's createCompletionParser, with the guarded parser. */
export function createJixiaoCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    const parser = new JixiaoCompletionParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}
