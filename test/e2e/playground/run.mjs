#!/usr/bin/env node
// End to end of the browser page (packages/playground/dist, built by `npm run build`): Debian's
// headless Chromium driven by playwright-core (installed by test/e2e/install.sh) opens the page
// from disk — no web server — and does what an analyst does: sees the seed's problems, breaks a
// total and takes the quick fix, completes pinyin, types through a Chinese IME, exports and
// reads the workbook back, imports, shares a link. No request may leave the page's own files.
//
//   node test/e2e/playground/run.mjs                run every scenario
//   node test/e2e/playground/run.mjs --update-docs  after a passing run, copy the README screenshot to docs/
//   JIXIAO_E2E_HEADED=1 …                          show the browser (needs a display)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const dist = path.join(root, 'packages/playground/dist');
const pageUrl = pathToFileURL(path.join(dist, 'index.html')).href;
const artifacts = path.join(here, 'artifacts');
const scenarios = JSON.parse(readFileSync(path.join(here, '../scenarios.json'), 'utf8'));
const seedText = readFileSync(path.join(root, scenarios.seed), 'utf8');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = 20_000;
/** The screenshot the README shows (--update-docs). */
const DOC_SCREENSHOT = ['02-wrong-total.png', 'playground.png'];

if (!existsSync(path.join(dist, 'index.html'))) {
    fail('找不到 packages/playground/dist/index.html：请先运行 npm run build（或 npm run playground）');
}
if (!existsSync(CHROMIUM) || !existsSync(path.join(here, '../node_modules/playwright-core'))) {
    fail('end-to-end 依赖未安装：请先运行 test/e2e/install.sh（安装 chromium 与 playwright-core）');
}
const { chromium } = await import('playwright-core');
const { readFormXlsx } = await import('jixiao-form');

const results = [];
/** URLs the pages asked for that are not the page's own files (file:, blob:, data:). */
const outsideRequests = [];
/** Uncaught errors in the pages' scripts. */
const pageErrors = [];

async function main() {
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    const temp = mkdtempSync(path.join(os.tmpdir(), 'jixiao-playground-e2e-'));
    const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: !process.env.JIXIAO_E2E_HEADED,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
    try {
        const context = await newContext(browser, 'zh-CN');
        const page = await context.newPage();
        lastPage = page;
        await run(page, temp);
        await context.close();
        await otherOpenings(browser);
    } finally {
        await browser.close();
        rmSync(temp, { recursive: true, force: true });
    }
    await step('no request left the page’s own files', async () => {
        if (outsideRequests.length > 0) {
            throw new Error(`requests: ${[...new Set(outsideRequests)].join(', ')}`);
        }
        return 'every request was file:, blob: or data:';
    });
    await step('no uncaught error in the page’s scripts', async () => {
        if (pageErrors.length > 0) {
            throw new Error([...new Set(pageErrors)].join(' | '));
        }
    });
}

