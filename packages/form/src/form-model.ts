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

/** The 部门（单位）整体支出绩效目标申报表. */
export interface FormModel {
    /** Absent on department forms made before there were other kinds; see `isProjectForm`. */
    kind?: 'department';
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

/** The 项目支出绩效目标申报表 (DESIGN §2.1): a project's header, its funds, goals and the indicator table. */
export interface ProjectFormModel {
    kind: 'project';
    year: string;
    projectName: string;
    authority: string;
    implementer: string;
    /** 项目属性: 新增项目 or 延续项目 (as written; the checker reports anything else). */
    attribute: string;
    /** 项目期, e.g. 1年, 2024-2026年. */
    period: string;
    /** 所属任务: the department task that funds the project. Not printed on the form. */
    task?: string;
    amountUnit: AmountUnit;
    profile?: string;
    /** 项目资金: total is 年度资金总额. */
    funds: FormAmounts;
    goalIntro?: string;
    goals: FormGoal[];
    categories: FormFirstLevel[];
}

/** Either form a declaration document can be. */
export type AnyFormModel = FormModel | ProjectFormModel;

export function isProjectForm(model: AnyFormModel): model is ProjectFormModel {
    return model.kind === 'project';
}
