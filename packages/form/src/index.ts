export * from './portable.js';
export * from './atomic-write.js';
export * from './xlsx-file.js';
export * from './output-file.js';
