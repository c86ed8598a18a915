/**
 * Answers `jixiao/exportWorkbook` with the form package's writer, so that a client needs no copy of
 * exceljs (the VS Code extension's bundle stays small) and every export, the CLI's included, goes
 * through one writer. Node only: the browser worker does not register it.
 */
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { buildOfficialForm, formToXlsxBuffer, writeFormWorkbook } from 'jixiao-form';
import { isJixiaoDocument } from 'jixiao-language';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { EXPORT_WORKBOOK_REQUEST, type ExportWorkbookParams, type ExportWorkbookResult } from './jixiao-protocol.js';

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
