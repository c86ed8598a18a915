/**
 * The custom requests of the Jixiao language server, for its clients (the VS Code extension, the
 * browser page). The server is the one place that parses and checks: a client asks it for what it
 * shows instead of linking a second copy of Langium. This file has no Langium and no Node import,
 * so any client can bundle it.
 */
import type { OfficialForm, Wire } from 'jixiao-form/model';

/**
 * `jixiao/formModel`: the form model of an open document, built from the server's own parse once
 * the document is checked, with the counts of its diagnostics. Amounts cross the wire as tagged
 * strings: decode the model with `fromWire` from jixiao-form.
 */
export const FORM_MODEL_REQUEST = 'jixiao/formModel';

export interface FormModelParams {
    /** The document's URI as the client sent it in didOpen. */
    uri: string;
}

export interface FormModelResult {
    uri: string;
    /** The version of the text the model was built from (the client's didOpen/didChange version). */
    version?: number;
    /** The document's form (the department's, a project's or an evaluation's 自评表, told by `kind`); undefined for text that is none. */
    model?: Wire<OfficialForm>;
    errors: number;
    warnings: number;
    /** The parser skipped or invented tokens: the model may miss parts the user wrote. */
    hasSyntaxErrors: boolean;
}

/**
 * `jixiao/importForm`: last year's form (an .xlsx workbook, or the table pasted as text), read by
 * the server into a formatted .jixiao document. Only the Node server answers it (reading a workbook
 * needs Node); the message of a refused file is in the server's locale.
 */
export const IMPORT_FORM_REQUEST = 'jixiao/importForm';

export interface ImportFormParams {
    /** The file's bytes, base64. */
    content: string;
    /** Named in the new document's first comment; omitted for the clipboard. */
    fileName?: string;
}

export type ImportFormResult =
    /** `warnings`: what import changed on the way in (control characters dropped), one sentence each, naming the cell. */
    | { ok: true; text: string; source: 'xlsx' | 'text'; warnings: string[] }
    | { ok: false; message: string };

/**
 * `jixiao/exportWorkbook`: the official workbook of an open document, from the form model the
 * server checked (the same writer as `jixiao export`). Written by the server to `path` (atomically)
 * when the client names a local file; otherwise its bytes come back. The client asks
 * `jixiao/formModel` first for the error count. Only the Node server answers it.
 */
export const EXPORT_WORKBOOK_REQUEST = 'jixiao/exportWorkbook';

export interface ExportWorkbookParams {
    /** The document's URI as the client sent it in didOpen. */
    uri: string;
    /** A local file to write; without it the workbook's bytes are returned. */
    path?: string;
    /**
     * Without a path: the bytes (base64) of the file already where the client will write, so that
     * the server can tell whether an export made it (the workbook mark). Omitted when nothing is there.
     */
    existing?: string;
    /** The user agreed to replace a file that is not an unchanged workbook of ours (never a read-only one). */
    replace?: boolean;
}

/**
 * Why an existing file was kept (DESIGN §6): it is read-only, or an export made it and it was
 * changed since, or no export made it. Only our unchanged workbook is replaced without asking.
 */
export type KeptOutput = 'read-only' | 'changed' | 'foreign';

export type ExportWorkbookResult =
    /** `content`: the workbook's bytes, base64, when no path was given. */
    | { ok: true; content?: string }
    /** `code`: the file system's error code (EBUSY, EACCES…) when writing failed, for the client to explain. */
    | { ok: false; message: string; code?: string }
    /** Nothing written: the file there is not ours to replace (ask the user, then send `replace`). */
    | { ok: false; kept: KeptOutput; message: string };
