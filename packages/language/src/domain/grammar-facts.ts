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

/**
 * The kinds of `{ … }` block a document is made of. An evaluation's 项目资金 is rows (`fund-rows`),
 * its 年度总体目标 the expected and the achieved (`outcome`).
 */
export type BlockKind = 'declaration' | 'tasks' | 'task' | 'funds' | 'fund-rows' | 'goals' | 'outcome' | 'indicators' | 'category' | 'unknown';

/** The sections of a document, by the AST property each fills. */
export type SectionProperty = 'tasks' | 'funds' | 'goals' | 'indicators';

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
    /** The sections after the header: keyword → the AST property it fills. */
    readonly sections: Readonly<Record<string, SectionProperty>>;
    /** The kind of block a section opens, where it is not named like its property. */
    readonly blocks?: Readonly<Partial<Record<SectionProperty, BlockKind>>>;
    /** Statements after the sections, each on its own line: keyword → AST property (`总分 95.30`). */
    readonly closing?: Readonly<Record<string, string>>;
    /** The clauses an indicator has in this kind of document (the others belong to another kind). */
    readonly indicatorClauses: readonly IndicatorClause[];
    /** The amount columns written on one line and their keywords, in the order the grammar wants them. */
    readonly amounts?: Readonly<Record<AmountColumnKey, string>>;
}

/** A kind of declaration, whose amounts are written on one line. */
export type AmountDocumentKindFacts = DocumentKindFacts & { readonly amounts: Readonly<Record<AmountColumnKey, string>> };

/** The clauses of an indicator after its value, each an optional keyword: AST property → keyword. */
export const INDICATOR_CLAUSES = {
    unitCell: '度量单位', goals: '对应', explanation: '解释', actual: '实际', weight: '分值', score: '得分', reason: '偏差原因'
} as const;
export type IndicatorClause = keyof typeof INDICATOR_CLAUSES;
const DECLARED_CLAUSES: readonly IndicatorClause[] = ['unitCell', 'goals', 'explanation'];

/** 部门（单位）整体支出绩效目标申报表. */
export const DEPARTMENT_DECLARATION: AmountDocumentKindFacts = {
    rule: 'Declaration',
    keyword: '部门整体支出绩效目标',
    header: { 部门名称: 'departmentName', 主管部门: 'authority', 金额单位: 'amountUnit', 指标体系: 'profile' },
    sections: { 年度主要任务: 'tasks', 年度总体目标: 'goals', 年度绩效指标: 'indicators' },
    indicatorClauses: DECLARED_CLAUSES,
    amounts: { total: '总额', fiscal: '财政拨款', other: '其他资金' }
};

/** 项目支出绩效目标申报表 (DESIGN §2.1): `所属任务` is ours, not the form's. */
export const PROJECT_DECLARATION: AmountDocumentKindFacts = {
    rule: 'ProjectDeclaration',
    keyword: '项目支出绩效目标',
    header: {
        项目名称: 'projectName', 主管部门: 'authority', 实施单位: 'implementer', 项目属性: 'attribute', 项目期: 'period',
        所属任务: 'task', 金额单位: 'amountUnit', 指标体系: 'profile'
    },
    sections: { 项目资金: 'funds', 年度绩效目标: 'goals', 年度绩效指标: 'indicators' },
    indicatorClauses: DECLARED_CLAUSES,
    amounts: { total: '年度资金总额', fiscal: '财政拨款', other: '其他资金' }
};

/** An evaluation's 项目资金: one row per line, each a kind of funds (the rows of the form). */
export const FUND_ROWS = ['年度资金总额', '当年财政拨款', '上年结转资金', '其他资金'] as const;
export type FundRowKind = typeof FUND_ROWS[number];
/** The row whose columns are the sum of the others', and which alone is scored (预算执行率). */
export const FUND_TOTAL_ROW: FundRowKind = FUND_ROWS[0];
/** The cells of a fund row after its kind: AST property → keyword. The amounts align in columns. */
export const FUND_ROW_AMOUNTS = { initial: '年初预算数', budget: '全年预算数', executed: '全年执行数' } as const;
export const FUND_ROW_SCORING = { weight: INDICATOR_CLAUSES.weight, score: INDICATOR_CLAUSES.score, reason: INDICATOR_CLAUSES.reason } as const;
export const TOTAL_SCORE_KEYWORD = '总分';

/**
 * 项目支出绩效自评表 (DESIGN §2.2): the project's header, the declaration it evaluates (`申报`), funds
 * as rows (FUND_ROWS), the expected and achieved goals, each indicator's 实际, 分值, 得分 and 偏差原因,
 * and the 总分 last.
 */
