/**
 * One language server for every transport: the Langium services, the settings kept in step with
 * the client, and the custom requests. The node and browser mains differ only in their connection
 * and file system.
 */
import { startLanguageServer, type DefaultSharedModuleContext } from 'langium/lsp';
import { createJixiaoServices, syncSettings } from 'jixiao-language';
import type { Connection } from 'vscode-languageserver';
import { registerJixiaoRequests } from './jixiao-requests.js';

export function startJixiaoServer(context: DefaultSharedModuleContext & { connection: Connection }): void {
    const { shared, Jixiao } = createJixiaoServices(context);
    syncSettings(shared, Jixiao);
    registerJixiaoRequests(context.connection, shared);
    startLanguageServer(shared);
}
