/**
 * What the editor shows of a self-evaluation's scores, all from the one score sheet:
 *
 * - inlay hints: the computed 得分 at the end of each indicator that does not write it (`得分 4.80`,
 *   or `≠ 4.80` beside a written one that differs), 执行率 and 得分 on 年度资金总额, and after each
 *   一级 category's name its subtotal and the running total (`小计 45.80/50 · 累计 55.30`);
 * - a hover on an indicator's name or 得分 with the rule applied (“正向：5 × 87.5 ÷ 90 = 4.86”);
 * - a code lens over the evaluation's first line with the total and the grade.
 */
import { CstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import type { CodeLens, InlayHint } from 'vscode-languageserver';
import { isIndicator, type Category, type SelfEvaluation } from '../generated/ast.js';
import { evaluationOf } from '../jixiao-ast-utils.js';
import type { Locale } from '../jixiao-settings.js';
import { scoreSheetOf, type ScoredIndicator, type ScoreSheet } from '../jixiao-selfeval-scores.js';
import { budgetRuleText, ruleText, writtenReasonText } from '../jixiao-selfeval-texts.js';
import { decimalEquals, formatDecimal, type ExactDecimal } from '../domain/decimal.js';
import { addDecimals, isOverachieved } from '../domain/scoring.js';
import { INDICATOR_CLAUSES, SELF_EVALUATION } from '../domain/grammar-facts.js';

type Text = Readonly<Record<Locale, string>>;
const t = (zh: string, en: string): Text => ({ zh, en });
const d = (value: ExactDecimal) => formatDecimal(value, { minScale: 2 });

export const SelfevalEditorTexts = {
    score: (score: string) => t(`得分 ${score}`, `score ${score}`),
    differs: (score: string) => t(`≠ ${score}`, `≠ ${score}`),
    budget: (rate: string, score: string) => t(`执行率 ${rate}% · 得分 ${score}`, `rate ${rate}% · score ${score}`),
    subtotal: (sum: string, weight: string, running: string) => t(`小计 ${sum}/${weight} · 累计 ${running}`, `subtotal ${sum}/${weight} · running ${running}`),
    total: (total: string, grade: string) => t(`总分 ${total} · ${grade}`, `total ${total} · grade ${grade}`),
    totalPending: (known: string, count: number) => t(`已计 ${known} 分，尚有 ${count} 项得分未知`, `${known} so far; ${count} score(s) not known yet`),
    hoverTitle: (name: string, score: string, weight: string) => t(`**${name}**：得分 ${score}（分值 ${weight}）`, `**${name}**: score ${score} (weight ${weight})`),
    hoverUnknown: (name: string, weight: string) => t(`**${name}**：得分未知（分值 ${weight}）`, `**${name}**: score not known (weight ${weight})`),
    byAnalyst: (reason: string) => t(`评价人打分（${reason}）`, `scored by the evaluator (${reason})`),
    writtenDiffers: (written: string) => t(`填写的得分 ${written} 与之不一致`, `the written score ${written} differs`),
    overachieved: (factor: string) => t(`实际完成超过目标的 ${factor} 倍：请说明原因，并检查目标是否定得过低`, `more than ${factor} × the target: explain it, and check whether the target was set too low`),
    budgetTitle: (weight: string) => t(`**预算执行率**（分值 ${weight}）`, `**Execution rate** (weight ${weight})`)
};

export function evaluationHints(evaluation: SelfEvaluation, locale: Locale): InlayHint[] {
    const sheet = scoreSheetOf(evaluation);
    const hints: InlayHint[] = [];
    const budget = sheet.budget;
    if (budget?.scoring?.computed) {
        const end = lastToken(budget.row);
        if (end) {
            hints.push(hint(end, SelfevalEditorTexts.budget(formatDecimal(budget.scoring.rate), d(budget.scoring.score))[locale], budgetRuleText(budget.scoring, locale)));
        }
    }
    for (const scored of sheet.indicators) {
        const scoring = scored.scoring;
        const end = lastToken(scored.indicator);
        if (!scoring?.computed || !end || (scored.written !== undefined && decimalEquals(scored.written, scoring.score))) {
            continue;
        }
        const label = scored.written === undefined ? SelfevalEditorTexts.score(d(scoring.score)) : SelfevalEditorTexts.differs(d(scoring.score));
        hints.push(hint(end, label[locale], ruleText(scoring.rule, scoring.score, locale)));
    }
    let running = budget?.score ?? { units: 0n, scale: 0 };
    for (const first of evaluation.indicators?.categories ?? []) {
        const members = sheet.indicators.filter(scored => isUnder(scored, first));
        const name = GrammarUtils.findNodeForProperty(first.$cstNode, 'name');
        if (members.length === 0 || !name) {
            continue;
        }
        const sum = members.reduce((total, scored) => addDecimals(total, scored.score ?? { units: 0n, scale: 0 }), { units: 0n, scale: 2 });
        const weight = members.reduce((total, scored) => addDecimals(total, scored.weight ?? { units: 0n, scale: 0 }), { units: 0n, scale: 0 });
        running = addDecimals(running, sum);
        hints.push(hint(name, SelfevalEditorTexts.subtotal(d(sum), formatDecimal(weight), d(running))[locale]));
    }
    return hints;
}

/** Markdown for a hover on an indicator (its name or its 得分) or on the 年度资金总额 row. */
export function evaluationHover(node: AstNode, locale: Locale): string | undefined {
    const evaluation = evaluationOf(node);
    if (!evaluation) {
        return undefined;
    }
    const sheet = scoreSheetOf(evaluation);
    if (isIndicator(node)) {
        const scored = sheet.indicators.find(candidate => candidate.indicator === node);
        return scored ? indicatorHover(scored, sheet, locale) : undefined;
    }
    const budget = sheet.budget;
    if (budget && node === budget.row && budget.scoring?.computed && budget.weight) {
        return `${SelfevalEditorTexts.budgetTitle(formatDecimal(budget.weight))[locale]}\n\n${budgetRuleText(budget.scoring, locale)}`;
    }
    return undefined;
}

function indicatorHover(scored: ScoredIndicator, sheet: ScoreSheet, locale: Locale): string | undefined {
    const { indicator, scoring, weight } = scored;
    if (!scoring || !weight) {
        return undefined;
    }
    const title = scored.score === undefined
        ? SelfevalEditorTexts.hoverUnknown(indicator.name, formatDecimal(weight))
        : SelfevalEditorTexts.hoverTitle(indicator.name, d(scored.score), formatDecimal(weight));
    const lines = [title[locale]];
    if (scoring.computed) {
        lines.push(ruleText(scoring.rule, scoring.score, locale));
        if (scored.written !== undefined && !decimalEquals(scored.written, scoring.score)) {
            lines.push(SelfevalEditorTexts.writtenDiffers(indicator.score ?? '')[locale]);
        }
        if (isOverachieved(scoring.rule, sheet.profile)) {
            lines.push(SelfevalEditorTexts.overachieved(formatDecimal(sheet.profile.overachievementFactor))[locale]);
        }
    } else {
        lines.push(SelfevalEditorTexts.byAnalyst(writtenReasonText(scoring.reason, locale))[locale]);
    }
    return lines.join('\n\n');
}

/** “总分 95.30 · 优” over the evaluation's first line; what is known so far while scores are missing. */
export function evaluationLenses(evaluation: SelfEvaluation, locale: Locale): CodeLens[] {
    const keyword = GrammarUtils.findNodeForKeyword(evaluation.$cstNode, SELF_EVALUATION.keyword);
    if (!keyword) {
        return [];
    }
    const sheet = scoreSheetOf(evaluation);
    const unknown = [sheet.budget?.score, ...sheet.indicators.map(scored => scored.score)].filter(score => score === undefined).length
        + (sheet.budget ? 0 : 1);
    const title = sheet.complete && sheet.grade
        ? SelfevalEditorTexts.total(d(sheet.total), sheet.grade)[locale]
        : SelfevalEditorTexts.totalPending(d(sheet.total), unknown)[locale];
    const line = keyword.range.start.line;
    // No command: the lens is information, as a reviewer reads it.
    return [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, command: { title, command: '' } }];
}

function isUnder(scored: ScoredIndicator, first: Category): boolean {
    for (let container: AstNode | undefined = scored.indicator.$container; container; container = container.$container) {
        if (container === first) {
            return true;
        }
    }
    return false;
}

/** The last token of a node, before its 偏差原因 (written on a line of its own). */
function lastToken(node: AstNode): CstNode | undefined {
    const leaves = node.$cstNode ? CstUtils.flattenCst(node.$cstNode).filter(leaf => !leaf.hidden).toArray() : [];
    const reason = GrammarUtils.findNodeForKeyword(node.$cstNode, INDICATOR_CLAUSES.reason);
    const kept = reason ? leaves.filter(leaf => leaf.offset < reason.offset) : leaves;
    return kept[kept.length - 1];
}

function hint(after: CstNode, label: string, tooltip?: string): InlayHint {
    return { position: after.range.end, label, paddingLeft: true, tooltip };
}
