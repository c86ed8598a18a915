/**
 * The canonical layout of a .jixiao document (the one of examples/futian-2026-department.jixiao),
 * computed from its tokens:
 *
 * - two spaces per block level; one statement per line (a header field, a task, 主要内容, the
 *   amounts, 金额合计, a goal, a category, an indicator), `}` on its own line, `{ }` when empty;
 * - 解释 on the line after its indicator, 偏差原因 after its indicator or fund row, two spaces further in;
 * - a blank line before each section, at most one blank line kept elsewhere, none after `{`;
 * - single spaces inside a line, `≥190` glued, `甲、乙` glued, two spaces between amount cells;
 * - the amounts of a 年度主要任务 section (each task's line and 金额合计) right-aligned in columns
 *   by display width, a CJK character counting two columns; an evaluation's fund rows likewise,
 *   their first amount starting in one column;
 * - comparators spelled as on the form: `>=` → `≥`, `＞` → `>`.
 *
 * Only whitespace and comparator spellings change, which is checked: the result is lexed again and
 * must have the same tokens and comments, or nothing is changed at all. Comments stay where they
 * were: on their own line (re-indented) or at the end of a line.
 */
import type { Lexer } from 'langium';
import stringWidth from 'string-width';
import {
    AMOUNT_LINE_BLOCKS, BLOCK_STATEMENTS, COMPARATORS, CONTINUATION_KEYWORDS, DOCUMENT_KINDS, FUND_ROW_AMOUNTS, FUND_ROW_SCORING, FUND_ROWS,
    GRAND_TOTAL_KEYWORD, INDICATOR_KEYWORD, NOT_APPLICABLE_KEYWORD, documentKindOf, isComparator, type BlockKind
} from '../domain/grammar-facts.js';
import { BlockWalk, scanTokens, type Block, type Token } from './jixiao-blocks.js';

const INDENT = '  ';
/** Sections, and the statements after them (总分), start after a blank line. */
const SECTION_KEYWORDS = new Set(DOCUMENT_KINDS.flatMap(kind => [...Object.keys(kind.sections), ...Object.keys(kind.closing ?? {})]));
const HEADER_KEYWORDS = new Set(DOCUMENT_KINDS.flatMap(kind => Object.keys(kind.header)));
const AMOUNT_KEYWORDS = new Set(DOCUMENT_KINDS.flatMap(kind => Object.values(kind.amounts ?? {})));
/** An evaluation's fund rows: their amounts align in columns; the scoring cells follow two spaces apart too. */
const FUND_AMOUNT_KEYWORDS = new Set<string>(Object.values(FUND_ROW_AMOUNTS));
const FUND_CELL_KEYWORDS = new Set<string>([...FUND_AMOUNT_KEYWORDS, FUND_ROW_SCORING.weight, FUND_ROW_SCORING.score]);
const FUND_ROW_KEYWORDS = new Set<string>(FUND_ROWS);
const CONTINUATIONS = new Set(CONTINUATION_KEYWORDS);
/** Blocks of rows that may continue on the next line (解释, 偏差原因). */
const ROW_BLOCKS = new Set<BlockKind>(['indicators', 'category', 'fund-rows']);
const GLUED_SEPARATORS = new Set(['、', '，']);
const COMMENTS = new Set(['SL_COMMENT', 'ML_COMMENT']);

interface Item {
    readonly type: string;
    readonly image: string;
    readonly start: number;
    readonly end: number;
}

/** The whitespace to put before an item. */
type Gap =
    | { readonly kind: 'inline'; readonly text: string }
    | { readonly kind: 'newline'; blank: boolean; readonly depth: number };

interface AmountCell {
    readonly keyword: number;
    /** First and last item of the amount (a sign and a number, or a number). */
    readonly valueFirst: number;
    readonly valueLast: number;
}

interface AmountLine {
    /** The tasks block the line belongs to, so that each section is aligned on its own. */
    readonly section: Block | undefined;
    /** 金额合计 aligns apart from the tasks' lines. */
    readonly grandTotal: boolean;
    readonly cells: AmountCell[];
    /** The first cell's keyword starts in the same column on every line (an evaluation's fund rows). */
    readonly alignKeywords?: boolean;
}

export interface LayoutEdit {
    readonly start: number;
    readonly end: number;
    readonly newText: string;
}

