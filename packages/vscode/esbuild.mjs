// Bundles the extension and the language server into dist/, so the .vsix is self-contained:
// VS Code ≥ 1.90 loads extensions as CommonJS, while our packages (and Langium) are ES modules.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, as packaged into the .vsix
//   node esbuild.mjs --watch       rebuilds on change
import * as esbuild from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// The server is the server package's built entry (tsc -b writes it), the same program the
// `jixiao-language-server` bin runs; bundling the built file keeps one build of the server.
const serverEntry = here('../server/out/main.js');
if (!existsSync(serverEntry)) {
    console.error('找不到语言服务器 packages/server/out/main.js：请先在仓库根目录运行 npm run build。');
    process.exit(1);
}

// No stale bundle or source map of an earlier build may end up in the .vsix.
if (!watch) {
    rmSync(here('dist'), { recursive: true, force: true });
}

/** @type {esbuild.BuildOptions} */
const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: !production,
    minify: production,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning'
};

const contexts = await Promise.all([
    esbuild.context({
        ...common,
        entryPoints: { extension: here('src/extension.ts') },
        outdir: here('dist'),
        // Provided by VS Code at run time.
        external: ['vscode']
    }),
    esbuild.context({
        ...common,
        entryPoints: { server: serverEntry },
        outdir: here('dist')
    })
]);

if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
    console.log('esbuild: watching packages/vscode/src and packages/language/out');
} else {
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
    console.log(`esbuild: dist/extension.js and dist/server.js (${production ? 'production' : 'development'})`);
}
