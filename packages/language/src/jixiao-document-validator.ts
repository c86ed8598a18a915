/**
 * Gives Langium's own diagnostics stable codes like ours: parse and lex errors are `syntax`, an
 * unresolved 对应 is `goal.unresolved`. The CLI, quick fixes and severity settings rely on codes.
 *
 * Then adds the checks across files (workspace/jixiao-workspace-validator.ts, and an evaluation's
 * targets against its declaration in validation/jixiao-selfeval-validator.ts). A document's own
 * diagnostics depend on its text and the settings only, so they are kept per text: when a
 * document is validated again because another file changed (a project's amount, for its
 * department), only the cross-file checks run again. (Per text, not per parse: an edit may
 * re-parse one block and keep the root, see jixiao-incremental-parse.ts.)
 *
 * Last, while the user types, the editor is shown what is not visibly still being typed
 * (lsp/jixiao-quiet-while-typing.ts); every diagnostic is kept for "fix all" and for save.
 */
import {
    Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isAstNode,
    type AstNode, type LangiumDocument, type ParseResult, type ValidationAcceptor, type ValidationCheck, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JixiaoServices, JixiaoSharedServices } from './jixiao-module.js';
import type { JixiaoSettings } from './jixiao-settings.js';
import { IssueCodes } from './validation/jixiao-issue-codes.js';
import { isRepairable, quoteRun } from './jixiao-lexer.js';
import type { TypingState } from './jixiao-typing-state.js';
import { diagnosticsToShow } from './lsp/jixiao-quiet-while-typing.js';
import type { JixiaoParserErrorMessageProvider } from './jixiao-syntax-messages.js';

const LANGIUM_CODES: Record<string, string> = {
    [DocumentValidator.LexingError]: IssueCodes.Syntax,
    [DocumentValidator.ParsingError]: IssueCodes.Syntax,
    [DocumentValidator.LinkingError]: IssueCodes.GoalUnresolved
};

interface OwnDiagnostics {
    readonly key: string;
    readonly text: string | undefined;
    readonly diagnostics: readonly Diagnostic[];
}

/** The node's children (single and list properties, in order) onto a stack, last first. */
function pushChildrenReversed(node: AstNode, stack: AstNode[]): void {
    const start = stack.length;
    // for…in: the own keys in insertion order, as Object.keys, without an array per node.
    for (const key in node) {
        if (key.charCodeAt(0) === 36 /* $ */) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(value)) {
            for (const element of value) {
                if (isAstNode(element)) {
                    stack.push(element);
                }
            }
        } else if (isAstNode(value)) {
            stack.push(value);
        }
    }
    // Pushed in document order; reversed so that the first child is visited first.
    for (let low = start, high = stack.length - 1; low < high; low++, high--) {
        [stack[low], stack[high]] = [stack[high], stack[low]];
    }
}

export class JixiaoDocumentValidator extends DefaultDocumentValidator {
    private readonly services: JixiaoServices;
    private readonly settings: JixiaoSettings;
    private readonly parserMessages: JixiaoParserErrorMessageProvider;
    private readonly typing: TypingState;
    /** By root and text (see above). */
    private readonly own = new WeakMap<AstNode, OwnDiagnostics>();

    constructor(services: JixiaoServices) {
        super(services);
        this.services = services;
        this.settings = services.settings.JixiaoSettings;
        this.parserMessages = services.parser.ParserErrorMessageProvider as JixiaoParserErrorMessageProvider;
        this.typing = (services.shared as JixiaoSharedServices).workspace.TypingState;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        const text = root.$cstNode?.root.fullText;
        const key = `${this.settings.revision}|${options.categories?.join(',') ?? '*'}|${document.references.length}`;
        let own = this.own.get(root);
        if (own?.key !== key || own.text !== text) {
            const diagnostics = await super.validateDocument(document, options, cancelToken);
            for (const diagnostic of diagnostics) {
                const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
                if (diagnostic.code === undefined && langiumCode && LANGIUM_CODES[langiumCode]) {
                    diagnostic.code = LANGIUM_CODES[langiumCode];
                }
            }
            own = { key, text, diagnostics };
            this.own.set(root, own);
        }
        const result = [...own.diagnostics];
        if (!options.categories || options.categories.includes('fast')) {
            const accept: ValidationAcceptor = (severity, message, info) => result.push(this.toDiagnostic(severity, message, info));
            await this.validateWorkspace(document, accept);
        }
        this.typing.rememberDiagnostics(document, result);
        return diagnosticsToShow(document, result, this.typing);
    }

    /** As the validation registry does for the per-node checks: a failure is one `internal` diagnostic, not a crash. */
    private async validateWorkspace(document: LangiumDocument, accept: ValidationAcceptor): Promise<void> {
        try {
            this.services.validation.Workspace.validate(document, accept);
            // An evaluation against the declaration its 申报 names (selfeval.target-changed).
            await this.services.validation.Selfeval.targetsMustBeAsDeclared(document, accept);
        } catch (error) {
            if (process.env.JIXIAO_DEBUG) {
                console.error(error);
            }
            const detail = error instanceof Error ? error.message : String(error);
            const message = this.settings.locale === 'en'
                ? `Internal error while checking this document against the workspace (${detail}); please report it with the documents.`
                : `内部错误：与工作区其他文件核对时出错（${detail}），请将文档反馈给开发者。`;
            accept('error', message, { node: document.parseResult.value, code: IssueCodes.Internal, data: { code: IssueCodes.Internal } });
        }
    }

    /**
     * Every node, in the order Langium's walk visits them (depth first, properties in order), with
     * the checks of its type, a check's result awaited only when it is a promise: with a check per
     * rule, Langium's generic stream and a promise per node and check were a third of the validation
     * time of a 1,000-indicator document on every keystroke.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const checksByType = new Map<string, ValidationCheck[]>();
        const stack: AstNode[] = [rootNode];
        let visited = 0;
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (++visited % 500 === 0) {
                await interruptAndCheck(cancelToken);
            }
            let checks = checksByType.get(node.$type);
            if (!checks) {
                checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                checksByType.set(node.$type, checks);
            }
            for (const check of checks) {
                const result = check(node, acceptor, cancelToken);
                if (result) {
                    await result;
                }
            }
            pushChildrenReversed(node, stack);
        }
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