export interface Layout {
    readonly text: string;
    /** Minimal edits turning the original text into `text`, in document order. */
    readonly edits: LayoutEdit[];
}

/** The document in the canonical layout, or undefined when its text cannot be lexed completely. */
export function layoutDocument(lexer: Lexer, text: string): Layout | undefined {
    const lexed = lexer.tokenize(text);
    if (lexed.errors.length > 0) {
        return undefined;
    }
    const items = toItems(lexed.tokens, lexed.hidden);
    if (items.length === 0) {
        return undefined;
    }
    // A file written with CRLF line ends keeps them.
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const blocks = scanTokens(lexed.tokens, text.length);
    const gaps = new LayoutBuilder(items, blocks, text).build();
    const images = items.map(item => COMPARATORS.get(item.type) ?? item.image);
    const pieces = items.map((item, index) => renderGap(gaps[index], index, eol) + images[index]);
    const formatted = pieces.join('') + eol;
    if (!sameTokens(lexer, items, images, formatted)) {
        return undefined;
    }
    return { text: formatted, edits: editsBetween(text, items, gaps, images, eol) };
}

function toItems(tokens: readonly Token[], hidden: readonly Token[]): Item[] {
    return [...tokens, ...hidden]
        .map(token => ({ type: token.tokenType.name, image: token.image, start: token.startOffset, end: token.startOffset + token.image.length }))
        .sort((a, b) => a.start - b.start);
}

function renderGap(gap: Gap, index: number, eol: string): string {
    if (gap.kind === 'inline') {
        return index === 0 ? '' : gap.text;
    }
    const indent = INDENT.repeat(gap.depth);
    return index === 0 ? indent : (gap.blank ? eol + eol : eol) + indent;
}

class LayoutBuilder {
    private readonly gaps: Gap[] = [];
    /** The block each item is in (for `{` the block around it, for `}` the block it closes). */
    private readonly blocks: readonly Block[];
    /** The block each `{` opens, by its offset. */
    private readonly opened = new Map<number, Block>();
    private readonly amountLines: AmountLine[] = [];
    /** The 年度主要任务 opened last: a task's amounts align with the others of its section. */
    private tasksSection?: Block;
    /** The evaluation's 项目资金 opened last: its rows align among themselves. */
    private fundRows?: Block;
    private currentAmountLine?: AmountLine;
    private inIndicator = false;

    constructor(private readonly items: readonly Item[], root: Block, private readonly source: string) {
        const walk = new BlockWalk(root);
        this.blocks = items.map(item => walk.at(item.start));
        const visit = (block: Block): void => block.children.forEach(child => {
            this.opened.set(child.open, child);
            visit(child);
        });
        visit(root);
    }

    build(): Gap[] {
        this.items.forEach((item, index) => {
            const gap = this.gapBefore(index);
            this.gaps.push(this.afterLineComment(index, gap));
            this.track(index);
        });
        this.placeSectionBlankLines();
        new AmountAligner(this.items, this.gaps).align(this.amountLines);
        return this.gaps;
    }

    /** The number of blocks around an item. */
    private depth(index: number): number {
        return this.blocks[index].depth;
    }

    /** The kind of block around an item; undefined outside any. */
    private blockKind(index: number): Block['kind'] | undefined {
        const block = this.blocks[index];
        return block.parent ? block.kind : undefined;
    }

    /** Blank lines between the previous item and this one in the original text (newlines − 1). */
    private originalBlank(index: number): boolean {
        if (index === 0) {
            return false;
        }
        const between = this.source.slice(this.items[index - 1].end, this.items[index].start);
        return (between.match(/\n/g)?.length ?? 0) > 1;
    }

    private originalNewline(index: number): boolean {
        return index > 0 && this.source.slice(this.items[index - 1].end, this.items[index].start).includes('\n');
    }

    private newline(index: number, depth: number, blank = this.originalBlank(index)): Gap {
        return { kind: 'newline', blank, depth };
    }

    private previousToken(index: number): Item | undefined {
        const found = this.previousTokenIndex(index);
        return found < 0 ? undefined : this.items[found];
    }

    /** The nearest item before `index` that is not a comment, or -1. */
    private previousTokenIndex(index: number): number {
        let i = index - 1;
        while (i >= 0 && COMMENTS.has(this.items[i].type)) {
            i--;
        }
        return i;
    }

