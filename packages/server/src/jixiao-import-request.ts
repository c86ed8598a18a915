/**
 * Answers `jixiao/importForm` with the form package's importer, so that a client needs neither the
 * workbook reader nor the formatter's lexer of its own. Node only: the browser worker does not
 * register it. The department declarations of the workspace propose an imported project's 所属任务,
 * as the department files of the output folder do for `jixiao import`.
 */
import { importForm, type DepartmentTasks } from 'jixiao-form';
import { departmentTasksOf, isDeclaration, type JixiaoServices } from 'jixiao-language';
import type { Connection } from 'vscode-languageserver';
import { IMPORT_FORM_REQUEST, type ImportFormParams, type ImportFormResult } from './jixiao-protocol.js';

export function registerImportRequest(connection: Connection, services: JixiaoServices): void {
    connection.onRequest(IMPORT_FORM_REQUEST, (params: ImportFormParams) => importFormRequest(params, services));
}

export async function importFormRequest(params: ImportFormParams, services: JixiaoServices): Promise<ImportFormResult> {
    const bytes = new Uint8Array(Buffer.from(params.content, 'base64'));
    const result = await importForm(bytes, params.fileName, {
        locale: services.settings.JixiaoSettings.locale,
        departments: workspaceDepartments(services)
    });
    return result.ok ? { ok: true, text: result.text, source: result.source, warnings: result.warnings } : { ok: false, message: result.message };
}

function workspaceDepartments(services: JixiaoServices): DepartmentTasks[] {
    return services.shared.workspace.LangiumDocuments.all
        .map(document => document.parseResult.value)
        .filter(isDeclaration)
        .map(departmentTasksOf)
        .toArray();
}
