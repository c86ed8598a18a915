/**
 * The unit an indicator most likely needs, inferred from its name and its siblings: a 率 or
 * 满意度 takes %, a 数/数量 takes the counting word the neighbouring counts use.
 */
import type { Indicator } from './generated/ast.js';
import { isQuantity, isCategory } from './generated/ast.js';
import { isCountName, isRateName, measureWordsFor } from './domain/indicator-names.js';
import { COMMON_UNITS, isCountingUnit } from './domain/units.js';

/** Suggested units, best first; never empty. */
export function suggestUnits(indicator: Indicator): string[] {
    const suggestions: string[] = [];
    const add = (unit: string | undefined) => {
        if (unit && !suggestions.includes(unit)) {
            suggestions.push(unit);
        }
    };
    if (isRateName(indicator.name)) {
        add('%');
    }
    const siblings = isCategory(indicator.$container) ? indicator.$container.indicators : [];
    const siblingUnits = siblings
        .filter(sibling => sibling !== indicator && isQuantity(sibling.value))
        .map(sibling => (isQuantity(sibling.value) ? sibling.value.unit ?? sibling.unitCell : undefined));
    if (isCountName(indicator.name)) {
        // A unit named in the indicator itself (“…份数”, “…场次”) is the best guess.
        const named = /(份|篇|场|次|个|套|项|台|件|人|户)数?$/.exec(indicator.name.replace(/数量$/, ''));
        if (named) {
            add(named[1]);
        }
        // The siblings' counting word wins when it fits the thing counted (设备: 台 or 套; siblings use 套).
        const measureWords = measureWordsFor(indicator.name);
        siblingUnits.filter(unit => unit !== undefined && measureWords.includes(unit)).forEach(add);
        measureWords.forEach(add);
        siblingUnits.filter(unit => isCountingUnit(unit)).forEach(add);
        add('个');
    }
    siblingUnits.forEach(add);
    COMMON_UNITS.forEach(add);
    return suggestions;
}
