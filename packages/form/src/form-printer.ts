/**
 * The form model as a .jixiao document, in the canonical layout of the formatter (the one of
 * examples/futian-2026-department.jixiao). The printer writes the structure below; the
 * formatter's layout is then applied, which aligns the task amounts in columns:
 *
 * ```
 * 部门整体支出绩效目标 2026 {                 ← year omitted when unknown
 *   部门名称 "…"                               ← two spaces per level
 *   主管部门 "…"
 *   金额单位 万元                               ← only when not 元
 *   指标体系 2021                               ← only when the 一级 names would not tell
 *                                               ← one blank line between sections
 *   年度主要任务 {
 *     任务 "…" {
 *       主要内容 "…"
 *       总额 11782800.00  财政拨款 11782800.00  其他资金 0.00   ← one line, two spaces apart,
 *     }                                                             amounts with two decimals
 *     金额合计 总额 …  财政拨款 …  其他资金 …
 *   }
 *
 *   年度总体目标 {
 *     导语 "…"
 *     目标 网格信息 "…"
 *   }
 *
 *   年度绩效指标 {
 *     产出指标 {
 *       数量指标 {
 *         指标 "…" ≥190 万人 对应 网格信息、十五五规划
 *           解释 "…"                        ← on the next line, two more spaces
 *       }
 *     }
 *     效益指标 {
 *       经济效益指标 不适用
 *     }
 *   }
 * }
 * ```
 *
 * An indicator line is `指标 "name" VALUE [度量单位 U] [对应 a、b]`; VALUE is `≥190 万人`, `100 %`,
 * `2026年6月前`, `显著 %` (a grade takes its unit cell right after it), `"free text"` or `不适用`.
 * A part the model leaves empty (an amount, 主要内容, 解释) is left out, never printed as zero or "".
 * Strings are quoted with `\\`, `"` and line breaks escaped. With `inferredLinks`, each 对应 ends
 * its line with `// 对应为自动推断，请核对`, so the analyst reviews what import guessed.
 */
import { formatJixiaoText } from 'jixiao-language';
import {
    AMOUNT_COLUMNS, DEPARTMENT_DECLARATION, GOALS_CLAUSES, GRAND_TOTAL_KEYWORD, INDICATOR_CLAUSES, INDICATOR_KEYWORD, NAMED_BLOCKS, NOT_APPLICABLE_KEYWORD,
    formatAmount, headerKeyword, isIdentifier, quoteJixiaoString, sectionKeyword, TASK_CLAUSES, type AmountColumnKey, type DocumentKindFacts
} from 'jixiao-language/domain';
import type { FormAmounts, FormFirstLevel, FormIndicator, FormModel, FormSecondLevel, FormTask, FormValue } from './form-model.js';

export const INFERRED_LINK_COMMENT = '对应为自动推断，请核对';

export interface PrintOptions {
    /** Comment lines printed above the declaration (without `//`). */
    headerComments?: readonly string[];
    /** Every 对应 in the model was proposed by import: mark each for review. */
    inferredLinks?: boolean;
    /** A project's 所属任务 was proposed by import: mark it for review. */
    inferredTask?: boolean;
}

export const INDENT = '  ';
const KIND = DEPARTMENT_DECLARATION;
const TASK_KEYWORD = Object.keys(NAMED_BLOCKS).find(keyword => NAMED_BLOCKS[keyword] === 'task')!;

export function printForm(model: FormModel, options: PrintOptions = {}): string {
    const out: string[] = [];
    const line = (depth: number, text: string) => out.push(INDENT.repeat(depth) + text);
    for (const comment of options.headerComments ?? []) {
        out.push(`// ${comment}`);
    }
    line(0, `${KIND.keyword}${model.year ? ' ' + model.year : ''} {`);
    if (model.departmentName) {
        line(1, `${headerKeyword(KIND, 'departmentName')} ${jixiaoString(model.departmentName)}`);
    }
    if (model.authority) {
        line(1, `${headerKeyword(KIND, 'authority')} ${jixiaoString(model.authority)}`);
    }
    printUnitAndProfile(model, KIND, line);

    out.push('');
    line(1, `${sectionKeyword(KIND, 'tasks')} {`);
    for (const task of model.tasks) {
        printTask(task, line);
    }
    if (model.grandTotal && amountsText(model.grandTotal)) {
        line(2, `${GRAND_TOTAL_KEYWORD} ${amountsText(model.grandTotal)}`);
    }
    line(1, '}');

    printGoalsAndIndicators(model, sectionKeyword(KIND, 'goals'), out, options);
    line(0, '}');
    return formatJixiaoText(out.join('\n') + '\n');
}

/**
 * The goals section (年度总体目标, a project's 年度绩效目标) and 年度绩效指标, each after a blank
 * line: what both forms print alike.
 */
export function printGoalsAndIndicators(model: Pick<FormModel, 'goalIntro' | 'goals' | 'categories'>, goalsKeyword: string, out: string[], options: PrintOptions): void {
    const line: Line = (depth, text) => out.push(INDENT.repeat(depth) + text);
    out.push('');
    const goalNames = printableGoalNames(model);
    line(1, `${goalsKeyword} {`);
    if (model.goalIntro !== undefined) {
        line(2, `${GOALS_CLAUSES.intro} ${jixiaoString(model.goalIntro)}`);
    }
    model.goals.forEach((goal, index) => line(2, `${GOALS_CLAUSES.goals} ${goalNames[index]} ${jixiaoString(goal.text)}`));
    line(1, '}');

    out.push('');
    line(1, `${sectionKeyword(KIND, 'indicators')} {`);
    const rename = new Map(model.goals.map((goal, index) => [goal.name, goalNames[index]]));
    for (const first of model.categories) {
        printFirstLevel(first, line, indicator => indicatorLines(indicator, rename, options.inferredLinks ?? false));
    }
    line(1, '}');
}