    private gapBefore(index: number): Gap {
        const item = this.items[index];
        const previous = this.items[index - 1];
        if (index === 0) {
            return this.newline(index, 0, false);
        }
        if (COMMENTS.has(item.type)) {
            return this.commentGap(index);
        }
        const afterOpen = previous.type === '{';
        if (item.type === '}') {
            return afterOpen ? { kind: 'inline', text: ' ' } : this.newline(index, Math.max(0, this.depth(index) - 1), false);
        }
        if (afterOpen) {
            return this.newline(index, this.depth(index), false);
        }
        const statement = this.statementGap(index);
        if (statement) {
            return statement;
        }
        return { kind: 'inline', text: this.inlineSpace(index) };
    }

    /** A new line for the tokens that begin a statement in the block they are in. */
    private statementGap(index: number): Gap | undefined {
        const item = this.items[index];
        const type = item.type;
        const block = this.blockKind(index);
        const depth = this.depth(index);
        const previous = this.previousToken(index);
        switch (block) {
            case undefined:
                return documentKindOf(type) ? this.newline(index, 0) : undefined;
            case 'declaration':
                if (SECTION_KEYWORDS.has(type)) {
                    return this.newline(index, depth, previous?.type !== '{');
                }
                return HEADER_KEYWORDS.has(type) ? this.newline(index, depth) : undefined;
            case 'indicators':
            case 'category':
                if (type === 'ID' && this.startsCategory(index)) {
                    return this.newline(index, depth);
                }
                break;
        }
        if (block && ROW_BLOCKS.has(block) && CONTINUATIONS.has(type)) {
            return this.newline(index, this.inIndicator ? depth + 1 : depth, false);
        }
        // The first amount starts the amounts line; the others follow on it.
        if (block && AMOUNT_LINE_BLOCKS.includes(block) && AMOUNT_KEYWORDS.has(type) && previous?.type !== 'NUMBER') {
            return this.newline(index, depth);
        }
        return block && BLOCK_STATEMENTS[block]?.includes(type) ? this.newline(index, depth) : undefined;
    }

    private startsCategory(index: number): boolean {
        let next = index + 1;
        while (next < this.items.length && COMMENTS.has(this.items[next].type)) {
            next++;
        }
        const type = this.items[next]?.type;
        return type === '{' || type === NOT_APPLICABLE_KEYWORD;
    }

    private inlineSpace(index: number): string {
        const item = this.items[index];
        const previous = this.items[index - 1];
        if (isComparator(previous.type) && (item.type === 'NUMBER' || item.type === '-')) {
            return '';
        }
        if (previous.type === '-' && item.type === 'NUMBER') {
            return '';
        }
        if (GLUED_SEPARATORS.has(item.type) || GLUED_SEPARATORS.has(previous.type) || item.type === ',') {
            return '';
        }
        // Amount cells on one line: `总额 X  财政拨款 Y  其他资金 Z`.
        const cells = this.blockKind(index) === 'fund-rows' ? FUND_CELL_KEYWORDS : AMOUNT_KEYWORDS;
        if (cells.has(item.type) && previous.type === 'NUMBER') {
            return '  ';
        }
        return ' ';
    }

    private commentGap(index: number): Gap {
        const item = this.items[index];
        if (this.originalNewline(index)) {
            // Indented like the block's contents, also right before `}`.
            return this.newline(index, this.depth(index));
        }
        return { kind: 'inline', text: item.type === 'SL_COMMENT' ? '  ' : ' ' };
    }

    /** Nothing may follow a `//` comment on its line: an inline item moves to the next line. */
    private afterLineComment(index: number, gap: Gap): Gap {
        const previous = this.items[index - 1];
        if (gap.kind === 'inline' && previous?.type === 'SL_COMMENT') {
            return this.newline(index, this.depth(index) + (this.inIndicator ? 1 : 0), false);
        }
        return gap;
    }

