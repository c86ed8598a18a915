/**
 * The browser page imports the form package's portable entry (export, import, the printer) and
 * its HTML table: neither may reach a Node module, or the page could not bundle them.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const source = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

async function bundledInputs(entry: string): Promise<string[]> {
    const result = await build({
        entryPoints: [source(entry)],
        bundle: true, platform: 'browser', format: 'iife', write: false, metafile: true, logLevel: 'silent',
        alias: {
            'jixiao-language/domain': source('language/src/domain/index.ts'),
            'jixiao-language': source('language/src/index.ts')
        }
    });
    expect(result.errors).toEqual([]);
    return Object.keys(result.metafile!.inputs);
}

test('the portable entry bundles with no Node module and exceljs as its browser build', async () => {
    const inputs = await bundledInputs('form/src/portable.ts');
    expect(inputs.filter(input => input.startsWith('node:') || /atomic-write|xlsx-file/.test(input))).toEqual([]);
    expect(inputs.filter(input => input.includes('node_modules/exceljs/'))).toEqual(['node_modules/exceljs/dist/exceljs.min.js']);
});

test('the HTML table bundles without exceljs', async () => {
    const inputs = await bundledInputs('form/src/form-html.ts');
    expect(inputs.filter(input => input.startsWith('node:') || input.includes('exceljs'))).toEqual([]);
});
