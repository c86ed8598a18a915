/**
 * What an import file is, decided by its bytes, not its name: an xlsx workbook (a zip that holds
 * xl/workbook.xml), or text (UTF-8 or UTF-16 with or without a byte-order mark; GB18030 as Chinese
 * Windows saves it, when it reads as a form). Anything else — an empty file, an image, a PDF, an
 * old .xls, a Word document, another zip, binary data — gets a message saying what it is.
 */
import { FormImportError } from './form-import-error.js';
import type { Message } from 'jixiao-language';
import { FormLabels } from './form-labels.js';
import { ImportMessages } from './form-import-messages.js';
import { FormLimits, formatCount as count, megabytes } from './form-limits.js';

export type ImportContent = { kind: 'xlsx' } | { kind: 'text'; text: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/** An OLE compound file: an old .xls or .doc, or an .xlsx saved with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/**
 * Excel encrypts a password-protected .xlsx into an OLE compound file with the streams
 * EncryptionInfo and EncryptedPackage; their names are in the directory as UTF-16LE.
 */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap(char => [char.charCodeAt(0), 0]);

/** Known kinds of files that are not a form, by their first bytes. */
const FOREIGN_SIGNATURES: ReadonlyArray<{ bytes: number[]; what: Message; advice?: Message }> = [
    { bytes: [0x89, 0x50, 0x4e, 0x47], what: { zh: '一张 PNG 图片', en: 'a PNG image' } },
    { bytes: [0xff, 0xd8, 0xff], what: { zh: '一张 JPEG 图片', en: 'a JPEG image' } },
    { bytes: [0x47, 0x49, 0x46, 0x38], what: { zh: '一张 GIF 图片', en: 'a GIF image' } },
    { bytes: [0x25, 0x50, 0x44, 0x46], what: { zh: '一个 PDF 文件', en: 'a PDF file' } },
    {
        bytes: OLE_MAGIC,
        what: { zh: '旧版 Office 文件（.xls 或 .doc）', en: 'an old Office file (.xls or .doc)' },
        advice: ImportMessages.saveAsXlsxAdvice
    },
    { bytes: [0x52, 0x61, 0x72, 0x21], what: { zh: '一个 RAR 压缩包', en: 'a RAR archive' } },
    { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: { zh: '一个 7z 压缩包', en: 'a 7z archive' } },
    { bytes: [0x1f, 0x8b], what: { zh: '一个 gzip 压缩文件', en: 'a gzip file' } },
    { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: { zh: '一个 RTF 文档', en: 'an RTF document' }, advice: ImportMessages.copyAsTextAdvice }
];

export function identifyContent(bytes: Uint8Array): ImportContent {
    if (bytes.length === 0) {
        throw new FormImportError(ImportMessages.emptyFile);
    }
    if (startsWith(bytes, ZIP_MAGIC)) {
        return identifyZip(bytes);
    }
    if (startsWith(bytes, EMPTY_ZIP_MAGIC)) {
        throw new FormImportError(ImportMessages.emptyZip);
    }
    refuseForeignFormats(bytes);
    if (bytes.length > FormLimits.textBytes) {
        // Refused before decoding: split into rows, 50 MB of empty lines took gigabytes.
        throw new FormImportError(ImportMessages.textTooLarge(megabytes(bytes.length), megabytes(FormLimits.textBytes)));
    }
    const text = decodeText(bytes);
    const lines = lineCount(text);
    if (lines > FormLimits.textLines) {
        throw new FormImportError(ImportMessages.textTooManyLines(count(lines), count(FormLimits.textLines)));
    }
    if (text.trim() === '') {
        throw new FormImportError(ImportMessages.onlyWhitespace);
    }
    return { kind: 'text', text };
}

/** A zip is an xlsx when its entries name the workbook part; a Word or other zip is not. */
function identifyZip(bytes: Uint8Array): ImportContent {
    // Entry names are stored in plain ASCII in the local headers and the central directory.
    const names = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)))
        + new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - (1 << 16))));
    if (names.includes('xl/workbook.xml') || names.includes('xl/worksheets/')) {
        return { kind: 'xlsx' };
    }
    if (names.includes('word/document.xml')) {
        throw new FormImportError(ImportMessages.wordDocument);
    }
    if (names.includes('ppt/presentation.xml')) {
        throw new FormImportError(ImportMessages.powerPoint);
    }
    if (names.includes('content.xml') && names.includes('mimetype')) {
        throw new FormImportError(ImportMessages.openDocument);
    }
    if (names.includes('[Content_Types].xml') || bytes.length < 200) {
        // A zip whose directory cannot be seen (cut short) or an Office file of another kind: let
        // the workbook loader say what is wrong with it.
        return { kind: 'xlsx' };
    }
    throw new FormImportError(ImportMessages.otherZip);
}

