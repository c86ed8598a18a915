/**
 * Just enough of the zip format to look inside an .xlsx before anything inflates it, and to add a
 * part to a workbook exceljs wrote: the central directory (zip64 included), each entry's data,
 * inflation with a cap on what comes out, and a rewrite that copies untouched entries byte for
 * byte. Plain Uint8Array and pako, no Node modules, so the browser page can use it too.
 */
import pako from 'pako';

/** An entry as the central directory lists it. Sizes are what the archive claims, not facts. */
export interface ZipEntry {
    readonly name: string;
    /** 0 stored, 8 deflated; anything else no spreadsheet program writes. */
    readonly method: number;
    readonly flags: number;
    readonly crc32: number;
    readonly compressedSize: number;
    readonly uncompressedSize: number;
    /** Where the entry's local header starts in the archive. */
    readonly localHeaderOffset: number;
    /** The central directory record as it is, for copying. */
    readonly centralRecord: Uint8Array;
}

/** The bytes are not a zip archive this module can read (cut short, damaged, or not a zip). */
export class ZipFormatError extends Error {}

/** The directory claims more entries than the caller allows; none of them was read. */
export class ZipTooManyEntries extends Error {
    constructor(readonly count: number) {
        super(`${count} entries`);
    }
}

/** More came out of an entry than the caller allows. */
export class ZipEntryTooLarge extends Error {
    constructor(readonly entry: ZipEntry, readonly limit: number) {
        super(`${entry.name} inflates to more than ${limit} bytes`);
    }
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const DATA_DESCRIPTOR_FLAG = 0x0008;

export const ZIP_STORED = 0;
export const ZIP_DEFLATED = 8;

/**
 * The entries of the archive, from its central directory. Nothing is inflated. An archive that
 * claims more than `maxEntries` entries is ZipTooManyEntries before any of them is read.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): ZipEntry[] {
    const view = viewOf(bytes);
    const end = findEndOfDirectory(bytes, view);
    let count = view.getUint16(end + 10, true);
    let directorySize = view.getUint32(end + 12, true);
    let directoryOffset = view.getUint32(end + 16, true);
    let directoryEnd = end;
    const locator = end - 20;
    if (locator >= 0 && view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
        const zip64End = safeNumber(view.getBigUint64(locator + 8, true));
        if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== ZIP64_END_OF_DIRECTORY) {
            throw new ZipFormatError('zip64 end of central directory not found');
        }
        count = safeNumber(view.getBigUint64(zip64End + 32, true));
        directorySize = safeNumber(view.getBigUint64(zip64End + 40, true));
        directoryOffset = safeNumber(view.getBigUint64(zip64End + 48, true));
        directoryEnd = zip64End;
    }
    if (count > maxEntries) {
        throw new ZipTooManyEntries(count);
    }
    // Bytes in front of the archive (a self-extractor stub) shift every offset; readers such as
    // JSZip allow for them, so this does too.
    const shift = directoryEnd - directorySize - directoryOffset;
    if (shift < 0) {
        throw new ZipFormatError('central directory outside the file');
    }
    const entries: ZipEntry[] = [];
    let position = directoryOffset + shift;
    for (let index = 0; index < count; index++) {
        if (position + 46 > bytes.length || view.getUint32(position, true) !== CENTRAL_HEADER) {
            throw new ZipFormatError('central directory entry not found');
        }
        const nameLength = view.getUint16(position + 28, true);
        const extraLength = view.getUint16(position + 30, true);
        const commentLength = view.getUint16(position + 32, true);
        const recordEnd = position + 46 + nameLength + extraLength + commentLength;
        if (recordEnd > bytes.length) {
            throw new ZipFormatError('central directory entry cut short');
        }
        let compressedSize = view.getUint32(position + 20, true);
        let uncompressedSize = view.getUint32(position + 24, true);
        let localHeaderOffset = view.getUint32(position + 42, true);
        const extra = bytes.subarray(position + 46 + nameLength, position + 46 + nameLength + extraLength);
        const zip64 = zip64Field(extra);
        if (zip64) {
            // The zip64 field holds, in this order, only the values the record marks as 0xFFFFFFFF.
            let field = 0;
            const next = () => safeNumber(zip64.getBigUint64(8 * field++, true));
            if (uncompressedSize === 0xffffffff) uncompressedSize = next();
            if (compressedSize === 0xffffffff) compressedSize = next();
            if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
        }
        entries.push({
            name: new TextDecoder().decode(bytes.subarray(position + 46, position + 46 + nameLength)),
            method: view.getUint16(position + 10, true),
            flags: view.getUint16(position + 8, true),
            crc32: view.getUint32(position + 16, true),
            compressedSize,
            uncompressedSize,
            localHeaderOffset: localHeaderOffset + shift,
            centralRecord: bytes.subarray(position, recordEnd)
        });
        position = recordEnd;
    }
    return entries;
}

/** The entry's bytes as stored in the archive (compressed, for a deflated entry). */
export function storedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
    const view = viewOf(bytes);
    const header = entry.localHeaderOffset;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) {
        throw new ZipFormatError(`local header of ${entry.name} not found`);
    }
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) {
        throw new ZipFormatError(`${entry.name} is cut short`);
    }
    return bytes.subarray(start, end);
}

