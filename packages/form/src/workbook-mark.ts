/**
 * The mark that tells our workbooks from everyone else's (DESIGN §6: export never destroys a file
 * it did not make). Every exported workbook carries a custom document property, `JixiaoExport`
 * (Excel: 文件 → 信息 → 属性 → 高级属性 → 自定义), whose value holds a fingerprint of all other
 * parts of the archive: their names, CRC-32s and sizes. A workbook whose fingerprint still matches
 * is exactly what an export wrote and can be replaced by the next export; a workbook without the
 * mark (the user's own, the form a declaration was imported from), or whose parts have changed
 * since (opened and saved in Excel or WPS, edited by hand), is not replaced without asking.
 *
 * exceljs has no custom properties, so the part is added to the archive exceljs wrote; the other
 * parts are copied byte for byte. No Node modules: the browser page exports the same workbook.
 */
import { crc32, entryBytes, readZipDirectory, rewriteZip, type ZipEntry } from './zip-archive.js';

export const EXPORT_MARK_PROPERTY = 'JixiaoExport';

/** Who made the workbook: us, unchanged since; us, changed since; or someone else. */
export type WorkbookOrigin = 'jixiao' | 'jixiao-changed' | 'other';

const CUSTOM_PART = 'docProps/custom.xml';
const CONTENT_TYPES_PART = '[Content_Types].xml';
const PACKAGE_RELATIONSHIPS_PART = '_rels/.rels';
/** Small parts only are read to find the mark; a larger one is not ours. */
const MAX_MARK_PART_BYTES = 64 * 1024;
const MARK_VERSION = 'jixiao-export/1';

/** The workbook exceljs wrote, with the mark added. */
export function markWorkbook(bytes: Uint8Array): Uint8Array {
    const entries = readZipDirectory(bytes);
    const text = (name: string) => new TextDecoder().decode(entryBytes(bytes, entryNamed(entries, name)!, MAX_MARK_PART_BYTES));
    const contentTypes = text(CONTENT_TYPES_PART).replace('</Types>',
        `<Override PartName="/${CUSTOM_PART}" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`);
    const relationships = text(PACKAGE_RELATIONSHIPS_PART).replace('</Relationships>',
        `<Relationship Id="rIdJixiaoExport" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="${CUSTOM_PART}"/></Relationships>`);
    const replaced = new Map<string, Uint8Array>([
        [CONTENT_TYPES_PART, new TextEncoder().encode(contentTypes)],
        [PACKAGE_RELATIONSHIPS_PART, new TextEncoder().encode(relationships)]
    ]);
    const parts = [
        ...entries.filter(entry => !replaced.has(entry.name)).map(entry => ({ name: entry.name, crc32: entry.crc32, size: entry.uncompressedSize })),
        ...[...replaced].map(([name, data]) => ({ name, crc32: crc32(data), size: data.length }))
    ];
    replaced.set(CUSTOM_PART, new TextEncoder().encode(customPropertiesXml(`${MARK_VERSION} ${fingerprint(parts)}`)));
    return rewriteZip(bytes, entries, replaced);
}

/** Whether these bytes are a workbook an export wrote, and whether it has changed since. */
export function workbookOrigin(bytes: Uint8Array): WorkbookOrigin {
    try {
        const entries = readZipDirectory(bytes, 10_000);
        const custom = entryNamed(entries, CUSTOM_PART);
        if (!custom || custom.uncompressedSize > MAX_MARK_PART_BYTES) {
            return 'other';
        }
        const xml = new TextDecoder().decode(entryBytes(bytes, custom, MAX_MARK_PART_BYTES));
        const mark = new RegExp(`name="${EXPORT_MARK_PROPERTY}"[^>]*>\\s*<vt:lpwstr>${MARK_VERSION} ([0-9a-f]{8})</vt:lpwstr>`).exec(xml);
        if (!mark) {
            return 'other';
        }
        const parts = entries.filter(entry => entry.name !== CUSTOM_PART)
            .map(entry => ({ name: entry.name, crc32: entry.crc32, size: entry.uncompressedSize }));
        return fingerprint(parts) === mark[1] ? 'jixiao' : 'jixiao-changed';
    } catch {
        // Not a zip, or a damaged one: certainly not a workbook we wrote and left alone.
        return 'other';
    }
}

/** CRC-32 over every part's name, CRC-32 and size, in name order. */
function fingerprint(parts: ReadonlyArray<{ name: string; crc32: number; size: number }>): string {
    const lines = [...parts]
        .sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
        .map(part => `${part.name}\t${part.crc32.toString(16)}\t${part.size}\n`)
        .join('');
    return crc32(new TextEncoder().encode(lines)).toString(16).padStart(8, '0');
}

function entryNamed(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
    return entries.find(entry => entry.name === name);
}

function customPropertiesXml(value: string): string {
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        + 'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        + `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${EXPORT_MARK_PROPERTY}"><vt:lpwstr>${value}</vt:lpwstr></property>`
        + '</Properties>';
}
