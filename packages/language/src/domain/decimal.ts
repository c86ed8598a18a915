/**
 * Exact decimal numbers for money and indicator figures.
 *
 * A value is an integer coefficient and a decimal scale: 11,782,800.00 is { units: 1178280000n, scale: 2 }.
 * Everything is BigInt, so no binary floating point ever touches an amount.
 */
export interface ExactDecimal {
    /** The digits as an integer, sign included. */
    readonly units: bigint;
    /** How many of the digits are decimals. */
    readonly scale: number;
}

/** Digits with optional thousands separators (ASCII or full-width comma) and decimals. */
const DECIMAL_PATTERN = /^([-+－]?)(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.(\d+))?$/;

/** A figure typed in full width (１２，０００．５) in ASCII (12,000.5); other text is kept. */
export function asciiFigure(text: string): string {
    return text.replace(/[０-９．，－]/g, ch => (ch === '，' ? ',' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));
}

const parsed = new Map<string, ExactDecimal | undefined>();

/**
 * Parses `11,782,800.00`, `-5`, `0.5`; returns undefined for anything else (including `1,23`).
 * The same figures are read on every keystroke; results (immutable) of short texts are kept, up
 * to a bound.
 */
export function parseDecimal(text: string): ExactDecimal | undefined {
    if (text.length > 40) {
        return readDecimal(text);
    }
    if (parsed.has(text)) {
        return parsed.get(text);
    }
    if (parsed.size >= 20_000) {
        parsed.clear();
    }
    const result = readDecimal(text);
    parsed.set(text, result);
    return result;
}

function readDecimal(text: string): ExactDecimal | undefined {
    const match = DECIMAL_PATTERN.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [, sign, integerPart, fraction = ''] = match;
    const digits = integerPart.replace(/[,，]/g, '') + fraction;
    const units = BigInt(digits);
    return { units: sign === '-' || sign === '－' ? -units : units, scale: fraction.length };
}

/** True when the text uses thousands separators that are not in groups of three (`1,23,456`). */
export function hasIrregularGrouping(text: string): boolean {
    return /[,，]/.test(text) && parseDecimal(text) === undefined && /^[-+]?[\d,，]+(\.\d+)?$/.test(text.trim());
}

export function rescale(value: ExactDecimal, scale: number): ExactDecimal {
    if (scale === value.scale) {
        return value;
    }
    if (scale > value.scale) {
        return { units: value.units * 10n ** BigInt(scale - value.scale), scale };
    }
    const divisor = 10n ** BigInt(value.scale - scale);
    if (value.units % divisor !== 0n) {
        throw new RangeError(`cannot rescale ${formatDecimal(value)} to ${scale} decimals without losing digits`);
    }
    return { units: value.units / divisor, scale };
}

export function compareDecimal(a: ExactDecimal, b: ExactDecimal): number {
    const scale = Math.max(a.scale, b.scale);
    const x = rescale(a, scale).units;
    const y = rescale(b, scale).units;
    return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalEquals(a: ExactDecimal, b: ExactDecimal): boolean {
    return compareDecimal(a, b) === 0;
}

export function decimalFromInteger(value: number | bigint): ExactDecimal {
    return { units: BigInt(value), scale: 0 };
}

/** The number of decimals actually written, ignoring nothing: `1.50` has 2. */
export function writtenDecimals(text: string): number {
    const dot = text.indexOf('.');
    return dot < 0 ? 0 : text.length - dot - 1;
}

/**
 * Plain decimal text. With `minScale`, pads decimals (`5` → `5.00`); with `grouping`, inserts
 * thousands separators as the form prints amounts.
 */
export function formatDecimal(value: ExactDecimal, options: { minScale?: number; grouping?: boolean } = {}): string {
    const scale = Math.max(value.scale, options.minScale ?? 0);
    const units = rescale(value, scale).units;
    const negative = units < 0n;
    const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
    let integer = digits.slice(0, digits.length - scale);
    const fraction = digits.slice(digits.length - scale);
    if (options.grouping) {
        integer = groupThousands(integer);
    }
    return (negative ? '-' : '') + integer + (scale > 0 ? '.' + fraction : '');
}

/**
 * `1234567` → `1,234,567`, in linear time: the usual lookahead regex is quadratic in the number of
 * digits, and a pasted number of 100,000 digits kept the checker busy for minutes (`npm run fuzz`).
 */
function groupThousands(digits: string): string {
    const head = digits.length % 3 || 3;
    const groups = [digits.slice(0, head)];
    for (let i = head; i < digits.length; i += 3) {
        groups.push(digits.slice(i, i + 3));
    }
    return groups.join(',');
}

/** Removes trailing zero decimals: `100.00` → `100`, `99.50` → `99.5`. */
export function normalizeDecimal(value: ExactDecimal): ExactDecimal {
    let { units, scale } = value;
    while (scale > 0 && units % 10n === 0n) {
        units /= 10n;
        scale--;
    }
    return { units, scale };
}