/**
 * Inflates an entry, handing each piece to `onChunk`, and stops as soon as more than `limit` bytes
 * have come out (ZipEntryTooLarge): a zip bomb costs at most `limit` bytes of work and one piece
 * of memory, whatever its directory claims. Returns the number of bytes the entry really holds.
 * Damaged deflate data is a ZipFormatError.
 *
 * pako (the inflater JSZip and so exceljs use) rather than DecompressionStream: its 'deflate-raw'
 * format came to Chrome in 103, Firefox in 113 and Safari in 16.4, after the oldest browsers the
 * page supports; pako runs the same everywhere.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number, onChunk?: (chunk: Uint8Array) => void): number {
    const data = storedData(bytes, entry);
    if (entry.method === ZIP_STORED) {
        if (data.length > limit) {
            throw new ZipEntryTooLarge(entry, limit);
        }
        for (let offset = 0; offset < data.length; offset += INPUT_SLICE) {
            onChunk?.(data.subarray(offset, offset + INPUT_SLICE));
        }
        return data.length;
    }
    if (entry.method !== ZIP_DEFLATED) {
        throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
    }
    let total = 0;
    const inflater = new pako.Inflate({ raw: true, chunkSize: INPUT_SLICE });
    // Called for every piece as it comes out; throwing stops the inflater where it is.
    inflater.onData = (chunk: Uint8Array) => {
        total += chunk.length;
        if (total > limit) {
            throw new ZipEntryTooLarge(entry, limit);
        }
        onChunk?.(chunk);
    };
    // Fed in slices, so that however well a slice compresses (deflate reaches about 1:1000), what
    // is inflated before the cap is checked stays small.
    for (let offset = 0; offset < data.length; offset += INPUT_SLICE) {
        inflater.push(data.subarray(offset, offset + INPUT_SLICE), offset + INPUT_SLICE >= data.length);
        if (inflater.err) {
            throw new ZipFormatError(`${entry.name}: ${inflater.msg}`);
        }
    }
    if (data.length === 0) {
        inflater.push(data, true);
    }
    if (inflater.err) {
        throw new ZipFormatError(`${entry.name}: ${inflater.msg}`);
    }
    return total;
}

const INPUT_SLICE = 16 * 1024;

/** The whole entry, for small parts only (the caller gives the cap). */
export function entryBytes(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
    const chunks: Uint8Array[] = [];
    const length = inflateEntry(bytes, entry, limit, chunk => chunks.push(chunk.slice()));
    return concat(chunks, length);
}

/**
 * The archive with some entries replaced or added (stored, uncompressed) and every other entry
 * copied as it is, compressed data and all. Entries keep their order (readers that sniff the
 * first entry still see [Content_Types].xml first); added ones come last. For archives this
 * program wrote (small, no zip64).
 */
export function rewriteZip(bytes: Uint8Array, entries: readonly ZipEntry[], replacements: ReadonlyMap<string, Uint8Array>): Uint8Array {
    const parts: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    const add = (part: Uint8Array) => {
        parts.push(part);
        offset += part.length;
    };
    // New entries take the time stamp of the archive's first entry.
    const modified = entries.length > 0 ? viewOf(entries[0].centralRecord).getUint32(12, true) : DOS_EPOCH;
    const addNew = (name: string, data: Uint8Array) => {
        const nameBytes = new TextEncoder().encode(name);
        const crc = crc32(data);
        const localOffset = offset;
        add(localHeader(ZIP_STORED, UTF8_NAME_FLAG, modified, crc, data.length, data.length, nameBytes));
        add(data);
        central.push(centralHeader(modified, crc, data.length, nameBytes, localOffset));
    };
    for (const entry of entries) {
        const replacement = replacements.get(entry.name);
        if (replacement) {
            addNew(entry.name, replacement);
            continue;
        }
        const data = storedData(bytes, entry);
        const localOffset = offset;
        // Sizes and CRC go into the local header, so a data descriptor after the data is not needed.
        const flags = entry.flags & ~DATA_DESCRIPTOR_FLAG;
        add(localHeader(entry.method, flags, viewOf(entry.centralRecord).getUint32(12, true), entry.crc32, entry.compressedSize, entry.uncompressedSize, localNameAndExtra(bytes, entry)));
        add(data);
        const record = entry.centralRecord.slice();
        const view = viewOf(record);
        view.setUint16(8, flags, true);
        view.setUint32(42, localOffset, true);
        central.push(record);
    }
    const present = new Set(entries.map(entry => entry.name));
    for (const [name, data] of replacements) {
        if (!present.has(name)) {
            addNew(name, data);
        }
    }
    const directoryOffset = offset;
    central.forEach(add);
    const end = new Uint8Array(22);
    const view = viewOf(end);
    view.setUint32(0, END_OF_DIRECTORY, true);
    view.setUint16(8, central.length, true);
    view.setUint16(10, central.length, true);
    view.setUint32(12, offset - directoryOffset, true);
    view.setUint32(16, directoryOffset, true);
    add(end);
    return concat(parts, offset);
}

