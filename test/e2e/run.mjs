#!/usr/bin/env node
// End to end in a real VS Code: packages the extension, installs the .vsix into code-server
// 4.100.3 with a throw-away home, opens a copy of the seed declaration in Debian's headless
// Chromium (Playwright) and checks what an analyst sees. Scenarios: scenarios.json (shared with
// the desktop suite). Screenshots and logs: test/e2e/artifacts/.
//
// Then the extension-host scenarios of the desktop suite (desktop/suite) run inside code-server,
// through a small host extension, since desktop VS Code cannot be downloaded here.
//
//   node test/e2e/run.mjs              package, install, run both
//   node test/e2e/run.mjs --no-package reuse packages/vscode/jixiao-vscode.vsix
//   node test/e2e/run.mjs --browser-only | --host-only
//   node test/e2e/run.mjs --update-docs  after a passing run, copy the README screenshots to docs/
//   JIXIAO_E2E_HEADED=1 …              show the browser (needs a display)
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { codeServerInstalled, freePort, installExtension, prepareHome, startCodeServer } from './code-server.mjs';
import {
    focusEditor, goTo, jixiaoStatus, lineText, openFile, poll, runCommand, squiggleCount,
    UI_TIMEOUT_MS, waitForWorkbench, webviewFrameWith
} from './workbench.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const artifacts = path.join(here, 'artifacts');
const scenarios = JSON.parse(readFileSync(path.join(here, 'scenarios.json'), 'utf8'));
const vsix = path.join(root, 'packages/vscode/jixiao-vscode.vsix');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The commands as code-server's (English) command palette lists them. */
const COMMANDS = {
    exportExcel: 'Jixiao: Export Excel',
    preview: 'Jixiao: Preview Declaration Form',
    importExcel: 'Jixiao: Import from Excel',
    pasteForm: 'Jixiao: Paste Declaration Form from Clipboard',
    clearNotifications: 'Notifications: Clear All Notifications',
    toggleSideBar: 'View: Toggle Primary Side Bar Visibility',
    closeAllEditors: 'View: Close All Editors'
};

const results = [];
const measurements = {};
/** The screenshots the README shows (--update-docs). */
const DOC_SCREENSHOTS = [
    ['02-diagnostic-hover.png', 'vscode-diagnostic.png'], ['07-preview.png', 'vscode-preview.png'], ['10-workspace-diagnostic.png', 'vscode-workspace.png']
];

async function main() {
    if (!codeServerInstalled() || !existsSync(CHROMIUM)) {
        fail('end-to-end 依赖未安装：请先运行 test/e2e/install.sh（安装 chromium、code-server 4.100.3 与 playwright-core）');
    }
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });

    if (!process.argv.includes('--no-package')) {
        await timed('package the extension (.vsix)', () => {
            execFileSync('npm', ['run', 'package', '-w', 'jixiao-vscode'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
        });
    }
    if (!existsSync(vsix)) {
        fail(`找不到 ${path.relative(root, vsix)}：请运行 npm run package`);
    }

    const temp = mkdtempSync(path.join(os.tmpdir(), 'jixiao-e2e-'));
    const home = path.join(temp, 'code-server');
    const workspace = path.join(temp, 'workspace');
    mkdirSync(workspace);
    const seedName = path.basename(scenarios.seed);
    copyFileSync(path.join(root, scenarios.seed), path.join(workspace, seedName));
    writeFileSync(path.join(workspace, scenarios.completion.file), scenarios.completion.text);
    prepareHome(home, {
        ...withoutComments(scenarios.settings),
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'security.workspace.trust.enabled': false,
        'chat.commandCenter.enabled': false,
        'window.commandCenter': false,
        'editor.minimap.enabled': false,
        // Completion must come from the language server, not from words of other open files.
        'editor.wordBasedSuggestions': 'off',
        'editor.hover.delay': 200,
        'editor.fontFamily': "'Noto Sans Mono CJK SC', 'Droid Sans Mono', monospace",
        'files.autoSave': 'off',
        // JIXIAO_E2E_TRACE=1 records the LSP traffic in the extension's log (artifacts/vscode-logs.tgz).
        ...(process.env.JIXIAO_E2E_TRACE ? { 'jixiao.trace.server': 'verbose' } : {})
    });

    let server;
    let browser;
    try {
        await timed('install the .vsix into code-server', () => installExtension(home, vsix));
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            headless: !process.env.JIXIAO_E2E_HEADED,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--no-first-run', '--disable-quic', '--lang=zh-CN']
        });
        if (!process.argv.includes('--host-only')) {
            server = await timed('start code-server (until /healthz answers)', async () =>
                startCodeServer({ home, folder: workspace, port: await freePort(), logFile: path.join(artifacts, 'code-server.log') }));
            const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
            await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
            const page = await context.newPage();
            page.setDefaultTimeout(UI_TIMEOUT_MS);
            currentPage = page;
            await scenariosInBrowser(page, server.url, workspace, seedName);
            await context.close();
            await server.stop();
            server = undefined;
            await departmentWorkspaceInBrowser(browser, home, path.join(temp, 'department-workspace'));
        }
        if (!process.argv.includes('--browser-only')) {
            await hostSuiteInCodeServer(browser, home, path.join(temp, 'host-workspace'), seedName);
        }
    } finally {
        await browser?.close().catch(() => undefined);
        await server?.stop();
        copyLogs(home);
        rmSync(temp, { recursive: true, force: true });
    }
}

