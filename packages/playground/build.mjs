// Builds the page into dist/: index.html and assets/. Everything is a classic script (IIFE), so
// the page runs from file:// as well as over http — Chrome refuses ES modules, module workers,
// fetch and web fonts from file:// (an opaque origin). The two workers (the Jixiao language server
// and Monaco's editor worker) are bundled first and inlined as strings into the scripts that start
// them from Blob URLs: the server in assets/language-server.js, loaded first so that it boots and
// checks the opened document while the page script is evaluated; Monaco's in the page script. The codicon font is inlined as a data URL for the same reason.
//
//   node build.mjs            minified, as shipped
//   node build.mjs --dev      readable, with inline source maps
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dev = process.argv.includes('--dev');
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const require = createRequire(import.meta.url);
const dist = here('dist');
const assets = path.join(dist, 'assets');

// The server's worker main as tsc -b built it: one build of the server for every client.
const serverEntry = here('../server/out/main-browser.js');
if (!existsSync(serverEntry)) {
    console.error('找不到 packages/server/out/main-browser.js：请先在仓库根目录运行 npm run build。');
    process.exit(1);
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });

/** @type {esbuild.BuildOptions} */
const common = {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    // What the compatibility check (src/compat-check.js) requires of the browser.
    target: ['chrome100', 'edge100', 'firefox100', 'safari15.4'],
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    logLevel: 'warning',
    charset: 'utf8'
};

async function bundleToString(entry, plugins = []) {
    const result = await esbuild.build({ ...common, entryPoints: [entry], write: false, plugins });
    return result.outputFiles[0].text;
}

/**
 * The language's metadata in Langium's production mode: Chevrotain then skips its checks of the
 * grammar and the tokens when the server builds its lexer and parser (about a third of the
 * worker's time to answer `initialize`). The grammar is the one the tests, the CLI and the VS Code
 * server check in development mode on every run; the page need not check it again on every visit.
 */
const productionMode = {
    name: 'langium-production-mode',
    setup(build) {
        build.onLoad({ filter: /[\\/]language[\\/]out[\\/]generated[\\/]module\.js$/ }, args => {
            const source = readFileSync(args.path, 'utf8');
            if (!source.includes("mode: 'development'")) {
                throw new Error(`${args.path}: the language metadata no longer says mode: 'development'`);
            }
            return { contents: source.replace("mode: 'development'", "mode: 'production'"), loader: 'js' };
        });
    }
};

/**
 * pinyin-pro (40 % of the server's worker, its dictionary built when the script runs) is evaluated
 * on the first completion instead of when the worker starts: only completion's pinyin filter
 * needs it, and the first diagnostics come sooner without it. Its CommonJS build is bundled behind
 * esbuild's lazy require.
 */
const pinyinOnFirstUse = {
    name: 'pinyin-on-first-use',
    setup(build) {
        build.onResolve({ filter: /^pinyin-pro$/ }, () => ({ path: 'pinyin-pro', namespace: 'pinyin-on-first-use' }));
        build.onLoad({ filter: /.*/, namespace: 'pinyin-on-first-use' }, () => ({
            contents: `export function pinyin(...args) { return require(${JSON.stringify(require.resolve('pinyin-pro'))}).pinyin(...args); }`,
            loader: 'js',
            resolveDir: here('.')
        }));
    }
};

const [serverWorker, editorWorker] = await Promise.all([
    bundleToString(serverEntry, [productionMode, pinyinOnFirstUse]),
    bundleToString(require.resolve('monaco-editor/esm/vs/editor/editor.worker.js'))
]);

/** `import source from 'inline-worker:server'` → the bundled worker as a string. */
const inlineWorkers = {
    name: 'inline-workers',
    setup(build) {
        const sources = { server: serverWorker, editor: editorWorker };
        build.onResolve({ filter: /^inline-worker:/ }, args => ({ path: args.path.slice('inline-worker:'.length), namespace: 'inline-worker' }));
        build.onLoad({ filter: /.*/, namespace: 'inline-worker' }, args => ({ contents: `export default ${JSON.stringify(sources[args.path])};`, loader: 'js' }));
    }
};

// The seed example, bundled at build time into language-server.js, which opens the page's document.
const seed = readFileSync(here('../../examples/futian-2026-department.jixiao'), 'utf8');

await Promise.all([
    esbuild.build({
        ...common,
        entryPoints: { 'language-server': here('src/language-server-start.ts') },
        outdir: assets,
        define: { JIXIAO_SEED: JSON.stringify(seed) },
        plugins: [inlineWorkers]
    }),
    esbuild.build({
        ...common,
        entryPoints: { playground: here('src/main.ts') },
        outdir: assets,
        loader: { '.ttf': 'dataurl', '.code-snippets': 'json' },
        plugins: [inlineWorkers]
    }),
    // Import and export (exceljs, the readers, the printer) load on first use: most visits never
    // need them, and the page starts faster without them.
    esbuild.build({
        ...common,
        entryPoints: { 'form-tools': here('src/form-tools.ts') },
        outdir: assets
    })
]);

// Monaco's own Chinese strings (menus, find widget), loaded before the page script when the
// browser's language is Chinese.
copyFileSync(require.resolve('monaco-editor/esm/nls.messages.zh-cn.js'), path.join(assets, 'monaco-nls.zh-cn.js'));
copyFileSync(here('src/compat-check.js'), path.join(assets, 'compat-check.js'));
copyFileSync(here('src/index.html'), path.join(dist, 'index.html'));

const sizes = ['language-server.js', 'playground.js', 'playground.css', 'form-tools.js', 'monaco-nls.zh-cn.js', 'compat-check.js']
    .map(file => `${file} ${(statSync(path.join(assets, file)).size / 1e6).toFixed(2)} MB`);
console.log(`playground: dist/index.html, assets: ${sizes.join(', ')}`);
