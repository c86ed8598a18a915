/**
 * `jixiao check` over a folder of 1,000 declarations, as one child process running the real CLI
 * (`node packages/cli/bin/jixiao.js check FOLDER`): node's start-up, reading, parsing, validating
 * and printing the summary table, measured from spawn to exit.
 *
 * The files are a reviewer's folder: generated declarations of 20 to 120 indicators (the seed has
 * 33), each from its own seed, written to a temporary folder that is removed afterwards.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDeclaration } from './generate-declaration.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function measureCheckFolder(fileCount = 1000) {
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'jixiao-bench-check-'));
    try {
        let indicators = 0;
        for (let i = 0; i < fileCount; i++) {
            const size = 20 + (i * 37) % 101;
            indicators += size;
            await fs.writeFile(path.join(folder, `declaration-${String(i).padStart(4, '0')}.jixiao`), generateDeclaration(size, { seed: i }));
        }
        const started = performance.now();
        const { code, stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'packages/cli/bin/jixiao.js'), 'check', folder]);
        const ms = performance.now() - started;
        if (code !== 0 && code !== 1) {
            throw new Error(`jixiao check exited ${code}: ${stderr.slice(0, 2000)}`);
        }
        const summary = stdout.trimEnd().split('\n').at(-1) ?? '';
        if (!summary.includes(`${fileCount} 个文件`)) {
            throw new Error(`jixiao check did not report ${fileCount} files; last line: ${summary}`);
        }
        return { ms, files: fileCount, indicators, exitCode: code, summary: summary.replace(/\s+/g, ' ') };
    } finally {
        await fs.rm(folder, { recursive: true, force: true });
    }
}

function run(command, args) {
    return new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', chunk => { stdout += chunk; });
        child.stderr.on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', code => resolve({ code, stdout, stderr }));
    });
}
