/** What every quick fix needs: the document, the node a diagnostic sits on, and how to make an action. */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isTargetDeclaration, profileOf, type TargetDeclaration } from '../jixiao-ast-utils.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import type { CategoryProfile } from '../domain/catalogue.js';
import { leafAt } from './jixiao-cst.js';
import { nodeLines } from './jixiao-text-edits.js';
import type { Text } from './jixiao-lsp-messages.js';

export class FixContext {
    readonly text: TextDocument;

    constructor(readonly document: LangiumDocument, readonly settings: JixiaoSettings) {
        this.text = document.textDocument;
    }

    /** The document's declaration, of either kind (department or project). */
    get declaration(): TargetDeclaration | undefined {
        const root = this.document.parseResult?.value;
        return isTargetDeclaration(root) ? root : undefined;
    }

    get profile(): CategoryProfile {
        return profileOf(this.declaration, this.settings.profile);
    }

    /** The innermost node of the given type under the start of the diagnostic's range. */
    nodeAt<T extends AstNode>(diagnostic: Diagnostic, guard: (node: unknown) => node is T): T | undefined {
        const leaf = leafAt(this.document, this.text.offsetAt(diagnostic.range.start));
        const node = leaf?.astNode;
        return guard(node) ? node : AstUtils.getContainerOfType(node, guard as (node: AstNode) => node is T);
    }

    say(text: Text): string {
        return text[this.settings.locale];
    }

    action(title: Text, diagnostic: Diagnostic, edits: ReadonlyArray<TextEdit | undefined>, preferred = false): CodeAction | undefined {
        const changes = edits.filter((edit): edit is TextEdit => edit !== undefined);
        if (changes.length !== edits.length || changes.length === 0) {
            // A fix that cannot make all its edits must not make some of them.
            return undefined;
        }
        return {
            title: this.say(title),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: preferred || undefined,
            edit: { changes: { [this.document.textDocument.uri]: changes } }
        };
    }
}

export type Fix = (context: FixContext, diagnostic: Diagnostic) => Array<CodeAction | undefined>;

/**
 * The fix that removes the node a diagnostic sits on (a duplicate task, a duplicate indicator):
 * its whole lines, comments at their ends included; nothing when it shares a line with others.
 */
export function removeNodeFix<T extends AstNode>(guard: (node: unknown) => node is T, title: (node: T) => Text): Fix {
    return (context, diagnostic) => {
        const node = context.nodeAt(diagnostic, guard);
        const lines = node && nodeLines(context.text, node);
        return node && lines ? [context.action(title(node), diagnostic, [{ range: lines.range, newText: '' }])] : [];
    };
}

export function diagnosticData(diagnostic: Diagnostic): Record<string, unknown> {
    return diagnostic.data && typeof diagnostic.data === 'object' ? diagnostic.data as Record<string, unknown> : {};
}

export function stringsIn(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
