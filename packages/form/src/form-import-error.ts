/**
 * Why a file could not be imported, naming the row and cell that did not fit, in Chinese and
 * English (form-import-messages.ts). Readers throw it; `importForm` and the CLI turn it into a
 * message in the user's language. Any other exception is a bug.
 */
import type { Message } from 'jixiao-language';

export class FormImportError extends Error {
    constructor(readonly text: Message) {
        super(text.zh);
        this.name = 'FormImportError';
    }
}
