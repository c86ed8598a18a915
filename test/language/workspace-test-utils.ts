/**
 * Helpers for specs about several files at once (a department and its projects): each workspace
 * gets services of its own, so that no other spec's documents take part in its checks.
 */
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JixiaoServices } from 'jixiao-language';
import { createTestServices } from './jixiao-test-utils.js';

export interface WorkspaceFile {
    /** A path inside the workspace, e.g. `部门.jixiao` or `a/项目.jixiao`. */
    name: string;
    text: string;
}

export interface WorkspaceDiagnostic {
    file: string;
    code: string;
    message: string;
    severity: 'error' | 'warning' | 'info' | 'hint';
    /** 1-based `line:col-line:col`. */
    range: string;
    /** Related information as `file line:col-line:col message`. */
    related: string[];
    data: Record<string, unknown> | undefined;
}

export const WORKSPACE_ROOT = 'file:///workspace/';

export function workspaceUri(name: string): URI {
    return URI.parse(WORKSPACE_ROOT + name.split('/').map(encodeURIComponent).join('/'));
}

export function fileOf(uri: string): string {
    return decodeURIComponent(uri.slice(WORKSPACE_ROOT.length));
}

/** Adds the files to the services' workspace and builds them all, as `jixiao check DIR` does. */
export async function openWorkspace(files: readonly WorkspaceFile[], services: JixiaoServices = createTestServices()): Promise<{ services: JixiaoServices; documents: LangiumDocument[] }> {
    const shared = services.shared;
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(file.text, workspaceUri(file.name));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}

export async function diagnoseWorkspace(files: readonly WorkspaceFile[], services?: JixiaoServices): Promise<WorkspaceDiagnostic[]> {
    const { documents } = await openWorkspace(files, services);
    return documents.flatMap(workspaceDiagnostics);
}

export function workspaceDiagnostics(document: LangiumDocument): WorkspaceDiagnostic[] {
    return (document.diagnostics ?? []).map(diagnostic => toWorkspaceDiagnostic(fileOf(document.uri.toString()), diagnostic));
}

/** Only the diagnostics with this code, as `file range message`. */
export async function workspaceFindings(files: readonly WorkspaceFile[], code: string): Promise<string[]> {
    return (await diagnoseWorkspace(files)).filter(d => d.code === code).map(d => `${d.file} ${d.range} ${d.message}`);
}

export function toWorkspaceDiagnostic(file: string, diagnostic: Diagnostic): WorkspaceDiagnostic {
    return {
        file,
        code: String(diagnostic.code),
        message: diagnostic.message,
        severity: (['error', 'error', 'warning', 'info', 'hint'] as const)[diagnostic.severity ?? 1],
        range: rangeText(diagnostic.range),
        related: (diagnostic.relatedInformation ?? []).map(info => `${fileOf(info.location.uri)} ${rangeText(info.location.range)} ${info.message}`),
        data: diagnostic.data as Record<string, unknown> | undefined
    };
}

function rangeText(range: Diagnostic['range']): string {
    return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}
