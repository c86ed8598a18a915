/**
 * The server's worker entry bundles for the browser: nothing it reaches may need Node (fs, path,
 * child_process) or the xlsx machinery, or the browser page could not load it.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

test('the browser main bundles with no Node module and no exceljs', async () => {
    const result = await build({
        entryPoints: [fileURLToPath(new URL('../../packages/server/src/main-browser.ts', import.meta.url))],
        bundle: true, platform: 'browser', format: 'iife', write: false, metafile: true, logLevel: 'silent',
        alias: {
            'jixiao-language/domain': fileURLToPath(new URL('../../packages/language/src/domain/index.ts', import.meta.url)),
            'jixiao-language': fileURLToPath(new URL('../../packages/language/src/index.ts', import.meta.url)),
            'jixiao-form/model': fileURLToPath(new URL('../../packages/form/src/model.ts', import.meta.url)),
            'jixiao-form/builder': fileURLToPath(new URL('../../packages/form/src/builder.ts', import.meta.url))
        }
    });
    const inputs = Object.keys(result.metafile!.inputs);
    expect(inputs.filter(input => /^node:|exceljs|atomic-write|xlsx-/.test(input))).toEqual([]);
    expect(result.errors).toEqual([]);
});