async function run(page, temp) {
    await step('opens from disk and shows the seed’s problems', async () => {
        const started = performance.now();
        await page.goto(pageUrl);
        await ready(page);
        const codes = await problemCodes(page);
        expectIncludes(codes, ['goal.figure-mismatch', 'goal.unsupported', 'indicator.category-suspicious']);
        expectEqual(await page.locator('#problems-summary').getAttribute('data-errors'), '0', 'errors in the seed');
        expectEqual(await page.locator('#new-declaration').innerText(), '新建', 'Chinese toolbar');
        const first = await page.locator('#problems-list li.problem').first().innerText();
        if (!/警告\s+34:47\s+目标“项目审核”.*\[goal\.figure-mismatch\]/s.test(first)) {
            throw new Error(`first problem reads ${JSON.stringify(first)}`);
        }
        await shot(page, '01-seed');
        const readyMs = await page.evaluate(() => window.jixiaoPlayground.readyMs);
        return `${codes.length} problems; diagnostics shown ${Math.round(readyMs)} ms after navigation (${Math.round(performance.now() - started)} ms in this run)`;
    });

    await step('full-width punctuation is not boxed as a confusable character', async () => {
        const boxed = await page.locator('.monaco-editor .unicode-highlight').count();
        expectEqual(boxed, 0, 'unicode highlights');
    });

    await step('semantic colours and the computed sums beside the totals', async () => {
        await poll(() => page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-line span span')]
            .some(span => span.textContent === '年度主要任务' && getComputedStyle(span).color === 'rgb(0, 51, 179)')), 'keywords coloured by the server');
        const sums = await page.evaluate(() => document.querySelector('.monaco-editor .view-lines').textContent.replace(/\u00a0/g, ' '));
        if (!sums.includes('= 11,782,800.00')) {
            throw new Error('no inlay sum “= 11,782,800.00” beside the first 总额');
        }
    });

    await step('hover on a 总额 shows its sum', async () => {
        const box = await page.locator('.monaco-editor .view-line span span', { hasText: /^11782800\.00$/ }).first().boundingBox();
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: '财政拨款' });
        await hover.first().waitFor({ timeout: TIMEOUT_MS });
        const text = await hover.first().innerText();
        await page.mouse.move(0, 0);
        return text.replace(/\s+/g, ' ');
    });

    await step('the form preview shows the seed as the workbook prints it', async () => {
        const preview = page.locator('#preview-sheet');
        for (const text of scenarios.preview.expect) {
            await preview.getByText(text, { exact: true }).first().waitFor({ timeout: TIMEOUT_MS });
        }
    });

    const { find, replace, with: wrong, code } = scenarios.wrongTotal;
    await step(`a wrong total shows [${code}] in the problems list`, async () => {
        await selectFirst(page, find, replace);
        await page.keyboard.type(wrong);
        const problem = page.locator(`#problems-list li[data-code="${code}"]`);
        // The list follows each keystroke: wait for the problem of the whole amount.
        await poll(async () => (await problem.count()) === 1 && (await problem.innerText()).includes(scenarios.wrongTotal.message), 'the problem of the typed total');
        const row = await problem.innerText();
        if (!row.includes(scenarios.wrongTotal.message) || !row.includes(`[${code}]`) || !row.includes('错误')) {
            throw new Error(`problem row reads ${JSON.stringify(row)}`);
        }
        const errors = await page.locator('#problems-list li.problem.error').evaluateAll(rows => rows.map(row => row.dataset.code));
        expectIncludes(errors, [code]);
        // The README's picture: the squiggle with its hover, and the problems list.
        const squiggle = await page.locator('.monaco-editor .squiggly-error').first().boundingBox();
        await page.mouse.move(squiggle.x + squiggle.width / 2, squiggle.y + squiggle.height / 2);
        await page.locator('.monaco-hover').filter({ hasText: code }).first().waitFor({ timeout: TIMEOUT_MS }).catch(() => undefined);
        await shot(page, '02-wrong-total');
        await page.mouse.move(0, 0);
        return row.replace(/\s+/g, ' ');
    });

    await step('a click on the problem and the quick fix (Ctrl+.) put the total right', async () => {
        await page.locator(`#problems-list li[data-code="${code}"]`).click();
        await page.keyboard.press('Control+.');
        const menu = page.locator('.action-widget');
        await menu.waitFor({ timeout: TIMEOUT_MS });
        const fixes = await menu.locator('.action-label, .title').allInnerTexts();
        await shot(page, '03-quick-fix');
        await page.keyboard.press('Enter');
        await page.locator(`#problems-list li[data-code="${code}"]`).waitFor({ state: 'detached', timeout: TIMEOUT_MS });
        expectEqual(await page.locator('#problems-summary').getAttribute('data-errors'), '0', 'errors after the fix');
        return `offered: ${fixes.filter(Boolean).join(' | ')}`;
    });

    await step('typing through a Chinese IME keeps a wrapped line in place (EditContext, as in Chrome and Edge)', async () => imeComposition(page, true));
    await step('the same through the hidden textarea (Firefox, Safari, older Chromium)', async () => {
        // A page of its own that uses the textarea from the start, as those browsers do.
        const other = await page.context().newPage();
        await other.goto(pageUrl);
        await ready(other);
        const result = await imeComposition(other, false);
        await other.close();
        return result;
    });

    await step('格式化 puts a line back in the canonical layout', async () => {
        const formatted = await editorText(page);
        await selectFirst(page, '  部门名称 "', '  ');
        await page.keyboard.type('       ');
        await poll(async () => (await editorText(page)) !== formatted, 'the edit');
        await page.locator('#format').click();
        await poll(async () => (await editorText(page)) === formatted, 'the formatted text');
    });

    await step('F2 renames a goal and every 对应 that names it', async () => {
        const before = await editorText(page);
        // In the seed every use of this goal is `目标 网格信息` or `对应 网格信息`; strings that mention 网格信息 stay.
        const expected = before.replaceAll('目标 网格信息', '目标 网格采集').replaceAll('对应 网格信息', '对应 网格采集');
        await selectFirst(page, '目标 网格信息', '网格信息');
        await page.keyboard.press('F2');
        const input = page.locator('.rename-box input');
        await input.waitFor({ timeout: TIMEOUT_MS });
        await input.fill('网格采集');
        await input.press('Enter');
        await poll(async () => (await editorText(page)) === expected, 'the goal and its 对应 renamed, nothing else');
        await replaceText(page, before);
        return `${expected.split('网格采集').length - 1} places renamed`;
    });

    await step('export downloads the same workbook as jixiao export', async () => {
        const text = await editorText(page);
        const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT_MS }), page.locator('#export').click()]);
        const downloaded = path.join(temp, download.suggestedFilename());
        await download.saveAs(downloaded);
        const source = path.join(temp, 'page.jixiao');
        writeFileSync(source, text);
        const cli = path.join(temp, 'cli.xlsx');
        execFileSync(process.execPath, [path.join(root, 'packages/cli/bin/jixiao.js'), 'export', source, '-o', cli], { stdio: 'pipe' });
        const fromPage = await readFormXlsx(new Uint8Array(readFileSync(downloaded)));
        const fromCli = await readFormXlsx(new Uint8Array(readFileSync(cli)));
        if (!isDeepStrictEqual(fromPage, fromCli)) {
            throw new Error('the downloaded workbook reads back differently from jixiao export’s');
        }
        expectEqual(fromPage.departmentName, '深圳市福田区政务服务和数据管理局（本级）', 'department read back');
        copyFileSync(downloaded, path.join(artifacts, 'downloaded.xlsx'));
        return `${download.suggestedFilename()}: ${fromPage.tasks.length} tasks, ${fromPage.goals.length} goals read back, equal to jixiao export’s`;
    });

    await step('pinyin completion: cczb → 产出指标', async () => {
        await replaceText(page, '部门整体支出绩效目标 2026 {\n  部门名称 "测试单位"\n  主管部门 "测试单位"\n  年度绩效指标 {\n    \n  }\n}\n');
        await placeCursorAfter(page, '年度绩效指标 {\n    ');
        await page.keyboard.type('cczb');
        const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: '产出指标' }).first();
        await suggestion.waitFor({ timeout: TIMEOUT_MS });
        await shot(page, '04-completion');
        await page.keyboard.press('Enter');
        await poll(async () => (await editorText(page)).includes('    产出指标'), 'the line to read 产出指标');
    });

    await step('import: the form pasted as text becomes the declaration', async () => {
        await page.locator('#import').click();
        await page.locator('#import-text').fill(readFileSync(path.join(root, scenarios.paste.fixture), 'utf8'));
        await page.locator('#import-run').click();
        await page.locator('#import-dialog').waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
        await poll(async () => (await editorText(page)).includes(scenarios.paste.expect), `the editor to hold “${scenarios.paste.expect}”`);
        await ready(page);
        await poll(async () => (await page.locator('#problems-summary').getAttribute('data-errors')) === '0', 'no errors in the imported text');
    });

    await step('import: an .xlsx workbook (the downloaded one) through the file chooser', async () => {
        await replaceText(page, '');
        await page.locator('#import').click();
        await page.locator('#import-file').setInputFiles(path.join(artifacts, 'downloaded.xlsx'));
        await page.locator('#import-run').click();
        await page.locator('#import-dialog').waitFor({ state: 'hidden', timeout: TIMEOUT_MS });
        await poll(async () => (await editorText(page)).includes('由 downloaded.xlsx 导入'), 'the imported text');
    });

    await step('import refuses what is not a form with a Chinese message', async () => {
        await page.locator('#import').click();
        await page.locator('#import-text').fill('这不是申报表');
        await page.locator('#import-run').click();
        await poll(async () => (await page.locator('#import-error').innerText()).length > 4, 'an error message');
        const message = await page.locator('#import-error').innerText();
        await page.locator('#import-cancel').click();
        return message;
    });

    let shared;
    await step('share link: the document travels in the fragment and opens elsewhere', async () => {
        await replaceText(page, seedText.replace('深圳市福田区', '分享测试区'));
        await page.locator('#share').click();
        await poll(async () => page.url().includes('#code/'), 'the link in the address bar');
        shared = page.url();
        const other = await (await newContext(page.context().browser(), 'zh-CN')).newPage();
        await other.goto(shared);
        await ready(other);
        expectEqual(await editorText(other), await editorText(page), 'text opened from the link');
        await other.context().close();
        return `${shared.length} characters`;
    });

    await step('the document is kept in local storage across a reload', async () => {
        await replaceText(page, seedText.replace('深圳市福田区', '存储测试区'));
        // Ctrl+S saves at once (not the browser's "save page"), and says so.
        await page.locator('.monaco-editor textarea, .monaco-editor .native-edit-context').first().focus();
        await page.keyboard.press('Control+s');
        await poll(async () => (await page.locator('#toast').innerText()).includes('已保存在本浏览器中'), 'the saved message');
        await page.goto(pageUrl);
        await ready(page);
        if (!(await editorText(page)).includes('存储测试区')) {
            throw new Error('the reloaded page does not show the edited document');
        }
    });

    await step('a share link does not silently replace the saved document', async () => {
        const other = await page.context().newPage();
        await other.goto(shared);
        await ready(other);
        await other.locator('#shared-banner').waitFor({ timeout: TIMEOUT_MS });
        expectEqual((await editorText(other)).includes('分享测试区'), true, 'shared document shown');
        await other.locator('#open-mine').click();
        await poll(async () => (await editorText(other)).includes('存储测试区'), 'the saved document back');
        await other.close();
    });

    await step('新建 offers the skeleton of each kind of form and inserts the one chosen', async () => {
        page.once('dialog', dialog => dialog.accept());
        await page.locator('#new-declaration').click();
        const rows = page.locator('.suggest-widget.visible .monaco-list-row');
        await rows.first().waitFor({ timeout: TIMEOUT_MS });
        const offered = (await rows.allInnerTexts()).map(text => text.replace(/\s+/g, ' '));
        await rows.filter({ hasText: '部门整体支出绩效目标' }).first().click();
        await poll(async () => /^部门整体支出绩效目标 \d{4} \{/.test(await editorText(page)), 'the skeleton');
        // Undo the skeleton, then the emptying.
        await page.keyboard.press('Control+z');
        await page.keyboard.press('Control+z');
        await poll(async () => (await editorText(page)).includes('存储测试区'), 'undo to bring the old text back');
        return `offered: ${offered.join(' | ')}`;
    });

    await step('大纲 opens the quick outline with the declaration’s parts', async () => {
        await page.locator('#outline').click();
        const entries = page.locator('.quick-input-widget .monaco-list-row');
        await entries.first().waitFor({ timeout: TIMEOUT_MS });
        const texts = await entries.allInnerTexts();
        await page.keyboard.press('Escape');
        if (!texts.some(text => text.includes('年度主要任务'))) {
            throw new Error(`outline: ${texts.slice(0, 5).join(' | ')}`);
        }
        return `${texts.length} entries`;
    });
}

