/** Did-you-mean: the closest candidates by edit distance, for misspelled categories and goal names. */

export function editDistance(a: string, b: string): number {
    const x = [...a];
    const y = [...b];
    let previous = Array.from({ length: y.length + 1 }, (_, i) => i);
    for (let i = 1; i <= x.length; i++) {
        const current = [i];
        for (let j = 1; j <= y.length; j++) {
            current[j] = Math.min(
                previous[j] + 1,
                current[j - 1] + 1,
                previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)
            );
        }
        previous = current;
    }
    return previous[y.length];
}

/**
 * Candidates within a distance of a third of the length, at least one: CJK names are short, so
 * one wrong character in 数量指标 must still be found, while 质量指标 must not propose 数量指标
 * for 质最指标. Nearest first. Then the candidates that contain the word or are contained in it
 * (`对应 普查` for the goal 经济普查, 数量指标（一）for 数量指标), closest in length first.
 */
export function closestMatches(word: string, candidates: readonly string[], limit = 3): string[] {
    const threshold = Math.max(1, Math.floor([...word].length / 3));
    const near = candidates
        .map(candidate => ({ candidate, distance: editDistance(word, candidate) }))
        .filter(entry => entry.distance <= threshold)
        .sort((p, q) => p.distance - q.distance)
        .map(entry => entry.candidate);
    const containing = candidates
        .filter(candidate => !near.includes(candidate) && candidate !== word && [...word].length >= 2 && [...candidate].length >= 2
            && (candidate.includes(word) || word.includes(candidate)))
        .sort((p, q) => Math.abs(p.length - word.length) - Math.abs(q.length - word.length));
    return [...near, ...containing].slice(0, limit);
}
