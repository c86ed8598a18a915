/**
 * Writes a file so that the destination is either the old file or the complete new one, never
 * half a file: the bytes go to a temporary file in the same folder (same file system, so the
 * rename is atomic), which is then renamed over the destination. On failure the temporary file is
 * removed and the error (with its errno code) is passed on for the caller to explain. A replaced
 * file keeps its permissions.
 *
 * A process killed between the two steps (kill -9, a power cut) cannot remove its temporary file,
 * and Node cannot create one that the file system forgets on its own. So the name says whose it
 * is — `.NAME.PID.RANDOM.tmp`, hidden beside NAME — and every write to NAME first removes the
 * temporaries of NAME whose process is gone: a crash leaves at most one stray file, until the next
 * export or import of the same file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export async function writeFileAtomically(destination: string, data: Uint8Array): Promise<void> {
    const folder = path.dirname(destination);
    const name = path.basename(destination);
    await removeStaleTemporaries(folder, name);
    const temporary = path.join(folder, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        // 'wx': never write through a file someone else created under this name.
        await fs.writeFile(temporary, data, { flag: 'wx' });
        const replaced = await fs.stat(destination).catch(() => undefined);
        if (replaced?.isFile()) {
            await fs.chmod(temporary, replaced.mode & 0o7777);
        }
        await fs.rename(temporary, destination);
    } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}

/** A day: no write takes that long, so an older temporary is stale even if its PID was reused. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Removes `.NAME.PID.RANDOM.tmp` files in the folder left by processes that no longer run. */
export async function removeStaleTemporaries(folder: string, name: string): Promise<string[]> {
    let entries: string[];
    try {
        entries = await fs.readdir(folder);
    } catch {
        return [];
    }
    const prefix = `.${name}.`;
    const removed: string[] = [];
    for (const entry of entries) {
        const match = entry.startsWith(prefix) ? /^(\d+)\.[0-9a-f]{8}\.tmp$/.exec(entry.slice(prefix.length)) : null;
        if (!match) {
            continue;
        }
        const file = path.join(folder, entry);
        const stat = await fs.lstat(file).catch(() => undefined);
        if (!stat?.isFile()) {
            continue;
        }
        if (isRunning(Number(match[1])) && Date.now() - stat.mtimeMs < STALE_AFTER_MS) {
            continue;
        }
        await fs.rm(file, { force: true }).then(() => removed.push(file), () => undefined);
    }
    return removed;
}

function isRunning(pid: number): boolean {
    if (pid === process.pid) {
        // Another write of this process, still under way.
        return true;
    }
    try {
        process.kill(pid, 0);
        return true;
    } catch (error) {
        // EPERM: it runs, as another user.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
}
