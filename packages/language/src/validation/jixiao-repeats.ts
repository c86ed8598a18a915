/** Finding repeated names (tasks, indicators, goals): the first one stands, later ones are reported. */
import type { AstNode } from 'langium';

/** Calls `report` for each item whose key an earlier item already had, with that item's 1-based line. */
export function forEachRepeat<T extends AstNode>(items: Iterable<T>, keyOf: (item: T) => string | undefined, report: (repeat: T, firstLine: number) => void): void {
    const first = new Map<string, T>();
    for (const item of items) {
        const key = keyOf(item);
        if (key === undefined) {
            continue;
        }
        const earlier = first.get(key);
        if (earlier) {
            report(item, (earlier.$cstNode?.range.start.line ?? 0) + 1);
        } else {
            first.set(key, item);
        }
    }
}
