/**
 * Hostile workbooks, made in the specs (never stored in the repository): a zip bomb as the issue
 * reproduced it (the seed's exported workbook with 8,000 × 1 MiB of spaces inserted after
 * `<sheetData>`), the same bomb with a directory that lies about the size, and workbooks whose
 * sheet asks for millions of cells. Built from the parts of a real exported workbook.
 *
 * A deflate stream of 8 GB of spaces is made without deflating 8 GB: one MiB of spaces deflated
 * with a full flush (which resets the compressor) is a block sequence that can be repeated as it
 * is, so the bomb is 8,000 copies of a few bytes between the deflated head and tail of the sheet.
 * Its CRC-32 is left 0: nothing that reads the bomb gets as far as checking it.
 */
import zlib from 'node:zlib';
import JSZip from 'jszip';

const MiB = 1024 * 1024;

export interface Part {
    name: string;
    /** Deflated bytes, or stored when `stored` is set. */
    data: Uint8Array;
    stored?: boolean;
    /** Uncompressed size and CRC-32 as the archive will claim them. */
    size: number;
    crc32: number;
}

/** The parts of a workbook, each deflated on its own, with its true size and CRC. */
export async function partsOf(workbook: Uint8Array): Promise<Part[]> {
    const zip = await JSZip.loadAsync(workbook);
    const parts: Part[] = [];
    for (const file of Object.values(zip.files)) {
        if (!file.dir) {
            const content = await file.async('uint8array');
            parts.push({ name: file.name, data: zlib.deflateRawSync(content), size: content.length, crc32: zlib.crc32(content) });
        }
    }
    return parts;
}

/**
 * The workbook with `xl/worksheets/sheet1.xml` inflating to its text plus `repeat` MiB of spaces
 * after `<sheetData>`. `claimedSize` is what the directory says the part holds (by default the
 * truth, in zip64 fields when above 4 GB).
 */
export async function zipBomb(workbook: Uint8Array, repeat: number, options: { claimedSize?: number } = {}): Promise<Uint8Array> {
    const parts = await partsOf(workbook);
    const zip = await JSZip.loadAsync(workbook);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('uint8array');
    const marker = Buffer.from(sheet).indexOf('<sheetData>') + '<sheetData>'.length;
    const flushed = (bytes: Uint8Array) => zlib.deflateRawSync(bytes, { finishFlush: zlib.constants.Z_FULL_FLUSH });
    const spaces = flushed(Buffer.alloc(MiB, 0x20));
    const deflated = Buffer.concat([
        flushed(sheet.subarray(0, marker)),
        ...Array.from({ length: repeat }, () => spaces),
        zlib.deflateRawSync(sheet.subarray(marker))
    ]);
    return zipArchive(parts.map(part => part.name === 'xl/worksheets/sheet1.xml'
        ? { name: part.name, data: deflated, size: options.claimedSize ?? sheet.length + repeat * MiB, crc32: 0 }
        : part));
}

/** The workbook with the worksheet's text replaced by `edit` of it. */
export async function withSheet(workbook: Uint8Array, edit: (xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(workbook);
    const xml = edit(await zip.file('xl/worksheets/sheet1.xml')!.async('string'));
    const content = new TextEncoder().encode(xml);
    const parts = await partsOf(workbook);
    return zipArchive(parts.map(part => part.name === 'xl/worksheets/sheet1.xml'
        ? { name: part.name, data: zlib.deflateRawSync(content), size: content.length, crc32: zlib.crc32(content) }
        : part));
}

/** A zip archive of the parts; sizes above 4 GB go into zip64 extra fields. */
export function zipArchive(parts: readonly Part[]): Uint8Array {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const part of parts) {
        const name = Buffer.from(part.name, 'utf8');
        const zip64 = part.size >= 0xffffffff;
        const extra = zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
        if (zip64) {
            extra.writeUInt16LE(0x0001, 0);
            extra.writeUInt16LE(16, 2);
            extra.writeBigUInt64LE(BigInt(part.size), 4);
            extra.writeBigUInt64LE(BigInt(part.data.length), 12);
        }
        const fields = (header: Buffer, at: number) => {
            header.writeUInt16LE(zip64 ? 45 : 20, at);
            header.writeUInt16LE(0, at + 2);
            header.writeUInt16LE(part.stored ? 0 : 8, at + 4);
            header.writeUInt32LE(0x00210000, at + 6);
            header.writeUInt32LE(part.crc32, at + 10);
            header.writeUInt32LE(zip64 ? 0xffffffff : part.data.length, at + 14);
            header.writeUInt32LE(zip64 ? 0xffffffff : part.size, at + 18);
            header.writeUInt16LE(name.length, at + 22);
            header.writeUInt16LE(extra.length, at + 24);
        };
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        fields(local, 4);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(45, 4);
        fields(central, 6);
        central.writeUInt32LE(offset, 42);
        locals.push(local, name, extra, Buffer.from(part.data));
        centrals.push(central, name, extra);
        offset += local.length + name.length + extra.length + part.data.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
