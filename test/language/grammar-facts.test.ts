/**
 * The grammar facts (domain/grammar-facts.ts) say what the grammar says: every fact is looked up in
 * the generated grammar, so a grammar change that the facts do not follow fails here.
 */
import { AstUtils, GrammarAST, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import {
    AMOUNT_COLUMNS, BLOCK_STATEMENTS, COMPARATORS, CONTINUATION_KEYWORDS, DOCUMENT_KINDS, FUND_ROW_AMOUNTS, FUND_ROW_SCORING, FUND_ROWS,
    GRAND_TOTAL_KEYWORD, INDICATOR_CLAUSES, INDICATOR_KEYWORD, isIdentifier, JIXIAO_KEYWORDS, NAMED_BLOCKS, NOT_APPLICABLE_KEYWORD, SELF_EVALUATION
} from 'jixiao-language/domain';
import { createTestServices } from './jixiao-test-utils.js';

const grammar = createTestServices().Grammar;
const rules = grammar.rules.filter(GrammarAST.isParserRule);

function rule(name: string): GrammarAST.ParserRule {
    const found = rules.find(candidate => candidate.name === name);
    expect(found, `rule ${name}`).toBeDefined();
    return found!;
}

/** The elements of a rule's body in order, actions left out. */
function elementsOf(parserRule: GrammarAST.ParserRule): GrammarAST.AbstractElement[] {
    const definition = parserRule.definition;
    const elements = GrammarAST.isGroup(definition) ? definition.elements : [definition];
    return elements.filter(element => !GrammarAST.isAction(element));
}

function firstKeyword(parserRule: GrammarAST.ParserRule): string | undefined {
    const first = elementsOf(parserRule)[0];
    return GrammarAST.isKeyword(first) ? first.value : undefined;
}

/**
 * Every `'keyword' property=…` under a node (a group that starts so, the value maybe one of several
 * alternatives assigned to the same property): keyword → property.
 */
function keywordAssignments(node: AstNode): Array<[string, string]> {
    return AstUtils.streamAllContents(node).filter(GrammarAST.isGroup).toArray().flatMap(group => {
        const [keyword, value] = group.elements;
        const assignments = GrammarAST.isAlternatives(value) ? value.elements : [value];
        const features = new Set(assignments.map(assignment => GrammarAST.isAssignment(assignment) ? assignment.feature : undefined));
        const [feature] = features;
        return GrammarAST.isKeyword(keyword) && features.size === 1 && feature !== undefined ? [[keyword.value, feature] as [string, string]] : [];
    });
}

/** The parser rule a property of a rule is assigned from (`tasks=TaskSection`). */
function assignedRule(parserRule: GrammarAST.ParserRule, property: string): GrammarAST.ParserRule {
    const assignment = AstUtils.streamAllContents(parserRule).filter(GrammarAST.isAssignment).find(candidate => candidate.feature === property);
    const called = assignment && GrammarAST.isRuleCall(assignment.terminal) ? assignment.terminal.rule.ref : undefined;
    expect(GrammarAST.isParserRule(called), `${parserRule.name}.${property}`).toBe(true);
    return called as GrammarAST.ParserRule;
}

function reachableRules(start: GrammarAST.ParserRule): Set<GrammarAST.ParserRule> {
    const reached = new Set<GrammarAST.ParserRule>([start]);
    for (const current of reached) {
        AstUtils.streamAllContents(current).filter(GrammarAST.isRuleCall).forEach(call => {
            if (GrammarAST.isParserRule(call.rule.ref)) {
                reached.add(call.rule.ref);
            }
        });
    }
    return reached;
}

describe.each(DOCUMENT_KINDS.map(kind => [kind.keyword, kind] as const))('the document kind %s', (_keyword, kind) => {
    const documentRule = rule(kind.rule);

    test('starts with its keyword and is an alternative of the entry rule', () => {
        expect(firstKeyword(documentRule)).toBe(kind.keyword);
        const entry = rules.find(candidate => candidate.entry)!;
        const alternatives = entry === documentRule ? [documentRule] : AstUtils.streamAllContents(entry).filter(GrammarAST.isRuleCall).map(call => call.rule.ref).toArray();
        expect(alternatives).toContain(documentRule);
    });

    test('has exactly the header fields and closing statements of the facts', () => {
        const fields = keywordAssignments(documentRule).filter(([keyword]) => keyword !== kind.keyword);
        expect(Object.fromEntries(fields)).toEqual({ ...kind.header, ...kind.closing });
    });

    test('opens each section with its keyword', () => {
        for (const [keyword, block] of Object.entries(kind.sections)) {
            const section = assignedRule(documentRule, block);
            expect(elementsOf(section).slice(0, 2).map(element => (element as GrammarAST.Keyword).value)).toEqual([keyword, '{']);
        }
    });

    test('writes every amount after its keyword', () => {
        const amounts = kind.amounts;
        if (!amounts) {
            return;
        }
        const pairs = [...reachableRules(documentRule)].flatMap(keywordAssignments).filter(([, property]) => (AMOUNT_COLUMNS as readonly string[]).includes(property));
        expect(new Set(pairs.map(([, property]) => property))).toEqual(new Set(AMOUNT_COLUMNS));
        for (const [keyword, property] of pairs) {
            expect(keyword).toBe(amounts[property as keyof typeof amounts]);
        }
    });

    test('has the indicator clauses of its kind among the indicator\'s', () => {
        expect(kind.indicatorClauses.every(clause => clause in INDICATOR_CLAUSES)).toBe(true);
    });
});

describe('blocks and statements', () => {
    test('a named block starts with its keyword, a quoted name and `{`', () => {
        for (const keyword of Object.keys(NAMED_BLOCKS)) {
            const named = rules.find(candidate => firstKeyword(candidate) === keyword)!;
            const [, name, open] = elementsOf(named);
            expect(GrammarAST.isAssignment(name) && name.feature === 'name' && GrammarAST.isRuleCall(name.terminal) && name.terminal.rule.ref?.name).toBe('STRING');
            expect((open as GrammarAST.Keyword).value).toBe('{');
        }
    });

    test('the sum line starts the rule of a section\'s grandTotal', () => {
        const tasks = assignedRule(rule('Declaration'), 'tasks');
        expect(firstKeyword(assignedRule(tasks, 'grandTotal'))).toBe(GRAND_TOTAL_KEYWORD);
    });

    test('each statement keyword starts a rule, one of its alternatives, or a clause', () => {
        const alternatives = (parserRule: GrammarAST.ParserRule) => GrammarAST.isAlternatives(parserRule.definition)
            ? parserRule.definition.elements.filter(GrammarAST.isKeyword).map(keyword => keyword.value) : [];
        const starters = new Set([
            ...rules.map(firstKeyword),
            ...rules.flatMap(alternatives),
            ...AstUtils.streamAllContents(grammar).filter(GrammarAST.isGroup).map(group => group.elements[0]).filter(GrammarAST.isKeyword).map(keyword => keyword.value)
        ]);
        for (const keyword of Object.values(BLOCK_STATEMENTS).flat()) {
            expect(starters.has(keyword), keyword).toBe(true);
        }
    });

    test('an indicator starts with its keyword and has its clauses', () => {
        const indicator = rules.find(candidate => firstKeyword(candidate) === INDICATOR_KEYWORD)!;
        const clauses = Object.fromEntries(keywordAssignments(indicator).map(([keyword, property]) => [property, keyword]));
        expect(clauses).toMatchObject(INDICATOR_CLAUSES);
    });

    test('an evaluation\'s fund rows: their kinds, then their cells', () => {
        const funds = assignedRule(rule(SELF_EVALUATION.rule), 'funds');
        const row = assignedRule(funds, 'rows');
        const kinds = assignedRule(row, 'kind');
        expect(AstUtils.streamAllContents(kinds).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray()).toEqual([...FUND_ROWS]);
        expect(Object.fromEntries(keywordAssignments(row).map(([keyword, property]) => [property, keyword]))).toEqual({ ...FUND_ROW_AMOUNTS, ...FUND_ROW_SCORING });
    });

    test('continuation keywords are indicator clauses', () => {
        expect(CONTINUATION_KEYWORDS.every(keyword => (Object.values(INDICATOR_CLAUSES) as string[]).includes(keyword))).toBe(true);
    });

    test('不适用 is a keyword', () => {
        const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray();
        expect(keywords).toContain(NOT_APPLICABLE_KEYWORD);
    });
});

describe('comparators', () => {
    test('are exactly the spellings of the Comparator rule', () => {
        const spellings = AstUtils.streamAllContents(rule('Comparator')).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray();
        expect([...COMPARATORS.keys()].sort()).toEqual([...new Set(spellings)].sort());
    });
});

describe('keywords', () => {
    test('JIXIAO_KEYWORDS are exactly the word keywords of the grammar', () => {
        const words = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value)
            .filter(word => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(word)).toArray();
        expect([...new Set(words)].sort()).toEqual([...JIXIAO_KEYWORDS].sort());
    });

    test('a keyword is not an identifier', () => {
        expect(JIXIAO_KEYWORDS.filter(isIdentifier)).toEqual([]);
    });
});
