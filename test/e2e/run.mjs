#!/usr/bin/env node
// End to end in a real VS Code: packages the extension, installs the .vsix into code-server
// 4.100.3 with a throw-away home, opens a copy of the seed declaration in Debian's headless
// Chromium (Playwright) and checks what an analyst sees. Scenarios: scenarios.json (shared with
// the desktop suite). Screenshots and logs: test/e2e/artifacts/.
//
//   node test/e2e/run.mjs              package, install, run
//   node test/e2e/run.mjs --no-package reuse packages/vscode/jixiao-vscode.vsix
//   JIXIAO_E2E_HEADED=1 …              show the browser (needs a display)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    preview: 'Jixiao: Preview Declaration Form'
};

const results = [];
const measurements = {};

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
        'files.autoSave': 'off'
    });

    let server;
    let browser;
    try {
        await timed('install the .vsix into code-server', () => installExtension(home, vsix));
        const port = await freePort();
        server = await timed('start code-server (until /healthz answers)', () =>
            startCodeServer({ home, folder: workspace, port, logFile: path.join(artifacts, 'code-server.log') }));
        const { chromium } = await import('playwright-core');
        browser = await chromium.launch({
            executablePath: CHROMIUM,
            headless: !process.env.JIXIAO_E2E_HEADED,
            args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--no-first-run', '--disable-quic', '--lang=zh-CN']
        });
        const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
        page.setDefaultTimeout(UI_TIMEOUT_MS);
        currentPage = page;
        await scenariosInBrowser(page, server.url, workspace, seedName);
    } finally {
        await browser?.close().catch(() => undefined);
        await server?.stop();
        copyLogs(home);
        rmSync(temp, { recursive: true, force: true });
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
        const typed = performance.now();
        await page.keyboard.type(scenarios.wrongTotal.with);
        await page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first().waitFor({ timeout: UI_TIMEOUT_MS });
        measurements['keystroke → error squiggle (browser, incl. rendering)'] = `${Math.round(performance.now() - typed)} ms`;

        const hover = await showHoverAtCursor(page);
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
        const rows = menu.locator('.monaco-list-row');
        const titles = await rows.allTextContents();
        const preferred = titles.findIndex(title => /总额/.test(title));
        if (titles.length === 0 || /No code actions|没有可用的代码操作/.test(titles.join(' '))) {
            throw new Error(`快速修复菜单为空：${titles.join(' | ')}`);
        }
        await shot(page, '03-quick-fix-menu');
        await rows.nth(preferred >= 0 ? preferred : 0).click();
        await poll('快速修复后错误波浪线消失', async () => await squiggleCount(page, 'error') === 0, { timeoutMs: UI_TIMEOUT_MS });
        const repaired = await lineText(page, wrong.line);
        await shot(page, '04-quick-fix-applied');
        return `chose “${titles[preferred >= 0 ? preferred : 0].trim()}”; line ${wrong.line}: ${repaired?.trim()}`;
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
    });
}

async function showHoverAtCursor(page) {
    const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: scenarios.wrongTotal.code });
    for (let attempt = 0; attempt < 3; attempt++) {
        await focusEditor(page);
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        try {
            await hover.first().waitFor({ state: 'visible', timeout: 5_000 });
            return (await hover.first().innerText()).replace(/\s+/g, ' ');
        } catch {
            // The mouse is a second way to the same hover.
            const squiggle = page.locator('.editor-group-container.active .monaco-editor .squiggly-error').first();
            const box = await squiggle.boundingBox();
            if (box) {
                await page.mouse.move(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
                try {
                    await hover.first().waitFor({ state: 'visible', timeout: 5_000 });
                    return (await hover.first().innerText()).replace(/\s+/g, ' ');
                } catch { /* retry */ }
            }
        }
    }
    const anyHover = await page.locator('.monaco-hover').allInnerTexts();
    throw new Error(`没有出现包含 ${scenarios.wrongTotal.code} 的悬停提示；可见的悬停：${anyHover.join(' / ') || '无'}`);
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
    console.log(`e2e: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
}, error => {
    console.error(`e2e: ${error instanceof Error ? error.message : error}`);
    console.log(`e2e: ${results.filter(result => result.ok).length} passed, ${results.filter(result => !result.ok).length + 1} failed`);
    process.exit(1);
});
