// code-server 4.100.3 (VS Code 1.100 in the browser) in a throw-away home: its own config, user
// data, extensions and XDG folders, so nothing is written into the real home directory. Started
// in its own process group so that stop() ends it and every child (extension host, language
// server) even when the run fails half way.
import { spawn, execFile } from 'node:child_process';
import { mkdirSync, writeFileSync, openSync, existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
export const CODE_SERVER = path.join(here, 'node_modules', '.bin', 'code-server');

export function codeServerInstalled() {
    return existsSync(CODE_SERVER);
}

function isolatedEnvironment(home) {
    return {
        ...process.env,
        XDG_CONFIG_HOME: path.join(home, 'xdg-config'),
        XDG_DATA_HOME: path.join(home, 'xdg-data'),
        XDG_CACHE_HOME: path.join(home, 'xdg-cache'),
        // code-server must not pick up a password or port from the caller's environment.
        PASSWORD: '', HASHED_PASSWORD: '', PORT: ''
    };
}

function commonArguments(home) {
    return [
        '--config', path.join(home, 'config.yaml'),
        '--user-data-dir', path.join(home, 'user-data'),
        '--extensions-dir', path.join(home, 'extensions')
    ];
}

/** Creates the throw-away home with the user settings the tests need. */
export function prepareHome(home, userSettings) {
    mkdirSync(path.join(home, 'user-data', 'User'), { recursive: true });
    mkdirSync(path.join(home, 'extensions'), { recursive: true });
    writeFileSync(path.join(home, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    writeFileSync(path.join(home, 'user-data', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
}

export async function installExtension(home, vsix) {
    const { stdout, stderr } = await run(CODE_SERVER, [...commonArguments(home), '--install-extension', vsix, '--force'], {
        env: isolatedEnvironment(home), timeout: 120_000
    });
    const output = `${stdout}\n${stderr}`;
    if (!/successfully installed/i.test(output)) {
        throw new Error(`code-server 未能安装扩展 ${vsix}：\n${output.trim()}`);
    }
}

export async function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/** Starts code-server on 127.0.0.1:port for `folder` and waits until /healthz answers. */
export async function startCodeServer({ home, folder, port, logFile, env = {}, timeoutMs = 120_000 }) {
    const log = openSync(logFile, 'a');
    const child = spawn(CODE_SERVER, [
        ...commonArguments(home),
        '--bind-addr', `127.0.0.1:${port}`,
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        folder
    ], { env: { ...isolatedEnvironment(home), ...env }, stdio: ['ignore', log, log], detached: true });
    let exited = null;
    child.on('exit', (code, signal) => { exited = { code, signal }; });

    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (exited) {
            throw new Error(`code-server 启动后立即退出（code ${exited.code}, signal ${exited.signal}），见日志 ${logFile}`);
        }
        try {
            const response = await fetch(`${url}/healthz`);
            if (response.ok) {
                return { url, stop: () => stopProcessGroup(child) };
            }
        } catch {
            // not listening yet
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    await stopProcessGroup(child);
    throw new Error(`code-server 在 ${timeoutMs / 1000} 秒内没有在 ${url}/healthz 应答，见日志 ${logFile}`);
}

/** SIGTERM to the whole group, SIGKILL if it has not gone within five seconds. */
async function stopProcessGroup(child) {
    if (child.exitCode !== null || child.signalCode !== null) {
        return;
    }
    const gone = new Promise(resolve => child.once('exit', resolve));
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await gone;
    clearTimeout(timer);
}
