#!/usr/bin/env node
// The extension-host scenarios (suite/index.cjs, the same scenarios.json as the browser suite) in
// desktop VS Code, with @vscode/test-electron. Where VS Code cannot be downloaded (no internet,
// as on this project's machines) it says so and exits 0; the same suite then still runs inside
// code-server (node test/e2e/run.mjs runs it after the browser scenarios).
//
//   npm run package                        bundle the extension first (dist/)
//   node test/e2e/desktop/run-desktop.mjs  [--vscode-version 1.100.3]
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, existsSync } from 'node:fs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const scenarios = JSON.parse(readFileSync(path.join(here, '..', 'scenarios.json'), 'utf8'));
const versionIndex = process.argv.indexOf('--vscode-version');
const version = versionIndex > 0 ? process.argv[versionIndex + 1] : 'stable';
const NETWORK_ERRORS = ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH'];

const extensionDevelopmentPath = path.join(root, 'packages', 'vscode');
if (!existsSync(path.join(extensionDevelopmentPath, 'dist', 'extension.js'))) {
    console.error('desktop e2e: packages/vscode/dist/extension.js is missing: run `npm run package` first');
    process.exit(1);
}

const { downloadAndUnzipVSCode, runTests } = await import('@vscode/test-electron');
let vscodeExecutablePath;
try {
    vscodeExecutablePath = await downloadAndUnzipVSCode(version);
} catch (error) {
    const text = `${error?.code ?? ''} ${error?.message ?? error}`;
    const code = NETWORK_ERRORS.find(candidate => text.includes(candidate));
    if (code) {
        console.log(`desktop e2e: skipped — VS Code ${version} cannot be downloaded here (${code}); the same scenarios run inside code-server (node test/e2e/run.mjs)`);
        process.exit(0);
    }
    throw error;
}

const temp = mkdtempSync(path.join(os.tmpdir(), 'jixiao-desktop-'));
const workspace = path.join(temp, 'workspace');
mkdirSync(workspace);
copyFileSync(path.join(root, scenarios.seed), path.join(workspace, path.basename(scenarios.seed)));
try {
    await runTests({
        vscodeExecutablePath,
        extensionDevelopmentPath,
        extensionTestsPath: path.join(here, 'suite', 'index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', path.join(temp, 'user-data')]
    });
    console.log('desktop e2e: passed');
} catch (error) {
    console.error(`desktop e2e: failed — ${error?.message ?? error}`);
    process.exitCode = 1;
} finally {
    rmSync(temp, { recursive: true, force: true });
}
