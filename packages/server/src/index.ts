export * from './jixiao-protocol.js';
export * from './jixiao-requests.js';
export * from './jixiao-import-request.js';
export * from './jixiao-export-request.js';
export * from './jixiao-server.js';
