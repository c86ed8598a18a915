/**
 * Gives Langium's own diagnostics stable codes like ours: parse and lex errors are `syntax`, an
 * unresolved 对应 is `goal.unresolved`. The CLI, quick fixes and severity settings rely on codes.
 *
 * Then adds the checks across files (workspace/jixiao-workspace-validator.ts, and an evaluation's
 * targets against its declaration in validation/jixiao-selfeval-validator.ts). A document's own
 * diagnostics depend on its text and the settings only, so they are kept per parse: when a
 * document is validated again because another file changed (a project's amount, for its
 * department), only the cross-file checks run again. The checks of each node run without waiting on
 * the ones that return nothing (all of ours).
 */
import {
    AstUtils, DefaultDocumentValidator, DocumentValidator, interruptAndCheck,
    type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CancellationToken } from 'vscode-languageserver';
import type { JixiaoServices } from './jixiao-module.js';
import type { JixiaoSettings } from './jixiao-settings.js';
import { IssueCodes } from './validation/jixiao-issue-codes.js';

const LANGIUM_CODES: Record<string, string> = {
    [DocumentValidator.LexingError]: IssueCodes.Syntax,
    [DocumentValidator.ParsingError]: IssueCodes.Syntax,
    [DocumentValidator.LinkingError]: IssueCodes.GoalUnresolved
};

interface OwnDiagnostics {
    readonly key: string;
    readonly diagnostics: readonly Diagnostic[];
}

export class JixiaoDocumentValidator extends DefaultDocumentValidator {
    private readonly services: JixiaoServices;
    private readonly settings: JixiaoSettings;
    /** By parse result: a new parse is a new root, so a changed document is never served stale. */
    private readonly own = new WeakMap<AstNode, OwnDiagnostics>();

    constructor(services: JixiaoServices) {
        super(services);
        this.services = services;
        this.settings = services.settings.JixiaoSettings;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const root = document.parseResult.value;
        const key = `${this.settings.revision}|${options.categories?.join(',') ?? '*'}|${document.references.length}`;
        let own = this.own.get(root);
        if (own?.key !== key) {
            const diagnostics = await super.validateDocument(document, options, cancelToken);
            for (const diagnostic of diagnostics) {
                const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
                if (diagnostic.code === undefined && langiumCode && LANGIUM_CODES[langiumCode]) {
                    diagnostic.code = LANGIUM_CODES[langiumCode];
                }
            }
            own = { key, diagnostics };
            this.own.set(root, own);
        }
        const result = [...own.diagnostics];
        if (!options.categories || options.categories.includes('fast')) {
            const accept: ValidationAcceptor = (severity, message, info) => result.push(this.toDiagnostic(severity, message, info));
            await this.validateWorkspace(document, accept);
        }
        return result;
    }

    /**
     * Langium's loop, except that a check's result is awaited only when it is a promise: with a
     * check per rule (thousands of calls per document) the awaits alone cost a fifth of validation.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const nodes = AstUtils.streamAst(rootNode).iterator();
        for (const node of nodes) {
            await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                    const result = check(node, acceptor, cancelToken);
                    if (result) {
                        await result;
                    }
                }
            }
            if (!nodeOptions.validateChildren) {
                nodes.prune();
            }
        }
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
}
