/**
 * Checks across files, live (DESIGN §2.3): after Langium has built the documents that changed, the
 * documents whose workspace diagnostics depend on them are validated again — the department file
 * when a project's 年度资金总额 changes, the projects when their department's tasks change — without
 * being parsed or linked again, and their new diagnostics are published like any others. Which
 * documents depend on which is the workspace index's business (JixiaoWorkspaceIndex.dependentsOf).
 *
 * Langium itself only rebuilds documents that hold a reference into a changed one; a department
 * holds none to its projects, so it would never hear of them.
 */
import { DocumentState, type BuildOptions, type LangiumDocument, type URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';
import type { JixiaoWorkspaceIndex } from './jixiao-workspace-index.js';
import { EditBurstDocumentBuilder } from './jixiao-edit-bursts.js';
import type { JixiaoSelfevalDeclarations } from '../jixiao-selfeval-declaration.js';

/** A burst of edits costs one rebuild: the base class, jixiao-edit-bursts.ts. */
export class JixiaoDocumentBuilder extends EditBurstDocumentBuilder {
    private deleted: URI[] = [];

    constructor(services: LangiumSharedServices) {
        super(services);
    }

    /**
     * Langium relinks, on every change anywhere, each document with a linking error or a
     * reference into a changed document. A Jixiao document's references (对应) are resolved in the
     * document alone (JixiaoScopeComputation exports nothing), so another document's change never
     * resolves one: relinking would only cost time (a folder of 200 projects, on every keystroke).
     */
    protected override shouldRelink(): boolean {
        return false;
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        this.deleted.push(...deleted);
        return super.update(changed, deleted, cancelToken);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        // A document of the batch that is validated already (its previous build was cancelled after
        // it) is skipped by Langium: it still counts as a dependent to validate again.
        const validatedHere = new Set(documents.filter(document => document.state < DocumentState.Validated));
        await super.buildDocuments(documents, options, cancelToken);
        const dependents = this.workspaceDependents(documents).filter(document => !validatedHere.has(document));
        if (dependents.length === 0 || !options.validation) {
            return;
        }
        for (const dependent of dependents) {
            // Diagnostics only: the dependent's own text, symbols and links are unchanged.
            this.resetToState(dependent, DocumentState.IndexedReferences);
        }
        await super.buildDocuments(dependents, options, cancelToken);
    }

    private workspaceDependents(documents: LangiumDocument[]): LangiumDocument[] {
        const deleted = this.deleted;
        this.deleted = [];
        const index = this.indexFor(documents[0]?.uri ?? deleted[0]);
        if (!index) {
            return [];
        }
        // Also the evaluations whose 申报 names a changed declaration (selfeval.target-changed).
        const evaluations = this.evaluationsFor(documents[0]?.uri)?.evaluationsNaming(documents, this.langiumDocuments.all.toArray()) ?? [];
        return [...new Set([...index.dependentsOf(documents, deleted), ...evaluations])].filter(document => document.state >= DocumentState.IndexedReferences);
    }

    private evaluationsFor(uri: URI | undefined): JixiaoSelfevalDeclarations | undefined {
        const services = uri ? this.serviceRegistry.getServices(uri) as { validation?: { SelfevalDeclarations?: JixiaoSelfevalDeclarations } } : undefined;
        return services?.validation?.SelfevalDeclarations;
    }

    private indexFor(uri: URI | undefined): JixiaoWorkspaceIndex | undefined {
        if (!uri) {
            return undefined;
        }
        const services = this.serviceRegistry.getServices(uri) as { workspace?: { WorkspaceIndex?: JixiaoWorkspaceIndex } };
        return services.workspace?.WorkspaceIndex;
    }
}
