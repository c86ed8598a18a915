/**
 * Why a file could not be imported, in Chinese, naming the row and cell that did not fit. Readers
 * throw it; `importForm` and the CLI turn it into a message. Any other exception is a bug.
 */
export class FormImportError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'FormImportError';
    }
}
