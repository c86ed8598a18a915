import { DocumentState, EmptyFileSystem } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import type { InitializeParams } from 'vscode-languageserver';
import { createJixiaoServices, type Declaration } from 'jixiao-language';
import { syncSettings } from '../../packages/language/src/lsp/jixiao-settings-sync.js';
import { withIndicator } from '../language/jixiao-test-utils.js';

function server() {
    const { shared, Jixiao } = createJixiaoServices(EmptyFileSystem);
    syncSettings(shared, Jixiao);
    return { shared, Jixiao, settings: Jixiao.settings.JixiaoSettings };
}

const initialize = (locale?: string) => ({ processId: null, rootUri: null, capabilities: {}, locale }) as InitializeParams;

describe('settings from the client', () => {
    test('the message language comes from the initialize request', async () => {
        const { shared, settings } = server();
        await shared.lsp.LanguageServer.initialize(initialize('en-us'));
        expect(settings.locale).toBe('en');
    });

    test('without a locale in the request, Chinese stays', async () => {
        const { shared, settings } = server();
        await shared.lsp.LanguageServer.initialize(initialize());
        expect(settings.locale).toBe('zh');
    });

    test('a change of the jixiao section updates the settings and checks the documents again', async () => {
        const { shared, Jixiao, settings } = server();
        await shared.lsp.LanguageServer.initialize(initialize());
        shared.lsp.LanguageServer.initialized({});
        const document = await parseHelper<Declaration>(Jixiao)(withIndicator('服务对象满意度指标', '指标 "服务对象满意度" ≥80 % 解释 "考察满意度"'), { validation: true });
        const codes = () => (document.diagnostics ?? []).map(diagnostic => `${diagnostic.code}:${diagnostic.severity}`);
        expect(codes()).toEqual(['indicator.satisfaction-low:2']);

        const rechecked = new Promise(resolve => shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, resolve));
        shared.workspace.ConfigurationProvider.updateConfiguration({
            settings: { jixiao: { satisfactionThreshold: 90, severities: { 'indicator.satisfaction-low': 'error' }, grades: ['显著', '明显', '一般'], profile: 'auto' } }
        });
        await rechecked;

        expect(settings.satisfactionThreshold).toBe(90);
        expect(codes()).toEqual(['indicator.satisfaction-low:1']);
        expect(document.diagnostics?.[0].message).toBe('满意度指标“服务对象满意度”的目标 80% 低于 90%');
    });

    test('another section is ignored', async () => {
        const { shared, settings } = server();
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { other: { satisfactionThreshold: 10 } } });
        expect(settings.satisfactionThreshold).toBe(85);
    });
});