/** Over http, in English, and in a browser without what Monaco needs. */
async function otherOpenings(browser) {
    await step('over http the page works the same', async () => {
        const server = await serveDist();
        try {
            const page = await (await newContext(browser, 'zh-CN')).newPage();
            await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
            await ready(page);
            expectIncludes(await problemCodes(page), ['goal.figure-mismatch']);
            await page.context().close();
        } finally {
            server.close();
        }
    });

    await step('an English browser gets the English page and messages', async () => {
        const page = await (await newContext(browser, 'en-US')).newPage();
        await page.goto(pageUrl);
        await ready(page);
        expectEqual(await page.locator('#export').innerText(), 'Export Excel', 'toolbar');
        const first = await page.locator('#problems-list li.problem').first().innerText();
        if (!first.includes('warning') || !first.includes('Goal')) {
            throw new Error(`first problem reads ${JSON.stringify(first)}`);
        }
        await page.context().close();
    });

    await step('a browser without what Monaco needs gets the Chinese notice, not a blank page', async () => {
        const page = await (await newContext(browser, 'zh-CN')).newPage();
        await page.addInitScript(() => {
            delete window.ResizeObserver;
        });
        await page.goto(pageUrl);
        await page.locator('#unsupported').waitFor({ timeout: TIMEOUT_MS });
        const notice = await page.locator('#unsupported').innerText();
        expectEqual(await page.locator('#app').isVisible(), false, 'app visible');
        await shot(page, '05-unsupported');
        await page.context().close();
        if (!notice.includes('浏览器版本过旧')) {
            throw new Error(notice);
        }
    });
}