const UTF8_NAME_FLAG = 0x0800;
/** MS-DOS time and date of 1 January 1980, the zip format's zero. */
const DOS_EPOCH = 0x21 << 16;

function localHeader(method: number, flags: number, modified: number, crc: number, compressed: number, uncompressed: number, nameAndExtra: Uint8Array | { name: Uint8Array; extra: Uint8Array }): Uint8Array {
    const { name, extra } = nameAndExtra instanceof Uint8Array ? { name: nameAndExtra, extra: new Uint8Array(0) } : nameAndExtra;
    const header = new Uint8Array(30 + name.length + extra.length);
    const view = viewOf(header);
    view.setUint32(0, LOCAL_HEADER, true);
    writeEntryFields(view, 4, { method, flags, modified, crc, compressed, uncompressed, nameLength: name.length, extraLength: extra.length });
    header.set(name, 30);
    header.set(extra, 30 + name.length);
    return header;
}

function centralHeader(modified: number, crc: number, size: number, name: Uint8Array, localOffset: number): Uint8Array {
    const record = new Uint8Array(46 + name.length);
    const view = viewOf(record);
    view.setUint32(0, CENTRAL_HEADER, true);
    view.setUint16(4, 20, true);
    writeEntryFields(view, 6, { method: ZIP_STORED, flags: UTF8_NAME_FLAG, modified, crc, compressed: size, uncompressed: size, nameLength: name.length, extraLength: 0 });
    view.setUint32(42, localOffset, true);
    record.set(name, 46);
    return record;
}

/** The fields local and central headers share, from "version needed" to the extra field's length. */
function writeEntryFields(view: DataView, at: number, fields: {
    method: number; flags: number; modified: number; crc: number; compressed: number; uncompressed: number; nameLength: number; extraLength: number;
}): void {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, fields.flags, true);
    view.setUint16(at + 4, fields.method, true);
    view.setUint32(at + 6, fields.modified, true);
    view.setUint32(at + 10, fields.crc, true);
    view.setUint32(at + 14, fields.compressed, true);
    view.setUint32(at + 18, fields.uncompressed, true);
    view.setUint16(at + 22, fields.nameLength, true);
    view.setUint16(at + 24, fields.extraLength, true);
}

function localNameAndExtra(bytes: Uint8Array, entry: ZipEntry): { name: Uint8Array; extra: Uint8Array } {
    const view = viewOf(bytes);
    const header = entry.localHeaderOffset;
    const nameLength = view.getUint16(header + 26, true);
    const extraLength = view.getUint16(header + 28, true);
    return {
        name: bytes.subarray(header + 30, header + 30 + nameLength),
        extra: bytes.subarray(header + 30 + nameLength, header + 30 + nameLength + extraLength)
    };
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
    // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
    const earliest = Math.max(0, bytes.length - 22 - 0xffff);
    for (let position = bytes.length - 22; position >= earliest; position--) {
        if (view.getUint32(position, true) === END_OF_DIRECTORY) {
            return position;
        }
    }
    throw new ZipFormatError('end of central directory not found');
}

function zip64Field(extra: Uint8Array): DataView | undefined {
    const view = viewOf(extra);
    for (let position = 0; position + 4 <= extra.length;) {
        const id = view.getUint16(position, true);
        const size = view.getUint16(position + 2, true);
        if (id === ZIP64_EXTRA) {
            return new DataView(extra.buffer, extra.byteOffset + position + 4, Math.min(size, extra.length - position - 4));
        }
        position += 4 + size;
    }
    return undefined;
}

function safeNumber(value: bigint): number {
    // Anything beyond 2^53 is far beyond every limit that is checked against it.
    return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function viewOf(bytes: Uint8Array): DataView {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
    const result = new Uint8Array(length);
    let offset = 0;
    for (const part of parts) {
        result.set(part, offset);
        offset += part.length;
    }
    return result;
}

const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++) {
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        }
        table[n] = c >>> 0;
    }
    return table;
})();

/** The CRC-32 zip uses. */
export function crc32(bytes: Uint8Array): number {
    let crc = 0xffffffff;
    for (let index = 0; index < bytes.length; index++) {
        crc = CRC_TABLE[(crc ^ bytes[index]) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
}
