/**
 * Saving, or a pause in the typing, shows every diagnostic: while the user types, some are held
 * back (see jixiao-quiet-while-typing.ts); a save says the user is done for now, and so does a
 * pause of TypingState.pauseMs (the server cannot see the cursor move on). Announcing didSave
 * support also makes clients send the notification (Langium asks for it only when this method exists).
 */
import { DocumentState, URI, type LangiumDocument, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TypingState } from '../jixiao-typing-state.js';
import { diagnosticsToShow } from './jixiao-quiet-while-typing.js';

export class JixiaoDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    /** The pending “the user paused” of each document that has diagnostics held back. */
    private readonly pauses = new Map<string, ReturnType<typeof setTimeout>>();

    constructor(private readonly shared: LangiumSharedServices, private readonly typing: TypingState) {
        super(shared);
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
            for (const document of documents) {
                this.showHeldBackAfterPause(document);
            }
        });
    }

    override didChangeContent(change: TextDocumentChangeEvent<TextDocument>): void {
        this.cancelPause(change.document.uri);
        super.didChangeContent(change);
    }

    didSaveDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const document = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(event.document.uri));
        if (document) {
            this.cancelPause(event.document.uri);
            this.showEverything(document, event.document.version);
        }
    }

    private showHeldBackAfterPause(document: LangiumDocument): void {
        const uri = document.uri.toString();
        this.cancelPause(uri);
        const all = this.typing.diagnosticsOf(document);
        if (this.typing.pauseMs <= 0 || !all || !document.diagnostics || all.length === document.diagnostics.length) {
            return;
        }
        const version = document.textDocument.version;
        this.pauses.set(uri, setTimeout(() => {
            this.pauses.delete(uri);
            const current = this.shared.workspace.LangiumDocuments.getDocument(document.uri);
            if (current === document && document.textDocument.version === version) {
                this.showEverything(document, version);
            }
        }, this.typing.pauseMs));
    }

    private cancelPause(uri: string): void {
        clearTimeout(this.pauses.get(uri));
        this.pauses.delete(uri);
    }

    /** Every diagnostic of the document's last validation, once any build in progress is done. */
    private showEverything(document: LangiumDocument, version: number): void {
        this.typing.settled(document, version);
        // After any build in progress, whose validation already sees the save or the pause.
        this.shared.workspace.WorkspaceLock.read(() => {
            const all = this.typing.diagnosticsOf(document);
            if (all && document.state >= DocumentState.Validated) {
                // Without a last edit only the rule for empty files still applies.
                document.diagnostics = diagnosticsToShow(document, all, this.typing);
                this.shared.lsp.Connection?.sendDiagnostics({ uri: document.uri.toString(), diagnostics: document.diagnostics });
            }
        }).catch(error => console.error('jixiao: could not show the held-back diagnostics:', error));
    }
}
