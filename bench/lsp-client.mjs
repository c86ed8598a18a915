/**
 * A minimal language client over stdio with raw LSP framing (Content-Length headers), enough to
 * drive the real server the way an editor does: requests, notifications, and answers to the
 * server's own requests (configuration, capability registration, progress).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export function startLanguageServer(command, args, { cwd } = {}) {
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let buffer = Buffer.alloc(0);
    let nextId = 1;
    const pending = new Map();
    const notificationListeners = [];
    let stderr = '';
    child.stderr.on('data', chunk => { stderr += chunk; });

    const send = (message) => {
        const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
        child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        child.stdin.write(body);
    };

    const answerServerRequest = (message) => {
        // The server asks for settings per section; null means "use your defaults".
        const result = message.method === 'workspace/configuration'
            ? (message.params?.items ?? []).map(() => null)
            : null;
        send({ id: message.id, result });
    };

    const dispatch = (message) => {
        if (message.id !== undefined && message.method === undefined) {
            const waiter = pending.get(message.id);
            pending.delete(message.id);
            if (message.error) {
                waiter?.reject(new Error(`${message.error.code}: ${message.error.message}`));
            } else {
                waiter?.resolve(message.result);
            }
        } else if (message.id !== undefined) {
            answerServerRequest(message);
        } else {
            const receivedAt = performance.now();
            for (const listener of [...notificationListeners]) {
                listener(message, receivedAt);
            }
        }
    };

    child.stdout.on('data', chunk => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
            const headerEnd = buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) {
                return;
            }
            const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
            if (buffer.length < headerEnd + 4 + length) {
                return;
            }
            const body = buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
            buffer = buffer.subarray(headerEnd + 4 + length);
            dispatch(JSON.parse(body));
        }
    });

    return {
        /** The server's process id, e.g. to read its CPU time. */
        pid: child.pid,
        request(method, params) {
            const id = nextId++;
            send({ id, method, params });
            return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
        },
        notify(method, params) {
            send({ method, params });
        },
        /** Resolves with the first notification that satisfies `predicate`, and when it arrived. */
        waitFor(predicate, timeoutMs = 30_000) {
            return new Promise((resolve, reject) => {
                const timer = setTimeout(() => {
                    remove();
                    reject(new Error(`no matching notification within ${timeoutMs} ms; server stderr: ${stderr.slice(-2000)}`));
                }, timeoutMs);
                const listener = (message, receivedAt) => {
                    if (predicate(message)) {
                        remove();
                        resolve({ message, receivedAt });
                    }
                };
                const remove = () => {
                    clearTimeout(timer);
                    notificationListeners.splice(notificationListeners.indexOf(listener), 1);
                };
                notificationListeners.push(listener);
            });
        },
        async stop() {
            try {
                await Promise.race([this.request('shutdown', null), new Promise(resolve => setTimeout(resolve, 2000))]);
                this.notify('exit', null);
            } catch {
                // The server may already be gone; killing it below is enough.
            }
            await new Promise(resolve => {
                const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 2000);
                child.once('exit', () => { clearTimeout(timer); resolve(); });
            });
        },
        get stderr() { return stderr; }
    };
}

/**
 * The built language server (`node SERVER_MAIN --stdio`, as an editor starts it) after the
 * initialize handshake, for the benchmarks that drive it.
 */
export async function startInitializedServer(root, { serverMain = 'packages/server/out/main.js', nodeArgs = [], capabilities = {} } = {}) {
    const server = startLanguageServer(process.execPath, [...nodeArgs, path.join(root, serverMain), '--stdio'], { cwd: root });
    await server.request('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities });
    server.notify('initialized', {});
    return server;
}
