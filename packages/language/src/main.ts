/** The language server over stdio or IPC: `jixiao-language-server --stdio`. */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { createJixiaoServices } from './jixiao-module.js';
import { syncSettings } from './lsp/jixiao-settings-sync.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Jixiao } = createJixiaoServices({ connection, ...NodeFileSystem });
syncSettings(shared, Jixiao);
startLanguageServer(shared);
