/**
 * A workbook measured before exceljs opens it. exceljs (through JSZip) inflates every part of the
 * archive whole, and makes an object for every cell a merged range or a data validation covers;
 * an archive of 8 MB that inflates to 8 GB, or one merged range A1:XFD1048576, takes the process
 * down. So every part is inflated here first, piece by piece with a cap, counting the worksheet's
 * rows, cells, merged ranges and validated ranges and the shared strings on the way, and anything
 * no form can be (FormLimits) is refused with a message that says which part and what.
 */
import type { Message } from 'jixiao-language';
import { FormImportError } from './form-import-error.js';
import { ImportMessages } from './form-import-messages.js';
import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW, FormLimits, formatCount as count, megabytes } from './form-limits.js';
import { inflateEntry, readZipDirectory, ZipEntryTooLarge, ZipFormatError, ZipTooManyEntries, type ZipEntry } from './zip-archive.js';

/** No form can be this: `what` says which part and why. */
const notAForm = (what: Message) => new FormImportError(ImportMessages.notAForm(what));
/** What exceljs's loader says about any archive it cannot read; the same words for the same fault. */
const damaged = () => new FormImportError(ImportMessages.damagedWorkbook);

/** Throws FormImportError when the workbook is larger than any form, or its archive is damaged. */
export function measureWorkbook(bytes: Uint8Array): void {
    if (bytes.length > FormLimits.workbookBytes) {
        throw new FormImportError(ImportMessages.workbookTooLarge(megabytes(bytes.length), megabytes(FormLimits.workbookBytes)));
    }
    const entries = directoryOf(bytes);
    checkDeclaredSizes(entries);
    const tally = new WorkbookTally();
    let inflated = 0;
    for (const entry of entries) {
        const limit = Math.min(FormLimits.partBytes, FormLimits.inflatedBytes - inflated);
        const scanner = scannerFor(entry, tally);
        let size: number;
        try {
            size = inflateEntry(bytes, entry, limit, scanner && (chunk => scanner.push(chunk)));
        } catch (error) {
            if (error instanceof ZipEntryTooLarge) {
                throw limit < FormLimits.partBytes
                    ? notAForm(ImportMessages.inflatedOver(megabytes(FormLimits.inflatedBytes)))
                    : notAForm(ImportMessages.partOver(entry.name, megabytes(FormLimits.partBytes)));
            }
            if (error instanceof ZipFormatError) {
                throw damaged();
            }
            throw error;
        }
        if (size !== entry.uncompressedSize) {
            // The directory lied about the part: a damaged archive, whatever made it so.
            throw damaged();
        }
        inflated += size;
        scanner?.finish();
    }
}

function directoryOf(bytes: Uint8Array): ZipEntry[] {
    try {
        return readZipDirectory(bytes, FormLimits.parts);
    } catch (error) {
        if (error instanceof ZipTooManyEntries) {
            throw notAForm(ImportMessages.tooManyParts(count(error.count), count(FormLimits.parts)));
        }
        throw damaged();
    }
}

/** What the directory claims, refused before a single byte is inflated. */
function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
    let total = 0;
    for (const entry of entries) {
        if (entry.uncompressedSize > FormLimits.partBytes) {
            throw notAForm(ImportMessages.partDeclared(entry.name, megabytes(entry.uncompressedSize), megabytes(FormLimits.partBytes)));
        }
        total += entry.uncompressedSize;
    }
    if (total > FormLimits.inflatedBytes) {
        throw notAForm(ImportMessages.inflatedDeclared(megabytes(total), megabytes(FormLimits.inflatedBytes)));
    }
}

/** Counts over the whole workbook. */
class WorkbookTally {
    private cells = 0;
    private validated = 0;

    addCells(added: number, part: string): void {
        this.cells += added;
        if (this.cells > FormLimits.cells) {
            throw notAForm(ImportMessages.tooManyCells(count(FormLimits.cells), part));
        }
    }

    addValidatedCells(added: number, part: string): void {
        this.validated += added;
        if (this.validated > FormLimits.validatedCells) {
            throw notAForm(ImportMessages.tooManyValidatedCells(count(FormLimits.validatedCells), part));
        }
    }
}

interface PartScanner {
    push(chunk: Uint8Array): void;
    finish(): void;
}

function scannerFor(entry: ZipEntry, tally: WorkbookTally): PartScanner | undefined {
    const name = entry.name.replace(/^\//, '');
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) {
        return new TagScanner(worksheetCounter(name, tally));
    }
    if (/^xl\/sharedStrings\.xml$/i.test(name)) {
        let strings = 0;
        return new TagScanner(tag => {
            if (tag.name === 'si' && ++strings > FormLimits.sharedStrings) {
                throw notAForm(ImportMessages.tooManySharedStrings(name, count(FormLimits.sharedStrings)));
            }
        });
    }
    return undefined;
}

interface Tag {
    /** The local name, without a namespace prefix. */
    name: string;
    attributes: string;
}

