/**
 * A project's form model as a .jixiao document, in the formatter's canonical layout (the one of
 * examples/futian-2026/*.jixiao):
 *
 * ```
 * 项目支出绩效目标 2026 {
 *   项目名称 "…"
 *   主管部门 "…"
 *   实施单位 "…"
 *   项目属性 新增项目                            ← a name; quoted when the language cannot read it as one
 *   项目期 "1年"
 *   所属任务 "…"  // 所属任务为自动推断，请核对   ← when import proposed it
 *   金额单位 万元                                 ← only when not 元
 *
 *   项目资金 {
 *     年度资金总额 1250000.00  财政拨款 1250000.00  其他资金 0.00
 *   }
 *
 *   年度绩效目标 { … }                           ← as the department's 年度总体目标
 *
 *   年度绩效指标 { … }                           ← as the department's
 * }
 * ```
 * A field the model leaves empty is left out (the checker then says it is missing).
 */
import { formatJixiaoText } from 'jixiao-language';
import { PROJECT_DECLARATION, headerKeyword, isIdentifier, sectionKeyword } from 'jixiao-language/domain';
import { isProjectForm, type AnyFormModel, type ProjectFormModel } from './form-model.js';
import { amountsText, INDENT, jixiaoString, printForm, printGoalsAndIndicators, printUnitAndProfile, type Line, type PrintOptions } from './form-printer.js';

export const INFERRED_TASK_COMMENT = '所属任务为自动推断，请核对';

/** The document of a form of either kind. */
export function printAnyForm(model: AnyFormModel, options: PrintOptions = {}): string {
    return isProjectForm(model) ? printProjectForm(model, options) : printForm(model, options);
}

export function printProjectForm(model: ProjectFormModel, options: PrintOptions = {}): string {
    const out: string[] = [];
    const line: Line = (depth, text) => out.push(INDENT.repeat(depth) + text);
    for (const comment of options.headerComments ?? []) {
        out.push(`// ${comment}`);
    }
    const kind = PROJECT_DECLARATION;
    line(0, `${kind.keyword}${model.year ? ' ' + model.year : ''} {`);
    const field = (keyword: string, value: string | undefined, written = value === undefined ? '' : jixiaoString(value)) => {
        if (value) {
            line(1, `${keyword} ${written}`);
        }
    };
    field(headerKeyword(kind, 'projectName'), model.projectName);
    field(headerKeyword(kind, 'authority'), model.authority);
    field(headerKeyword(kind, 'implementer'), model.implementer);
    field(headerKeyword(kind, 'attribute'), model.attribute, isIdentifier(model.attribute) ? model.attribute : jixiaoString(model.attribute));
    field(headerKeyword(kind, 'period'), model.period);
    if (model.task) {
        line(1, `${headerKeyword(kind, 'task')} ${jixiaoString(model.task)}${options.inferredTask ? `  // ${INFERRED_TASK_COMMENT}` : ''}`);
    }
    printUnitAndProfile(model, kind, line);

    out.push('');
    line(1, `${sectionKeyword(kind, 'funds')} {`);
    const amounts = amountsText(model.funds, kind.amounts);
    if (amounts) {
        line(2, amounts);
    }
    line(1, '}');

    printGoalsAndIndicators(model, sectionKeyword(kind, 'goals'), out, options);
    line(0, '}');
    return formatJixiaoText(out.join('\n') + '\n');
}
