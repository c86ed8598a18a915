/**
 * Saving shows every diagnostic: while the user types, some are held back (see
 * jixiao-quiet-while-typing.ts); a save says the user is done for now. Announcing didSave support
 * also makes clients send the notification (Langium asks for it only when this method exists).
 */
import { DocumentState, URI, type TextDocument } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TypingState } from '../jixiao-typing-state.js';
import { diagnosticsToShow } from './jixiao-quiet-while-typing.js';

export class JixiaoDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    constructor(private readonly shared: LangiumSharedServices, private readonly typing: TypingState) {
        super(shared);
    }

    didSaveDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const document = this.shared.workspace.LangiumDocuments.getDocument(URI.parse(event.document.uri));
        if (!document) {
            return;
        }
        this.typing.saved(document, event.document.version);
        // After any build in progress, whose validation already sees the save.
        this.shared.workspace.WorkspaceLock.read(() => {
            const all = this.typing.diagnosticsOf(document);
            if (all && document.state >= DocumentState.Validated) {
                // Without a last edit only the rule for empty files still applies.
                document.diagnostics = diagnosticsToShow(document, all, this.typing);
                this.shared.lsp.Connection?.sendDiagnostics({ uri: document.uri.toString(), diagnostics: document.diagnostics });
            }
        }).catch(error => console.error('jixiao: could not show the diagnostics after saving:', error));
    }
}
