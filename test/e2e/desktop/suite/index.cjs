// The end-to-end scenarios through VS Code's extension API, run inside the extension host: by
// @vscode/test-electron in desktop VS Code (run-desktop.mjs), and by a small host extension in
// code-server (host-extension/, run by ../run.mjs --host-suite). Same scenarios.json as the
// browser suite. CommonJS because VS Code loads test suites with require().
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const repositoryRoot = path.resolve(__dirname, '..', '..', '..', '..');
const scenarios = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'test', 'e2e', 'scenarios.json'), 'utf8'));
const EXTENSION_ID = 'jixiao.jixiao-vscode';
const ERROR = vscode.DiagnosticSeverity.Error;

/** Runs every scenario and resolves with their results. */
async function run(log = console.log) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(folder, 'the suite needs a workspace folder with a copy of the seed (the runner opens one)');
    const seedUri = vscode.Uri.joinPath(folder, path.basename(scenarios.seed));
    const results = [];
    const scenario = async (name, body) => {
        const started = Date.now();
        try {
            const detail = await body();
            results.push({ name, ok: true, ms: Date.now() - started, detail });
            log(`  ✓ ${name} (${Date.now() - started} ms)${detail ? `\n      ${detail}` : ''}`);
        } catch (error) {
            results.push({ name, ok: false, ms: Date.now() - started, error: String(error && error.message || error) });
            log(`  ✗ ${name}\n      ${error && error.message || error}`);
        }
    };

    // The analysts' Chinese messages, whatever the display language (see scenarios.json).
    const configuration = vscode.workspace.getConfiguration('jixiao');
    const wantedLocale = scenarios.settings['jixiao.messageLocale'];
    const localeBefore = configuration.inspect('messageLocale')?.globalValue;
    if (localeBefore !== wantedLocale) {
        await configuration.update('messageLocale', wantedLocale, vscode.ConfigurationTarget.Global);
    }

    await scenario('the extension activates on a .jixiao file and the seed has no errors', async () => {
        const document = await vscode.workspace.openTextDocument(seedUri);
        await vscode.window.showTextDocument(document);
        assert.equal(document.languageId, 'jixiao');
        await waitFor('the extension is active', () => vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
        const diagnostics = await waitFor('the server checked the seed (warnings published)', () => {
            const found = vscode.languages.getDiagnostics(seedUri);
            return found.some(diagnostic => diagnostic.severity === vscode.DiagnosticSeverity.Warning) ? found : undefined;
        }, 120_000);
        assert.deepEqual(diagnostics.filter(diagnostic => diagnostic.severity === ERROR).map(diagnostic => diagnostic.message), []);
        return `${diagnostics.length} warnings and hints, 0 errors`;
    });

    const wrong = scenarios.wrongTotal;
    let wrongRange;
    await scenario('a wrong 总额 is an error with the Chinese budget.task-sum message', async () => {
        const document = await vscode.workspace.openTextDocument(seedUri);
        const offset = document.getText().indexOf(wrong.find) + wrong.find.indexOf(wrong.replace);
        wrongRange = new vscode.Range(document.positionAt(offset), document.positionAt(offset + wrong.replace.length));
        const edit = new vscode.WorkspaceEdit();
        edit.replace(seedUri, wrongRange, wrong.with);
        const arrived = diagnosticsEvent(seedUri, found => found.some(diagnostic => codeOf(diagnostic) === wrong.code));
        const typed = Date.now();
        assert.ok(await vscode.workspace.applyEdit(edit));
        await arrived;
        const elapsed = Date.now() - typed;
        const diagnostic = vscode.languages.getDiagnostics(seedUri).find(found => codeOf(found) === wrong.code);
        assert.equal(diagnostic.severity, ERROR);
        assert.ok(diagnostic.message.includes(wrong.message), `message: ${diagnostic.message}`);
        assert.ok(diagnostic.range.contains(wrongRange.start), 'the diagnostic sits on the total');
        return `${elapsed} ms from edit to diagnostic: ${diagnostic.message}`;
    });

    await scenario('the quick fix repairs the total', async () => {
        const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', seedUri, wrongRange, vscode.CodeActionKind.QuickFix.value);
        const fixes = (actions || []).filter(action => action.edit);
        assert.ok(fixes.length > 0, 'no quick fix offered for budget.task-sum');
        const fix = fixes.find(action => action.title.includes('总额')) || fixes[0];
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        await waitFor(`no ${wrong.code} left`, () =>
            !vscode.languages.getDiagnostics(seedUri).some(found => codeOf(found) === wrong.code));
        return `applied “${fix.title}”`;
    });

    await scenario('completion inside 产出指标 offers 数量指标', async () => {
        const { completion } = scenarios;
        const uri = vscode.Uri.joinPath(folder, completion.file);
        await vscode.workspace.fs.writeFile(uri, Buffer.from(completion.text, 'utf8'));
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        const position = new vscode.Position(completion.line - 1, completion.column - 1);
        const list = await waitFor(`a completion list with ${completion.expect}`, async () => {
            const result = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, position);
            return result && result.items.some(item => labelOf(item) === completion.expect) ? result : undefined;
        }, 30_000);
        return list.items.slice(0, 6).map(labelOf).join(' | ');
    });

    await scenario('the export command writes the workbook beside the file', async () => {
        const target = vscode.Uri.joinPath(folder, scenarios.export.workbook);
        const written = await vscode.commands.executeCommand('jixiao.exportExcel', seedUri);
        assert.equal(written && written.toString(), target.toString());
        const bytes = await vscode.workspace.fs.readFile(target);
        assert.equal(Buffer.from(bytes.slice(0, 2)).toString('latin1'), 'PK', 'an .xlsx is a zip file');
        return `${scenarios.export.workbook}, ${bytes.length} bytes`;
    });

    await scenario('the preview opens beside the editor', async () => {
        await vscode.commands.executeCommand('jixiao.preview', seedUri);
        const tab = await waitFor('a preview tab', () => vscode.window.tabGroups.all.flatMap(group => group.tabs)
            .find(candidate => candidate.input instanceof vscode.TabInputWebview && candidate.input.viewType.endsWith('jixiao.preview')));
        return tab.label;
    });

    await scenario('pasting the form as text opens it as a new jixiao editor', async () => {
        const pasted = fs.readFileSync(path.join(repositoryRoot, scenarios.paste.fixture), 'utf8');
        await vscode.env.clipboard.writeText(pasted);
        const document = await vscode.commands.executeCommand('jixiao.pasteForm');
        assert.ok(document, 'the command opened no document');
        assert.equal(document.languageId, 'jixiao');
        assert.ok(document.isUntitled);
        assert.ok(document.getText().includes(scenarios.paste.expect), document.getText().slice(0, 200));
        return `${document.lineCount} lines`;
    });

    if (localeBefore !== wantedLocale) {
        await vscode.workspace.getConfiguration('jixiao').update('messageLocale', localeBefore, vscode.ConfigurationTarget.Global);
    }
    const failed = results.filter(result => !result.ok);
    log(`extension-host suite: ${results.length - failed.length} passed, ${failed.length} failed`);
    return results;
}

function codeOf(diagnostic) {
    const code = diagnostic.code;
    return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

function labelOf(item) {
    return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Resolves when the diagnostics of `uri` change to something `accept` accepts (the moment VS Code has them). */
function diagnosticsEvent(uri, accept, timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            subscription.dispose();
            reject(new Error(`no matching diagnostics for ${uri.path} within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        const subscription = vscode.languages.onDidChangeDiagnostics(event => {
            const diagnostics = vscode.languages.getDiagnostics(uri);
            if (event.uris.some(changed => changed.toString() === uri.toString()) && accept(diagnostics)) {
                clearTimeout(timer);
                subscription.dispose();
                resolve(diagnostics);
            }
        });
    });
}

async function waitFor(description, probe, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value) {
            return value;
        }
        if (Date.now() > deadline) {
            throw new Error(`${description}: not within ${timeoutMs / 1000} s`);
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

module.exports = {
    /** For the code-server host extension: the results, whatever they are. */
    runScenarios: run,
    /** For @vscode/test-electron: rejects when a scenario failed, which fails the run. */
    async run() {
        const results = await run();
        if (results.some(result => !result.ok)) {
            throw new Error(`${results.filter(result => !result.ok).length} scenario(s) failed`);
        }
    }
};
