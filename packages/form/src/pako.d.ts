/** The part of pako 1 (the inflater JSZip ships with) that zip-archive.ts uses; pako 1 has no types. */
declare module 'pako' {
    export class Inflate {
        constructor(options?: { raw?: boolean; chunkSize?: number });
        /** Receives each inflated piece; replaces the default, which keeps them all. */
        onData: (chunk: Uint8Array) => void;
        /** `last`: the final input; then `err` is set if the stream was damaged or cut short. */
        push(data: Uint8Array, last?: boolean): boolean;
        err: number;
        msg: string;
    }
    const pako: { Inflate: typeof Inflate };
    export default pako;
}
