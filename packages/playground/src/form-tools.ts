/**
 * Import and export for the page, loaded on first use (assets/form-tools.js): the same workbook
 * writer, readers and printer as `jixiao export` and `jixiao import`, from the form package's
 * portable entry (exceljs as its browser build). A classic script that leaves its API on
 * `globalThis`, since the page cannot load modules from file://.
 */
import { formToXlsxBuffer, importForm } from 'jixiao-form/portable';

export const formTools = { formToXlsxBuffer, importForm };
export type FormTools = typeof formTools;

(globalThis as { JixiaoFormTools?: FormTools }).JixiaoFormTools = formTools;
