/**
 * A check that throws on a document we did not foresee must not print a stack trace into the
 * user's terminal or editor log: it becomes one Chinese diagnostic with the code `internal`, and
 * the other checks go on. `JIXIAO_DEBUG=1` prints the stack for us.
 *
 * Checks run synchronously when they are synchronous (all of ours are): Langium wraps every check
 * in two promises, which for the checks of a 1,000-indicator document on every keystroke was a
 * measurable part of the time to diagnostics (see jixiao-document-validator.ts).
 */
import { ValidationRegistry, type AstNode, type ValidationAcceptor, type ValidationCheck } from 'langium';
import { isOperationCancelled } from 'langium';
import type { JixiaoServices } from './jixiao-module.js';
import { IssueCodes } from './validation/jixiao-issue-codes.js';

export class JixiaoValidationRegistry extends ValidationRegistry {
    private readonly services: JixiaoServices;

    constructor(services: JixiaoServices) {
        super(services);
        this.services = services;
    }

    /**
     * Every rule is a check of its own (jixiao-validator.ts), thousands of calls per document, and
     * all of them are synchronous: a check runs directly, and only one that returns a promise is
     * awaited (its failure reported like a throw).
     */
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            try {
                const result = check.call(thisObj, node, accept, cancelToken);
                return result instanceof Promise ? result.catch(error => this.reportException(error, accept, node)) : undefined;
            } catch (error) {
                this.reportException(error, accept, node);
                return undefined;
            }
        };
    }

    protected override async handleException(functionality: () => unknown, _context: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
            this.reportException(error, accept, node);
        }
    }

    private reportException(error: unknown, accept: ValidationAcceptor, node: AstNode): void {
        if (isOperationCancelled(error)) {
            throw error;
        }
        if (process.env.JIXIAO_DEBUG) {
            console.error(error);
        }
        const detail = error instanceof Error ? error.message : String(error);
        const message = this.services.settings.JixiaoSettings.locale === 'en'
            ? `Internal error while checking this part (${detail}); please report it with the document.`
            : `内部错误：检查此处时出错（${detail}），请将文档反馈给开发者。`;
        accept('error', message, { node, code: IssueCodes.Internal, data: { code: IssueCodes.Internal } });
    }
}
