/**
 * A burst of edits (a paste, a fast typist, a client that sends every keystroke at once): the real
 * language server is sent `burst` one-character didChange notifications back to back on the
 * 1,000-indicator document, then one completion request; the figure is the time from the first
 * change to the completion's answer. The same with a single change gives the reference, and
 * `burst_over_single` is their ratio (DESIGN §9: a burst costs about one rebuild, ≤ 3×).
 *
 * Rounds alternate single and burst; each edit types into a different 指标解释, so that every
 * round changes the document; between rounds the server is left to finish its validation.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { startInitializedServer } from './lsp-client.mjs';
import { median } from './statistics.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function measureBurst(text, { burst = 1000, rounds = 5, serverMain = 'packages/server/out/main.js', nodeArgs = [] } = {}) {
    const server = await startInitializedServer(ROOT, {
        serverMain, nodeArgs,
        capabilities: { textDocument: { publishDiagnostics: {}, completion: {} }, workspace: { configuration: true } }
    });
    try {
        const uri = pathToFileURL(path.join(ROOT, 'bench/.burst/declaration-1000.jixiao')).toString();
        const diagnostics = (timeoutMs = 600_000) => server.waitFor(message => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri, timeoutMs);
        const opened = diagnostics();
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'jixiao', version: 1, text } });
        await opened;

        const lines = text.split('\n');
        const explanations = lines.flatMap((line, index) => line.trimStart().startsWith('解释 "') ? [index] : []);
        const indicatorLine = lines.findIndex(line => line.trimStart().startsWith('指标 "'));
        const completionAt = { line: indicatorLine, character: lines[indicatorLine].indexOf('指标') };
        let version = 1;
        let round = 0;

        /** Sends `count` changes typed into one explanation, then a completion; ms from the first change to the answer. */
        const answerAfter = async (count) => {
            const lineIndex = explanations[(round++ * 37) % explanations.length];
            const settled = diagnostics();
            const startedAt = performance.now();
            for (let index = 0; index < count; index++) {
                const line = lines[lineIndex];
                const character = line.lastIndexOf('"');
                lines[lineIndex] = line.slice(0, character) + '测' + line.slice(character);
                server.notify('textDocument/didChange', {
                    textDocument: { uri, version: ++version },
                    contentChanges: [{ range: { start: { line: lineIndex, character }, end: { line: lineIndex, character } }, text: '测' }]
                });
            }
            const completion = await server.request('textDocument/completion', { textDocument: { uri }, position: completionAt });
            const elapsed = performance.now() - startedAt;
            if (!completion || (Array.isArray(completion) ? completion : completion.items).length === 0) {
                throw new Error('the completion after the edits came back empty');
            }
            // The validation that follows the answer belongs to neither measurement: wait until the
            // server has published and then stayed quiet for a moment.
            await settled;
            while (await diagnostics(300).then(() => true, () => false)) {
                // another publication: wait for quiet again
            }
            return elapsed;
        };

        await answerAfter(1);
        await answerAfter(burst);
        const singles = [];
        const bursts = [];
        for (let index = 0; index < rounds; index++) {
            singles.push(await answerAfter(1));
            bursts.push(await answerAfter(burst));
        }
        return {
            burst,
            singleMs: median(singles),
            burstMs: median(bursts),
            burstOverSingle: median(bursts) / median(singles),
            singles,
            bursts
        };
    } finally {
        await server.stop();
    }
}
