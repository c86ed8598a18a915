/**
 * Keeps JixiaoSettings in step with the editor: the message language from the initialize request
 * (`locale`, which the VS Code extension fills from its setting or the display language), and the
 * `jixiao` configuration section (grades, satisfactionThreshold, severities, profile), first when
 * the client is ready and then on every change. A change re-checks the open documents, so that the
 * squiggles follow the new settings at once.
 */
import { URI } from 'langium';
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

/** Rebuilds every document as if it had changed: messages, severities and checks follow the settings. */
export async function revalidate(shared: LangiumSharedServices): Promise<void> {
    await shared.workspace.WorkspaceManager.ready;
    const uris = shared.workspace.LangiumDocuments.all.map(document => document.uri.toString()).toArray();
    if (uris.length > 0) {
        await shared.workspace.WorkspaceLock.write(token => shared.workspace.DocumentBuilder.update(uris.map(uri => URI.parse(uri)), [], token));
    }
}
