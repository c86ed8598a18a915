/**
 * How much fuzzing a run does. `npm test` runs a short pass (a few seconds); `npm run fuzz` sets
 * JIXIAO_FUZZ=long for thousands of mutants, deeper nesting and the 10 MB document. JIXIAO_FUZZ_SEED
 * replays another seed.
 */
export const LONG = process.env.JIXIAO_FUZZ === 'long';
export const SEED = Number(process.env.JIXIAO_FUZZ_SEED ?? 20260101);

export const BUDGET = LONG
    ? { mutantsPerExample: 400, positionsPerDocument: 6, cliFiles: 40, maxNesting: 3000, hugeDigits: 100_000 }
    : { mutantsPerExample: 20, positionsPerDocument: 2, cliFiles: 4, maxNesting: 400, hugeDigits: 2_000 };

/** Per test: the long pass runs for minutes, far beyond vitest's default. */
export const TEST_TIMEOUT_MS = LONG ? 1_800_000 : 60_000;

/** In the long pass, a mutant that takes longer than this is reported as a (near) hang. */
export const SLOW_MUTANT_SECONDS = 10;