/**
 * A department's folder (its form and its projects) in a code-server of its own: the server reads
 * the project files nobody opened, and the department's form shows what they ask of its tasks.
 */
async function departmentWorkspaceInBrowser(browser, home, workspace) {
    const { workspace: expected } = scenarios;
    cpSync(path.join(root, expected.folder), workspace, { recursive: true });
    const server = await timed('start code-server on the department\'s folder', async () =>
        startCodeServer({ home, folder: workspace, port: await freePort(), logFile: path.join(artifacts, 'code-server-workspace.log') }));
    const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT_MS);
    currentPage = page;
    try {
        await step(`the department's form shows ${expected.code} for a task its unopened project files overcommit`, async () => {
            await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
            await waitForWorkbench(page);
            await openFile(page, expected.department);
            await poll('工作区的项目申报表读入后出现一处错误波浪线', async () => await squiggleCount(page, 'error') === 1, { timeoutMs: 120_000 });
            const source = readFileSync(path.join(workspace, expected.department), 'utf8');
            const task = locate(source, expected.after);
            const lines = source.split('\n');
            const line = lines.findIndex((text, index) => index >= task.line && text.includes(expected.find)) + 1;
            await goTo(page, line, lines[line - 1].indexOf(expected.find) + 2);
            const hover = await showHoverAtCursor(page, expected.message);
            await shot(page, '10-workspace-diagnostic');
            return hover.slice(0, 160);
        });
    } finally {
        await context.close();
        await server.stop();
    }
}

/**
 * desktop/suite through VS Code's API, in code-server's extension host: the host extension runs it
 * when the workbench has started and writes the results to a file this waits for.
 */
async function hostSuiteInCodeServer(browser, home, workspace, seedName) {
    mkdirSync(workspace);
    copyFileSync(path.join(root, scenarios.seed), path.join(workspace, seedName));
    // VS Code removes extension folders it did not install itself: package and install the host
    // extension like the real one.
    const hostSource = path.join(path.dirname(workspace), 'host-extension');
    cpSync(path.join(here, 'desktop', 'host-extension'), hostSource, { recursive: true });
    const hostVsix = path.join(path.dirname(workspace), 'jixiao-e2e-host.vsix');
    execFileSync(path.join(root, 'node_modules', '.bin', 'vsce'),
        ['package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', hostVsix],
        { cwd: hostSource, stdio: ['ignore', 'ignore', 'inherit'] });
    await installExtension(home, hostVsix);
    const resultFile = path.join(path.dirname(workspace), 'host-suite-result.json');
    const server = await timed('start code-server with the suite host extension', async () => startCodeServer({
        home, folder: workspace, port: await freePort(), logFile: path.join(artifacts, 'code-server-host-suite.log'),
        env: { JIXIAO_HOST_SUITE_RESULT: resultFile, JIXIAO_HOST_SUITE: path.join(here, 'desktop', 'suite', 'index.cjs') }
    }));
    const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();
    currentPage = page;
    try {
        const started = performance.now();
        await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);
        await waitForWorkbench(page);
        try {
            await poll('扩展宿主中的场景运行完毕（host-suite-result.json）', async () => existsSync(resultFile), { timeoutMs: 240_000, intervalMs: 500 });
        } catch (error) {
            const progress = existsSync(`${resultFile}.progress`) ? readFileSync(`${resultFile}.progress`, 'utf8') : '(没有任何进度)';
            throw new Error(`${error.message}\n已完成的场景：\n${progress}`);
        }
        const outcome = JSON.parse(readFileSync(resultFile, 'utf8'));
        await shot(page, '09-host-suite');
        if (outcome.error) {
            results.push({ name: '[extension host] suite', ok: false, ms: 0, error: outcome.error });
            console.log(`  ✗ [extension host] the suite did not run: ${outcome.error.split('\n')[0]}`);
            return;
        }
        for (const result of outcome.results) {
            results.push({ ...result, name: `[extension host] ${result.name}` });
            console.log(`  ${result.ok ? '✓' : '✗'} [extension host] ${result.name} (${result.ms} ms)${result.ok ? (result.detail ? `\n      ${result.detail}` : '') : `\n      ${result.error}`}`);
        }
        console.log(`  · extension-host suite: ${Math.round(performance.now() - started)} ms`);
    } finally {
        await context.close();
        await server.stop();
    }
}

