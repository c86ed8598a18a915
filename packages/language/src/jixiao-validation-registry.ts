/**
 * A check that throws on a document we did not foresee must not print a stack trace into the
 * user's terminal or editor log: it becomes one Chinese diagnostic with the code `internal`, and
 * the other checks go on. `JIXIAO_DEBUG=1` prints the stack for us.
 */
import { ValidationRegistry, type AstNode, type MaybePromise, type ValidationAcceptor, type ValidationCheck } from 'langium';
import { isOperationCancelled } from 'langium';

function isPromise(value: unknown): value is PromiseLike<void> {
    return typeof (value as PromiseLike<void> | undefined)?.then === 'function';
}
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
     * all of them are synchronous: Langium's wrapper made each one three promises, which doubled the
     * validation time of a 1,000-indicator document. A check runs directly; only a check that
     * throws or returns a promise goes through handleException.
     */
    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept, cancelToken) => {
            let result: MaybePromise<void>;
            try {
                result = check.call(thisObj, node, accept, cancelToken);
            } catch (error) {
                return this.handleException(() => { throw error; }, '', accept, node);
            }
            return isPromise(result) ? this.handleException(() => result, '', accept, node) : undefined;
        };
    }

    protected override async handleException(functionality: () => unknown, _context: string, accept: ValidationAcceptor, node: AstNode): Promise<void> {
        try {
            await functionality();
        } catch (error) {
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
}
