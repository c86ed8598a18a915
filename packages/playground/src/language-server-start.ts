/**
 * assets/language-server.js: starts the language server's worker (bundled into this script as
 * text, run from a Blob URL, which works from file://) before the page script loads, so that the
 * server boots on another core while the main thread evaluates Monaco. The page takes the worker
 * from `globalThis.jixiaoServerWorker`.
 */
import serverWorkerSource from 'inline-worker:server';

const url = URL.createObjectURL(new Blob([serverWorkerSource], { type: 'text/javascript' }));
(globalThis as { jixiaoServerWorker?: Worker }).jixiaoServerWorker = new Worker(url, { name: 'jixiao-language-server' });
