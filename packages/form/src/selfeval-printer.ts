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
import { formatAmount, quoteJixiaoString } from 'jixiao-language/domain';
import { printFirstLevel, valueText, type Line } from './form-printer.js';
import type { EvaluationForm, EvaluationFormIndicator, EvaluationFundRow } from './selfeval-model.js';

export function printEvaluation(form: EvaluationForm, options: { headerComments?: readonly string[] } = {}): string {
    const out: string[] = [];
    const line: Line = (depth, text) => out.push('  '.repeat(depth) + text);
    for (const comment of options.headerComments ?? []) {
        out.push(`// ${comment}`);
    }
    line(0, `项目支出绩效自评${form.year ? ' ' + form.year : ''} {`);
    const header: Array<[string, string | undefined, boolean]> = [
        ['项目名称', form.projectName, true], ['主管部门', form.authority, true], ['实施单位', form.implementer, true],
        ['项目属性', form.attribute, false], ['项目期', form.period, true], ['所属任务', form.task, true],
        ['金额单位', form.amountUnit === '元' ? undefined : form.amountUnit, false], ['指标体系', form.profile, false],
        ['评分规则', form.scoringProfile, false], ['申报', form.declarationPath, true]
    ];
    for (const [keyword, value, quoted] of header) {
        if (value) {
            line(1, `${keyword} ${quoted ? quoteJixiaoString(value) : value}`);
        }
    }

    out.push('');
    line(1, '项目资金 {');
    form.funds.forEach(fund => printFundRow(fund, line));
    line(1, '}');

    out.push('');
    line(1, '年度总体目标 {');
    line(2, `预期目标 ${quoteJixiaoString(form.expected)}`);
    if (form.achieved) {
        line(2, `实际完成情况 ${quoteJixiaoString(form.achieved)}`);
    }
    line(1, '}');

    out.push('');
    line(1, '年度绩效指标 {');
    form.categories.forEach(first => printFirstLevel(first, line, indicatorLines));
    line(1, '}');
    if (form.total) {
        out.push('');
        line(1, `总分 ${form.total}`);
    }
    line(0, '}');
    return formatJixiaoText(out.join('\n') + '\n');
}

function printFundRow(fund: EvaluationFundRow, line: Line): void {
    const cells: string[] = [fund.kind];
    const amount = (keyword: string, value: bigint | undefined) => value === undefined ? undefined : `${keyword} ${formatAmount(value)}`;
    cells.push(...[amount('年初预算数', fund.initial), amount('全年预算数', fund.budget), amount('全年执行数', fund.executed)]
        .filter((cell): cell is string => cell !== undefined));
    if (fund.weight) {
        cells.push(`分值 ${fund.weight}`);
    }
    if (fund.score) {
        cells.push(`得分 ${fund.score}`);
    }
    line(2, cells.join(' '));
    if (fund.reason) {
        line(3, `偏差原因 ${quoteJixiaoString(fund.reason)}`);
    }
}

/** `指标 "…" ≥5 个 实际 4 个 分值 6 得分 4.80`, and `偏差原因 "…"` on the next line. */
function indicatorLines(indicator: EvaluationFormIndicator): [string, string?] {
    let head = `指标 ${quoteJixiaoString(indicator.name)} ${valueText(indicator.target, indicator.unitCell)}`;
    if (indicator.unitCell !== undefined && indicator.target.kind !== 'grade') {
        head += ` 度量单位 ${indicator.unitCell}`;
    }
    if (indicator.actual) {
        head += ` 实际 ${valueText(indicator.actual, undefined)}`;
    }
    if (indicator.weight) {
        head += ` 分值 ${indicator.weight}`;
    }
    if (indicator.score) {
        head += ` 得分 ${indicator.score}`;
    }
    return indicator.reason ? [head, `偏差原因 ${quoteJixiaoString(indicator.reason)}`] : [head];
}
