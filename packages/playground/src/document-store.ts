/**
 * Where the page's document lives between visits: the browser's local storage, and share links
 * that carry the document in the URL fragment (`#code/` + lz-string's
 * compressToEncodedURIComponent, as the TypeScript playground does). The fragment never reaches a
 * server, so a shared declaration stays between the people who pass the link on.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export const STORAGE_KEY = 'jixiao.playground.document';
const SHARE_PREFIX = '#code/';

/** The link to this page with `text` in its fragment. */
export function shareLink(text: string, page: string = location.href): string {
    return page.replace(/#.*$/, '') + SHARE_PREFIX + compressToEncodedURIComponent(text);
}

export type SharedDocument = { kind: 'none' } | { kind: 'text'; text: string } | { kind: 'broken' };

/** The document a fragment carries; `broken` when it has the prefix but no readable document. */
export function sharedDocument(hash: string = location.hash): SharedDocument {
    if (!hash.startsWith(SHARE_PREFIX)) {
        return { kind: 'none' };
    }
    const text = decompressFromEncodedURIComponent(hash.slice(SHARE_PREFIX.length));
    // lz-string answers null or '' for data it cannot decompress.
    return text ? { kind: 'text', text } : { kind: 'broken' };
}

/** The document saved in this browser, if any (storage may be switched off: then nothing). */
export function savedDocument(): string | undefined {
    try {
        return localStorage.getItem(STORAGE_KEY) ?? undefined;
    } catch {
        return undefined;
    }
}

/** Saves the document; false when the browser refuses (storage full or switched off). */
export function saveDocument(text: string): boolean {
    try {
        localStorage.setItem(STORAGE_KEY, text);
        return true;
    } catch {
        return false;
    }
}
