/**
 * The form model and how it prints, without any reader, writer or parser: what a client of the
 * language server imports to show the form (the VS Code preview and status bar, the browser page).
 * No Node module, no exceljs, no Langium: the extension's bundle is checked for that.
 */
export * from './form-model.js';
export * from './form-wire.js';
export * from './form-labels.js';
export * from './form-cells.js';
export * from './form-totals.js';
export * from './form-layout.js';
export * from './form-text-wrap.js';
export * from './form-sizing.js';