    /** Updates the statement being written after an item is placed. */
    private track(index: number): void {
        const item = this.items[index];
        const type = item.type;
        if (COMMENTS.has(type)) {
            return;
        }
        const opened = type === '{' ? this.opened.get(item.start) : undefined;
        if (opened?.kind === 'tasks') {
            this.tasksSection = opened;
        } else if (opened?.kind === 'fund-rows') {
            this.fundRows = opened;
        }
        if (type === '{' || type === '}') {
            this.inIndicator = false;
            this.currentAmountLine = undefined;
            return;
        }
        // An indicator, or an evaluation's fund row, may continue on the next line (解释, 偏差原因).
        if (type === INDICATOR_KEYWORD || (this.blockKind(index) === 'fund-rows' && FUND_ROW_KEYWORDS.has(type))) {
            this.inIndicator = true;
        } else if (this.gaps[index].kind === 'newline' && !CONTINUATIONS.has(type)) {
            this.inIndicator = false;
        }
        this.trackAmounts(index);
    }

    private trackAmounts(index: number): void {
        if (this.blockKind(index) === 'fund-rows') {
            this.trackFundAmounts(index);
            return;
        }
        const type = this.items[index].type;
        const grandTotal = type === GRAND_TOTAL_KEYWORD;
        if (grandTotal || (AMOUNT_KEYWORDS.has(type) && this.gaps[index].kind === 'newline')) {
            // Task lines align among themselves; 金额合计 stands apart, because its eight columns of
            // CJK label would push every task's figures far from their keywords.
            // Before any 年度主要任务 (a broken document) all amount lines align together.
            this.currentAmountLine = { section: this.tasksSection, grandTotal: grandTotal && this.tasksSection !== undefined, cells: [] };
            this.amountLines.push(this.currentAmountLine);
        } else if (this.gaps[index].kind === 'newline') {
            this.currentAmountLine = undefined;
        }
        if (AMOUNT_KEYWORDS.has(type) && this.currentAmountLine) {
            this.pushAmountCell(this.currentAmountLine, index);
        }
    }

    /** The rows of an evaluation's 项目资金 align their 年初预算数, 全年预算数 and 全年执行数 in columns. */
    private trackFundAmounts(index: number): void {
        const type = this.items[index].type;
        if (FUND_ROW_KEYWORDS.has(type) && this.gaps[index].kind === 'newline') {
            this.currentAmountLine = { section: this.fundRows, grandTotal: false, cells: [], alignKeywords: true };
            this.amountLines.push(this.currentAmountLine);
        } else if (this.gaps[index].kind === 'newline') {
            this.currentAmountLine = undefined;
        }
        if (FUND_AMOUNT_KEYWORDS.has(type) && this.currentAmountLine) {
            this.pushAmountCell(this.currentAmountLine, index);
        }
    }

    private pushAmountCell(line: AmountLine, keyword: number): void {
        const first = keyword + 1;
        const last = this.items[first]?.type === '-' ? first + 1 : first;
        if (this.items[last]?.type === 'NUMBER') {
            line.cells.push({ keyword, valueFirst: first, valueLast: last });
        }
    }

    /**
     * A section keyword is preceded by a blank line; when comments sit on the lines right above it
     * (no blank line between), the blank line goes above them, so that they stay with the section
     * they describe.
     */
    private placeSectionBlankLines(): void {
        this.items.forEach((item, index) => {
            const gap = this.gaps[index];
            if (!SECTION_KEYWORDS.has(item.type) || gap.kind !== 'newline' || !gap.blank) {
                return;
            }
            let first = index;
            while (first > 0 && COMMENTS.has(this.items[first - 1].type) && this.gaps[first - 1].kind === 'newline') {
                first--;
            }
            // Comments separated from the section by a blank line belong to what is above them.
            if (first !== index && !this.originalBlank(index)) {
                const firstGap = this.gaps[first];
                if (firstGap.kind === 'newline' && this.items[first - 1]?.type !== '{') {
                    firstGap.blank = true;
                }
                gap.blank = false;
            }
        });
    }
}

/**
 * Right-aligns the amounts of each 年度主要任务 section in columns: every task's amounts line and
 * the 金额合计 line, when they all name the same columns in the same order. Widths are display
 * widths, so the CJK 金额合计 in front of its amounts counts for what it takes on screen.
 */
class AmountAligner {
    constructor(private readonly items: readonly Item[], private readonly gaps: Gap[]) {}

