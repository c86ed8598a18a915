/**
 * The form model without any reader or writer: what the language server builds for its clients and
 * what a browser bundle may import (no Node module, no exceljs).
 */
export * from './form-model.js';
export * from './form-wire.js';
export * from './form-labels.js';
export * from './form-cells.js';
export * from './form-builder.js';
export * from './form-totals.js';
export * from './selfeval-model.js';
export * from './selfeval-builder.js';
export { MAX_IMPORT_FILE_BYTES, megabytes } from './form-limits.js';