/** An image, a PDF, an old or password-protected Office file…: said what it is. */
function refuseForeignFormats(bytes: Uint8Array): void {
    if (startsWith(bytes, OLE_MAGIC) && containsBytes(bytes, ENCRYPTED_PACKAGE)) {
        throw new FormImportError(ImportMessages.encryptedWorkbook);
    }
    const signature = FOREIGN_SIGNATURES.find(candidate => startsWith(bytes, candidate.bytes));
    if (signature) {
        throw new FormImportError(ImportMessages.foreignFile(signature.what, signature.advice ?? ImportMessages.notAFormAdvice));
    }
}

function decodeText(bytes: Uint8Array): string {
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
        return strictDecode('utf-8', bytes.subarray(3), 'UTF-8');
    }
    if (startsWith(bytes, [0xff, 0xfe])) {
        return strictDecode('utf-16le', bytes.subarray(2), 'UTF-16');
    }
    if (startsWith(bytes, [0xfe, 0xff])) {
        return strictDecode('utf-16be', bytes.subarray(2), 'UTF-16');
    }
    const utf16 = utf16WithoutMark(bytes);
    if (utf16 !== undefined) {
        return utf16;
    }
    if (looksBinary(bytes)) {
        throw new FormImportError(ImportMessages.binaryFile);
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        // Not UTF-8: Chinese Windows saves text as GB18030 (GBK). Accept it only when it then
        // reads as a form, so that a binary file is not mistaken for text.
        const text = new TextDecoder('gb18030').decode(bytes);
        if (text.includes(FormLabels.departmentName) || text.includes('绩效目标申报表')) {
            return text;
        }
        throw new FormImportError(ImportMessages.unknownEncoding);
    }
}

/** Lines as the pasted-text reader splits them: LF, CRLF or a lone CR ends a line. */
function lineCount(text: string): number {
    let lines = 1;
    for (let index = 0; index < text.length; index++) {
        const code = text.charCodeAt(index);
        if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
            lines++;
        }
    }
    return lines;
}

function strictDecode(encoding: string, bytes: Uint8Array, label: string): string {
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
        throw new FormImportError(ImportMessages.badEncoding(label));
    }
}

/**
 * UTF-16 without a byte-order mark (Notepad's “Unicode” without a BOM, some clipboard tools): the
 * tabs, line breaks and digits of a form are ASCII, whose second byte (LE) or first byte (BE) is
 * zero, while a Chinese character has a zero byte only when its code ends in 00 (一 is U+4E00).
 * So zeros mostly on one side, and text that decodes cleanly with tabs or line breaks in it, is
 * UTF-16.
 */
function utf16WithoutMark(bytes: Uint8Array): string | undefined {
    if (bytes.length < 4 || bytes.length % 2 !== 0) {
        return undefined;
    }
    let evenZeros = 0;
    let oddZeros = 0;
    const sample = Math.min(bytes.length, 1 << 16);
    for (let index = 0; index < sample; index++) {
        if (bytes[index] === 0) {
            if (index % 2 === 0) {
                evenZeros++;
            } else {
                oddZeros++;
            }
        }
    }
    const encoding = oddZeros > 4 * evenZeros ? 'utf-16le' : evenZeros > 4 * oddZeros ? 'utf-16be' : undefined;
    if (!encoding) {
        return undefined;
    }
    let text: string;
    try {
        text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
        return undefined;
    }
    // eslint-disable-next-line no-control-regex
    const controls = (text.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
    return /[\t\n]/.test(text) && !text.includes('\u0000') && controls <= text.length / 100 + 2 ? text : undefined;
}

function containsBytes(bytes: Uint8Array, needle: readonly number[]): boolean {
    const first = needle[0];
    for (let index = bytes.indexOf(first); index >= 0 && index + needle.length <= bytes.length; index = bytes.indexOf(first, index + 1)) {
        if (needle.every((byte, offset) => bytes[index + offset] === byte)) {
            return true;
        }
    }
    return false;
}

/** NUL bytes or many control characters: not text anyone pasted. */
function looksBinary(bytes: Uint8Array): boolean {
    const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
    let controls = 0;
    for (const byte of sample) {
        if (byte === 0) {
            return true;
        }
        if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
            controls++;
        }
    }
    return controls > sample.length / 100 + 2;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
    return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}
