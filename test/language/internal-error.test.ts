import { describe, expect, test, vi } from 'vitest';
import { createTestServices, declaration, diagnoseCode } from './jixiao-test-utils.js';

describe('internal', () => {
    test('a check that throws becomes one Chinese diagnostic, without a stack trace on the console', async () => {
        const services = createTestServices();
        services.validation.ValidationRegistry.register({ Task: () => { throw new Error('boom'); } });
        const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => undefined);
        try {
            const diagnostics = await diagnoseCode(declaration(), 'internal', services);
            expect(diagnostics.map(d => [d.severity, d.message])).toEqual([['error', '内部错误：检查此处时出错（boom），请将文档反馈给开发者。']]);
            expect(console).not.toHaveBeenCalled();
        } finally {
            console.mockRestore();
        }
    });

    test('is silent when no check fails', async () => {
        expect(await diagnoseCode(declaration(), 'internal')).toEqual([]);
    });
});
