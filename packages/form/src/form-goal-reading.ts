/**
 * The 年度总体目标 cell back into an intro and numbered goals: the inverse of `goalsCellText`.
 * Also reads the cell as the online system pastes it: paragraphs in `<p>` tags, entities such as
 * `&nbsp;`, numbering as `1、`, `1.`, `1．` or `（1）`.
 *
 * A goal starts at a line that begins with the next expected number in the style of the first
 * numbered line; any other line continues the goal before it (or the intro), so a goal's own line
 * breaks and sub-lists survive. Lines before the first number are the intro. A text with no
 * numbered line is one goal, unless it ends with a colon: then it is only an intro.
 */

export interface GoalCellReading {
    intro?: string;
    texts: string[];
}

export function readGoalsCell(cell: string): GoalCellReading {
    const lines = cellLines(cell);
    // The style of the earliest line numbered 1: a sub-list in another style stays inside its goal.
    const firstNumbered = lines.find(line => NUMBER_STYLES.some(candidate => candidate.prefix(1).test(line)));
    const style = firstNumbered === undefined ? undefined : NUMBER_STYLES.find(candidate => candidate.prefix(1).test(firstNumbered));
    if (!style) {
        const whole = lines.join('\n');
        if (whole === '') {
            return { texts: [] };
        }
        return /[：:]$/.test(whole) ? { intro: whole, texts: [] } : { texts: [whole] };
    }
    const introLines: string[] = [];
    const goals: string[][] = [];
    for (const line of lines) {
        const next = style.prefix(goals.length + 1).exec(line);
        if (next) {
            goals.push([line.slice(next[0].length)]);
        } else if (goals.length > 0) {
            goals[goals.length - 1].push(line);
        } else {
            introLines.push(line);
        }
    }
    return {
        intro: introLines.length > 0 ? introLines.join('\n') : undefined,
        texts: goals.map(goal => goal.join('\n'))
    };
}

interface NumberStyle {
    /** Matches the number n with its punctuation (and the spaces after it) at the start of a line. */
    prefix(n: number): RegExp;
}

const NUMBER_STYLES: readonly NumberStyle[] = [
    { prefix: n => new RegExp(`^${n}\\s*、\\s*`) },
    { prefix: n => new RegExp(`^${n}\\s*[.．](?!\\d)\\s*`) },
    { prefix: n => new RegExp(`^[（(]\\s*${n}\\s*[）)]\\s*`) }
];

/** A text cell as plain lines (the self-evaluation's 预期目标 and 实际完成情况 keep their numbers). */
export function plainCellText(cell: string): string {
    return cellLines(cell).join('\n');
}

/** The cell's lines: `<p>` paragraphs and `<br>` become lines; blank lines and outer spaces go. */
function cellLines(cell: string): string[] {
    let text = cell.replace(/\r\n?/g, '\n');
    if (/<\/?(p|br|div|span)\b[^>]*>/i.test(text)) {
        text = text
            .replace(/\n/g, ' ')
            .replace(/<br\s*\/?>/gi, '\n')
            .replace(/<\/(p|div)>/gi, '\n')
            .replace(/<[a-z][^>]*>|<\/[a-z]+>/gi, '');
        text = decodeEntities(text);
    }
    return text.split('\n').map(line => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')).filter(line => line !== '');
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
    nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
    mdash: '—', hellip: '…', middot: '·'
};

function decodeEntities(text: string): string {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
        if (body.startsWith('#')) {
            const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        }
        return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
    });
}
