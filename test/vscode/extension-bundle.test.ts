/**
 * The extension links no second copy of the language: it asks the server. Its bundle, built as
 * `npm run package` builds it, holds no Langium, no Chevrotain and no exceljs, and stays under 1 MB.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const source = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

test('dist/extension.js has no Langium, Chevrotain or exceljs and is under 1 MB', async () => {
    const result = await build({
        entryPoints: [source('vscode/src/extension.ts')],
        bundle: true, platform: 'node', format: 'cjs', target: 'node18', minify: true, keepNames: true, legalComments: 'none',
        external: ['vscode'], write: false, metafile: true, logLevel: 'silent',
        alias: {
            'jixiao-language/domain': source('language/src/domain/index.ts'),
            'jixiao-form/model': source('form/src/model.ts'),
            'jixiao-form/html': source('form/src/form-html.ts'),
            'jixiao-server/protocol': source('server/src/jixiao-protocol.ts')
        }
    });
    // What reaches the bundle (a module of the graph that tree shaking dropped wrote nothing).
    const [output] = Object.values(result.metafile!.outputs);
    const written = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
    expect(written.filter(input => /node_modules\/(langium|chevrotain|@chevrotain|exceljs)\//.test(input))).toEqual([]);
    expect(result.outputFiles![0].contents.length).toBeLessThan(1024 * 1024);
});
