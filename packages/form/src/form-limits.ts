/**
 * How large an input can be and still be a form (DESIGN §10). A department's form has tens of
 * tasks and up to a few hundred indicators: a few hundred rows, tens of kilobytes. The limits
 * leave a wide margin above that (the benchmark's 10,000-indicator declaration, 11,715 rows and
 * 82,005 cells when exported, imports within them) and stop far below what would exhaust memory:
 * anything above them is refused with a message before it is inflated or split, so a hostile or
 * mistaken file costs seconds and well under 1 GB, never the process.
 */
import type { Message } from 'jixiao-language';
import { ImportMessages } from './form-import-messages.js';

const MiB = 1024 * 1024;

export const FormLimits = {
    /** An .xlsx file as it is on disk. */
    workbookBytes: 50 * MiB,
    /** One part of a workbook, inflated (a worksheet, the shared strings, an image). */
    partBytes: 50 * MiB,
    /** All parts of a workbook together, inflated. */
    inflatedBytes: 100 * MiB,
    /** Parts in the zip archive. */
    parts: 2_000,
    /** Rows of one worksheet (`<row>` elements). */
    rowsPerSheet: 20_000,
    /**
     * Cells of the whole workbook that a reader has to make: the cells written in the sheets and
     * the cells covered by merged ranges (exceljs makes a cell object for each, about 1.5 kB).
     */
    cells: 200_000,
    /**
     * Cells covered by data-validation ranges (exceljs makes an entry for each): one whole column
     * of Excel, as a drop-down list made by hand covers, with room to spare. One whole column
     * costs exceljs 4 s and 170 MB here; four took 31 s and 600 MB.
     */
    validatedCells: 1_100_000,
    /** Merged ranges of one worksheet (exceljs compares each with all before it). */
    mergesPerSheet: 10_000,
    /** Entries of the shared-string table. */
    sharedStrings: 200_000,
    /** Pasted text, in bytes as read from the file or the clipboard. */
    textBytes: 8 * MiB,
    /** Lines of pasted text (a cell may hold line breaks, so more than rows). */
    textLines: 100_000
} as const;

/** Excel's own grid: what a cell reference may name at all. */
export const EXCEL_MAX_ROW = 1_048_576;
export const EXCEL_MAX_COLUMN = 16_384;

/** The largest file `jixiao import` reads into memory: the larger of the two kinds. */
export const MAX_IMPORT_FILE_BYTES = Math.max(FormLimits.workbookBytes, FormLimits.textBytes);

/** Why a file of `size` bytes is not even read for import; undefined when it may be a form. */
export function importFileTooLarge(size: number): Message | undefined {
    return size > MAX_IMPORT_FILE_BYTES ? ImportMessages.fileTooLarge(megabytes(size), megabytes(MAX_IMPORT_FILE_BYTES)) : undefined;
}

/** `52,428,800` bytes → `50 MB`, `1.5 MB`; the unit analysts see in their file manager. */
export function megabytes(bytes: number): string {
    const value = bytes / MiB;
    return `${value >= 100 ? Math.round(value).toLocaleString('en-US') : Number(value.toFixed(1)).toString()} MB`;
}

/** `25000` → `25,000`. */
export function formatCount(value: number): string {
    return value.toLocaleString('en-US');
}
