/**
 * A department's workspace (DESIGN §9): one department and 200 projects (generate-workspace.mjs).
 *
 * - workspace_keystroke_ms_median: the real language server started on the folder as an editor
 *   starts it (workspaceFolders), one project opened; each edit changes one digit of the
 *   project's 年度资金总额 and is timed from sending didChange to receiving the department file's
 *   publishDiagnostics. The department is never opened: its diagnostics are re-published because
 *   the project's amount counts against its task.
 * - workspace_check_ratio: `jixiao check` of the folder (read, parse, link, validate, the checks
 *   across files), in this process with the CLI's own steps, divided by the same with the checks
 *   across files switched off (the workspace validator and the dependents of the document builder
 *   do nothing). CPU time, rounds interleaved.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { URI } from 'langium';
import { createJixiaoNodeServices } from 'jixiao-language/node';
import { generateWorkspace } from './generate-workspace.mjs';
import { startLanguageServer } from './lsp-client.mjs';
import { median, percentile, timedCpu } from './statistics.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Writes the workspace to a temporary folder, runs `measure(folder, workspace)`, removes the folder. */
export async function withWorkspaceFolder(projectCount, measure) {
    const workspace = generateWorkspace(projectCount);
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-bench-workspace-'));
    try {
        await fs.writeFile(path.join(folder, workspace.department.file), workspace.department.text);
        for (const project of workspace.projects) {
            await fs.writeFile(path.join(folder, project.file), project.text);
        }
        return await measure(folder, workspace);
    } finally {
        await fs.rm(folder, { recursive: true, force: true });
    }
}

/** `nodeArgs` (e.g. `--cpu-prof`) let the bench profile the server when the target is missed. */
export async function measureWorkspaceKeystrokes(folder, workspace, { edits = 30, warmupEdits = 5, pauseMs = 30, nodeArgs = [] } = {}) {
    const server = startLanguageServer(process.execPath, [...nodeArgs, path.join(ROOT, 'packages/server/out/main.js'), '--stdio'], { cwd: ROOT });
    try {
        const root = pathToFileURL(folder).toString();
        const departmentUri = pathToFileURL(path.join(folder, workspace.department.file)).toString();
        const project = workspace.projects[Math.floor(workspace.projects.length / 2)];
        const projectUri = pathToFileURL(path.join(folder, project.file)).toString();
        await server.request('initialize', {
            processId: process.pid,
            rootUri: root,
            workspaceFolders: [{ uri: root, name: 'workspace' }],
            capabilities: {
                textDocument: { publishDiagnostics: { relatedInformation: true } },
                workspace: { configuration: true, workspaceFolders: true }
            }
        });
        server.notify('initialized', {});
        const published = (uri) => server.waitFor(message => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri, 300_000);

        const openedAt = performance.now();
        const projectChecked = published(projectUri);
        server.notify('textDocument/didOpen', { textDocument: { uri: projectUri, languageId: 'jixiao', version: 1, text: project.text } });
        await projectChecked;
        const openMs = performance.now() - openedAt;

        const lines = project.text.split('\n');
        const line = lines.findIndex(text => text.trimStart().startsWith('年度资金总额'));
        // The digit before the thousands: a change of 1,000.00 in what the project asks for.
        const character = lines[line].indexOf('.') - 4;
        let version = 1;
        const latencies = [];
        let cpuAtStart;
        for (let edit = 0; edit < warmupEdits + edits; edit++) {
            if (edit === warmupEdits) {
                cpuAtStart = await processCpuMs(server.pid);
            }
            const digit = String((Number(lines[line][character]) + 1) % 10);
            lines[line] = lines[line].slice(0, character) + digit + lines[line].slice(character + 1);
            const arrived = published(departmentUri);
            const sentAt = performance.now();
            server.notify('textDocument/didChange', {
                textDocument: { uri: projectUri, version: ++version },
                contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 1 } }, text: digit }]
            });
            const { receivedAt } = await arrived;
            if (edit >= warmupEdits) {
                latencies.push(receivedAt - sentAt);
            }
            await new Promise(resolve => setTimeout(resolve, pauseMs));
        }
        const cpuAtEnd = await processCpuMs(server.pid);
        // The server's CPU time per edit (everything it did meanwhile, pauses included): what a
        // keystroke costs it, whatever else the machine is doing.
        const serverCpuMsPerEdit = cpuAtStart === undefined || cpuAtEnd === undefined ? undefined : (cpuAtEnd - cpuAtStart) / edits;
        return { openMs, medianMs: median(latencies), p95Ms: percentile(latencies, 0.95), serverCpuMsPerEdit, latencies, serverStderr: server.stderr };
    } finally {
        await server.stop();
    }
}

/** User + system CPU milliseconds of a process so far (Linux /proc), or undefined elsewhere. */
async function processCpuMs(pid) {
    try {
        const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // utime and stime, fields 14 and 15 of stat (12 and 13 after the command name), in clock ticks.
        return (Number(fields[11]) + Number(fields[12])) * 1000 / CLOCK_TICKS_PER_SECOND;
    } catch {
        return undefined;
    }
}

/** USER_HZ: 100 on Linux for every architecture Node runs on. */
const CLOCK_TICKS_PER_SECOND = 100;

export async function measureWorkspaceCheck(folder, { rounds = 5, warmup = 1 } = {}) {
    const files = (await fs.readdir(folder)).filter(name => name.endsWith('.jixiao')).sort().map(name => path.join(folder, name));
    const checkOnce = async (crossFile) => {
        const { shared, Jixiao } = createJixiaoNodeServices();
        if (!crossFile) {
            Jixiao.validation.Workspace.validate = () => {};
            Jixiao.workspace.WorkspaceIndex.dependentsOf = () => [];
        }
        let diagnostics = 0;
        const { cpuMs } = await timedCpu(async () => {
            const documents = [];
            for (const file of files) {
                const document = shared.workspace.LangiumDocumentFactory.fromString(await fs.readFile(file, 'utf8'), URI.file(file));
                shared.workspace.LangiumDocuments.addDocument(document);
                documents.push(document);
            }
            await shared.workspace.DocumentBuilder.build(documents, { validation: true });
            diagnostics = documents.reduce((count, document) => count + (document.diagnostics?.length ?? 0), 0);
        });
        return { cpuMs, diagnostics };
    };
    const withChecks = [];
    const without = [];
    let crossFileDiagnostics = 0;
    for (let round = -warmup; round < rounds; round++) {
        const first = round % 2 === 0;
        const a = await checkOnce(first);
        const b = await checkOnce(!first);
        const [on, off] = first ? [a, b] : [b, a];
        if (round >= 0) {
            withChecks.push(on.cpuMs);
            without.push(off.cpuMs);
            crossFileDiagnostics = on.diagnostics - off.diagnostics;
        }
    }
    const ratios = withChecks.map((ms, round) => ms / without[round]);
    return { files: files.length, ratio: median(ratios), withMs: median(withChecks), withoutMs: median(without), crossFileDiagnostics };
}
