/**
 * Pinyin spellings of a Chinese name, so that completion can be filtered without an input method:
 * typing `cczb` or `chanchuzhibiao` finds 产出指标. Letters and digits already in the name (AI, PDA)
 * stay as they are, lower-cased.
 */
import { pinyin } from 'pinyin-pro';

export interface PinyinKeys {
    /** First letters: 产出指标 → `cczb`, AI福务管家 → `aifwgj`. */
    readonly initials: string;
    /** Full pinyin without tones: 产出指标 → `chanchuzhibiao`. */
    readonly full: string;
}

const cache = new Map<string, PinyinKeys>();
/** Names repeat across keystrokes; a long session must not grow the cache without bound. */
const MAX_CACHED = 10_000;

export function pinyinKeys(text: string): PinyinKeys {
    let keys = cache.get(text);
    if (!keys) {
        // pinyin-pro reads the whole name (polyphones depend on their neighbours) and returns one
        // syllable per Chinese character and each run of other characters (AI, 2026, %) whole.
        const parts = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
        let initials = '';
        let full = '';
        let position = 0;
        for (const part of parts) {
            const chinese = CHINESE.test(text[position] ?? '');
            position += chinese ? 1 : part.length;
            const letters = part.toLowerCase().replace(/[^a-z0-9]/g, '');
            initials += chinese ? letters.slice(0, 1) : letters;
            full += letters;
        }
        keys = { initials, full };
        if (cache.size >= MAX_CACHED) {
            cache.clear();
        }
        cache.set(text, keys);
    }
    return keys;
}

const CHINESE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * The filter text of a completion item: the label and both pinyin spellings, separated by spaces,
 * so that an editor matching anywhere (VS Code) finds it by any of them. `typed` (what is already
 * in front of the cursor) puts the spelling that matches it first, for editors that only match a
 * prefix of the filter text.
 */
export function pinyinFilterText(label: string, typed = ''): string {
    const { initials, full } = pinyinKeys(label);
    const variants = [...new Set([label, initials, full].filter(variant => variant !== ''))];
    const query = typed.toLowerCase();
    if (query !== '' && /^[a-z0-9]+$/.test(query)) {
        const matching = variants.find(variant => variant.toLowerCase().startsWith(query));
        if (matching) {
            return [matching, ...variants.filter(variant => variant !== matching)].join(' ');
        }
    }
    return variants.join(' ');
}