/**
 * Composes 网格 through CDP's IME events in the middle of a long goal line that wraps: each
 * composition step must leave the lines above and the scroll position where they were, draw the
 * cursor where Monaco says it is, and show the composed text in the line (microsoft/monaco-editor
 * #4901, #4602: lines jumping during composition in some versions).
 */
async function imeComposition(page, editContext) {
    await page.evaluate(editContext => window.jixiaoPlayground.editor.updateOptions({ editContext }), editContext);
    const inputElement = editContext ? '.native-edit-context' : 'textarea.inputarea';
    const lineNumber = await page.evaluate(() => {
        const model = window.jixiaoPlayground.editor.getModel();
        const lines = model.getLinesContent();
        return lines.findIndex(line => line.length > 150) + 1;
    });
    const column = 60;
    await page.evaluate(({ lineNumber, column }) => {
        const editor = window.jixiaoPlayground.editor;
        editor.setPosition({ lineNumber, column });
        editor.revealPositionInCenter({ lineNumber, column });
        editor.focus();
    }, { lineNumber, column });
    await page.waitForTimeout(300);
    await page.locator(`.monaco-editor ${inputElement}`).waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    const view = () => page.evaluate(({ lineNumber }) => {
        const editor = window.jixiaoPlayground.editor;
        const rows = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
            .map(row => ({ top: Math.round(row.getBoundingClientRect().top), text: row.textContent }))
            .sort((a, b) => a.top - b.top);
        const cursor = document.querySelector('.monaco-editor .cursors-layer .cursor').getBoundingClientRect();
        const expected = editor.getScrolledVisiblePosition(editor.getPosition());
        const origin = editor.getDomNode().getBoundingClientRect();
        return {
            scrollTop: editor.getScrollTop(), scrollLeft: editor.getScrollLeft(), rows,
            cursorTop: Math.round(cursor.top), expectedTop: Math.round(origin.top + expected.top),
            line: editor.getModel().getLineContent(lineNumber)
        };
    }, { lineNumber });
    const before = await view();
    const cursorRowTop = before.cursorTop;
    const cdp = await page.context().newCDPSession(page);
    const steps = ['w', 'wang', 'wangge', '网格'];
    for (const text of steps) {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
        await page.waitForTimeout(80);
        const now = await view();
        if (now.scrollTop !== before.scrollTop || now.scrollLeft !== before.scrollLeft) {
            throw new Error(`composing “${text}” scrolled the editor (${before.scrollTop} → ${now.scrollTop})`);
        }
        const above = (rows) => rows.filter(row => row.top < cursorRowTop).map(row => `${row.top}:${row.text}`);
        if (!isDeepStrictEqual(above(now.rows), above(before.rows))) {
            throw new Error(`composing “${text}” moved the lines above the cursor`);
        }
        if (Math.abs(now.cursorTop - now.expectedTop) > 2) {
            throw new Error(`composing “${text}”: cursor drawn at ${now.cursorTop}, Monaco places it at ${now.expectedTop}`);
        }
        if (!now.line.includes(text)) {
            throw new Error(`composing “${text}”: the line does not show it`);
        }
    }
    await cdp.send('Input.insertText', { text: '网格' });
    await page.waitForTimeout(200);
    const after = await view();
    const expectedLine = before.line.slice(0, column - 1) + '网格' + before.line.slice(column - 1);
    expectEqual(after.line, expectedLine, 'line after the IME committed 网格');
    await page.keyboard.press('Control+z');
    await poll(async () => (await view()).line === before.line, 'undo of the composition');
    return `line ${lineNumber}, a wrapped goal: rows above, scroll and cursor held through ${steps.length} composition steps`;
}

