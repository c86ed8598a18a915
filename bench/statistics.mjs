/** Order statistics for timings: medians and percentiles resist the noise of a shared machine. */

export function percentile(values, fraction) {
    if (values.length === 0) {
        return Number.NaN;
    }
    const sorted = [...values].sort((a, b) => a - b);
    // Nearest-rank: the p95 of 50 samples is the 48th, a real observation rather than an interpolation.
    const rank = Math.max(1, Math.ceil(fraction * sorted.length));
    return sorted[rank - 1];
}

export function median(values) {
    if (values.length === 0) {
        return Number.NaN;
    }
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `action` and returns its duration in milliseconds (collecting garbage first when allowed). */
export async function timed(action) {
    globalThis.gc?.();
    const start = performance.now();
    await action();
    return performance.now() - start;
}
