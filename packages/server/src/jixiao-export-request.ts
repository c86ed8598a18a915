/**
 * Answers `jixiao/exportWorkbook` with the form package's writer, so that a client needs no copy of
 * exceljs (the VS Code extension's bundle stays small) and every export, the CLI's included, goes
 * through one writer, and one rule about the file already there (the same as `jixiao export`'s):
 * replaced without asking only when an export wrote it and nobody changed it since, never when
 * read-only. Node only: the browser worker does not register it.
 */
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { buildOfficialForm, existingWorkbook, existingWorkbookOf, formToXlsxBuffer, writeFormWorkbook, type ExistingOutput } from 'jixiao-form';
import { isJixiaoDocument } from 'jixiao-language';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { EXPORT_WORKBOOK_REQUEST, type ExportWorkbookParams, type ExportWorkbookResult, type KeptOutput } from './jixiao-protocol.js';

export function registerExportRequest(connection: Connection, shared: LangiumSharedServices): void {
    connection.onRequest(EXPORT_WORKBOOK_REQUEST, (params: ExportWorkbookParams, token: CancellationToken) => exportWorkbookRequest(params, shared, token));
}

export async function exportWorkbookRequest(params: ExportWorkbookParams, shared: LangiumSharedServices, token?: CancellationToken): Promise<ExportWorkbookResult> {
    const uri = URI.parse(params.uri);
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    const root = shared.workspace.LangiumDocuments.getDocument(uri)?.parseResult.value;
    if (!isJixiaoDocument(root)) {
        return { ok: false, message: `${params.uri}: not an open document of the language` };
    }
    const kept = keptOutput(await existingOutput(params), params.replace === true);
    if (kept) {
        return { ok: false, kept, message: `${params.path ?? 'the target'}: ${kept}, not replaced` };
    }
    const model = buildOfficialForm(root);
    try {
        if (params.path === undefined) {
            return { ok: true, content: Buffer.from(await formToXlsxBuffer(model)).toString('base64') };
        }
        await writeFormWorkbook(model, params.path);
        return { ok: true };
    } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error), code: (error as NodeJS.ErrnoException)?.code };
    }
}

/** What is where the workbook goes: the local file, or the bytes the client found at its target. */
async function existingOutput(params: ExportWorkbookParams): Promise<ExistingOutput> {
    if (params.path !== undefined) {
        return existingWorkbook(params.path);
    }
    return params.existing === undefined ? 'none' : existingWorkbookOf(new Uint8Array(Buffer.from(params.existing, 'base64')));
}

/** Undefined: write. A read-only file is never replaced; another that is not our unchanged workbook only when the user agreed. */
function keptOutput(existing: ExistingOutput, replace: boolean): KeptOutput | undefined {
    switch (existing) {
        case 'read-only':
            return 'read-only';
        case 'changed':
        case 'foreign':
            return replace ? undefined : existing;
        default:
            return undefined;
    }
}
