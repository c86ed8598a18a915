/**
 * The official form as plain data: what the xlsx writer prints, what the readers produce and what
 * the printer turns back into a .jixiao document. No Langium types; amounts are exact BigInt
 * hundredths of the form's amount unit.
 */
import type { AmountUnit, CanonicalComparator, Hundredths } from 'jixiao-language/domain';

export interface FormAmounts {
    total?: Hundredths;
    fiscal?: Hundredths;
    other?: Hundredths;
}

export interface FormTask {
    name: string;
    content: string;
    amounts: FormAmounts;
}

export interface FormGoal {
    /** Short name used by 对应 links; not printed on the form (the form numbers goals 1、2、…). */
    name: string;
    text: string;
}

export type FormValue =
    | { kind: 'quantity'; comparator?: CanonicalComparator; number: string; unit?: string }
    | { kind: 'deadline'; text: string }
    | { kind: 'grade'; grade: string }
    | { kind: 'text'; text: string }
    | { kind: 'not-applicable' };

export interface FormIndicator {
    name: string;
    value: FormValue;
    /** The 度量单位 cell as written when it differs from what the value implies; else undefined. */
    unitCell?: string;
    explanation: string;
    /** Names of the goals this indicator measures (对应); not printed on the form. */
    goals: string[];
}

/** A 二级 category with its indicators (of the department form by default; the self-evaluation's have more columns). */
export interface FormSecondLevel<I = FormIndicator> {
    name: string;
    notApplicable: boolean;
    indicators: I[];
}

export interface FormFirstLevel<I = FormIndicator> {
    name: string;
    notApplicable: boolean;
    children: Array<FormSecondLevel<I>>;
}

export interface FormModel {
    year: string;
    departmentName: string;
    authority: string;
    amountUnit: AmountUnit;
    /** Set when the document names its profile (指标体系); otherwise detected. */
    profile?: string;
    tasks: FormTask[];
    /** 金额合计 as written; columns the document omits are computed by `grandTotalOf`. */
    grandTotal?: FormAmounts;
    goalIntro?: string;
    goals: FormGoal[];
    categories: FormFirstLevel[];
}
