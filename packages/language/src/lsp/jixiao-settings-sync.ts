/**
 * Keeps JixiaoSettings in step with the editor: the message language from the initialize request
 * (`locale`, which the VS Code extension fills from its setting or the display language), and the
 * `jixiao` configuration section (grades, satisfactionThreshold, severities, profile), first when
 * the client is ready and then on every change. A change re-checks the documents, so that the
 * squiggles follow the new settings at once.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { JixiaoServices } from '../jixiao-module.js';

const SETTING_KEYS = ['grades', 'satisfactionThreshold', 'severities', 'profile'] as const;

export function syncSettings(shared: LangiumSharedServices, jixiao: JixiaoServices): void {
    const settings = jixiao.settings.JixiaoSettings;
    const section = jixiao.LanguageMetaData.languageId;
    const configuration = shared.workspace.ConfigurationProvider;

    shared.lsp.LanguageServer.onInitialize(params => {
        if (params.locale) {
            settings.update({ locale: params.locale });
        }
        settings.update({ snippets: params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true });
    });

    configuration.ready.then(async () => {
        const values: Record<string, unknown> = {};
        for (const key of SETTING_KEYS) {
            values[key] = await configuration.getConfiguration(section, key);
        }
        if (Object.values(values).some(value => value !== undefined)) {
            settings.update(values);
            await revalidate(shared);
        }
    }).catch(error => console.error('jixiao: could not read the settings:', error));

    configuration.onConfigurationSectionUpdate(update => {
        if (update.section !== section || typeof update.configuration !== 'object' || update.configuration === null) {
            return;
        }
        const values = update.configuration as Record<string, unknown>;
        settings.update(Object.fromEntries(SETTING_KEYS.map(key => [key, values[key]])));
        revalidate(shared).catch(error => console.error('jixiao: could not re-check the documents:', error));
    });
}

/**
 * Checks every document again with the current settings (and the editor gets new diagnostics).
 * The documents are not parsed again: only validation depends on these settings.
 */
export async function revalidate(shared: LangiumSharedServices): Promise<void> {
    await shared.workspace.WorkspaceManager.ready;
    await shared.workspace.WorkspaceLock.write(async token => {
        const documents = shared.workspace.LangiumDocuments.all.toArray();
        if (documents.length > 0) {
            await shared.workspace.DocumentBuilder.build(documents, { validation: true }, token);
        }
    });
}
