/**
 * Reports a diagnostic with its stable code, the user's severity for that code, the message in the
 * user's language (long digit runs cut), and the data a quick fix needs. In a self-evaluation, the
 * codes that review how a target was set are not reported (see TARGET_REVIEW_CODES).
 */
import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { evaluationOf } from '../jixiao-ast-utils.js';
import { TARGET_REVIEW_CODES, type IssueCode } from './jixiao-issue-codes.js';
import type { Message } from './jixiao-messages.js';
import { shortenLongNumbers } from '../domain/spreadsheet.js';

export type IssueLocation<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'data'> & { data?: Record<string, unknown> };

export class IssueReporter {
    constructor(private readonly settings: JixiaoSettings) {}

    get locale() { return this.settings.locale; }

    report<N extends AstNode>(accept: ValidationAcceptor, code: IssueCode, message: Message, location: IssueLocation<N>): void {
        const severity = this.settings.severityOf(code);
        if (severity === 'off' || (TARGET_REVIEW_CODES.has(code) && evaluationOf(location.node))) {
            return;
        }
        // A pasted number of a million digits is named, not echoed whole.
        const text = shortenLongNumbers(message[this.settings.locale], this.settings.locale);
        accept(severity, text, { ...location, code, data: { ...location.data, code } } as DiagnosticInfo<N>);
    }
}
