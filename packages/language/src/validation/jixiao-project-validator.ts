/**
 * 项目: the header of a project declaration (项目支出绩效目标申报表) is complete — 项目名称, 主管部门,
 * 实施单位, 项目属性, 项目期, the year — its 项目属性 is one the form allows, and it has funds. The
 * checks both kinds of declaration share (a repeated field, the year's form, the indicator table)
 * are the structure validator's.
 */
import type { ValidationAcceptor } from 'langium';
import type { ProjectDeclaration } from '../generated/ast.js';
import { isProjectAttribute, suggestProjectAttribute } from '../domain/projects.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { headerFieldNames, Messages } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import type { JixiaoStructureValidator } from './jixiao-structure-validator.js';

export const PROJECT_KEYWORD = '项目支出绩效目标';

/** Header fields by property, with the keyword that writes each. */
export const PROJECT_HEADER_KEYWORDS = {
    projectName: '项目名称', authority: '主管部门', implementer: '实施单位', attribute: '项目属性', period: '项目期',
    task: '所属任务', amountUnit: '金额单位', profile: '指标体系'
} as const;

/** The fields the form cannot do without (DESIGN §4); 所属任务 is ours, not the form's, and optional. */
const REQUIRED_FIELDS = ['projectName', 'authority', 'implementer', 'attribute', 'period', 'year'] as const;

export class JixiaoProjectValidator {
    constructor(private readonly issues: IssueReporter, private readonly structure: JixiaoStructureValidator) {}

    checkProject = (project: ProjectDeclaration, accept: ValidationAcceptor): void => {
        const locale = this.issues.locale;
        for (const field of REQUIRED_FIELDS) {
            if (!project[field]?.trim()) {
                this.issues.report(accept, IssueCodes.ProjectHeaderMissing, Messages.projectHeaderMissing(headerFieldNames[field][locale]), {
                    node: project, keyword: PROJECT_KEYWORD, data: { field }
                });
            }
        }
        if (project.attribute !== undefined && project.attribute.trim() !== '' && !isProjectAttribute(project.attribute)) {
            const suggestions = suggestProjectAttribute(project.attribute);
            this.issues.report(accept, IssueCodes.ProjectAttributeInvalid, Messages.attributeInvalid(project.attribute, suggestions), {
                node: project, property: 'attribute', data: { suggestions }
            });
        }
        if (!project.funds) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, Messages.fundsMissing(), {
                node: project, keyword: PROJECT_KEYWORD
            });
        }
        this.structure.checkHeaderValues(project, PROJECT_HEADER_KEYWORDS, PROJECT_KEYWORD, accept);
    };
}
