/**
 * The formatter's canonical layout for a whole text, outside a language server: the import
 * printer passes its output through it, so an imported document is already formatted.
 */
import { EmptyFileSystem, type Lexer } from 'langium';
import { createJixiaoServices } from './jixiao-module.js';
import { layoutDocument } from './lsp/jixiao-layout.js';

let lexer: Lexer | undefined;

/** The text in canonical layout; unchanged when it does not lex (the formatter never guesses). */
export function formatJixiaoText(text: string): string {
    lexer ??= createJixiaoServices(EmptyFileSystem).Jixiao.parser.Lexer;
    return layoutDocument(lexer, text)?.text ?? text;
}
