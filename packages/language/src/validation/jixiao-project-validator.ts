/**
 * 项目: the header of a project declaration (项目支出绩效目标申报表) is complete — 项目名称, 主管部门,
 * 实施单位, 项目属性, 项目期, the year — its 项目属性 is one the form allows, and it has funds. The
 * rules both kinds of declaration share (a repeated field, the year's form, the indicator table)
 * are the structure validator's. One method per rule; jixiao-validator.ts registers them.
 */
import type { ValidationAcceptor } from 'langium';
import type { ProjectDeclaration } from '../generated/ast.js';
import { headerValue } from '../jixiao-ast-utils.js';
import { PROJECT_DECLARATION } from '../domain/grammar-facts.js';
import { isProjectAttribute, suggestProjectAttribute } from '../domain/projects.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { headerFieldNames, Messages } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';

/** The fields the form cannot do without (DESIGN §4); 所属任务 is ours, not the form's, and optional. */
const REQUIRED_FIELDS = ['projectName', 'authority', 'implementer', 'attribute', 'period'] as const;

export class JixiaoProjectValidator {
    constructor(private readonly issues: IssueReporter) {}

    projectHeaderMustBeComplete = (project: ProjectDeclaration, accept: ValidationAcceptor): void => {
        const written = (field: typeof REQUIRED_FIELDS[number] | 'year') => field === 'year' ? project.year : headerValue(project[field]);
        for (const field of [...REQUIRED_FIELDS, 'year'] as const) {
            if (!written(field)?.trim()) {
                this.issues.report(accept, IssueCodes.ProjectHeaderMissing, Messages.projectHeaderMissing(headerFieldNames[field][this.issues.locale]), {
                    node: project, keyword: PROJECT_DECLARATION.keyword, data: { field }
                });
            }
        }
    };

    attributeMustBeKnown = (project: ProjectDeclaration, accept: ValidationAcceptor): void => {
        const attribute = headerValue(project.attribute);
        if (attribute !== undefined && attribute.trim() !== '' && !isProjectAttribute(attribute)) {
            const suggestions = suggestProjectAttribute(attribute);
            this.issues.report(accept, IssueCodes.ProjectAttributeInvalid, Messages.attributeInvalid(attribute, suggestions), {
                node: project, property: 'attribute', index: project.attribute.length - 1, data: { suggestions }
            });
        }
    };

    fundsMustBeWritten = (project: ProjectDeclaration, accept: ValidationAcceptor): void => {
        if (!project.funds) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, Messages.fundsMissing(), {
                node: project, keyword: PROJECT_DECLARATION.keyword
            });
        }
    };
}
