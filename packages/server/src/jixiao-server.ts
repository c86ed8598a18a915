/**
 * One language server for every transport: the Langium services, the settings kept in step with
 * the client, and the custom requests. The node and browser mains differ only in their connection
 * and file system.
 */
import { startLanguageServer, type DefaultSharedModuleContext, type LangiumSharedServices } from 'langium/lsp';
import { createJixiaoServices, syncSettings, type JixiaoServices } from 'jixiao-language';
import type { Connection } from 'vscode-languageserver';
import { registerJixiaoRequests } from './jixiao-requests.js';

/** `registerMore` adds the requests only one transport can answer (import and export need Node). */
export function startJixiaoServer(
    context: DefaultSharedModuleContext & { connection: Connection },
    registerMore?: (connection: Connection, shared: LangiumSharedServices, services: JixiaoServices) => void
): void {
    const { shared, Jixiao } = createJixiaoServices(context);
    syncSettings(shared, Jixiao);
    registerJixiaoRequests(context.connection, shared);
    registerMore?.(context.connection, shared, Jixiao);
    startLanguageServer(shared);
}
