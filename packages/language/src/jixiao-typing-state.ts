/**
 * What the server knows about the user's typing, so that it can be quiet about what is visibly
 * still being typed (DESIGN §5; the rules are in lsp/jixiao-quiet-while-typing.ts):
 *
 * - where the last edit of each document ended (its cursor, as far as the server can tell: LSP
 *   sends edits, not cursor moves), found by comparing the text before and after each change;
 * - whether the document was saved since, or the user paused typing: either shows every diagnostic
 *   again;
 * - every diagnostic of the last validation, including those held back, for "fix all" and save.
 *
 * Only documents changed through an editor have a last edit: the CLI and a freshly opened file
 * never do, so they are always checked in full.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';

/** The part of a text that differs from an earlier version (common prefix and suffix removed). */
export interface ChangedRegion {
    /** Where the change starts, in both texts. */
    readonly start: number;
    /** Where the replaced text ended in the old text. */
    readonly oldEnd: number;
    /** Where the new text ends in the new text: the cursor after typing. */
    readonly newEnd: number;
}

export function changedRegion(oldText: string, newText: string): ChangedRegion | undefined {
    if (oldText === newText) {
        return undefined;
    }
    const shorter = Math.min(oldText.length, newText.length);
    let start = 0;
    // Block by block (a native comparison of slices), then character by character in the block that differs.
    while (start + BLOCK <= shorter && oldText.substring(start, start + BLOCK) === newText.substring(start, start + BLOCK)) {
        start += BLOCK;
    }
    while (start < shorter && oldText.charCodeAt(start) === newText.charCodeAt(start)) {
        start++;
    }
    let suffix = 0;
    const room = shorter - start;
    while (suffix + BLOCK <= room
        && oldText.substring(oldText.length - suffix - BLOCK, oldText.length - suffix) === newText.substring(newText.length - suffix - BLOCK, newText.length - suffix)) {
        suffix += BLOCK;
    }
    while (suffix < room && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) {
        suffix++;
    }
    return { start, oldEnd: oldText.length - suffix, newEnd: newText.length - suffix };
}

const BLOCK = 2048;

export interface LastEdit {
    readonly region: ChangedRegion;
    /** The offset right after the typed text, in the current text. */
    readonly cursor: number;
    /** The editor's version of the document after the edit. */
    readonly version: number;
}

/**
 * How long the user must stop typing before what was held back is shown anyway: the server cannot
 * see the cursor move on (LSP sends no cursor moves), so a pause stands for “done with this token”.
 * About the interval of VS Code's auto-save after a delay; longer than the gap between keystrokes.
 */
export const TYPING_PAUSE_MS = 1000;

export class TypingState {
    private readonly lastEdits = new WeakMap<LangiumDocument, LastEdit>();
    private readonly settledVersions = new WeakMap<LangiumDocument, number>();
    private readonly allDiagnostics = new WeakMap<LangiumDocument, Diagnostic[]>();

    /**
     * `editor`: in a language server with a client, which shows what this state holds back.
     * `pauseMs`: the pause after which held-back diagnostics are shown; 0 holds them until the next
     * edit elsewhere or a save.
     */
    constructor(readonly editor: boolean, public pauseMs = TYPING_PAUSE_MS) {}

    recordEdit(document: LangiumDocument, region: ChangedRegion, version: number): void {
        this.lastEdits.set(document, { region, cursor: region.newEnd, version });
    }

    /**
     * The last edit, unless the document was saved or the user paused since (a save may arrive
     * before the edit is built).
     */
    lastEdit(document: LangiumDocument): LastEdit | undefined {
        const edit = this.lastEdits.get(document);
        const settled = this.settledVersions.get(document);
        return edit && (settled === undefined || edit.version > settled) ? edit : undefined;
    }

    /** After a save, or a pause in the typing, every diagnostic is shown until the next edit. */
    settled(document: LangiumDocument, version: number): void {
        this.settledVersions.set(document, version);
    }

    /** Every diagnostic of the last validation, shown or held back. */
    diagnosticsOf(document: LangiumDocument): Diagnostic[] | undefined {
        return this.allDiagnostics.get(document);
    }

    rememberDiagnostics(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        this.allDiagnostics.set(document, diagnostics);
    }
}
