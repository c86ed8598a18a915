/**
 * Node only: what is in the way of an export or an import (xlsx-file.ts writes). Export never destroys
 * a file it did not make (DESIGN §6): an existing workbook is replaced without asking only when it
 * carries our mark unchanged (workbook-mark.ts); an existing .jixiao is the analyst's own work and
 * is never replaced without asking; a read-only file is never replaced at all. The caller (the
 * CLI with its --overwrite, the editor with a question) decides what asking means.
 */
import fs from 'node:fs/promises';
import { FormLimits } from './form-limits.js';
import { workbookOrigin } from './workbook-mark.js';

/**
 * - `none`: nothing there; `directory`: a folder (the write will say so);
 * - `read-only`: a file without write permission, never replaced;
 * - `ours`: a workbook an export wrote, unchanged since: replaced without asking;
 * - `changed`: a workbook an export wrote, changed since by another program;
 * - `foreign`: any other file.
 */
export type ExistingOutput = 'none' | 'directory' | 'read-only' | 'ours' | 'changed' | 'foreign';

/** What is at `path`, for an export to .xlsx. */
export async function existingWorkbook(path: string): Promise<ExistingOutput> {
    const kind = await existingFile(path);
    if (kind !== 'foreign') {
        return kind;
    }
    const size = (await fs.stat(path)).size;
    if (size > FormLimits.workbookBytes) {
        return 'foreign';
    }
    const bytes = await fs.readFile(path).catch(() => undefined);
    return bytes ? existingWorkbookOf(new Uint8Array(bytes)) : 'foreign';
}

/** What the bytes of a file already where a workbook goes are (read by whoever can reach it). */
export function existingWorkbookOf(bytes: Uint8Array): 'ours' | 'changed' | 'foreign' {
    switch (workbookOrigin(bytes)) {
        case 'jixiao': return 'ours';
        case 'jixiao-changed': return 'changed';
        default: return 'foreign';
    }
}

/** What is at `path`, for any output: a file there is `foreign` (or `read-only`). */
export async function existingFile(path: string): Promise<Exclude<ExistingOutput, 'ours' | 'changed'>> {
    const stat = await fs.stat(path).catch(() => undefined);
    if (!stat) {
        return 'none';
    }
    if (stat.isDirectory()) {
        return 'directory';
    }
    // Mode bits, not access(W_OK): root may write anything, yet a file marked read-only says the
    // owner wants it kept.
    if ((stat.mode & 0o222) === 0 || !await fs.access(path, fs.constants.W_OK).then(() => true, () => false)) {
        return 'read-only';
    }
    return 'foreign';
}
