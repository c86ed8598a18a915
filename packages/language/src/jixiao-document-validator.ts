/**
 * Gives Langium's own diagnostics stable codes like ours: parse and lex errors are `syntax`, an
 * unresolved 对应 is `goal.unresolved`. The CLI, quick fixes and severity settings rely on codes.
 */
import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ParseResult, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
import { IssueCodes } from './validation/jixiao-issue-codes.js';
import { isRepairable, quoteRun } from './jixiao-lexer.js';
import type { JixiaoServices, JixiaoSharedServices } from './jixiao-module.js';
import type { TypingState } from './jixiao-typing-state.js';
import { diagnosticsToShow } from './lsp/jixiao-quiet-while-typing.js';
import type { JixiaoParserErrorMessageProvider } from './jixiao-syntax-messages.js';

const LANGIUM_CODES: Record<string, string> = {
    [DocumentValidator.LexingError]: IssueCodes.Syntax,
    [DocumentValidator.ParsingError]: IssueCodes.Syntax,
    [DocumentValidator.LinkingError]: IssueCodes.GoalUnresolved
};

export class JixiaoDocumentValidator extends DefaultDocumentValidator {
    private readonly parserMessages: JixiaoParserErrorMessageProvider;
    private readonly typing: TypingState;

    constructor(services: JixiaoServices) {
        super(services);
        this.parserMessages = services.parser.ParserErrorMessageProvider as JixiaoParserErrorMessageProvider;
        this.typing = (services.shared as JixiaoSharedServices).workspace.TypingState;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            if (diagnostic.code === undefined && langiumCode && LANGIUM_CODES[langiumCode]) {
                diagnostic.code = LANGIUM_CODES[langiumCode];
            }
        }
        // Every diagnostic is kept for "fix all" and for save; the editor is shown those about what
        // the user is not visibly still typing.
        this.typing.rememberDiagnostics(document, diagnostics);
        return diagnosticsToShow(document, diagnostics, this.typing);
    }

    /** Text where quoted text belongs (`部门名称 深圳局`) can be put in quotes by a quick fix. */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        const text = parseResult.value.$cstNode?.root.fullText;
        // Langium skips parser errors it cannot place; match the rest by position.
        const placed = parseResult.parserErrors.filter(error => !isNaN(error.token.startOffset) || 'previousToken' in error);
        placed.forEach((error, index) => {
            const diagnostic = diagnostics[first + index];
            if (diagnostic && text !== undefined && this.parserMessages.unquotedTexts.has(error.token)) {
                diagnostic.data = { ...diagnostic.data as object, repair: quoteRun(text, error.token.startOffset) };
            }
        });
    }

    /** A syntax error that knows its repair (a missing quote) carries it for the quick fix. */
    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const first = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        const errors = [...parseResult.lexerErrors, ...parseResult.lexerReport?.diagnostics ?? []];
        errors.forEach((error, index) => {
            const diagnostic = diagnostics[first + index];
            if (diagnostic && isRepairable(error)) {
                diagnostic.data = { ...diagnostic.data as object, repair: error.repair };
            }
        });
    }
}
