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

/**
 * Runs `action` and returns its duration in milliseconds. No forced garbage collection before it:
 * measured here, a forced full collection left V8 sweeping concurrently and slowed the timed code
 * by a third or more; the garbage each action makes is part of its cost.
 */
export async function timed(action) {
    const start = performance.now();
    await action();
    return performance.now() - start;
}

/**
 * Runs `action` and returns its wall time and the CPU time this process spent meanwhile (all
 * threads, so V8's garbage-collection helpers count). On a shared machine another process can
 * take the CPU away in the middle of a measurement; CPU time does not count that wait.
 */
export async function timedCpu(action) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    await action();
    const wallMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}
