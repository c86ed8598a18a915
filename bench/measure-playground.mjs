/**
 * The browser page (packages/playground/dist) in Debian's headless Chromium, opened from disk as
 * an analyst opens it from a shared folder:
 *
 * - playground_ready_ms: from navigation start to the seed's first diagnostics shown in the
 *   problems list (the page's own performance.now() at that moment), median of fresh page loads;
 *   with the median breakdown of the page's marks: the server's worker started (with the opened
 *   document as its first messages), the page script evaluated, the editor created, the answer to
 *   initialize and the first diagnostics handled by the main thread (they wait while it is busy);
 * - keystroke to markers on the seed: a character typed into the editor (Monaco's own `type`
 *   command, what a key press runs) until the new markers are set and the problems list redrawn
 *   (didChange → the worker's parse and validation → publishDiagnostics), alternately typing and
 *   deleting one character;
 * - the bundle sizes, raw and gzipped.
 *
 * Skips with a reason when chromium or playwright-core (test/e2e/install.sh) or the built page is
 * missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { median, percentile } from './statistics.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'packages/playground/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function measurePlayground({ loads, edits, warmupEdits }) {
    if (!existsSync(path.join(DIST, 'index.html'))) {
        return { available: false, reason: 'packages/playground/dist is not built (npm run playground)' };
    }
    let chromium;
    try {
        const require = createRequire(path.join(ROOT, 'test/e2e/package.json'));
        ({ chromium } = require('playwright-core'));
    } catch {
        return { available: false, reason: 'playwright-core is not installed (bash test/e2e/install.sh)' };
    }
    if (!existsSync(CHROMIUM)) {
        return { available: false, reason: `chromium is not installed at ${CHROMIUM} (bash test/e2e/install.sh)` };
    }

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
        const url = pathToFileURL(path.join(DIST, 'index.html')).href;
        const opened = [];
        let keystrokes = [];
        for (let load = 0; load < loads; load++) {
            // A fresh context each time: no cache, no local storage, the page opens with the seed.
            const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
            const page = await context.newPage();
            await page.goto(url);
            await page.locator('body[data-state="ready"]').waitFor({ timeout: 60_000 });
            opened.push(await page.evaluate(() => Object.fromEntries([
                ['ready', window.jixiaoPlayground.readyMs],
                ...performance.getEntriesByType('mark').map(mark => [mark.name.replace('jixiao:', ''), mark.startTime])
            ])));
            if (load === loads - 1) {
                keystrokes = await measureKeystrokes(page, edits, warmupEdits);
            }
            await context.close();
        }
        const marks = Object.keys(opened[0]);
        return {
            available: true,
            readyMs: median(opened.map(load => load.ready)),
            readyMax: Math.max(...opened.map(load => load.ready)),
            breakdown: Object.fromEntries(marks.map(mark => [mark, median(opened.map(load => load[mark]))])),
            keystrokeMedianMs: median(keystrokes),
            keystrokeP95Ms: percentile(keystrokes, 0.95),
            bundle: bundleSizes()
        };
    } finally {
        await browser.close();
    }
}

/** Milliseconds from each edit to the markers it causes, inside the page (no CDP round trip timed). */
async function measureKeystrokes(page, edits, warmupEdits) {
    return page.evaluate(async ({ edits, warmupEdits }) => {
        const { monaco, editor } = window.jixiaoPlayground;
        const model = editor.getModel();
        // Inside the first task's 主要内容 text: an edit that keeps the document valid.
        const match = model.findMatches('主要用于人员', false, false, true, null, false)[0];
        editor.setPosition({ lineNumber: match.range.startLineNumber, column: match.range.endColumn });
        editor.focus();
        const timings = [];
        for (let edit = 0; edit < warmupEdits + edits; edit++) {
            const markersSet = new Promise(resolve => {
                const subscription = monaco.editor.onDidChangeMarkers(() => {
                    subscription.dispose();
                    resolve(performance.now());
                });
            });
            const start = performance.now();
            if (edit % 2 === 0) {
                editor.trigger('keyboard', 'type', { text: '的' });
            } else {
                editor.trigger('keyboard', 'deleteLeft', null);
            }
            const end = await markersSet;
            if (edit >= warmupEdits) {
                timings.push(end - start);
            }
            // As a person types: the next key comes after the page has drawn.
            await new Promise(resolve => setTimeout(resolve, 30));
        }
        return timings;
    }, { edits, warmupEdits });
}

function bundleSizes() {
    const files = [['index.html', path.join(DIST, 'index.html')], ...readdirSync(path.join(DIST, 'assets')).map(file => [`assets/${file}`, path.join(DIST, 'assets', file)])];
    return files.map(([name, file]) => {
        const bytes = readFileSync(file);
        return { file: name, bytes: bytes.length, gzip: gzipSync(bytes).length };
    });
}