async function scenariosInBrowser(page, url, workspace, seedName) {
    await step('the workbench opens the workspace', async () => {
        await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
        await waitForWorkbench(page);
    });

    await step('the seed opens without error squiggles; the status bar shows its 总额 and 0 errors', async () => {
        await openFile(page, seedName);
        // The first diagnostics arrive once the extension has activated and its server has
        // checked the file: the seed has warnings, so a warning squiggle means “checked”.
        const activated = performance.now();
        // The seed has warnings but no errors: “N warnings” with N > 0 means the server has checked it.
        const status = await poll('扩展激活并发布诊断（状态栏出现“Total … 0 errors, N warnings”）', async () => {
            const text = await jixiaoStatus(page);
            return text && text.includes(scenarios.status.total) && /\b0 errors\b/.test(text) && /\b[1-9]\d* warnings\b/.test(text) ? text : undefined;
        }, { timeoutMs: 120_000, intervalMs: 100 });
        measurements['open → first diagnostics'] = `${Math.round(performance.now() - activated)} ms`;
        const errors = await squiggleCount(page, 'error');
        if (errors !== 0) {
            throw new Error(`种子示例不应有错误波浪线，却有 ${errors} 处`);
        }
        await shot(page, '01-seed-opened');
        return status;
    });

    const wrong = locate(readFileSync(path.join(root, scenarios.seed), 'utf8'), scenarios.wrongTotal.find);
    const numberColumn = wrong.column + scenarios.wrongTotal.find.indexOf(scenarios.wrongTotal.replace);

    await step('typing a wrong 总额 shows an error squiggle whose hover has the Chinese budget.task-sum message', async () => {
        await goTo(page, wrong.line, numberColumn);
        // Replace 11782800 by 11782801: select the digits, then type.
        await page.keyboard.down('Shift');
        for (let index = 0; index < scenarios.wrongTotal.replace.length; index++) {
            await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.up('Shift');
        // One input event, as a paste or an input method's commit would be, so that the squiggle
        // measured is the one for the final text, not for a half-typed number.
        const typed = performance.now();
        await page.keyboard.insertText(scenarios.wrongTotal.with);
        await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: UI_TIMEOUT_MS });
        measurements['edit → error squiggle on screen (browser)'] = `${Math.round(performance.now() - typed)} ms`;

        const hover = await showHoverAtCursor(page, scenarios.wrongTotal.message);
        if (!hover.includes(scenarios.wrongTotal.message)) {
            throw new Error(`悬停提示应包含“${scenarios.wrongTotal.message}”，实际为：${hover}`);
        }
        await shot(page, '02-diagnostic-hover');
    });

    await step('the quick fix repairs the total', async () => {
        await page.keyboard.press('Escape');
        await goTo(page, wrong.line, numberColumn + 2);
        await page.keyboard.press('Control+.');
        const menu = page.locator('.action-widget, .context-view .monaco-list').first();
        try {
            await menu.waitFor({ state: 'visible', timeout: 10_000 });
        } catch {
            throw new Error('Ctrl+. 没有出现快速修复菜单（语言服务器尚未提供 code actions？）');
        }
        // Action rows only (not the “Quick Fix” group header).
        const rows = menu.locator('.monaco-list-row.action');
        const titles = await rows.allTextContents();
        const preferred = Math.max(0, titles.findIndex(title => /总额/.test(title)));
        if (titles.length === 0 || /No code actions|没有可用的代码操作/.test(titles.join(' '))) {
            throw new Error(`快速修复菜单为空：${titles.join(' | ')}`);
        }
        await shot(page, '03-quick-fix-menu');
        // The first action has the focus; the keyboard is what users use here.
        for (let index = 0; index < preferred; index++) {
            await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Enter');
        await poll('快速修复后错误波浪线消失', async () => await squiggleCount(page, 'error') === 0, { timeoutMs: UI_TIMEOUT_MS });
        const repaired = await lineText(page, wrong.line);
        await shot(page, '04-quick-fix-applied');
        return `chose “${titles[preferred].trim()}”; line ${wrong.line}: ${repaired?.trim()}`;
    }, {
        // Without a fix the later scenarios would meet the wrong total: put the seed back.
        onFailure: async () => {
            await page.keyboard.press('Escape');
            await runCommand(page, 'File: Revert File');
        }
    });

    await step('completion inside 产出指标 offers 数量指标', async () => {
        const { completion } = scenarios;
        await openFile(page, completion.file);
        await goTo(page, completion.line, completion.column);
        await page.keyboard.type(completion.type);
        await page.keyboard.press('Control+Space');
        const widget = page.locator('.editor-group-container.active .suggest-widget.visible');
        await widget.waitFor({ timeout: UI_TIMEOUT_MS });
        const offered = await poll(`补全列表中出现“${completion.expect}”`, async () => {
            const labels = await widget.locator('.monaco-list-row').allTextContents();
            return labels.some(label => label.includes(completion.expect)) ? labels : undefined;
        }, { timeoutMs: 15_000 });
        await shot(page, '05-completion');
        await page.keyboard.press('Escape');
        return `offered: ${offered.map(label => label.trim()).slice(0, 6).join(' | ')}`;
    });

    await step('the export command writes the workbook beside the file', async () => {
        await openFile(page, seedName);
        const lens = await page.locator('.editor-group-container.active .codelens-decoration').first().textContent({ timeout: UI_TIMEOUT_MS });
        if (!/Export Excel/.test(lens ?? '')) {
            throw new Error(`第一行上方应有代码透镜“Export Excel · Preview”，实际为：${lens}`);
        }
        const workbook = path.join(workspace, scenarios.export.workbook);
        const started = performance.now();
        await runCommand(page, COMMANDS.exportExcel);
        await poll(`工作簿 ${scenarios.export.workbook} 写出`, async () => existsSync(workbook) && statSync(workbook).size > 0);
        measurements['export command → workbook on disk'] = `${Math.round(performance.now() - started)} ms`;
        await page.locator('.notifications-toasts').filter({ hasText: `Exported ${scenarios.export.workbook}` }).first()
            .waitFor({ timeout: UI_TIMEOUT_MS });
        await shot(page, '06-exported');
        const title = await firstCellOf(workbook);
        if (title !== '部门（单位）整体支出绩效目标申报表') {
            throw new Error(`导出的工作簿 A1 应为申报表标题，实际为：${title}`);
        }
        return `${scenarios.export.workbook}, ${statSync(workbook).size} bytes, A1 = ${title}`;
    });

    await step('the preview shows the form and follows the typing', async () => {
        await runCommand(page, COMMANDS.clearNotifications);
        await runCommand(page, COMMANDS.toggleSideBar);
        await runCommand(page, COMMANDS.preview);
        const frame = await poll('预览中出现申报表表格', () => webviewFrameWith(page, 'table.form'), { timeoutMs: 60_000 });
        const text = await frame.locator('table.form').innerText();
        const missing = scenarios.preview.expect.filter(expected => !text.includes(expected));
        if (missing.length > 0) {
            throw new Error(`预览缺少：${missing.join('、')}`);
        }
        await page.waitForTimeout(500);
        await shot(page, '07-preview');

        // Rename the first task in the editor; the preview must show the new name.
        const task = locate(readFileSync(path.join(root, scenarios.seed), 'utf8'), '任务 "基本支出"');
        await goTo(page, task.line, task.column + '任务 "基本支出'.length);
        const typed = performance.now();
        await page.keyboard.type('（预览）');
        await poll('预览随输入更新', async () => (await frame.locator('table.form').innerText()).includes('基本支出（预览）'), { timeoutMs: 15_000, intervalMs: 50 });
        measurements['keystroke → preview updated'] = `${Math.round(performance.now() - typed)} ms`;
        await runCommand(page, COMMANDS.toggleSideBar);
    });

    await step('importing the exported workbook opens it as a new jixiao editor', async () => {
        await runCommand(page, COMMANDS.closeAllEditors);
        // “Don't Save” the edits of the earlier scenarios if VS Code asks.
        const dontSave = page.locator('.monaco-dialog-box .monaco-button').filter({ hasText: /Don't Save|不保存/ });
        if (await dontSave.count() > 0) {
            await dontSave.first().click();
        }
        await runCommand(page, COMMANDS.importExcel);
        // code-server's file dialog is a quick input that takes a path.
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible' });
        // Wait until the dialog lists the folder, or it resets the path typed into it.
        await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: scenarios.export.workbook }).first().waitFor();
        await input.fill(path.join(workspace, scenarios.export.workbook));
        await page.keyboard.press('Enter');
        await input.waitFor({ state: 'hidden' });
        await untitledJixiaoEditorText(page);
        const expected = ['部门整体支出绩效目标 2026 {', '任务 "基本支出" {', '金额合计 总额 29141800.00'];
        await poll(`导入的文档显示种子申报表（${expected.join('、')}）`, async () => {
            const text = await visibleEditorText(page);
            return expected.every(part => text.includes(part));
        }, { timeoutMs: 15_000 });
        await shot(page, '08-imported');
    });

    await step('pasting the form as text opens it as a new jixiao editor', async () => {
        const pasted = readFileSync(path.join(root, scenarios.paste.fixture), 'utf8');
        await page.evaluate(text => navigator.clipboard.writeText(text), pasted);
        const before = await page.locator('.tab.active').getAttribute('aria-label');
        await runCommand(page, COMMANDS.pasteForm);
        await poll('粘贴后打开新的编辑器', async () => (await page.locator('.tab.active').getAttribute('aria-label')) !== before);
        const text = await untitledJixiaoEditorText(page);
        if (!text.includes(scenarios.paste.expect)) {
            throw new Error(`粘贴生成的文档应包含“${scenarios.paste.expect}”：${text.slice(0, 120)}`);
        }
        return `${before} → ${await page.locator('.tab.active').getAttribute('aria-label')}`;
    });
}

