/**
 * The 自评表 model as a .jixiao evaluation, in the formatter's canonical layout:
 *
 * ```
 * 项目支出绩效自评 2026 {
 *   项目名称 "…"  主管部门 "…"  实施单位 "…"        ← one per line
 *
 *   项目资金 {
 *     年度资金总额 年初预算数 …  全年预算数 …  全年执行数 …  分值 10  得分 9.50
 *     当年财政拨款 年初预算数 …  …
 *   }
 *
 *   年度总体目标 {
 *     预期目标 "…"
 *     实际完成情况 "…"
 *   }
 *
 *   年度绩效指标 {
 *     产出指标 {
 *       数量指标 {
 *         指标 "…" ≥5 个 实际 4 个 分值 6 得分 4.80
 *           偏差原因 "…"
 *       }
 *     }
 *   }
 *
 *   总分 95.30
 * }
 * ```
 *
 * A cell the form leaves empty (an amount, an actual, a score) is left out, never printed as zero.
 * 执行率 and Σ 分值 are not written: the checker computes them.
 */
import { formatJixiaoText } from 'jixiao-language';
import {
    FUND_ROW_AMOUNTS, FUND_ROW_SCORING, INDICATOR_CLAUSES, INDICATOR_KEYWORD, OUTCOME_CLAUSES, SELF_EVALUATION, TOTAL_SCORE_KEYWORD,
    formatAmount, headerStatements, quoteJixiaoString, sectionKeyword
} from 'jixiao-language/domain';
import { printFirstLevel, valueText, type Line } from './form-printer.js';
import type { EvaluationForm, EvaluationFormIndicator, EvaluationFundRow } from './selfeval-model.js';

export function printEvaluation(form: EvaluationForm, options: { headerComments?: readonly string[] } = {}): string {
    const out: string[] = [];
    const line: Line = (depth, text) => out.push('  '.repeat(depth) + text);
    for (const comment of options.headerComments ?? []) {
        out.push(`// ${comment}`);
    }
    const kind = SELF_EVALUATION;
    line(0, `${kind.keyword}${form.year ? ' ' + form.year : ''} {`);
    // 元 is the default unit: not written.
    const { projectName, authority, implementer, attribute, period, task, profile, scoringProfile, declarationPath } = form;
    const amountUnit = form.amountUnit === '元' ? undefined : form.amountUnit;
    headerStatements(kind, { projectName, authority, implementer, attribute, period, task, amountUnit, profile, scoringProfile, declarationPath })
        .forEach(statement => line(1, statement));

    out.push('');
    line(1, `${sectionKeyword(kind, 'funds')} {`);
    form.funds.forEach(fund => printFundRow(fund, line));
    line(1, '}');

    out.push('');
    line(1, `${sectionKeyword(kind, 'goals')} {`);
    line(2, `${OUTCOME_CLAUSES.expected} ${quoteJixiaoString(form.expected)}`);
    if (form.achieved) {
        line(2, `${OUTCOME_CLAUSES.achieved} ${quoteJixiaoString(form.achieved)}`);
    }
    line(1, '}');

    out.push('');
    line(1, `${sectionKeyword(kind, 'indicators')} {`);
    form.categories.forEach(first => printFirstLevel(first, line, indicatorLines));
    line(1, '}');
    if (form.total) {
        out.push('');
        line(1, `${TOTAL_SCORE_KEYWORD} ${form.total}`);
    }
    line(0, '}');
    return formatJixiaoText(out.join('\n') + '\n');
}

function printFundRow(fund: EvaluationFundRow, line: Line): void {
    const cells: string[] = [fund.kind];
    const amount = (keyword: string, value: bigint | undefined) => value === undefined ? undefined : `${keyword} ${formatAmount(value)}`;
    cells.push(...[amount(FUND_ROW_AMOUNTS.initial, fund.initial), amount(FUND_ROW_AMOUNTS.budget, fund.budget), amount(FUND_ROW_AMOUNTS.executed, fund.executed)]
        .filter((cell): cell is string => cell !== undefined));
    if (fund.weight) {
        cells.push(`${FUND_ROW_SCORING.weight} ${fund.weight}`);
    }
    if (fund.score) {
        cells.push(`${FUND_ROW_SCORING.score} ${fund.score}`);
    }
    line(2, cells.join(' '));
    if (fund.reason) {
        line(3, `${FUND_ROW_SCORING.reason} ${quoteJixiaoString(fund.reason)}`);
    }
}

/** `指标 "…" ≥5 个 实际 4 个 分值 6 得分 4.80`, and `偏差原因 "…"` on the next line. */
function indicatorLines(indicator: EvaluationFormIndicator): [string, string?] {
    let head = `${INDICATOR_KEYWORD} ${quoteJixiaoString(indicator.name)} ${valueText(indicator.target, indicator.unitCell)}`;
    if (indicator.unitCell !== undefined && indicator.target.kind !== 'grade') {
        head += ` ${INDICATOR_CLAUSES.unitCell} ${indicator.unitCell}`;
    }
    if (indicator.actual) {
        head += ` ${INDICATOR_CLAUSES.actual} ${valueText(indicator.actual, undefined)}`;
    }
    if (indicator.weight) {
        head += ` ${INDICATOR_CLAUSES.weight} ${indicator.weight}`;
    }
    if (indicator.score) {
        head += ` ${INDICATOR_CLAUSES.score} ${indicator.score}`;
    }
    return indicator.reason ? [head, `${INDICATOR_CLAUSES.reason} ${quoteJixiaoString(indicator.reason)}`] : [head];
}