export type Line = (depth: number, text: string) => void;

/** The header fields both kinds share, written only when they are not the default. */
export function printUnitAndProfile(model: Pick<FormModel, 'amountUnit' | 'profile'>, kind: DocumentKindFacts, line: Line): void {
    if (model.amountUnit !== '元') {
        line(1, `${headerKeyword(kind, 'amountUnit')} ${model.amountUnit}`);
    }
    if (model.profile) {
        line(1, `${headerKeyword(kind, 'profile')} ${model.profile}`);
    }
}

function printTask(task: FormTask, line: Line): void {
    line(2, `${TASK_KEYWORD} ${jixiaoString(task.name)} {`);
    if (task.content) {
        line(3, `${TASK_CLAUSES.content} ${jixiaoString(task.content)}`);
    }
    const amounts = amountsText(task.amounts);
    if (amounts) {
        line(3, amounts);
    }
    line(2, '}');
}

/** `总额 X  财政拨款 Y  其他资金 Z`, leaving out the amounts the model does not have. */
export function amountsText(amounts: FormAmounts, keywords: Readonly<Record<AmountColumnKey, string>> = KIND.amounts): string {
    return AMOUNT_COLUMNS
        .filter(column => amounts[column] !== undefined)
        .map(column => `${keywords[column]} ${formatAmount(amounts[column]!)}`)
        .join('  ');
}

export function printFirstLevel<I>(first: FormFirstLevel<I>, line: Line, indicatorText: (indicator: I) => [string, string?]): void {
    if (first.notApplicable) {
        line(2, `${first.name} ${NOT_APPLICABLE_KEYWORD}`);
        return;
    }
    line(2, `${first.name} {`);
    for (const second of first.children) {
        if (second.name === '') {
            // Indicators filed directly under the 一级 (the form leaves their 二级 cell empty).
            second.indicators.forEach(indicator => printIndicator(indicatorText(indicator), 3, line));
        } else {
            printSecondLevel(second, line, indicatorText);
        }
    }
    line(2, '}');
}

function printSecondLevel<I>(second: FormSecondLevel<I>, line: Line, indicatorText: (indicator: I) => [string, string?]): void {
    if (second.notApplicable) {
        line(3, `${second.name} ${NOT_APPLICABLE_KEYWORD}`);
        return;
    }
    line(3, `${second.name} {`);
    second.indicators.forEach(indicator => printIndicator(indicatorText(indicator), 4, line));
    line(3, '}');
}

function printIndicator([head, explanation]: [string, string?], depth: number, line: Line): void {
    line(depth, head);
    if (explanation !== undefined) {
        line(depth + 1, explanation);
    }
}

/** The indicator line and, when there is one, its 解释 line. */
function indicatorLines(indicator: FormIndicator, rename: ReadonlyMap<string, string>, inferred: boolean): [string, string?] {
    let head = `${INDICATOR_KEYWORD} ${jixiaoString(indicator.name)} ${valueText(indicator.value, indicator.unitCell)}`;
    if (indicator.unitCell !== undefined && indicator.value.kind !== 'grade') {
        head += ` ${INDICATOR_CLAUSES.unitCell} ${indicator.unitCell}`;
    }
    if (indicator.goals.length > 0) {
        head += ` ${INDICATOR_CLAUSES.goals} ${indicator.goals.map(goal => rename.get(goal) ?? goal).join('、')}`;
        if (inferred) {
            head += `  // ${INFERRED_LINK_COMMENT}`;
        }
    }
    return indicator.explanation ? [head, `${INDICATOR_CLAUSES.explanation} ${jixiaoString(indicator.explanation)}`] : [head];
}

/** A value as the language writes it: `≥190 万人`, `2026年6月前`, `显著 %`, `"文字"`, `不适用`. */
export function valueText(value: FormValue, unitCell: string | undefined): string {
    switch (value.kind) {
        case 'quantity': return `${value.comparator ?? ''}${value.number}${value.unit === undefined ? '' : ' ' + value.unit}`;
        case 'deadline': return value.text;
        // `显著 %`: the grammar takes a grade's unit cell right after it.
        case 'grade': return unitCell === undefined ? value.grade : `${value.grade} ${unitCell}`;
        case 'text': return jixiaoString(value.text);
        case 'not-applicable': return NOT_APPLICABLE_KEYWORD;
    }
}

/**
 * The goal names as printed: a name the language cannot read (empty, a keyword, a duplicate) is
 * replaced by 目标N, so that the printed document always parses.
 */
function printableGoalNames(model: Pick<FormModel, 'goals'>): string[] {
    const used = new Set<string>();
    return model.goals.map((goal, index) => {
        let name = isIdentifier(goal.name) && !used.has(goal.name) ? goal.name : `目标${index + 1}`;
        for (let suffix = 2; used.has(name); suffix++) {
            name = `目标${index + 1}_${suffix}`;
        }
        used.add(name);
        return name;
    });
}

/** A string literal: backslash, quote and line breaks escaped. */
export const jixiaoString = quoteJixiaoString;
