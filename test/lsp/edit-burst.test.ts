/**
 * A burst of edits costs about one rebuild (DESIGN §9, jixiao-document-builder.ts): 1,000
 * one-character changes, each handed to the server's update handler on its own turn of the event
 * loop as the language connection does, make the document parsed once or twice, not 1,000 times;
 * and what is built at the end is the text after the last change. A lone change is built at once.
 * (npm run bench measures the time: burst_over_single.)
 */
import { describe, expect, test } from 'vitest';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { createJixiaoServices, type Declaration } from 'jixiao-language';
import { JixiaoTextDocument } from '../../packages/language/src/lsp/jixiao-text-document.js';
import { declaration } from '../language/jixiao-test-utils.js';

async function server() {
    const { shared } = createJixiaoServices(EmptyFileSystem);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const factory = shared.workspace.LangiumDocumentFactory;
    let parses = 0;
    const update = factory.update.bind(factory);
    factory.update = (document, cancelToken) => {
        parses++;
        return update(document, cancelToken);
    };
    const uri = 'file:///burst.jixiao';
    const text = JixiaoTextDocument.create(uri, 'jixiao', 1, declaration());
    shared.workspace.TextDocuments.set(text);
    const handler = shared.lsp.DocumentUpdateHandler;
    await shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
    const built = () => shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, URI.parse(uri));
    return {
        /** Types `characters` into the task's 主要内容, one change per turn of the event loop. */
        async type(characters: string): Promise<void> {
            for (const character of characters) {
                const line = text.getText().split('\n').findIndex(l => l.includes('主要内容'));
                const column = text.getText().split('\n')[line].lastIndexOf('"');
                JixiaoTextDocument.update(text, [{ range: { start: { line, character: column }, end: { line, character: column } }, text: character }], text.version + 1);
                handler.didChangeContent!({ document: text });
                await new Promise(resolve => setImmediate(resolve));
            }
        },
        built,
        get parses() { return parses; },
        resetParses() { parses = 0; },
        content: async () => (await shared.workspace.LangiumDocuments.getOrCreateDocument(URI.parse(uri)) as import('langium').LangiumDocument<Declaration>).parseResult.value.tasks?.tasks[0].content
    };
}

describe('a burst of edits', () => {
    test('1,000 changes in a row are parsed about once, and the result is the text after the last one', async () => {
        const editor = await server();
        editor.resetParses();
        await editor.type('测'.repeat(1000));
        await editor.built();
        expect(editor.parses).toBeLessThanOrEqual(2);
        expect(await editor.content()).toBe('人员经费' + '测'.repeat(1000));
    });

    test('a lone change is parsed and built', async () => {
        const editor = await server();
        editor.resetParses();
        await editor.type('甲');
        await editor.built();
        expect([editor.parses, await editor.content()]).toEqual([1, '人员经费甲']);
    });
});
