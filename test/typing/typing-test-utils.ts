/** Small helpers for the typing specs. */
import { changedRegion } from '../../packages/language/src/jixiao-typing-state.js';

/** The one edit that turns `before` into `after`: replace [start, oldEnd) of `before` with `newText`. */
export function changedRegionOf(before: string, after: string): { start: number; oldEnd: number; newText: string } {
    const region = changedRegion(before, after) ?? { start: 0, oldEnd: 0, newEnd: 0 };
    return { start: region.start, oldEnd: region.oldEnd, newText: after.slice(region.start, region.newEnd) };
}
