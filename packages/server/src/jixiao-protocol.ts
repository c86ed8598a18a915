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
