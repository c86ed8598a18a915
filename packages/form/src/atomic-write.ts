/**
 * Writes a file so that the destination is either the old file or the complete new one, never
 * half a file: the bytes go to a temporary file in the same folder (same file system, so the
 * rename is atomic), which is then renamed over the destination. On failure the temporary file is
 * removed and the error (with its errno code) is passed on for the caller to explain.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export async function writeFileAtomically(destination: string, data: Uint8Array): Promise<void> {
    const folder = path.dirname(destination);
    const temporary = path.join(folder, `.${path.basename(destination)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        // 'wx': never write through a file someone else created under this name.
        await fs.writeFile(temporary, data, { flag: 'wx' });
        await fs.rename(temporary, destination);
    } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}
