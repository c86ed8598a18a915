/**
 * Mutations of a .jixiao text, the damage real files suffer: edits half done (tokens and lines
 * deleted, duplicated, swapped, a closing quote or brace missing), paste accidents (stray bytes,
 * NUL, byte-order marks, right-to-left marks, lone surrogates, emoji), truncation, absurd numbers
 * (10^400, thousands of digits) and absurd nesting.
 */
import type { Random } from './fuzz-random.js';

/** Strings, comments, whitespace, braces and the words between them. */
const TOKEN_PATTERN = /"(?:\\.|[^"\\\r\n])*"|\/\/[^\n]*|\s+|[{}]|[^\s{}"]+/g;

const KEYWORDS = ['部门整体支出绩效目标', '部门名称', '主管部门', '金额单位', '指标体系', '年度主要任务', '任务', '主要内容', '总额',
    '财政拨款', '其他资金', '金额合计', '年度总体目标', '导语', '目标', '年度绩效指标', '指标', '度量单位', '对应', '解释', '不适用',
    '产出指标', '数量指标', '满意度指标', '≥', '≤', '%', '万元', '2026年6月前', '显著', '、', '，', ',', '-', '{', '}', '"'];

/** Characters that break naive code: control characters, invisible marks, surrogates, wide and combining text. */
const NASTY = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u00a0', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e',
    '\u2066', '\u2069', '\ufeff', '\ufffd', '\uffff', '\ud800', '\udc00', '\udbff', '😀', '👨‍👩‍👧', '\u0301', '\u3000', '\u2028',
    '\u2029', '\r', '\n', '\r\n', '\t', '\\', '"', '\'', '`', '{', '}', '（', '）', '“', '”', '０', '９', '．', '％', '＞', '＝'];

export type Mutation = (text: string, random: Random) => string;

const tokensOf = (text: string): string[] => text.match(TOKEN_PATTERN) ?? [];
const linesOf = (text: string): string[] => text.split('\n');

function onToken(text: string, random: Random, change: (tokens: string[], index: number) => void): string {
    const tokens = tokensOf(text);
    if (tokens.length === 0) {
        return text;
    }
    change(tokens, random.int(0, tokens.length - 1));
    return tokens.join('');
}

function onLine(text: string, random: Random, change: (lines: string[], index: number) => void): string {
    const lines = linesOf(text);
    change(lines, random.int(0, lines.length - 1));
    return lines.join('\n');
}

/** A random code unit anywhere in the BMP, surrogates and private use included. */
function randomCodeUnits(random: Random, count: number): string {
    return Array.from({ length: count }, () => String.fromCharCode(random.int(0, 0xffff))).join('');
}

export function hugeNumber(random: Random, maxDigits: number): string {
    return random.pick([
        () => '1' + '0'.repeat(400),
        () => '9'.repeat(random.int(20, maxDigits)),
        () => '1e400',
        () => '0.' + '0'.repeat(random.int(10, 400)) + '1',
        () => '1,' + '000,'.repeat(random.int(10, 200)) + '000.00',
        () => '-' + '9'.repeat(30) + '.99',
        () => '１２３．４５',
        () => '1,23,4.5',
        () => '00000000000000000001.00'
    ])();
}

export function deepNesting(depth: number): string {
    return ' 产出指标 { '.repeat(depth) + ' 指标 "深处" 1 个 ' + '} '.repeat(depth);
}

export function mutations(maxNesting: number, maxDigits: number): Record<string, Mutation> {
    return {
        deleteToken: (text, random) => onToken(text, random, (tokens, i) => { tokens.splice(i, 1); }),
        duplicateToken: (text, random) => onToken(text, random, (tokens, i) => { tokens.splice(i, 0, tokens[i]); }),
        swapTokens: (text, random) => onToken(text, random, (tokens, i) => {
            const j = random.int(0, tokens.length - 1);
            [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
        }),
        replaceWithKeyword: (text, random) => onToken(text, random, (tokens, i) => { tokens[i] = random.pick(KEYWORDS); }),
        deleteLine: (text, random) => onLine(text, random, (lines, i) => { lines.splice(i, 1); }),
        duplicateLine: (text, random) => onLine(text, random, (lines, i) => { lines.splice(i, 0, ...Array(random.int(1, 20)).fill(lines[i])); }),
        swapLines: (text, random) => onLine(text, random, (lines, i) => {
            const j = random.int(0, lines.length - 1);
            [lines[i], lines[j]] = [lines[j], lines[i]];
        }),
        insertNasty: (text, random) => {
            const at = random.int(0, text.length);
            const inserted = Array.from({ length: random.int(1, 8) }, () => random.pick(NASTY)).join('');
            return text.slice(0, at) + inserted + text.slice(at);
        },
        insertRandomBytes: (text, random) => {
            const at = random.int(0, text.length);
            return text.slice(0, at) + randomCodeUnits(random, random.int(1, 64)) + text.slice(at);
        },
        truncate: (text, random) => text.slice(0, random.int(0, text.length)),
        hugeNumbers: (text, random) => text.replace(/\d[\d,.]*/g, match => random.chance(0.2) ? hugeNumber(random, maxDigits) : match),
        deepNesting: (text, random) => {
            const lines = linesOf(text);
            const at = random.int(0, lines.length);
            lines.splice(at, 0, deepNesting(random.int(2, maxNesting)));
            return lines.join('\n');
        },
        unclosedBraces: (text, random) => text.slice(0, random.int(0, text.length)) + ' {'.repeat(random.int(1, 50)),
        lineEndings: (text, random) => text.replace(/\n/g, random.pick(['\r\n', '\r', '\u2028', '\n\n\n'])),
        dropQuote: (text, random) => {
            const quotes = [...text.matchAll(/"/g)].map(match => match.index!);
            if (quotes.length === 0) {
                return text;
            }
            const at = random.pick(quotes);
            return text.slice(0, at) + text.slice(at + 1);
        }
    };
}

/** One to four mutations of the text, chosen by the random source; returns the text and their names. */
export function mutate(text: string, random: Random, maxNesting: number, maxDigits: number): { text: string; applied: string[] } {
    const all = mutations(maxNesting, maxDigits);
    const names = Object.keys(all);
    const applied: string[] = [];
    let result = text;
    for (let count = random.int(1, 4); count > 0; count--) {
        const name = random.pick(names);
        applied.push(name);
        result = all[name](result, random);
    }
    return { text: result, applied };
}
