/**
 * Which goal an indicator measures (对应), proposed from the texts when a form is imported: the form
 * itself does not say. An indicator is linked only to a goal that names what it measures (the
 * rate or the thing counted, see subjectOfIndicator), and among those to the goal whose text
 * - names the indicator's subject: shares a phrase of at least `MIN_PHRASE_LENGTH` characters with
 *   the indicator's name that no other goal's text contains (“政务服务季度运维报告” is in one goal;
 *   “政务服务” is in several and says nothing), or
 * - promises the indicator's figure about the same subject: “投入2010套通信服务及配套PDA设备” and
 *   `设备数量 2010 套` (counts and measures only: percentages and durations such as 100% and 1年
 *   are in every goal; and only where the figure's clause names what the indicator counts, so a
 *   goal is never linked to an indicator that merely shares a figure and a unit).
 * A figure counts as much as a phrase of `FIGURE_WEIGHT` characters; the goal with the best score
 * wins (all of them on a tie). Proposals only: the printer marks each link for the analyst to check.
 */
import { compareDecimal, parseDecimal } from './decimal.js';
import { normalizeUnit, unitKind } from './units.js';
import { figureNamesSubject, figuresInText, subjectOfIndicator } from './values.js';

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
    const owners = new PhraseOwners(goals.map(goal => goal.text));
    const wordOwners = new WordOwners(goals.map(goal => goal.text));
    return indicators.map(indicator => {
        const name = [...comparable(indicator.name)];
        // Per goal, which characters of the name its own phrases cover: two separate phrases
        // (“通信服务” … “PDA设备”) say more than one of the same length.
        const covered = new Map<number, boolean[]>();
        for (let start = 0; start < name.length; start++) {
            if (PUNCTUATION.test(name[start])) {
                continue;
            }
            let candidates: readonly number[] | undefined;
            const limit = Math.min(name.length, start + MAX_PHRASE_LENGTH);
            for (let end = start + MIN_PHRASE_LENGTH; end <= limit && !PUNCTUATION.test(name[end - 1]); end++) {
                const phrase = name.slice(start, end).join('');
                // A longer phrase is in no goal the shorter one is not in.
                candidates = owners.of(phrase, candidates);
                if (candidates.length === 0) {
                    break;
                }
                if (candidates.length === 1 && !/^[\d.]+$/.test(phrase)) {
                    const marks = covered.get(candidates[0]) ?? new Array<boolean>(name.length).fill(false);
                    covered.set(candidates[0], marks.fill(true, start, end));
                }
            }
        }
        const scores = goals.map((_, index) => covered.get(index)?.filter(Boolean).length ?? 0);
        const figure = figureOf(indicator);
        if (figure) {
            goals.forEach((goal, index) => {
                if (goal.figures.some(promised => promised.unit === figure.unit && compareDecimal(promised.value, figure.value) === 0
                    && figureNamesSubject(promised, indicator.name))) {
                    scores[index] += FIGURE_WEIGHT;
                }
            });
        }
        // Only a goal that names what the indicator measures (its 合格率, its 设备) is linked: a goal
        // about 医疗设备验收合格率 is not measured by 医疗设备采购预算执行率, however much they share.
        const subject = subjectOfIndicator(comparable(indicator.name));
        goals.forEach((goal, index) => {
            if ([...subject].length < 2 || !goal.text.includes(subject)) {
                scores[index] = 0;
            }
        });
        const best = Math.max(0, ...scores);
        if (best >= MIN_PHRASE_LENGTH) {
            return scores.flatMap((score, index) => (score === best ? [index] : []));
        }
        return byWords(goals.map(goal => goal.text), indicator.name, wordOwners);
    });
}

/**
 * The fallback when no phrase of four characters is shared: the goal that names what the
 * indicator measures (平台项目系统运维个数 → 运维) and shares the most of its two-character words,
 * each weighted by how few goals have it (系统 in one goal says more than 项目 in all of them),
 * when it clearly leads. The seed's 运维保障 goal (运维报告、软件系统、保障平台) finds its
 * 平台项目系统运维个数 this way, which no longer phrase matches.
 */
function byWords(goalTexts: readonly string[], name: string, owners: WordOwners): number[] {
    const subject = subjectOfIndicator(comparable(name));
    if ([...subject].length < 2) {
        return [];
    }
    const words = new Set(bigramsOf(comparable(name)));
    const scores = goalTexts.map((text, index) => !text.includes(subject) ? 0
        : [...words].reduce((sum, word) => sum + (owners.has(word, index) ? 1 / owners.count(word) : 0), 0));
    const ranked = [...scores].sort((a, b) => b - a);
    const best = ranked[0] ?? 0;
    return best >= WORD_SCORE && best >= WORD_LEAD * (ranked[1] ?? 0) ? [scores.indexOf(best)] : [];
}

/** Enough distinctive words: one word no other goal has and more, or three words two goals share. */
const WORD_SCORE = 1.5;
const WORD_LEAD = 1.5;

function bigramsOf(text: string): string[] {
    const chars = [...text];
    return chars.slice(0, -1).map((char, index) => char + chars[index + 1]).filter(word => /^[\u3400-\u9fff]{2}$/.test(word));
}

/** Which goals contain each two-character word. */
class WordOwners {
    private readonly owners = new Map<string, Set<number>>();

    constructor(texts: readonly string[]) {
        texts.forEach((text, index) => {
            for (const word of bigramsOf(text)) {
                const set = this.owners.get(word) ?? new Set<number>();
                set.add(index);
                this.owners.set(word, set);
            }
        });
    }

    has(word: string, goal: number): boolean {
        return this.owners.get(word)?.has(goal) ?? false;
    }

    count(word: string): number {
        return this.owners.get(word)?.size ?? 0;
    }
}

/** Text as compared: without quotes, brackets and spaces, which differ between a name and a goal. */
function comparable(text: string): string {
    return text.replace(/[\s“”"‘’'《》〈〉「」『』（）()]/g, '');
}

/**
 * Which goals contain a phrase. Phrases of `MIN_PHRASE_LENGTH` characters are looked up in an
 * index of the goals' n-grams; a longer phrase is searched only in the goals of its shorter
 * prefix, so a document with hundreds of goals and indicators is linked in linear time.
 */
class PhraseOwners {
    private readonly grams = new Map<string, number[]>();
    private readonly found = new Map<string, readonly number[]>();

    constructor(private readonly texts: readonly string[]) {
        texts.forEach((text, index) => {
            const chars = [...text];
            for (let start = 0; start + MIN_PHRASE_LENGTH <= chars.length; start++) {
                const gram = chars.slice(start, start + MIN_PHRASE_LENGTH).join('');
                const list = this.grams.get(gram);
                if (!list) {
                    this.grams.set(gram, [index]);
                } else if (list[list.length - 1] !== index) {
                    list.push(index);
                }
            }
        });
    }

    /** The goals containing `phrase`, among `candidates` (the goals of its prefix) when given. */
    of(phrase: string, candidates?: readonly number[]): readonly number[] {
        if (!candidates) {
            return this.grams.get(phrase) ?? [];
        }
        let owners = this.found.get(phrase);
        if (!owners) {
            owners = candidates.filter(index => this.texts[index].includes(phrase));
            this.found.set(phrase, owners);
        }
        return owners;
    }
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
