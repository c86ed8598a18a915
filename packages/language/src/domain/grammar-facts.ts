/**
 * Facts about the grammar that the formatter, completion, semantic tokens, validators, quick fixes,
 * the form printer and import all need: which keyword opens which block, the header fields, the
 * amount columns, the comparators, and the words that cannot be names. They are data, kept here
 * once, per kind of document: a new kind (the project form, the self-evaluation) is a new entry in
 * DOCUMENT_KINDS and its blocks in BLOCK_STATEMENTS, not a keyword added to each of those services.
 *
 * No Langium here (import and the CLI read these facts too). A spec checks every fact against the
 * generated grammar (test/language/grammar-facts.test.ts), so a grammar change that is not
 * reflected here fails the build's tests instead of silently confusing the formatter.
 */

/** The kinds of `{ … }` block a document is made of. */
export type BlockKind = 'declaration' | 'tasks' | 'task' | 'funds' | 'goals' | 'indicators' | 'category' | 'unknown';

export type AmountColumnKey = 'total' | 'fiscal' | 'other';
export const AMOUNT_COLUMNS: readonly AmountColumnKey[] = ['total', 'fiscal', 'other'];

/** One kind of document the language can write (one alternative of the grammar's entry rule). */
export interface DocumentKindFacts {
    /** The grammar rule (and AST type) of such a document. */
    readonly rule: string;
    /** The keyword it starts with, before its year: `部门整体支出绩效目标 2026 {`. */
    readonly keyword: string;
    /** Header fields, written in any order at the top of the document: keyword → AST property. */
    readonly header: Readonly<Record<string, string>>;
    /** The sections after the header: keyword → the block it opens (also the AST property). */
    readonly sections: Readonly<Record<string, BlockKind>>;
    /** The amount columns and their keywords, in the order the grammar wants them. */
    readonly amounts: Readonly<Record<AmountColumnKey, string>>;
}

/** 部门（单位）整体支出绩效目标申报表. */
export const DEPARTMENT_DECLARATION: DocumentKindFacts = {
    rule: 'Declaration',
    keyword: '部门整体支出绩效目标',
    header: { 部门名称: 'departmentName', 主管部门: 'authority', 金额单位: 'amountUnit', 指标体系: 'profile' },
    sections: { 年度主要任务: 'tasks', 年度总体目标: 'goals', 年度绩效指标: 'indicators' },
    amounts: { total: '总额', fiscal: '财政拨款', other: '其他资金' }
};

/** 项目支出绩效目标申报表 (DESIGN §2.1): `所属任务` is ours, not the form's. */
export const PROJECT_DECLARATION: DocumentKindFacts = {
    rule: 'ProjectDeclaration',
    keyword: '项目支出绩效目标',
    header: {
        项目名称: 'projectName', 主管部门: 'authority', 实施单位: 'implementer', 项目属性: 'attribute', 项目期: 'period',
        所属任务: 'task', 金额单位: 'amountUnit', 指标体系: 'profile'
    },
    sections: { 项目资金: 'funds', 年度绩效目标: 'goals', 年度绩效指标: 'indicators' },
    amounts: { total: '年度资金总额', fiscal: '财政拨款', other: '其他资金' }
};

/** Every kind of document: one entry each, its blocks' statements in BLOCK_STATEMENTS. */
export const DOCUMENT_KINDS: readonly DocumentKindFacts[] = [DEPARTMENT_DECLARATION, PROJECT_DECLARATION];

/** A keyword followed by a quoted name opens a block: `任务 "基本支出" {`. */
export const NAMED_BLOCKS: Readonly<Record<string, BlockKind>> = { 任务: 'task' };

/** The sum line of the tasks: `金额合计 总额 …  财政拨款 …  其他资金 …`. */
export const GRAND_TOTAL_KEYWORD = '金额合计';
/** What a category or an indicator value is when it does not apply. */
export const NOT_APPLICABLE_KEYWORD = '不适用';
/** The clauses of an indicator after its value, each an optional keyword. */
export const INDICATOR_KEYWORD = '指标';
export const INDICATOR_CLAUSES = { unitCell: '度量单位', goals: '对应', explanation: '解释' } as const;

/** Blocks whose amounts are written on one line: `总额 X  财政拨款 Y  其他资金 Z`. */
export const AMOUNT_LINE_BLOCKS: readonly BlockKind[] = ['task', 'funds'];

