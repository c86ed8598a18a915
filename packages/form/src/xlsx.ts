/** Writing the official workbook (exceljs, Node): for the CLI and the VS Code extension, which gets its model from the server. */
export * from './xlsx-writer.js';
