/**
 * A small seeded pseudo-random generator (mulberry32), so that every benchmark run measures the
 * same documents and a fuzz failure can be replayed from its seed.
 */
export function seededRandom(seed) {
    let state = seed >>> 0;
    const next = () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        /** A float in [0, 1). */
        next,
        /** An integer in [min, max]. */
        int: (min, max) => min + Math.floor(next() * (max - min + 1)),
        pick: (items) => items[Math.floor(next() * items.length)],
        chance: (probability) => next() < probability
    };
}
