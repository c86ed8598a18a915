/**
 * What the extension asks the language server (jixiao-server's protocol) instead of parsing and
 * writing workbooks on its own: the form model of a document as the server last checked it, with
 * its error and warning counts; its workbook; the import of a form. No `vscode` import: specs run
 * it against the server's handlers.
 */
import { fromWire, type OfficialForm } from 'jixiao-form/model';
import {
    EXPORT_WORKBOOK_REQUEST, FORM_MODEL_REQUEST, IMPORT_FORM_REQUEST,
    type ExportWorkbookParams, type ExportWorkbookResult, type FormModelParams, type FormModelResult, type ImportFormParams, type ImportFormResult,
    type KeptOutput
} from 'jixiao-server/protocol';

/** Sends one request to the server (the language client's sendRequest). */
export type SendRequest = <Result>(method: string, params: unknown) => Promise<Result>;

/** A document as the server checked it. */
export interface CheckedForm {
    /** Undefined when the text is no declaration the form can be built from. */
    readonly model?: OfficialForm;
    readonly errors: number;
    readonly warnings: number;
    /** The parser skipped or invented tokens: the model may miss parts the user wrote. */
    readonly hasSyntaxErrors: boolean;
}

/** An import the server refused: its message says why, in the user's language. */
export class FormImportFailure extends Error {}

/** How often to ask again when the server answered for an older version than the editor's. */
const STALE_RETRIES = 5;

/**
 * The form of the document at `version` (or later). The client sends a didChange before the
 * request that follows it, and the server answers once that text is checked; an answer for an
 * older version (a change still on its way) is asked again.
 */
export async function requestFormModel(send: SendRequest, uri: string, version: number): Promise<CheckedForm> {
    let result = await send<FormModelResult>(FORM_MODEL_REQUEST, { uri } satisfies FormModelParams);
    for (let retry = 0; retry < STALE_RETRIES && result.version !== undefined && result.version < version; retry++) {
        await new Promise(resolve => setTimeout(resolve, 50));
        result = await send<FormModelResult>(FORM_MODEL_REQUEST, { uri } satisfies FormModelParams);
    }
    return {
        model: result.model === undefined ? undefined : fromWire<OfficialForm>(result.model),
        errors: result.errors,
        warnings: result.warnings,
        hasSyntaxErrors: result.hasSyntaxErrors
    };
}

/** A workbook the server could not write; `code` is the file system's (EBUSY, EACCES…), when it was one. */
export class ExportFailure extends Error {
    constructor(message: string, readonly code?: string) {
        super(message);
    }
}

/** Where the workbook goes: a local file the server writes, or the bytes of what is at a target it cannot reach. */
export type ExportTarget = { path: string } | { existing?: Uint8Array };

/**
 * The document's workbook: written by the server to `path` (a local file), or its bytes when no
 * path is given (a file the server cannot reach, such as a remote or virtual one). `kept` when the
 * file there is not ours to replace and `replace` was not given: nothing was written.
 */
export async function requestExport(send: SendRequest, uri: string, target: ExportTarget, replace = false): Promise<{ kept?: KeptOutput; content?: Uint8Array }> {
    const params: ExportWorkbookParams = 'path' in target
        ? { uri, path: target.path, replace }
        : { uri, existing: target.existing && base64(target.existing), replace };
    const result = await send<ExportWorkbookResult>(EXPORT_WORKBOOK_REQUEST, params);
    if (!result.ok) {
        if ('kept' in result) {
            return { kept: result.kept };
        }
        throw new ExportFailure(result.message, result.code);
    }
    return { content: result.content === undefined ? undefined : new Uint8Array(Buffer.from(result.content, 'base64')) };
}

/** The imported document's text and what import changed on the way in; a FormImportFailure with the server's message when the file is no form. */
export async function requestImport(send: SendRequest, bytes: Uint8Array, fileName?: string): Promise<{ text: string; warnings: string[] }> {
    const result = await send<ImportFormResult>(IMPORT_FORM_REQUEST, { content: base64(bytes), fileName } satisfies ImportFormParams);
    if (!result.ok) {
        throw new FormImportFailure(result.message);
    }
    return { text: result.text, warnings: result.warnings };
}

function base64(bytes: Uint8Array): string {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