/** Waits for an active Untitled editor in the jixiao language and returns its visible text. */
async function untitledJixiaoEditorText(page) {
    await page.locator('.tab.active[aria-label*="Untitled"]').first().waitFor({ timeout: UI_TIMEOUT_MS });
    await poll('新编辑器的语言为“绩效 (Jixiao)”', async () =>
        (await page.locator('.statusbar-item[id="status.editor.mode"]').textContent())?.includes('Jixiao'));
    return visibleEditorText(page);
}

/** The rendered lines of the active editor; Monaco draws spaces as no-break spaces. */
async function visibleEditorText(page) {
    return (await page.locator('.editor-group-container.active .monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ');
}

/** The hover at the cursor once it shows `message`, as one line of text. */
async function showHoverAtCursor(page, message) {
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: message });
    const read = async () => (await hover.first().innerText()).replace(/\s+/g, ' ');
    for (let attempt = 0; attempt < 4; attempt++) {
        // A fresh hover each time: a hover left open keeps what it showed when it opened.
        await page.keyboard.press('Escape');
        await focusEditor(page);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        try {
            await hover.first().waitFor({ state: 'visible', timeout: 6_000 });
            return read();
        } catch {
            // The mouse is the other way to the same hover: over the squiggle on the cursor's line.
            await page.keyboard.press('Escape');
            const squiggle = await squiggleOnCursorLine(page);
            if (squiggle) {
                await page.mouse.move(squiggle.x + Math.min(squiggle.width / 2, 20), squiggle.y + squiggle.height / 2);
                try {
                    await hover.first().waitFor({ state: 'visible', timeout: 6_000 });
                    return read();
                } catch { /* once more */ }
                await page.mouse.move(750, 5);
            }
        }
    }
    const anyHover = await page.locator('.monaco-hover').allInnerTexts();
    throw new Error(`没有出现包含“${message}”的悬停提示；可见的悬停：${anyHover.join(' / ') || '无'}`);
}