    align(lines: readonly AmountLine[]): void {
        const sections = new Map<Block | undefined, { tasks: AmountLine[]; grandTotal: AmountLine[] }>();
        for (const line of lines) {
            const section = sections.get(line.section) ?? { tasks: [], grandTotal: [] };
            (line.grandTotal ? section.grandTotal : section.tasks).push(line);
            sections.set(line.section, section);
        }
        for (const section of [...sections.values()].flatMap(({ tasks, grandTotal }) => [tasks, grandTotal])) {
            if (section.length >= 2 && this.alignable(section)) {
                this.alignSection(section);
            }
        }
    }

    private alignable(lines: readonly AmountLine[]): boolean {
        const columns = (line: AmountLine) => line.cells.map(cell => this.items[cell.keyword].type).join(' ');
        const first = columns(lines[0]);
        return lines[0].cells.length > 0 && lines.every(line => columns(line) === first && line.cells.every((cell, index) => this.cellIsPlain(line, cell, index)));
    }

    /** A comment inside the amounts would move with the padding: such a section is left unaligned. */
    private cellIsPlain(line: AmountLine, cell: AmountCell, index: number): boolean {
        const inlineGap = (at: number) => this.gaps[at].kind === 'inline';
        const next = line.cells[index + 1];
        const contiguous = next ? next.keyword === cell.valueLast + 1 : true;
        return cell.valueFirst === cell.keyword + 1 && inlineGap(cell.valueFirst) && (next ? inlineGap(next.keyword) && contiguous : true);
    }

    private alignSection(lines: readonly AmountLine[]): void {
        const columnCount = lines[0].cells.length;
        const starts = lines.map(line => this.lineWidthBefore(line.cells[0].keyword));
        if (lines[0].alignKeywords) {
            const start = Math.max(...starts);
            lines.forEach((line, row) => {
                this.gaps[line.cells[0].keyword] = { kind: 'inline', text: ' '.repeat(1 + start - starts[row]) };
                starts[row] = start;
            });
        }
        for (let column = 0; column < columnCount; column++) {
            const ends = lines.map((line, row) => starts[row] + this.cellWidth(line.cells[column]));
            const end = Math.max(...ends);
            lines.forEach((line, row) => {
                const cell = line.cells[column];
                this.gaps[cell.valueFirst] = { kind: 'inline', text: ' '.repeat(1 + end - ends[row]) };
                starts[row] = end + 2;
            });
        }
    }

    /** `总额 11782800.00` with one space: the width before padding. */
    private cellWidth(cell: AmountCell): number {
        const value = this.items.slice(cell.valueFirst, cell.valueLast + 1).map(item => item.image).join('');
        return stringWidth(this.items[cell.keyword].image) + 1 + stringWidth(value);
    }

    /** The display width of the laid-out line in front of an item. */
    private lineWidthBefore(index: number): number {
        let width = 0;
        for (let i = index; i >= 0; i--) {
            if (i < index) {
                width += stringWidth(this.items[i].image);
            }
            const gap = this.gaps[i];
            if (gap.kind === 'newline') {
                return width + INDENT.length * gap.depth;
            }
            width += stringWidth(gap.text);
        }
        return width;
    }
}

/** The output lexes to the same tokens and comments, comparators aside, or it is not used. */
function sameTokens(lexer: Lexer, items: readonly Item[], images: readonly string[], formatted: string): boolean {
    const again = lexer.tokenize(formatted);
    if (again.errors.length > 0) {
        return false;
    }
    const after = toItems(again.tokens, again.hidden);
    return after.length === items.length && after.every((item, index) => item.image === images[index]);
}

function editsBetween(source: string, items: readonly Item[], gaps: readonly Gap[], images: readonly string[], eol: string): LayoutEdit[] {
    const edits: LayoutEdit[] = [];
    items.forEach((item, index) => {
        const start = index === 0 ? 0 : items[index - 1].end;
        const gap = renderGap(gaps[index], index, eol);
        if (source.slice(start, item.start) !== gap) {
            edits.push({ start, end: item.start, newText: gap });
        }
        if (images[index] !== item.image) {
            edits.push({ start: item.start, end: item.end, newText: images[index] });
        }
    });
    const last = items[items.length - 1];
    if (source.slice(last.end) !== eol) {
        edits.push({ start: last.end, end: source.length, newText: eol });
    }
    return edits;
}
