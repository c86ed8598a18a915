/**
 * How the form writes the cells that are not copied verbatim from the document: an indicator's
 * 指标值 and 度量单位 cells, and the 年度总体目标 text. Pure functions of the form model, shared by
 * the xlsx writer, the preview and (in reverse) the readers.
 *
 * 指标值 / 度量单位, as the official form prints them:
 *
 * | value in the document | 指标值        | 度量单位 |
 * |-----------------------|---------------|----------|
 * | `≥190 万人`           | `≥190万人`    | `万人`   |
 * | `100 %`               | `100%`        | `%`      |
 * | `2026年6月前`         | `2026年6月前` | `时间`   |
 * | `显著 %`              | `显著`        | `%`      |
 * | `1 年`                | `1年`         | `年`     |
 * | `0 起`                | `0起`         | `起`     |
 * | `不适用`              | `不适用`      | `不适用` |
 * | `"文字"`              | `文字`        | (empty)  |
 *
 * A `度量单位 X` written in the document (FormIndicator.unitCell) always wins over the unit the
 * value implies. Every 指标值 cell reads back to the same value with `parseValueText` from the
 * domain, so a reader needs no second format.
 *
 * 年度总体目标 is one text: the intro line (when there is one), then `1、…`, `2、…`, one goal per line.
 * A reader splits it at lines that begin with the next expected number and `、`; a line break inside
 * a goal therefore survives as long as the next line does not start with that number.
 */
import type { FormGoal, FormIndicator, FormValue } from './form-model.js';
import { FormLabels } from './form-labels.js';

/** What the 度量单位 cell reads for a deadline: the form's word for “a date”. */
export const DEADLINE_UNIT_CELL = '时间';

/** `≥190万人`, `100%`, `2026年6月前`, `显著`, `不适用`. */
export function valueCellText(value: FormValue): string {
    switch (value.kind) {
        case 'quantity': return `${value.comparator ?? ''}${value.number}${value.unit ?? ''}`;
        case 'deadline': return value.text;
        case 'grade': return value.grade;
        case 'text': return value.text;
        case 'not-applicable': return FormLabels.notApplicable;
    }
}

/**
 * The 度量单位 a value implies when the document writes none: a quantity's own unit, 时间 for a
 * deadline, 不适用 for 不适用; nothing for a grade (its `%` is kept in unitCell) or free text.
 */
export function impliedUnitCell(value: FormValue): string {
    switch (value.kind) {
        case 'quantity': return value.unit ?? '';
        case 'deadline': return DEADLINE_UNIT_CELL;
        case 'not-applicable': return FormLabels.notApplicable;
        case 'grade':
        case 'text': return '';
    }
}

/** The 度量单位 cell of an indicator row. */
export function unitCellText(indicator: Pick<FormIndicator, 'value' | 'unitCell'>): string {
    return indicator.unitCell ?? impliedUnitCell(indicator.value);
}

/** `1、` for the first goal: the numbering the form uses. */
export function goalNumberPrefix(index: number): string {
    return `${index + 1}、`;
}

/** The 年度总体目标 cell: intro line, then the numbered goals, one per line. */
export function goalsCellText(intro: string | undefined, goals: readonly Pick<FormGoal, 'text'>[]): string {
    const lines = goals.map((goal, index) => goalNumberPrefix(index) + goal.text);
    return (intro ? [intro, ...lines] : lines).join('\n');
}