async function squiggleOnCursorLine(page) {
    const editor = '.editor-group-container.active .monaco-editor';
    const cursor = await page.locator(`${editor} .cursor`).first().boundingBox();
    const boxes = [];
    for (const squiggle of await page.locator(`${editor} .squiggly-error`).all()) {
        const box = await squiggle.boundingBox();
        if (box) boxes.push(box);
    }
    if (!cursor) return boxes[0];
    return boxes.sort((a, b) => Math.abs(a.y - cursor.y) - Math.abs(b.y - cursor.y))[0];
}

async function firstCellOf(workbook) {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(workbook);
    return String(book.worksheets[0].getCell('A1').value ?? '');
}

/** 1-based line and column of the first occurrence of `text`. */
function locate(source, text) {
    const lines = source.split('\n');
    for (let index = 0; index < lines.length; index++) {
        const column = lines[index].indexOf(text);
        if (column >= 0) {
            return { line: index + 1, column: column + 1 };
        }
    }
    throw new Error(`种子示例中找不到“${text}”：scenarios.json 与 ${scenarios.seed} 不一致`);
}

let currentPage;
async function shot(page, name) {
    await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

async function step(name, action, { onFailure } = {}) {
    const started = performance.now();
    try {
        const detail = await action();
        const ms = Math.round(performance.now() - started);
        results.push({ name, ok: true, ms });
        console.log(`  ✓ ${name} (${ms} ms)${typeof detail === 'string' ? `\n      ${detail}` : ''}`);
    } catch (error) {
        const ms = Math.round(performance.now() - started);
        results.push({ name, ok: false, ms, error });
        console.log(`  ✗ ${name} (${ms} ms)\n      ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        if (currentPage) {
            const file = `failed-${results.length}.png`;
            await currentPage.screenshot({ path: path.join(artifacts, file) }).catch(() => undefined);
            console.log(`      screenshot: test/e2e/artifacts/${file}`);
        }
        await onFailure?.().catch(() => undefined);
    }
}

async function timed(name, action) {
    const started = performance.now();
    const result = await action();
    console.log(`  · ${name}: ${Math.round(performance.now() - started)} ms`);
    return result;
}

function withoutComments(object) {
    return Object.fromEntries(Object.entries(object).filter(([key]) => !key.startsWith('$')));
}

function copyLogs(home) {
    // The extension host's and the language server's logs, for a failure that the DOM does not explain.
    try {
        execFileSync('sh', ['-c', `cd "${home}/user-data/logs" 2>/dev/null && tar czf "${artifacts}/vscode-logs.tgz" .`]);
    } catch { /* no logs */ }
}

function fail(message) {
    console.error(`e2e: ${message}`);
    process.exit(1);
}

console.log('e2e (code-server 4.100.3 + headless Chromium):');
const started = performance.now();
main().then(() => {
    const passed = results.filter(result => result.ok).length;
    const failed = results.length - passed;
    for (const [name, value] of Object.entries(measurements)) {
        console.log(`  ⏱ ${name}: ${value}`);
    }
    console.log(`  total ${Math.round((performance.now() - started) / 1000)} s; screenshots in test/e2e/artifacts/`);
    if (failed === 0 && process.argv.includes('--update-docs')) {
        for (const [artifact, doc] of DOC_SCREENSHOTS) {
            copyFileSync(path.join(artifacts, artifact), path.join(root, 'docs', doc));
            console.log(`  docs/${doc} ← test/e2e/artifacts/${artifact}`);
        }
    }
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
}, error => {
    console.error(`e2e: ${error instanceof Error ? error.message : error}`);
    console.log(`e2e: ${results.filter(result => result.ok).length} passed, ${results.filter(result => !result.ok).length + 1} failed`);
    process.exit(1);
});
