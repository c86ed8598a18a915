/** The form package's Node-only part (files on disk); everything else is in the main entry and runs in a browser too. */
export * from './atomic-write.js';
export * from './output-file.js';
