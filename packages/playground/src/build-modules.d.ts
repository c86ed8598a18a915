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

/** The standalone editor API (monaco-editor-core.ts picks the contributions). */
declare module 'monaco-editor/esm/vs/editor/editor.api2.js' {
    export * from 'monaco-editor';
}

/** Monaco's modules imported for their side effects (contributions, styles). */
declare module 'monaco-editor/esm/*';

/** examples/futian-2026-department.jixiao at build time. */
declare const JIXIAO_SEED: string;
