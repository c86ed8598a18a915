/**
 * The language of diagnostics and hovers. VS Code tells the server its display language in the
 * initialize request; `jixiao.messageLocale` overrides it, because many analysts run an English VS
 * Code (or code-server, which has no Chinese language pack offline) yet review Chinese forms.
 */
export type MessageLocaleSetting = 'auto' | 'zh-cn' | 'en';

export function resolveMessageLocale(setting: unknown, displayLanguage: string): string {
    return setting === 'zh-cn' || setting === 'en' ? setting : displayLanguage;
}
