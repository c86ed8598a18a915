/** The page speaks Chinese unless the browser's first language is another, or ?lang= says. */
import { describe, expect, test } from 'vitest';
import { pageLocale } from '../../packages/playground/src/page-texts.js';

describe('the page language', () => {
    test('a Chinese browser gets Chinese', () => {
        expect(pageLocale('', ['zh-CN', 'en'])).toBe('zh');
        expect(pageLocale('', ['zh-TW'])).toBe('zh');
    });

    test('an English (or other) browser gets English', () => {
        expect(pageLocale('', ['en-US', 'zh-CN'])).toBe('en');
        expect(pageLocale('', ['de'])).toBe('en');
    });

    test('?lang= overrides the browser, anything else in it is ignored', () => {
        expect(pageLocale('?lang=en', ['zh-CN'])).toBe('en');
        expect(pageLocale('?lang=zh', ['en-US'])).toBe('zh');
        expect(pageLocale('?lang=fr', ['zh-CN'])).toBe('zh');
    });
});
