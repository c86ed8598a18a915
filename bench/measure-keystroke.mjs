/**
 * Keystroke latency of the real language server: `node packages/server/out/main.js --stdio`,
 * the document opened as an editor opens it, then one-character incremental didChange edits, each
 * timed from sending the change to receiving publishDiagnostics for the document.
 *
 * Edits are sequential (the next is sent after the previous one's diagnostics arrive), so every
 * publishDiagnostics answers the latest version. Two thirds of the edits type a character into an
 * 指标解释, one third changes a digit of an indicator's value, which changes what goal checks find.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { startInitializedServer } from './lsp-client.mjs';
import { median, percentile } from './statistics.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `nodeArgs` (e.g. `--cpu-prof`) let the bench profile the server when a target is missed. */
export async function measureKeystrokes(text, { edits = 50, warmupEdits = 10, pauseMs = 30, nodeArgs = [], serverMain = 'packages/server/out/main.js' } = {}) {
    const server = await startInitializedServer(ROOT, {
        serverMain, nodeArgs,
        capabilities: {
            textDocument: { publishDiagnostics: { relatedInformation: true }, synchronization: { didSave: true } },
            workspace: { configuration: true, workspaceFolders: true }
        }
    });
    try {
        const uri = pathToFileURL(path.join(ROOT, 'bench/.keystroke/declaration-1000.jixiao')).toString();
        const diagnosticsFor = () => server.waitFor(message => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri, 120_000);

        const openedAt = performance.now();
        const firstDiagnostics = diagnosticsFor();
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'jixiao', version: 1, text } });
        const opened = await firstDiagnostics;
        const openMs = opened.receivedAt - openedAt;

        const lines = text.split('\n');
        const explanationLines = lines.flatMap((line, index) => line.trimStart().startsWith('解释 "') ? [index] : []);
        const valueLines = lines.flatMap((line, index) => /^\s*指标 ".*" [≥≤]?\d+ /.test(line) ? [index] : []);
        let version = 1;
        const latencies = [];
        for (let edit = 0; edit < warmupEdits + edits; edit++) {
            const change = edit % 3 === 2
                ? changeDigit(lines, fromMiddle(valueLines, edit))
                : typeIntoExplanation(lines, fromMiddle(explanationLines, edit));
            const arrived = diagnosticsFor();
            const sentAt = performance.now();
            server.notify('textDocument/didChange', {
                textDocument: { uri, version: ++version },
                contentChanges: [change]
            });
            const { receivedAt } = await arrived;
            if (edit >= warmupEdits) {
                latencies.push(receivedAt - sentAt);
            }
            // A typist's pause: lets the server finish anything it does after publishing.
            await new Promise(resolve => setTimeout(resolve, pauseMs));
        }
        return {
            serverStderr: server.stderr,
            openMs,
            initialDiagnostics: opened.message.params.diagnostics.length,
            medianMs: median(latencies),
            p95Ms: percentile(latencies, 0.95),
            maxMs: Math.max(...latencies),
            latencies
        };
    } finally {
        await server.stop();
    }
}

/** Spreads edits over the middle half of the document, where a change moves the most text after it. */
function fromMiddle(lineIndexes, edit) {
    const quarter = Math.floor(lineIndexes.length / 4);
    return lineIndexes[quarter + (edit * 7) % Math.max(1, 2 * quarter)];
}

/** Inserts one character before the closing quote of an explanation; returns the LSP change. */
function typeIntoExplanation(lines, lineIndex) {
    const line = lines[lineIndex];
    const character = line.lastIndexOf('"');
    lines[lineIndex] = line.slice(0, character) + '测' + line.slice(character);
    return { range: { start: { line: lineIndex, character }, end: { line: lineIndex, character } }, text: '测' };
}

/** Replaces the last digit of an indicator's value with another digit. */
function changeDigit(lines, lineIndex) {
    const line = lines[lineIndex];
    const match = /" [≥≤]?(\d+) /.exec(line);
    const character = match.index + match[0].length - 2;
    const digit = String((Number(line[character]) + 1) % 10);
    lines[lineIndex] = line.slice(0, character) + digit + line.slice(character + 1);
    return { range: { start: { line: lineIndex, character }, end: { line: lineIndex, character: character + 1 } }, text: digit };
}
