/**
 * Share links carry the document in the fragment, lz-string compressed as the TypeScript
 * playground does; a damaged link is told apart from a link without a document.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, test } from 'vitest';
import { shareLink, sharedDocument } from '../../packages/playground/src/document-store.js';

const page = 'file:///share/jixiao/index.html';

describe('share links', () => {
    test('the link is the page with #code/ and the compressed text, replacing any fragment', () => {
        const text = '部门整体支出绩效目标 2026 {\n  部门名称 "甲"\n}\n';
        expect(shareLink(text, `${page}#code/old`)).toBe(`${page}#code/${compressToEncodedURIComponent(text)}`);
    });

    test('a link opens the same text, Chinese, quotes and line breaks included', () => {
        const text = '部门整体支出绩效目标 2026 {\n  部门名称 "深圳市福田区（本级）"  // “注释”\n}\n';
        const hash = new URL(shareLink(text, page)).hash;
        expect(sharedDocument(hash)).toEqual({ kind: 'text', text });
    });

    test('a page opened without a #code/ fragment has no shared document', () => {
        expect(sharedDocument('')).toEqual({ kind: 'none' });
        expect(sharedDocument('#section')).toEqual({ kind: 'none' });
    });

    test('a #code/ fragment that does not decompress is broken, not an empty document', () => {
        expect(sharedDocument('#code/')).toEqual({ kind: 'broken' });
        expect(sharedDocument('#code/%%%not-lz')).toEqual({ kind: 'broken' });
    });
});
