/**
 * Gives Langium's own diagnostics stable codes like ours: parse and lex errors are `syntax`, an
 * unresolved 对应 is `goal.unresolved`. The CLI, quick fixes and severity settings rely on codes.
 */
import { DefaultDocumentValidator, DocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { CancellationToken } from 'vscode-languageserver';
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
}
