export * from './jixiao-protocol.js';
export * from './jixiao-requests.js';
export * from './jixiao-server.js';
