/**
 * Seeded randomness (mulberry32), so that every fuzz run is the same run and a failure replays.
 * The generator is the benchmark's (bench/seeded-random.mjs); this module gives it its type.
 */
// @ts-expect-error: a plain .mjs module without type declarations
import { seededRandom as benchSeededRandom } from '../../bench/seeded-random.mjs';

export interface Random {
    /** A float in [0, 1). */
    next(): number;
    /** An integer in [min, max]. */
    int(min: number, max: number): number;
    pick<T>(items: readonly T[]): T;
    chance(probability: number): boolean;
}

export function seededRandom(seed: number): Random {
    return benchSeededRandom(seed) as Random;
}