function newContext(browser, locale) {
    return browser.newContext({ viewport: { width: 1400, height: 900 }, locale, acceptDownloads: true }).then(context => {
        context.on('request', request => {
            const url = request.url();
            if (!/^(file|blob|data):/.test(url) && !url.startsWith('http://127.0.0.1:')) {
                outsideRequests.push(url);
            }
        });
        context.on('page', page => page.on('pageerror', error => pageErrors.push(error.message)));
        context.setDefaultTimeout(TIMEOUT_MS);
        return context;
    });
}

/** Waits until the page has shown the first diagnostics of its document. */
async function ready(page) {
    await page.locator('body[data-state="ready"]').waitFor({ timeout: TIMEOUT_MS });
}

async function problemCodes(page) {
    return page.locator('#problems-list li.problem').evaluateAll(rows => rows.map(row => row.dataset.code));
}

function editorText(page) {
    return page.evaluate(() => window.jixiaoPlayground.editor.getValue());
}

/** Selects `part` inside the first occurrence of `find` (as an analyst would with the mouse). */
async function selectFirst(page, find, part) {
    await page.evaluate(({ find, part }) => {
        const { editor } = window.jixiaoPlayground;
        const model = editor.getModel();
        const match = model.findMatches(find, false, false, true, null, false)[0];
        const start = match.range.startColumn + find.indexOf(part);
        editor.setSelection({ startLineNumber: match.range.startLineNumber, startColumn: start, endLineNumber: match.range.startLineNumber, endColumn: start + part.length });
        editor.revealLineInCenter(match.range.startLineNumber);
        editor.focus();
    }, { find, part });
}

