/**
 * The benchmark measures the compiled packages (what the CLI and the server run), so they must be
 * built. When an output is missing it runs `npm run build` once; when that fails it says so.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REQUIRED = ['packages/server/out/main.js', 'packages/language/out/index.js', 'packages/cli/out/main.js'];

export function ensureBuilt(log) {
    const missing = () => REQUIRED.filter(file => !existsSync(path.join(ROOT, file)));
    if (missing().length === 0) {
        return true;
    }
    log(`missing ${missing().join(', ')}: running npm run build…`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', process.stderr, process.stderr] });
    if (build.status !== 0 || missing().length > 0) {
        log('the build failed: fix it and run `npm run build`, then `npm run bench` again.');
        return false;
    }
    return true;
}
