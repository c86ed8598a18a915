/**
 * Formatting: the canonical layout of jixiao-layout.ts as LSP text edits. A document with syntax
 * errors is left alone: until it parses, a layout could only guess where statements begin.
 */
import type { LangiumDocument, Lexer, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams,
    FormattingOptions, Range, TextEdit
} from 'vscode-languageserver';
import type { JixiaoServices } from '../jixiao-module.js';
import { layoutDocument, layoutOptionsFor } from './jixiao-layout.js';

export class JixiaoFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: JixiaoServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, params.options);
    }

    /** The edits of the whole layout that touch the range (amount alignment spans lines, so it is computed whole). */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, params.options).filter(edit => overlaps(edit.range, params.range));
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** In the editor's indentation (its tab size, spaces or a tab). */
    private edits(document: LangiumDocument, options: FormattingOptions | undefined): TextEdit[] {
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) {
            return [];
        }
        const text = document.textDocument;
        const layout = layoutDocument(this.lexer, text.getText(), layoutOptionsFor(options));
        return (layout?.edits ?? []).map(edit => ({
            range: { start: text.positionAt(edit.start), end: text.positionAt(edit.end) },
            newText: edit.newText
        }));
    }
}

function overlaps(edit: Range, range: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
    return !before(edit.end, range.start) && !before(range.end, edit.start);
}
