/**
 * Reports a diagnostic with its stable code, the user's severity for that code, the message in the
 * user's language, and the data a quick fix needs.
 */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { JixiaoSettings } from '../jixiao-settings.js';
import type { IssueCode } from './jixiao-issue-codes.js';
import type { Message } from './jixiao-messages.js';

export type IssueLocation<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data'> & { data?: Record<string, unknown> };

export class IssueReporter {
    constructor(private readonly settings: JixiaoSettings) {}

    get locale() { return this.settings.locale; }

    report<N extends AstNode>(accept: ValidationAcceptor, code: IssueCode, message: Message, location: IssueLocation<N>): void {
        const severity = this.settings.severityOf(code);
        if (severity === 'off') {
            return;
        }
        accept(severity, message[this.settings.locale], { ...location, code, data: { ...location.data, code } } as DiagnosticInfo<N>);
    }
}
