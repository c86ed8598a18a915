/**
 * Everything of the form package that needs no file system: the model, the layout, the workbook as
 * bytes, the readers and import, the printer, the HTML table. The browser page bundles this entry
 * (exceljs resolves to its browser build there); Node programs use the package's main entry, which
 * adds writing files.
 */
export * from './model.js';
export * from './form-layout.js';
export * from './form-text-wrap.js';
export * from './form-sizing.js';
export * from './form-html.js';
export * from './xlsx-writer.js';
export * from './form-import-error.js';
export * from './form-printer.js';
export * from './form-project-printer.js';
export * from './form-project-layout.js';
export * from './project-grid-reader.js';
export * from './text-reader.js';
export * from './xlsx-reader.js';
export * from './form-import.js';
export * from './form-limits.js';
export * from './workbook-mark.js';
export * from './form-grid.js';
export * from './form-category-table.js';
export { plainCellText } from './form-goal-reading.js';
export * from './selfeval-labels.js';
export * from './selfeval-layout.js';
export * from './selfeval-grid-reader.js';
export * from './selfeval-printer.js';
