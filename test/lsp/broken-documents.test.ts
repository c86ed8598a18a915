/**
 * Every editor feature answers on half-typed documents: the seed cut off at many places, and with
 * single tokens removed, asked for everything at several positions. Nothing may throw.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { LangiumDocument } from 'langium';
import { createTestServices, parseDocument } from './lsp-test-utils.js';

const services = createTestServices();
const seed = readFileSync('examples/futian-2026-department.jixiao', 'utf8');

async function askEverything(document: LangiumDocument): Promise<void> {
    const uri = document.uri.toString();
    const textDocument = { uri };
    const text = document.textDocument.getText();
    const lsp = services.lsp;
    for (const fraction of [0, 0.2, 0.4, 0.6, 0.8, 1]) {
        const position = document.textDocument.positionAt(Math.floor(text.length * fraction));
        await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
        await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
        try {
            await lsp.RenameProvider!.prepareRename(document, { textDocument, position });
        } catch (error) {
            // Refusing a rename with a message is an answer.
            expect((error as Error).message).toMatch(/只能重命名目标/);
        }
    }
    const everything = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    await lsp.CodeActionProvider!.getCodeActions(document, { textDocument, range: everything, context: { diagnostics: document.diagnostics ?? [] } });
    await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: everything });
    await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
    await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
    await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } });
}

describe('half-typed documents', () => {
    test('the seed cut off at 60 places', async () => {
        for (let cut = 1; cut <= 60; cut++) {
            const document = await parseDocument(seed.slice(0, Math.floor(seed.length * cut / 61)), services);
            await askEverything(document);
        }
    });

    test('the seed with one token removed, at 60 places', async () => {
        const tokens = services.parser.Lexer.tokenize(seed).tokens;
        for (let i = 0; i < 60; i++) {
            const token = tokens[Math.floor(tokens.length * i / 60)];
            const document = await parseDocument(seed.slice(0, token.startOffset) + seed.slice(token.startOffset + token.image.length), services);
            await askEverything(document);
        }
    });
});
