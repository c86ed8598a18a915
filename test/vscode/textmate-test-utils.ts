/**
 * Tokenizes text with the extension's hand-written TextMate grammar, exactly as VS Code does
 * (vscode-textmate + the Oniguruma regex engine in WebAssembly), so specs can ask which scopes a
 * word gets.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const require = createRequire(import.meta.url);
export const GRAMMAR_PATH = fileURLToPath(new URL('../../packages/vscode/syntaxes/jixiao.tmLanguage.json', import.meta.url));

export interface Token {
    text: string;
    scopes: string[];
    line: number;
}

let grammarPromise: Promise<textmate.IGrammar> | undefined;

function loadGrammar(): Promise<textmate.IGrammar> {
    grammarPromise ??= (async () => {
        const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
        await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
        const registry = new textmate.Registry({
            onigLib: Promise.resolve({
                createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
                createOnigString: text => new oniguruma.OnigString(text)
            }),
            loadGrammar: async scopeName => scopeName === 'source.jixiao'
                ? textmate.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
                : null
        });
        const grammar = await registry.loadGrammar('source.jixiao');
        if (!grammar) {
            throw new Error('source.jixiao did not load');
        }
        return grammar;
    })();
    return grammarPromise;
}

export async function tokenize(text: string): Promise<Token[]> {
    const grammar = await loadGrammar();
    const tokens: Token[] = [];
    let state = textmate.INITIAL;
    text.split('\n').forEach((lineText, line) => {
        const result = grammar.tokenizeLine(lineText, state);
        for (const token of result.tokens) {
            tokens.push({ text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes.slice(1), line: line + 1 });
        }
        state = result.ruleStack;
    });
    return tokens;
}

/** The innermost scope of the token that is exactly `word` (the first one, or the n-th). */
export async function scopeOf(text: string, word: string, occurrence = 0): Promise<string | undefined> {
    const matches = (await tokenize(text)).filter(token => token.text === word);
    const token = matches[occurrence];
    return token ? token.scopes[token.scopes.length - 1] ?? 'source.jixiao' : undefined;
}
