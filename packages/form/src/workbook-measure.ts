/**
 * A workbook measured before exceljs opens it. exceljs (through JSZip) inflates every part of the
 * archive whole, and makes an object for every cell a merged range or a data validation covers;
 * an archive of 8 MB that inflates to 8 GB, or one merged range A1:XFD1048576, takes the process
 * down. So every part is inflated here first, piece by piece with a cap, counting the worksheet's
 * rows, cells, merged ranges and validated ranges and the shared strings on the way, and anything
 * no form can be (FormLimits) is refused with a message that says which part and what.
 */
import { FormImportError } from './form-import-error.js';
import { EXCEL_MAX_COLUMN, EXCEL_MAX_ROW, FormLimits, formatCount as count, megabytes } from './form-limits.js';
import { inflateEntry, readZipDirectory, ZipEntryTooLarge, ZipFormatError, ZipTooManyEntries, type ZipEntry } from './zip-archive.js';

/** What exceljs's loader says about any archive it cannot read; the same words for the same fault. */
export const DAMAGED_WORKBOOK = '无法打开这个 xlsx 文件：文件已损坏或不完整。请在 Excel 中打开它并另存为 .xlsx 后重试';

const NOT_A_FORM = '不可能是申报表（可能是损坏或特意构造的文件），未导入';

/** Throws FormImportError when the workbook is larger than any form, or its archive is damaged. */
export function measureWorkbook(bytes: Uint8Array): void {
    if (bytes.length > FormLimits.workbookBytes) {
        throw new FormImportError(`文件有 ${megabytes(bytes.length)}，超过申报表工作簿的上限 ${megabytes(FormLimits.workbookBytes)}，未导入`);
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
                    ? new FormImportError(`工作簿解压后超过 ${megabytes(FormLimits.inflatedBytes)}，${NOT_A_FORM}`)
                    : new FormImportError(`工作簿中的 ${entry.name} 解压后超过 ${megabytes(FormLimits.partBytes)}，${NOT_A_FORM}`);
            }
            if (error instanceof ZipFormatError) {
                throw new FormImportError(DAMAGED_WORKBOOK);
            }
            throw error;
        }
        if (size !== entry.uncompressedSize) {
            // The directory lied about the part: a damaged archive, whatever made it so.
            throw new FormImportError(DAMAGED_WORKBOOK);
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
            throw new FormImportError(`工作簿的压缩包里有 ${count(error.count)} 个文件，申报表不会超过 ${count(FormLimits.parts)} 个，${NOT_A_FORM}`);
        }
        throw new FormImportError(DAMAGED_WORKBOOK);
    }
}

/** What the directory claims, refused before a single byte is inflated. */
function checkDeclaredSizes(entries: readonly ZipEntry[]): void {
    let total = 0;
    for (const entry of entries) {
        if (entry.uncompressedSize > FormLimits.partBytes) {
            throw new FormImportError(`工作簿中的 ${entry.name} 解压后有 ${megabytes(entry.uncompressedSize)}，超过上限 ${megabytes(FormLimits.partBytes)}，${NOT_A_FORM}`);
        }
        total += entry.uncompressedSize;
    }
    if (total > FormLimits.inflatedBytes) {
        throw new FormImportError(`工作簿解压后共有 ${megabytes(total)}，超过上限 ${megabytes(FormLimits.inflatedBytes)}，${NOT_A_FORM}`);
    }
}

/** Counts over the whole workbook. */
class WorkbookTally {
    private cells = 0;
    private validated = 0;

    addCells(added: number, part: string): void {
        this.cells += added;
        if (this.cells > FormLimits.cells) {
            throw new FormImportError(`工作簿的单元格（含合并区域）超过 ${count(FormLimits.cells)} 个（在 ${part} 处超出），${NOT_A_FORM}`);
        }
    }

    addValidatedCells(added: number, part: string): void {
        this.validated += added;
        if (this.validated > FormLimits.validatedCells) {
            throw new FormImportError(`工作簿的数据验证区域超过 ${count(FormLimits.validatedCells)} 个单元格（在 ${part} 处超出），${NOT_A_FORM}`);
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
                throw new FormImportError(`工作簿的共享字符串表（${name}）超过 ${count(FormLimits.sharedStrings)} 项，${NOT_A_FORM}`);
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
    const refuse = (what: string) => new FormImportError(`工作表（${part}）${what}，${NOT_A_FORM}`);
    return tag => {
        switch (tag.name) {
            case 'row': {
                if (++rows > FormLimits.rowsPerSheet) {
                    throw refuse(`超过 ${count(FormLimits.rowsPerSheet)} 行`);
                }
                const number = attribute(tag.attributes, 'r');
                if (number !== undefined && !(Number(number) <= EXCEL_MAX_ROW)) {
                    throw refuse(`有第 ${clip(number)} 行，超出 Excel 的 ${count(EXCEL_MAX_ROW)} 行`);
                }
                return;
            }
            case 'c': {
                const reference = attribute(tag.attributes, 'r');
                if (reference !== undefined && !cellReference(reference)) {
                    throw refuse(`有单元格“${clip(reference)}”，超出 Excel 的 ${count(EXCEL_MAX_ROW)} 行、${count(EXCEL_MAX_COLUMN)} 列`);
                }
                tally.addCells(1, part);
                return;
            }
            case 'col': {
                // exceljs makes a column object for each column from min to max.
                const max = attribute(tag.attributes, 'max');
                if (max !== undefined && !(Number(max) <= EXCEL_MAX_COLUMN)) {
                    throw refuse(`定义了第 ${clip(max)} 列，超出 Excel 的 ${count(EXCEL_MAX_COLUMN)} 列`);
                }
                return;
            }
            case 'mergeCell': {
                if (++merges > FormLimits.mergesPerSheet) {
                    throw refuse(`有超过 ${count(FormLimits.mergesPerSheet)} 个合并区域`);
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
            throw new FormImportError(`工作表（${part}）的区域“${clip(range)}”无法识别，${NOT_A_FORM}`);
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
            throw new FormImportError(`工作簿中有一个超过 ${megabytes(MAX_TAG_LENGTH)} 的 XML 标记，${NOT_A_FORM}`);
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
