/**
 * The 项目支出绩效自评表 (DESIGN §2.2) as plain data: what its xlsx writer and preview print, what
 * its readers produce from a workbook or pasted text, and what its printer turns into a .jixiao
 * evaluation. Amounts are exact hundredths; scores and weights are kept as the decimal text the
 * form shows (`8`, `4.80`), so that a form read and written again has the same cells.
 */
import { FUND_ROWS, type AmountUnit, type FundRowKind, type Hundredths } from 'jixiao-language/domain';
import type { AnyFormModel, FormFirstLevel, FormSecondLevel, FormValue } from './form-model.js';

/** The rows of 项目资金, in the form's order (the language's, see the grammar facts). */
export const FUND_ROW_KINDS = FUND_ROWS;
export type { FundRowKind };

export interface EvaluationFundRow {
    kind: FundRowKind;
    initial?: Hundredths;
    budget?: Hundredths;
    executed?: Hundredths;
    /** 分值, 执行率 and 得分 are printed on 年度资金总额 only (`—` elsewhere). */
    weight?: string;
    /** 执行率 as printed: `95.00%`. */
    rate?: string;
    score?: string;
    reason: string;
}

export interface EvaluationFormIndicator {
    name: string;
    /** 年度指标值. */
    target: FormValue;
    /** The 度量单位 of the declaration, when the value does not carry it (kept for the .jixiao text). */
    unitCell?: string;
    /** 实际完成值; undefined when not yet written. */
    actual?: FormValue;
    weight?: string;
    /** 得分 as printed: the computed score, or the analyst's where the rules leave it to them. */
    score?: string;
    reason: string;
}

export type EvaluationSecondLevel = FormSecondLevel<EvaluationFormIndicator>;
export type EvaluationFirstLevel = FormFirstLevel<EvaluationFormIndicator>;

export interface EvaluationForm {
    kind: 'selfeval';
    year: string;
    projectName: string;
    authority: string;
    implementer: string;
    amountUnit: AmountUnit;
    /** Header fields the form does not print but the .jixiao document keeps. */
    attribute?: string;
    period?: string;
    task?: string;
    profile?: string;
    scoringProfile?: string;
    declarationPath?: string;
    funds: EvaluationFundRow[];
    /** 年度总体目标：预期目标 and 实际完成情况, each one text. */
    expected: string;
    achieved: string;
    categories: EvaluationFirstLevel[];
    /** Σ 分值 as printed in the 总分 row (`100`). */
    weightTotal?: string;
    /** 总分 as printed (`95.30`). */
    total?: string;
}

export function evaluationIndicators(form: Pick<EvaluationForm, 'categories'>): EvaluationFormIndicator[] {
    return form.categories.flatMap(first => first.children.flatMap(second => second.indicators));
}

/** Any of the three official forms: the department's and a project's declarations, a project's evaluation. */
export type OfficialForm = AnyFormModel | EvaluationForm;

export function isEvaluationForm(model: OfficialForm): model is EvaluationForm {
    return model.kind === 'selfeval';
}
