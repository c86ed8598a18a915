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

export type ImportContent = { kind: 'xlsx' } | { kind: 'text'; text: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

/** Known kinds of files that are not a form, by their first bytes. */
const FOREIGN_SIGNATURES: ReadonlyArray<{ bytes: number[]; what: Message; advice?: Message }> = [
    { bytes: [0x89, 0x50, 0x4e, 0x47], what: { zh: '一张 PNG 图片', en: 'a PNG image' } },
    { bytes: [0xff, 0xd8, 0xff], what: { zh: '一张 JPEG 图片', en: 'a JPEG image' } },
    { bytes: [0x47, 0x49, 0x46, 0x38], what: { zh: '一张 GIF 图片', en: 'a GIF image' } },
    { bytes: [0x25, 0x50, 0x44, 0x46], what: { zh: '一个 PDF 文件', en: 'a PDF file' } },
    {
        bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
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
    const text = decodeText(bytes);
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

function decodeText(bytes: Uint8Array): string {
    const signature = FOREIGN_SIGNATURES.find(candidate => startsWith(bytes, candidate.bytes));
    if (signature) {
        throw new FormImportError(ImportMessages.foreignFile(signature.what, signature.advice ?? ImportMessages.notAFormAdvice));
    }
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
    if (utf16) {
        return strictDecode(utf16, bytes, 'UTF-16');
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

function strictDecode(encoding: string, bytes: Uint8Array, label: string): string {
    try {
        return new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
        throw new FormImportError(ImportMessages.badEncoding(label));
    }
}

/** UTF-16 without a byte-order mark: every other byte is zero in ASCII-heavy text such as tabs and digits. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
    if (bytes.length < 4 || bytes.length % 2 !== 0) {
        return undefined;
    }
    let evenZeros = 0;
    let oddZeros = 0;
    const sample = Math.min(bytes.length, 4096);
    for (let index = 0; index < sample; index++) {
        if (bytes[index] === 0) {
            if (index % 2 === 0) {
                evenZeros++;
            } else {
                oddZeros++;
            }
        }
    }
    const half = sample / 2;
    if (oddZeros > half * 0.3 && evenZeros === 0) {
        return 'utf-16le';
    }
    if (evenZeros > half * 0.3 && oddZeros === 0) {
        return 'utf-16be';
    }
    return undefined;
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
