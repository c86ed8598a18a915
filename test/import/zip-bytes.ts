/**
 * A minimal zip archive (stored, not compressed), to make files that are zips but not workbooks:
 * a Word document, an archive of other files.
 */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) {
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
    let crc = 0xffffffff;
    for (const byte of bytes) {
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
}

export function zipBytes(entries: Record<string, string>): Uint8Array {
    const encoder = new TextEncoder();
    const locals: number[] = [];
    const central: number[] = [];
    const u16 = (value: number) => [value & 0xff, (value >>> 8) & 0xff];
    const u32 = (value: number) => [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
    for (const [name, text] of Object.entries(entries)) {
        const nameBytes = encoder.encode(name);
        const data = encoder.encode(text);
        const crc = crc32(data);
        const offset = locals.length;
        const common = [...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(crc), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length), ...u16(0)];
        locals.push(...u32(0x04034b50), ...common, ...nameBytes, ...data);
        central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
    }
    const count = Object.keys(entries).length;
    const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(locals.length), ...u16(0)];
    return new Uint8Array([...locals, ...central, ...end]);
}
