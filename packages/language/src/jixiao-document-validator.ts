/**
 * Gives Langium's own diagnostics stable codes like ours: parse and lex errors are `syntax`, an
 * unresolved 对应 is `goal.unresolved`. The CLI, quick fixes and severity settings rely on codes.
 * Runs the checks of each node without waiting on the ones that return nothing (all of ours).
 */
import {
    AstUtils, DefaultDocumentValidator, DocumentValidator, interruptAndCheck,
    type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CancellationToken } from 'vscode-languageserver';
import { IssueCodes } from './validation/jixiao-issue-codes.js';

const LANGIUM_CODES: Record<string, string> = {
    [DocumentValidator.LexingError]: IssueCodes.Syntax,
    [DocumentValidator.ParsingError]: IssueCodes.Syntax,
    [DocumentValidator.LinkingError]: IssueCodes.GoalUnresolved
};

export class JixiaoDocumentValidator extends DefaultDocumentValidator {
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        for (const diagnostic of diagnostics) {
            const langiumCode = (diagnostic.data as { code?: string } | undefined)?.code;
            if (diagnostic.code === undefined && langiumCode && LANGIUM_CODES[langiumCode]) {
                diagnostic.code = LANGIUM_CODES[langiumCode];
            }
        }
        return diagnostics;
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
}
