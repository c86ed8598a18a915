/**
 * Running the `jixiao` command line inside the test process (against the TypeScript sources, so
 * no build is needed), and a fresh temporary folder per spec.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { main } from '../../packages/cli/src/main.js';

export interface CliResult {
    code: number;
    stdout: string;
    stderr: string;
}

/** Runs `jixiao ARGS` and returns its exit code and what it printed. */
export async function jixiao(...args: string[]): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(chunk => { stdout += String(chunk); return true; });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(chunk => { stderr += String(chunk); return true; });
    try {
        const code = await main(['node', 'jixiao', ...args]);
        return { code, stdout, stderr };
    } finally {
        out.mockRestore();
        err.mockRestore();
    }
}

export interface TempFolder {
    /** The folder of the running spec. */
    readonly path: string;
    /** Writes a file (creating sub-folders) and returns its path. */
    write(name: string, content: string | Uint8Array): string;
}

/** A new empty folder before each spec of the file, removed after it. */
export function useTempFolder(prefix: string): TempFolder {
    let current = '';
    beforeEach(() => { current = mkdtempSync(path.join(tmpdir(), `jixiao-${prefix}-`)); });
    afterEach(() => rmSync(current, { recursive: true, force: true }));
    return {
        get path() { return current; },
        write(name, content) {
            const file = path.join(current, name);
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, content);
            return file;
        }
    };
}
