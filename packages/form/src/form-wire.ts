/**
 * Form models cross a JSON wire (the language server's custom requests, the browser worker) while
 * their amounts are exact BigInt hundredths, which JSON cannot carry. Every bigint becomes
 * `{ "$bigint": "123456" }` on the way out and a bigint again on the way in; nothing is ever a
 * binary float in between. Generic over the model, so every form kind crosses the same way.
 */

const BIGINT_KEY = '$bigint';

/** What `toWire` makes of a value: the same shape with each bigint replaced by a tagged string. */
export type Wire<T> = T extends bigint
    ? { [BIGINT_KEY]: string }
    : T extends readonly (infer Item)[]
        ? Wire<Item>[]
        : T extends object
            ? { [Key in keyof T]: Wire<T[Key]> }
            : T;

export function toWire<T>(value: T): Wire<T> {
    return encode(value) as Wire<T>;
}

export function fromWire<T>(value: Wire<T>): T {
    return decode(value) as T;
}

function encode(value: unknown): unknown {
    if (typeof value === 'bigint') {
        return { [BIGINT_KEY]: value.toString() };
    }
    if (Array.isArray(value)) {
        return value.map(encode);
    }
    if (value !== null && typeof value === 'object') {
        const encoded: Record<string, unknown> = {};
        for (const [key, entry] of Object.entries(value)) {
            if (entry !== undefined) {
                encoded[key] = encode(entry);
            }
        }
        return encoded;
    }
    return value;
}

function decode(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(decode);
    }
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value);
        if (entries.length === 1 && entries[0][0] === BIGINT_KEY && typeof entries[0][1] === 'string') {
            return BigInt(entries[0][1]);
        }
        return Object.fromEntries(entries.map(([key, entry]) => [key, decode(entry)]));
    }
    return value;
}
