/**
 * Monaco for Jixiao: the editor core without Monaco's bundled languages, its editor worker started
 * from a Blob URL, and the `jixiao` language with the VS Code extension's language configuration
 * and snippets (read from packages/vscode at build time, not copied). Colours come from the
 * server's semantic tokens; the small Monarch tokenizer here only knows comments and strings, so
 * that they look right before the first answer.
 */
import * as monaco from './monaco-editor-core.js';
import editorWorkerSource from 'inline-worker:editor';
import languageConfiguration from '../../vscode/language-configuration.json';
import snippets from '../../vscode/snippets/jixiao.code-snippets';

export { monaco };
export const LANGUAGE_ID = 'jixiao';
export const THEME = 'jixiao-light';

let editorWorkerUrl: string | undefined;
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
    getWorker: () => {
        editorWorkerUrl ??= URL.createObjectURL(new Blob([editorWorkerSource], { type: 'text/javascript' }));
        return new Worker(editorWorkerUrl, { name: 'monaco-editor-worker' });
    }
};

interface Snippet { prefix: string | string[]; description: string; body: string[] }
const SNIPPETS = snippets as Record<string, Snippet>;

export function registerJixiaoLanguage(): void {
    monaco.languages.register({ id: LANGUAGE_ID, extensions: ['.jixiao'], aliases: ['Jixiao', '绩效'] });
    monaco.languages.setLanguageConfiguration(LANGUAGE_ID, monacoLanguageConfiguration());
    monaco.languages.setMonarchTokensProvider(LANGUAGE_ID, {
        defaultToken: '',
        tokenizer: {
            root: [
                [/\/\/.*$/, 'comment'],
                [/\/\*/, 'comment', '@comment'],
                [/"/, 'string', '@string'],
                [/“/, 'string', '@quoted']
            ],
            comment: [[/\*\//, 'comment', '@pop'], [/[^*]+/, 'comment'], [/\*/, 'comment']],
            string: [[/[^"\\]+/, 'string'], [/\\./, 'string.escape'], [/"/, 'string', '@pop']],
            quoted: [[/[^”]+/, 'string'], [/”/, 'string', '@pop']]
        }
    });
    monaco.editor.defineTheme(THEME, {
        base: 'vs',
        inherit: true,
        // Semantic token types as the server names them (see jixiao-semantic-tokens.ts).
        rules: [
            { token: 'comment', foreground: '6a737d', fontStyle: 'italic' },
            { token: 'string', foreground: '0a6b2e' },
            { token: 'keyword', foreground: '0033b3', fontStyle: 'bold' },
            { token: 'operator', foreground: 'b3003b' },
            { token: 'namespace', foreground: '7a1fa2', fontStyle: 'bold' },
            { token: 'type', foreground: '7a1fa2' },
            { token: 'variable', foreground: '005cc5' },
            { token: 'enumMember', foreground: '9a5b00' },
            { token: 'number', foreground: '1750eb' }
        ],
        colors: {}
    });
    // The extension's snippets, offered beside the server's completions as VS Code offers them;
    // not in an empty file, where a task or an indicator has no place and the server offers skeletons.
    monaco.languages.registerCompletionItemProvider(LANGUAGE_ID, {
        provideCompletionItems: (model, position) => {
            if (model.getValue().trim() === '') {
                return { suggestions: [] };
            }
            const word = model.getWordUntilPosition(position);
            const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
            return {
                suggestions: Object.entries(SNIPPETS).flatMap(([label, snippet]) =>
                    [snippet.prefix].flat().map(prefix => ({
                        label: { label: prefix, description: label },
                        kind: monaco.languages.CompletionItemKind.Snippet,
                        documentation: snippet.description,
                        insertText: snippet.body.join('\n'),
                        insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
                        range
                    })))
            };
        }
    });
}

/** VS Code's JSON language configuration in Monaco's shape (regular expressions instead of strings). */
function monacoLanguageConfiguration(): monaco.languages.LanguageConfiguration {
    const json = languageConfiguration;
    return {
        comments: { lineComment: json.comments.lineComment, blockComment: json.comments.blockComment as [string, string] },
        brackets: json.brackets as monaco.languages.CharacterPair[],
        autoClosingPairs: json.autoClosingPairs,
        autoCloseBefore: json.autoCloseBefore,
        surroundingPairs: json.surroundingPairs.map(([open, close]) => ({ open, close })),
        wordPattern: new RegExp(json.wordPattern.pattern, `${json.wordPattern.flags}g`),
        indentationRules: {
            increaseIndentPattern: new RegExp(json.indentationRules.increaseIndentPattern),
            decreaseIndentPattern: new RegExp(json.indentationRules.decreaseIndentPattern)
        },
        folding: {
            markers: { start: new RegExp(json.folding.markers.start), end: new RegExp(json.folding.markers.end) }
        }
    };
}

export const INVISIBLE_CHARACTERS_ON: monaco.editor.IEditorOptions = {
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false }
};

/** Editor options: full-width punctuation is ordinary text here, not a confusable character. */
export const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
    language: LANGUAGE_ID,
    theme: THEME,
    automaticLayout: true,
    wordWrap: 'on',
    wrappingIndent: 'indent',
    fontSize: 14,
    lineHeight: 22,
    fontFamily: '"Noto Sans Mono CJK SC", "Sarasa Mono SC", Consolas, "Microsoft YaHei Mono", "Microsoft YaHei", "WenQuanYi Micro Hei Mono", monospace',
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    tabSize: 2,
    insertSpaces: true,
    inlayHints: { enabled: 'on' },
    quickSuggestions: { other: true, comments: false, strings: false },
    // Invisible characters (a zero-width space pasted from Word) are boxed once the page is ready
    // (INVISIBLE_CHARACTERS_ON): finding them runs in Monaco's editor worker, which need not
    // compete with the language server for the CPU while the page starts.
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false },
    // The language server's completions only, not every word of the text.
    wordBasedSuggestions: 'off',
    fixedOverflowWidgets: true,
    'semanticHighlighting.enabled': true
} as monaco.editor.IStandaloneEditorConstructionOptions;
