/**
 * Which goal an indicator measures (对应), proposed from the texts when a form is imported: the form
 * itself does not say. An indicator is linked to the goal whose text
 * - names the indicator's subject: shares a phrase of at least `MIN_PHRASE_LENGTH` characters with
 *   the indicator's name that no other goal's text contains (“政务服务季度运维报告” is in one goal;
 *   “政务服务” is in several and says nothing), or
 * - promises the indicator's figure: “投入2010套” and the indicator `2010 套` (counts and measures
 *   only: percentages and durations such as 100% and 1年 are in every goal).
 * A figure counts as much as a phrase of `FIGURE_WEIGHT` characters; the goal with the best score
 * wins (all of them on a tie). Proposals only: the printer marks each link for the analyst to check.
 */
import { compareDecimal, parseDecimal } from './decimal.js';
import { normalizeUnit, unitKind } from './units.js';
import { figuresInText } from './values.js';

export const MIN_PHRASE_LENGTH = 4;
const FIGURE_WEIGHT = 4;
/** Phrases longer than this add nothing: a long shared phrase already makes its point. */
const MAX_PHRASE_LENGTH = 16;

export interface LinkableIndicator {
    readonly name: string;
    /** A quantity's figure as written (`2010`, `≥190` is given as `190`) and its unit, when it has them. */
    readonly number?: string;
    readonly unit?: string;
}

/** For each indicator, the indexes of the goals it is proposed to measure (ascending, maybe none). */
export function proposeGoalLinks(goalTexts: readonly string[], indicators: readonly LinkableIndicator[]): number[][] {
    const goals = goalTexts.map(text => ({ text: comparable(text), figures: countedFigures(text) }));
    const phraseOwners = new Map<string, number[]>();
    const ownersOf = (phrase: string): number[] => {
        let owners = phraseOwners.get(phrase);
        if (!owners) {
            owners = goals.flatMap((goal, index) => (goal.text.includes(phrase) ? [index] : []));
            phraseOwners.set(phrase, owners);
        }
        return owners;
    };
    return indicators.map(indicator => {
        const name = [...comparable(indicator.name)];
        // Per goal, which characters of the name its own phrases cover: two separate phrases
        // (“通信服务” … “PDA设备”) say more than one of the same length.
        const covered = goals.map(() => new Array<boolean>(name.length).fill(false));
        for (const { start, end, phrase } of phrasesOf(name)) {
            const owners = ownersOf(phrase);
            if (owners.length === 1) {
                covered[owners[0]].fill(true, start, end);
            }
        }
        const scores = covered.map(marks => marks.filter(Boolean).length);
        const figure = figureOf(indicator);
        if (figure) {
            goals.forEach((goal, index) => {
                if (goal.figures.some(promised => promised.unit === figure.unit && compareDecimal(promised.value, figure.value) === 0)) {
                    scores[index] += FIGURE_WEIGHT;
                }
            });
        }
        const best = Math.max(0, ...scores);
        return best >= MIN_PHRASE_LENGTH ? scores.flatMap((score, index) => (score === best ? [index] : [])) : [];
    });
}

/** Text as compared: without quotes, brackets and spaces, which differ between a name and a goal. */
function comparable(text: string): string {
    return text.replace(/[\s“”"‘’'《》〈〉「」『』（）()]/g, '');
}

/**
 * Every substring of the name that could be a phrase: at least `MIN_PHRASE_LENGTH` characters, no
 * punctuation, not only digits; with its position in the name.
 */
function phrasesOf(name: readonly string[]): Array<{ start: number; end: number; phrase: string }> {
    const phrases: Array<{ start: number; end: number; phrase: string }> = [];
    for (let start = 0; start < name.length; start++) {
        const limit = Math.min(name.length, start + MAX_PHRASE_LENGTH);
        for (let end = start + MIN_PHRASE_LENGTH; end <= limit; end++) {
            if (PUNCTUATION.test(name[end - 1])) {
                break;
            }
            const phrase = name.slice(start, end).join('');
            if (!PUNCTUATION.test(name[start]) && !/^[\d.]+$/.test(phrase)) {
                phrases.push({ start, end, phrase });
            }
        }
    }
    return phrases;
}

const PUNCTUATION = /[，。；、：,.;:！？!?\-—~～/%％]/;

function countedFigures(text: string) {
    return figuresInText(text).filter(figure => isCountedKind(figure.unit));
}

function figureOf(indicator: LinkableIndicator) {
    const value = indicator.number === undefined ? undefined : parseDecimal(indicator.number);
    const unit = indicator.unit === undefined ? undefined : normalizeUnit(indicator.unit);
    return value && unit && isCountedKind(unit) ? { value, unit } : undefined;
}

/** Figures that identify a promise; percentages and durations recur in every goal. */
function isCountedKind(unit: string): boolean {
    const kind = unitKind(unit);
    return kind === 'count' || kind === 'people' || kind === 'measure' || kind === 'money';
}
