/** Modules and constants that build.mjs provides. */

/** A worker bundled as one classic script, as text (started from a Blob URL). */
declare module 'inline-worker:*' {
    const source: string;
    export default source;
}

/** VS Code's snippet file (JSON). */
declare module '*.code-snippets' {
    const snippets: Record<string, { prefix: string | string[]; description: string; body: string[] }>;
    export default snippets;
}

/** The editor core with its contributions and no bundled languages: the API of monaco-editor. */
declare module 'monaco-editor/esm/vs/editor/edcore.main.js' {
    export * from 'monaco-editor';
}

/** examples/futian-2026-department.jixiao at build time. */
declare const JIXIAO_SEED: string;
