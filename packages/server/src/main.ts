/** The language server over stdio or IPC, for VS Code and every other editor: `jixiao-language-server --stdio`. */
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startJixiaoServer } from './jixiao-server.js';

startJixiaoServer({ connection: createConnection(ProposedFeatures.all), ...NodeFileSystem });
