/**
 * The language server inside a Web Worker, for the browser page: messages through postMessage, no
 * file system (the page hands the server its documents through didOpen). No Node module may be
 * reached from here, so that the worker bundles for the browser.
 */
import { EmptyFileSystem } from 'langium';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { startJixiaoServer } from './jixiao-server.js';

declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startJixiaoServer({ connection, ...EmptyFileSystem });