function worksheetCounter(part: string, tally: WorkbookTally): (tag: Tag) => void {
    let rows = 0;
    let merges = 0;
    const refuse = (what: Message) => notAForm(ImportMessages.sheetRefused(part, what));
    return tag => {
        switch (tag.name) {
            case 'row': {
                if (++rows > FormLimits.rowsPerSheet) {
                    throw refuse(ImportMessages.rowsOver(count(FormLimits.rowsPerSheet)));
                }
                const number = attribute(tag.attributes, 'r');
                if (number !== undefined && !(Number(number) <= EXCEL_MAX_ROW)) {
                    throw refuse(ImportMessages.rowBeyondExcel(clip(number), count(EXCEL_MAX_ROW)));
                }
                return;
            }
            case 'c': {
                const reference = attribute(tag.attributes, 'r');
                if (reference !== undefined && !cellReference(reference)) {
                    throw refuse(ImportMessages.cellBeyondExcel(clip(reference), count(EXCEL_MAX_ROW), count(EXCEL_MAX_COLUMN)));
                }
                tally.addCells(1, part);
                return;
            }
            case 'col': {
                // exceljs makes a column object for each column from min to max.
                const max = attribute(tag.attributes, 'max');
                if (max !== undefined && !(Number(max) <= EXCEL_MAX_COLUMN)) {
                    throw refuse(ImportMessages.columnBeyondExcel(clip(max), count(EXCEL_MAX_COLUMN)));
                }
                return;
            }
            case 'mergeCell': {
                if (++merges > FormLimits.mergesPerSheet) {
                    throw refuse(ImportMessages.mergesOver(count(FormLimits.mergesPerSheet)));
                }
                tally.addCells(rangeArea(attribute(tag.attributes, 'ref') ?? '', part), part);
                return;
            }
            case 'dataValidation':
                tally.addValidatedCells(rangeArea(attribute(tag.attributes, 'sqref') ?? '', part), part);
                return;
        }
    };
}

/**
 * Cells covered by a space-separated list of ranges (`A1:B5 D7`). A whole column (`B:B`) or row
 * (`3:5`) counts as all of Excel's rows or columns.
 */
function rangeArea(ranges: string, part: string): number {
    let area = 0;
    for (const range of ranges.trim().split(/\s+/).filter(Boolean)) {
        const [from, to = from] = range.split(':');
        const start = rangeEnd(from, 1);
        const end = rangeEnd(to, Infinity);
        if (!start || !end) {
            throw notAForm(ImportMessages.sheetRefused(part, ImportMessages.rangeUnreadable(clip(range))));
        }
        const rows = Math.abs(Math.min(end.row, EXCEL_MAX_ROW) - start.row) + 1;
        const columns = Math.abs(Math.min(end.column, EXCEL_MAX_COLUMN) - start.column) + 1;
        area += rows * columns;
    }
    return area;
}

/** `B12` → row 12, column 2; a whole column `B` or row `12` gets `open` for the part it leaves out. */
function rangeEnd(text: string, open: number): { row: number; column: number } | undefined {
    const cell = cellReference(text);
    if (cell) {
        return cell;
    }
    const bare = text.replace(/\$/g, '');
    if (/^[A-Za-z]{1,3}$/.test(bare) && columnNumber(bare) <= EXCEL_MAX_COLUMN) {
        return { row: open, column: columnNumber(bare) };
    }
    if (/^\d{1,7}$/.test(bare) && Number(bare) >= 1 && Number(bare) <= EXCEL_MAX_ROW) {
        return { row: Number(bare), column: open };
    }
    return undefined;
}

/** `B12`, `$B$12` → row 12, column 2; undefined beyond Excel's grid or not a reference. */
function cellReference(text: string): { row: number; column: number } | undefined {
    const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
    if (!match) {
        return undefined;
    }
    const column = columnNumber(match[1]);
    const row = Number(match[2]);
    return row >= 1 && row <= EXCEL_MAX_ROW && column <= EXCEL_MAX_COLUMN ? { row, column } : undefined;
}

function columnNumber(letters: string): number {
    let number = 0;
    for (const letter of letters.toUpperCase()) {
        number = number * 26 + letter.charCodeAt(0) - 64;
    }
    return number;
}

function attribute(attributes: string, name: string): string | undefined {
    const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(["'])(.*?)\\1`, 's').exec(attributes);
    return match?.[2];
}

function clip(text: string): string {
    return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** A tag in a part larger than this is no spreadsheet's. */
const MAX_TAG_LENGTH = 1024 * 1024;

/**
 * Start tags of an XML part, found as the inflated bytes stream by (element names and attribute
 * values that matter here are ASCII, so the bytes are read one character each). Text between tags
 * is skipped without being kept; a tag cut by a chunk boundary is completed by the next chunk.
 */
class TagScanner implements PartScanner {
    private carry = '';
    private readonly decoder = new TextDecoder('latin1');

    constructor(private readonly onTag: (tag: Tag) => void) {}

    push(chunk: Uint8Array): void {
        const text = this.carry + this.decoder.decode(chunk);
        const open = text.lastIndexOf('<');
        const complete = open >= 0 && text.indexOf('>', open) < 0 ? open : text.length;
        this.carry = text.slice(complete);
        if (this.carry.length > MAX_TAG_LENGTH) {
            throw notAForm(ImportMessages.tagTooLong(megabytes(MAX_TAG_LENGTH)));
        }
        for (const match of text.slice(0, complete).matchAll(START_TAG)) {
            this.onTag({ name: match[1], attributes: match[2] });
        }
    }

    finish(): void {
        this.carry = '';
    }
}

const START_TAG = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^<>]*)>/g;