/**
 * The keywords that start a statement (a line of the canonical layout) inside each kind of block,
 * besides the header fields and sections of a document and the category names of the indicators.
 * Amounts start a line where the first of them is written (AMOUNT_LINE_BLOCKS).
 */
export const BLOCK_STATEMENTS: Readonly<Partial<Record<BlockKind, readonly string[]>>> = {
    tasks: ['任务', GRAND_TOTAL_KEYWORD],
    task: ['主要内容'],
    goals: ['导语', '目标'],
    indicators: [INDICATOR_KEYWORD],
    category: [INDICATOR_KEYWORD]
};

/** The comparators the form writes (≥ ≤ > < =). */
export type CanonicalComparator = '≥' | '≤' | '>' | '<' | '=';

/**
 * Each comparator and the other spellings the grammar accepts for it (the formatter writes the
 * form's). The first other spelling is the one a keyboard types, offered in completion's filter.
 */
export const COMPARATOR_SPELLINGS: Readonly<Record<CanonicalComparator, readonly string[]>> = {
    '≥': ['>=', '≧'],
    '≤': ['<=', '≦'],
    '>': ['＞'],
    '<': ['＜'],
    '=': ['＝']
};

export const CANONICAL_COMPARATORS = Object.keys(COMPARATOR_SPELLINGS) as CanonicalComparator[];

/** Every spelling of a comparator the grammar accepts → the form's spelling. */
export const COMPARATORS: ReadonlyMap<string, CanonicalComparator> = new Map(
    CANONICAL_COMPARATORS.flatMap(canonical => [canonical, ...COMPARATOR_SPELLINGS[canonical]].map(spelling => [spelling, canonical] as const))
);

export function isComparator(text: string): boolean {
    return COMPARATORS.has(text);
}

/** The keywords that start a document, of any kind. */
export function documentKeywords(): string[] {
    return DOCUMENT_KINDS.map(kind => kind.keyword);
}

/** The keyword that opens a section of a document: `年度主要任务` for the tasks. */
export function sectionKeyword(kind: DocumentKindFacts, block: BlockKind): string {
    return keywordFor(kind.sections, block, kind.keyword);
}

/** The keyword of a header field: `部门名称` for departmentName. */
export function headerKeyword(kind: DocumentKindFacts, property: string): string {
    return keywordFor(kind.header, property, kind.keyword);
}

function keywordFor(keywords: Readonly<Record<string, string>>, meaning: string, kind: string): string {
    const keyword = Object.keys(keywords).find(key => keywords[key] === meaning);
    if (keyword === undefined) {
        throw new Error(`${kind} has no keyword for ${meaning}`);
    }
    return keyword;
}

/** The facts of a document node's kind, by its AST type (`Declaration`, `ProjectDeclaration`). */
export function documentKindOfRule(rule: string): DocumentKindFacts | undefined {
    return DOCUMENT_KINDS.find(kind => kind.rule === rule);
}

/** The kind of document a keyword starts, if it starts one. */
export function documentKindOf(keyword: string): DocumentKindFacts | undefined {
    return DOCUMENT_KINDS.find(kind => kind.keyword === keyword);
}

/**
 * The words of the language that cannot be names: a goal name, a category name or a unit that is
 * one of these lexes as the keyword, not as a name. Import checks the names it generates or copies
 * from a form against this list.
 */
export const JIXIAO_KEYWORDS: readonly string[] = [...new Set([
    ...DOCUMENT_KINDS.flatMap(kind => [kind.keyword, ...Object.keys(kind.header), ...Object.keys(kind.sections), ...Object.values(kind.amounts)]),
    ...Object.keys(NAMED_BLOCKS),
    ...Object.values(BLOCK_STATEMENTS).flat(),
    NOT_APPLICABLE_KEYWORD,
    ...Object.values(INDICATOR_CLAUSES)
])];

const KEYWORDS = new Set(JIXIAO_KEYWORDS);

export function isKeyword(word: string): boolean {
    return KEYWORDS.has(word);
}

const ID_PATTERN = /^[_a-zA-Z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][_a-zA-Z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff²³·]*$/;

/** True when the text lexes as one name (the grammar's ID) and is not a keyword. */
export function isIdentifier(text: string): boolean {
    return ID_PATTERN.test(text) && !isKeyword(text);
}