export const SELF_EVALUATION: DocumentKindFacts = {
    rule: 'SelfEvaluation',
    keyword: '项目支出绩效自评',
    header: { ...PROJECT_DECLARATION.header, 评分规则: 'scoringProfile', 申报: 'declarationPath' },
    sections: { 项目资金: 'funds', 年度总体目标: 'goals', 年度绩效指标: 'indicators' },
    blocks: { funds: 'fund-rows', goals: 'outcome' },
    closing: { [TOTAL_SCORE_KEYWORD]: 'total' },
    indicatorClauses: ['unitCell', 'actual', 'weight', 'score', 'reason']
};

/** Every kind of document: one entry each, its blocks' statements in BLOCK_STATEMENTS. */
export const DOCUMENT_KINDS: readonly DocumentKindFacts[] = [DEPARTMENT_DECLARATION, PROJECT_DECLARATION, SELF_EVALUATION];

/** Clauses written on the line after their statement, two spaces further in. */
export const CONTINUATION_KEYWORDS: readonly string[] = [INDICATOR_CLAUSES.explanation, INDICATOR_CLAUSES.reason];

/** A keyword followed by a quoted name opens a block: `任务 "基本支出" {`. */
export const NAMED_BLOCKS: Readonly<Record<string, BlockKind>> = { 任务: 'task' };

/** The sum line of the tasks: `金额合计 总额 …  财政拨款 …  其他资金 …`. */
export const GRAND_TOTAL_KEYWORD = '金额合计';
/** What a category or an indicator value is when it does not apply. */
export const NOT_APPLICABLE_KEYWORD = '不适用';
/** An indicator starts with this keyword; its clauses are INDICATOR_CLAUSES. */
export const INDICATOR_KEYWORD = '指标';

/** The statements of a task, of the goals and of an evaluation's goals (`outcome`), by AST property. */
export const TASK_CLAUSES = { content: '主要内容' } as const;
export const GOALS_CLAUSES = { intro: '导语', goals: '目标' } as const;
export const OUTCOME_CLAUSES = { expected: '预期目标', achieved: '实际完成情况' } as const;

/** Blocks whose amounts are written on one line: `总额 X  财政拨款 Y  其他资金 Z`. */
export const AMOUNT_LINE_BLOCKS: readonly BlockKind[] = ['task', 'funds'];

/**
 * The keywords that start a statement (a line of the canonical layout) inside each kind of block,
 * besides the header fields and sections of a document and the category names of the indicators.
 * Amounts start a line where the first of them is written (AMOUNT_LINE_BLOCKS).
 */
export const BLOCK_STATEMENTS: Readonly<Partial<Record<BlockKind, readonly string[]>>> = {
    tasks: ['任务', GRAND_TOTAL_KEYWORD],
    task: Object.values(TASK_CLAUSES),
    goals: Object.values(GOALS_CLAUSES),
    outcome: Object.values(OUTCOME_CLAUSES),
    'fund-rows': FUND_ROWS,
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
export function sectionKeyword(kind: DocumentKindFacts, section: SectionProperty): string {
    return keywordFor(kind.sections, section, kind.keyword);
}

/** The kind of block a section keyword opens in a kind of document, if it opens one there. */
export function sectionBlock(kind: DocumentKindFacts, keyword: string): BlockKind | undefined {
    const section = kind.sections[keyword];
    return section && (kind.blocks?.[section] ?? section);
}

/** Every keyword written once in a document's own block (header fields, sections, closing) → its AST property. */
export function documentFields(kind: DocumentKindFacts): Readonly<Record<string, string>> {
    return { ...kind.header, ...kind.sections, ...kind.closing };
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
    ...DOCUMENT_KINDS.flatMap(kind => [kind.keyword, ...Object.keys(documentFields(kind)), ...Object.values(kind.amounts ?? {})]),
    ...Object.keys(NAMED_BLOCKS),
    ...Object.values(BLOCK_STATEMENTS).flat(),
    NOT_APPLICABLE_KEYWORD,
    ...Object.values(INDICATOR_CLAUSES),
    ...Object.values(FUND_ROW_AMOUNTS),
    ...Object.values(FUND_ROW_SCORING)
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

/** Text as a string literal of the language (the STRING terminal): backslash, quote, line breaks and tabs escaped. */
export function quoteJixiaoString(text: string): string {
    return '"' + text
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\r/g, '\\r')
        .replace(/\n/g, '\\n')
        .replace(/\t/g, '\\t') + '"';
}

/** Header fields whose value is a name (`金额单位 万元`), written as a string only when it is not one. */
const NAME_FIELDS: ReadonlySet<string> = new Set(['attribute', 'amountUnit', 'profile', 'scoringProfile']);

/**
 * A document's header as statements in the order of its facts (`项目名称 "…"`, `金额单位 万元`); a field
 * without a value (undefined or empty) is left out.
 */
export function headerStatements(kind: DocumentKindFacts, values: Readonly<Record<string, string | undefined>>): string[] {
    return Object.entries(kind.header).flatMap(([keyword, property]) => {
        const value = values[property];
        return value ? [`${keyword} ${NAME_FIELDS.has(property) && isIdentifier(value) ? value : quoteJixiaoString(value)}`] : [];
    });
}
