import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests run against the TypeScript sources, so a stale build never hides a change.
export default defineConfig({
    resolve: {
        alias: [
            { find: /^jixiao-language\/domain$/, replacement: source('./packages/language/src/domain/index.ts') },
            { find: /^jixiao-language\/node$/, replacement: source('./packages/language/src/node.ts') },
            { find: /^jixiao-language$/, replacement: source('./packages/language/src/index.ts') },
            { find: /^jixiao-form\/model$/, replacement: source('./packages/form/src/model.ts') },
            { find: /^jixiao-form\/html$/, replacement: source('./packages/form/src/form-html.ts') },
            { find: /^jixiao-form\/portable$/, replacement: source('./packages/form/src/portable.ts') },
            { find: /^jixiao-form$/, replacement: source('./packages/form/src/index.ts') },
            { find: /^jixiao-server\/protocol$/, replacement: source('./packages/server/src/jixiao-protocol.ts') },
            { find: /^jixiao-server$/, replacement: source('./packages/server/src/index.ts') }
        ]
    },
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/e2e/**', '**/node_modules/**'],
        testTimeout: 60_000
    }
});
