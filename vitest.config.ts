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
            { find: /^jixiao-form\/node$/, replacement: source('./packages/form/src/node.ts') },
            { find: /^jixiao-form$/, replacement: source('./packages/form/src/index.ts') }
        ]
    },
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/e2e/**', '**/node_modules/**'],
        testTimeout: 60_000
    }
});
