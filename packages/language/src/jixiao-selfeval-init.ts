/**
 * A self-evaluation to fill in, generated from a project declaration (`jixiao selfeval init`): the
 * project's header, `申报` naming the declaration, 项目资金 with the declared amounts as 年初预算数 and
 * 全年预算数, the goals as 预期目标, and every indicator with its target as declared and its 分值
 * spread by the scoring profile (预算执行率 10; each 一级 share split evenly over its indicators,
 * to the hundredth, adding up exactly). What is left to write are the actuals: 全年执行数,
 * 实际完成情况 and each indicator's 实际 — the only diagnostics the result has.
 */
import type { Category, Indicator, ProjectDeclaration } from './generated/ast.js';
import { allIndicators, indicatorPlacement } from './jixiao-ast-utils.js';
import { formatJixiaoText } from './jixiao-format-text.js';
import { formatDecimal, type ExactDecimal } from './domain/decimal.js';
import { quoteJixiaoString } from './domain/keywords.js';
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
    line(0, `项目支出绩效自评${declaration.year ? ' ' + declaration.year : ''} {`);
    const header: Array<[string, string | undefined, boolean]> = [
        ['项目名称', declaration.projectName, true], ['主管部门', declaration.authority, true], ['实施单位', declaration.implementer, true],
        ['项目属性', declaration.attribute, false], ['项目期', declaration.period, true], ['所属任务', declaration.task, true],
        ['金额单位', declaration.amountUnit, false], ['指标体系', declaration.profile, false]
    ];
    for (const [keyword, value, quoted] of header) {
        if (value !== undefined) {
            line(1, `${keyword} ${quoted ? quoteJixiaoString(value) : value}`);
        }
    }
    line(1, `申报 ${quoteJixiaoString(declarationPath)}`);

    const funds = declaration.funds;
    const amounts = (amount: string | undefined) => amount === undefined ? '' : `年初预算数 ${amount}  全年预算数 ${amount}`;
    out.push('');
    line(1, '项目资金 {');
    line(2, `年度资金总额 ${amounts(funds?.total)}  分值 ${formatDecimal(profile.budgetWeight)}`);
    line(2, `当年财政拨款 ${amounts(funds?.fiscal)}`);
    line(2, `上年结转资金 ${amounts('0.00')}`);
    line(2, `其他资金 ${amounts(funds?.other)}`);
    line(1, '}');

    const goals = declaration.goals;
    const planned = [goals?.intro, ...(goals?.goals ?? []).map((goal, index) => `${index + 1}、${goal.text ?? ''}`)].filter(text => text !== undefined);
    out.push('');
    line(1, '年度总体目标 {');
    line(2, `预期目标 ${quoteJixiaoString(planned.join('\n'))}`);
    line(1, '}');

    out.push('');
    line(1, '年度绩效指标 {');
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
        line(depth, `${category.name} 不适用`);
        return;
    }
    line(depth, `${category.name} {`);
    category.categories.forEach(child => printCategory(child, depth + 1, line, weights));
    for (const indicator of category.indicators) {
        const value = indicator.value?.$cstNode?.text ?? '';
        const unitCell = indicator.unitCell === undefined ? '' : ` 度量单位 ${indicator.unitCell}`;
        const weight = weights.get(indicator);
        line(depth + 1, `指标 ${quoteJixiaoString(indicator.name ?? '')} ${value}${unitCell}${weight ? ` 分值 ${formatDecimal(weight)}` : ''}`);
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