async function placeCursorAfter(page, text) {
    await page.evaluate(text => {
        const { editor } = window.jixiaoPlayground;
        const model = editor.getModel();
        const position = model.getPositionAt(model.getValue().indexOf(text) + text.length);
        editor.setPosition(position);
        editor.focus();
    }, text);
}

/** Replaces the editor's text as one edit (the page's own replace path for 新建 and import is tested above). */
async function replaceText(page, text) {
    await page.evaluate(text => {
        const { editor } = window.jixiaoPlayground;
        editor.executeEdits('e2e', [{ range: editor.getModel().getFullModelRange(), text }]);
    }, text);
}

function serveDist() {
    const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
    const server = createServer((request, response) => {
        const file = path.join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname));
        if (!file.startsWith(dist) || !existsSync(file)) {
            response.writeHead(404).end();
            return;
        }
        response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    return new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function poll(condition, what) {
    const deadline = Date.now() + TIMEOUT_MS;
    while (Date.now() < deadline) {
        if (await condition()) {
            return;
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
}

function expectEqual(actual, expected, what) {
    if (!isDeepStrictEqual(actual, expected)) {
        throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
}

function expectIncludes(actual, expected) {
    const missing = expected.filter(item => !actual.includes(item));
    if (missing.length > 0) {
        throw new Error(`missing ${missing.join(', ')} in ${actual.join(', ')}`);
    }
}

let lastPage;
async function shot(page, name) {
    lastPage = page;
    await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}

async function step(name, action) {
    const started = performance.now();
    try {
        const detail = await action();
        results.push({ name, ok: true });
        console.log(`  ✓ ${name} (${Math.round(performance.now() - started)} ms)${typeof detail === 'string' ? `\n      ${detail}` : ''}`);
    } catch (error) {
        results.push({ name, ok: false });
        console.log(`  ✗ ${name}\n      ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        const file = `failed-${results.length}.png`;
        await lastPage?.screenshot({ path: path.join(artifacts, file) }).catch(() => undefined);
    }
}

function fail(message) {
    console.error(`playground e2e: ${message}`);
    process.exit(1);
}

console.log('playground e2e (packages/playground/dist from file:// in headless Chromium):');
main().then(() => {
    const failed = results.filter(result => !result.ok).length;
    if (failed === 0 && process.argv.includes('--update-docs')) {
        copyFileSync(path.join(artifacts, DOC_SCREENSHOT[0]), path.join(root, 'docs', DOC_SCREENSHOT[1]));
        console.log(`  docs/${DOC_SCREENSHOT[1]} ← test/e2e/playground/artifacts/${DOC_SCREENSHOT[0]}`);
    }
    console.log(`playground e2e: ${results.length - failed} passed, ${failed} failed`);
    process.exit(failed === 0 ? 0 : 1);
}, error => {
    console.error(`playground e2e: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
});
