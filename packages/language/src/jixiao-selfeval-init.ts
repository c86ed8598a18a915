/**
 * A self-evaluation to fill in, generated from a project declaration (`jixiao selfeval init`): the
 * project's header, `申报` naming the declaration, 项目资金 with the declared amounts as 年初预算数 and
 * 全年预算数, the goals as 预期目标, and every indicator with its target as declared and its 分值
 * spread by the scoring profile (预算执行率 10; each 一级 share split evenly over its indicators,
 * to the hundredth, adding up exactly). What is left to write are the actuals: 全年执行数,
 * 实际完成情况 and each indicator's 实际 — the only diagnostics the result has.
 */
import type { Category, Indicator, ProjectDeclaration } from './generated/ast.js';
import { allIndicators, headerValue, indicatorPlacement } from './jixiao-ast-utils.js';
import { formatJixiaoText } from './jixiao-format-text.js';
import { formatDecimal, type ExactDecimal } from './domain/decimal.js';
import {
    FUND_ROW_AMOUNTS, FUND_ROW_SCORING, FUND_ROWS, INDICATOR_CLAUSES, INDICATOR_KEYWORD, NOT_APPLICABLE_KEYWORD, OUTCOME_CLAUSES, PROJECT_DECLARATION,
    SELF_EVALUATION, headerStatements, quoteJixiaoString, sectionKeyword
} from './domain/grammar-facts.js';
import { apportion, expectedShareWeights } from './domain/scoring.js';
import { DEFAULT_SCORING_PROFILE, shareOf, type ScoringProfile } from './domain/scoring-profiles.js';

export interface EvaluationDraft {
    readonly text: string;
    /** How many indicators wait for their 实际. */
    readonly indicatorCount: number;
}

/** `declarationPath` is written into `申报` as given (relative to where the evaluation will be). */
export function draftEvaluation(declaration: ProjectDeclaration, declarationPath: string, profile: ScoringProfile = DEFAULT_SCORING_PROFILE): EvaluationDraft {
    const weights = weightsOf(declaration, profile);
    const out: string[] = [];
    const line = (depth: number, text: string) => out.push('  '.repeat(depth) + text);
    const kind = SELF_EVALUATION;
    line(0, `${kind.keyword}${declaration.year ? ' ' + declaration.year : ''} {`);
    // The project's header as declared, and the declaration it evaluates.
    const declared = Object.fromEntries(Object.values(PROJECT_DECLARATION.header).map(property =>
        [property, headerValue(declaration[property as keyof ProjectDeclaration] as string[])]));
    headerStatements(kind, { ...declared, declarationPath }).forEach(statement => line(1, statement));

    const funds = declaration.funds;
    const amounts = (amount: string | undefined) => amount === undefined ? '' : `${FUND_ROW_AMOUNTS.initial} ${amount}  ${FUND_ROW_AMOUNTS.budget} ${amount}`;
    // 年度资金总额, 当年财政拨款, 上年结转资金 (nothing carried over: a declaration has none), 其他资金.
    const rows = [funds?.total, funds?.fiscal, '0.00', funds?.other];
    out.push('');
    line(1, `${sectionKeyword(kind, 'funds')} {`);
    FUND_ROWS.forEach((row, index) =>
        line(2, `${row} ${amounts(rows[index])}${index === 0 ? `  ${FUND_ROW_SCORING.weight} ${formatDecimal(profile.budgetWeight)}` : ''}`));
    line(1, '}');

    const goals = declaration.goals;
    const planned = [goals?.intro, ...(goals?.goals ?? []).map((goal, index) => `${index + 1}、${goal.text ?? ''}`)].filter(text => text !== undefined);
    out.push('');
    line(1, `${sectionKeyword(kind, 'goals')} {`);
    line(2, `${OUTCOME_CLAUSES.expected} ${quoteJixiaoString(planned.join('\n'))}`);
    line(1, '}');

    out.push('');
    line(1, `${sectionKeyword(kind, 'indicators')} {`);
    for (const category of declaration.indicators?.categories ?? []) {
        printCategory(category, 2, line, weights);
    }
    line(1, '}');
    line(0, '}');
    return { text: formatJixiaoText(out.join('\n') + '\n'), indicatorCount: weights.size };
}

type Line = (depth: number, text: string) => void;

function printCategory(category: Category, depth: number, line: Line, weights: ReadonlyMap<Indicator, ExactDecimal>): void {
    if (category.notApplicable) {
        line(depth, `${category.name} ${NOT_APPLICABLE_KEYWORD}`);
        return;
    }
    line(depth, `${category.name} {`);
    category.categories.forEach(child => printCategory(child, depth + 1, line, weights));
    for (const indicator of category.indicators) {
        const value = indicator.value?.$cstNode?.text ?? '';
        const unitCell = indicator.unitCell === undefined ? '' : ` ${INDICATOR_CLAUSES.unitCell} ${indicator.unitCell}`;
        const weight = weights.get(indicator);
        line(depth + 1, `${INDICATOR_KEYWORD} ${quoteJixiaoString(indicator.name ?? '')} ${value}${unitCell}${weight ? ` ${INDICATOR_CLAUSES.weight} ${formatDecimal(weight)}` : ''}`);
    }
    line(depth, '}');
}

/** Each scored indicator's 分值: its share's points (redistributed when a share has none) split evenly. */
function weightsOf(declaration: ProjectDeclaration, profile: ScoringProfile): Map<Indicator, ExactDecimal> {
    const scored = allIndicators(declaration).filter(indicator => typeof indicator.name === 'string' && indicator.value?.$type !== 'NotApplicableValue');
    const shareByIndicator = new Map(scored.map(indicator => [indicator, shareOf(profile, indicatorPlacement(indicator).first)]));
    const expected = expectedShareWeights(profile, new Set([...shareByIndicator.values()].flatMap(share => share ? [share.name] : [])));
    const weights = new Map<Indicator, ExactDecimal>();
    for (const [share, total] of expected) {
        const members = scored.filter(indicator => shareByIndicator.get(indicator) === share);
        apportion(total, members.map(() => 1n)).forEach((weight, index) => weights.set(members[index], weight));
    }
    return weights;
}
