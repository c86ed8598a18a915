/** The language server over stdio or IPC, for VS Code and every other editor: `jixiao-language-server --stdio`. */
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { registerExportRequest } from './jixiao-export-request.js';
import { registerImportRequest } from './jixiao-import-request.js';
import { startJixiaoServer } from './jixiao-server.js';

// Import and export read and write workbooks: Node only.
startJixiaoServer({ connection: createConnection(ProposedFeatures.all), ...NodeFileSystem }, (connection, shared, Jixiao) => {
    registerImportRequest(connection, Jixiao);
    registerExportRequest(connection, shared);
});
