/**
 * Every diagnostic code, in one place. Tests, quick fixes, the CLI and the per-code severity
 * setting refer to these strings; they are stable.
 */
export const IssueCodes = {
    // 预算
    BudgetTaskSum: 'budget.task-sum',
    BudgetGrandTotal: 'budget.grand-total',
    BudgetAmountMissing: 'budget.amount-missing',
    BudgetAmountPrecision: 'budget.amount-precision',
    BudgetAmountNegative: 'budget.amount-negative',
    BudgetAmountSyntax: 'budget.amount-syntax',
    BudgetAmountTooLarge: 'budget.amount-too-large',
    BudgetTaskDuplicate: 'budget.task-duplicate',
    // 指标
    IndicatorUnitMissing: 'indicator.unit-missing',
    IndicatorUnitMismatch: 'indicator.unit-mismatch',
    IndicatorPercentRange: 'indicator.percent-range',
    IndicatorGradeUndefined: 'indicator.grade-undefined',
    IndicatorVagueValue: 'indicator.vague-value',
    IndicatorDeadlineOutsideYear: 'indicator.deadline-outside-year',
    IndicatorDeadlineInvalid: 'indicator.deadline-invalid',
    IndicatorExplanationMissing: 'indicator.explanation-missing',
    IndicatorDuplicate: 'indicator.duplicate',
    IndicatorSatisfactionLow: 'indicator.satisfaction-low',
    IndicatorDirectionSuspicious: 'indicator.direction-suspicious',
    IndicatorCostOverBudget: 'indicator.cost-over-budget',
    IndicatorCategorySuspicious: 'indicator.category-suspicious',
    // 结构
    StructureUnknownCategory: 'structure.unknown-category',
    StructureMisplacedCategory: 'structure.misplaced-category',
    StructureCategoryMissing: 'structure.category-missing',
    StructureCategoryEmpty: 'structure.category-empty',
    StructureCategoryDuplicate: 'structure.category-duplicate',
    StructureHeaderMissing: 'structure.header-missing',
    StructureHeaderDuplicate: 'structure.header-duplicate',
    StructureHeaderInvalid: 'structure.header-invalid',
    StructureTextTooLong: 'structure.text-too-long',
    // 目标
    GoalUnsupported: 'goal.unsupported',
    GoalFigureMismatch: 'goal.figure-mismatch',
    GoalUnresolved: 'goal.unresolved',
    GoalDuplicateName: 'goal.duplicate-name',
    // 项目
    ProjectHeaderMissing: 'project.header-missing',
    ProjectAttributeInvalid: 'project.attribute-invalid',
    // 工作区 (across files)
    WorkspaceTaskUnknown: 'workspace.task-unknown',
    WorkspaceTaskOvercommitted: 'workspace.task-overcommitted',
    WorkspaceTaskUndeclared: 'workspace.task-undeclared',
    WorkspaceProjectDuplicate: 'workspace.project-duplicate',
    WorkspaceDepartmentMissing: 'workspace.department-missing',
    WorkspaceYearMismatch: 'workspace.year-mismatch',
    // 自评 (the self-evaluation, DESIGN §2.2)
    SelfevalScoreMismatch: 'selfeval.score-mismatch',
    SelfevalReasonMissing: 'selfeval.reason-missing',
    SelfevalWeightsTotal: 'selfeval.weights-total',
    SelfevalWeightsSplit: 'selfeval.weights-split',
    SelfevalActualMissing: 'selfeval.actual-missing',
    SelfevalScoreRange: 'selfeval.score-range',
    SelfevalScoreMissing: 'selfeval.score-missing',
    SelfevalExecutionOver: 'selfeval.execution-over',
    SelfevalOverachieved: 'selfeval.overachieved',
    SelfevalTargetChanged: 'selfeval.target-changed',
    SelfevalDeclarationMissing: 'selfeval.declaration-missing',
    SelfevalFieldMisplaced: 'selfeval.field-misplaced',
    // 语法 (parser and lexer errors)
    Syntax: 'syntax',
    // A check that failed on an unforeseen document; never expected, reported instead of a crash.
    Internal: 'internal'
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** The severity each code has unless the user's settings change it (DESIGN §4). */
export const DEFAULT_SEVERITIES: Readonly<Record<IssueCode, Severity>> = {
    'budget.task-sum': 'error',
    'budget.grand-total': 'error',
    'budget.amount-missing': 'error',
    'budget.amount-precision': 'error',
    'budget.amount-negative': 'error',
    'budget.amount-syntax': 'error',
    'budget.amount-too-large': 'error',
    'budget.task-duplicate': 'error',
    'indicator.unit-missing': 'error',
    'indicator.unit-mismatch': 'warning',
    'indicator.percent-range': 'error',
    'indicator.grade-undefined': 'warning',
    'indicator.vague-value': 'warning',
    'indicator.deadline-outside-year': 'warning',
    'indicator.deadline-invalid': 'error',
    'indicator.explanation-missing': 'warning',
    'indicator.duplicate': 'warning',
    'indicator.satisfaction-low': 'warning',
    'indicator.direction-suspicious': 'info',
    'indicator.cost-over-budget': 'warning',
    'indicator.category-suspicious': 'info',
    'structure.unknown-category': 'error',
    'structure.misplaced-category': 'error',
    'structure.category-missing': 'warning',
    'structure.category-empty': 'warning',
    'structure.category-duplicate': 'error',
    'structure.header-missing': 'error',
    'structure.header-duplicate': 'error',
    'structure.header-invalid': 'error',
    'structure.text-too-long': 'error',
    'goal.unsupported': 'warning',
    'goal.figure-mismatch': 'warning',
    'goal.unresolved': 'error',
    'goal.duplicate-name': 'error',
    'project.header-missing': 'error',
    'project.attribute-invalid': 'error',
    'workspace.task-unknown': 'error',
    'workspace.task-overcommitted': 'error',
    'workspace.task-undeclared': 'info',
    'workspace.project-duplicate': 'error',
    'workspace.department-missing': 'warning',
    'workspace.year-mismatch': 'warning',
    'selfeval.score-mismatch': 'warning',
    'selfeval.reason-missing': 'warning',
    'selfeval.weights-total': 'error',
    'selfeval.weights-split': 'warning',
    'selfeval.actual-missing': 'error',
    'selfeval.score-range': 'error',
    'selfeval.score-missing': 'error',
    'selfeval.execution-over': 'error',
    'selfeval.overachieved': 'info',
    'selfeval.target-changed': 'warning',
    'selfeval.declaration-missing': 'warning',
    'selfeval.field-misplaced': 'error',
    'syntax': 'error',
    'internal': 'error'
};

/**
 * Codes that review how a target was set: its explanation, its level, its direction, its category.
 * An evaluation restates its targets as they were declared, where these were reported; at year end
 * they cannot be changed, so an evaluation does not report them again.
 */
export const TARGET_REVIEW_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
    'indicator.explanation-missing', 'indicator.grade-undefined', 'indicator.vague-value', 'indicator.satisfaction-low',
    'indicator.direction-suspicious', 'indicator.category-suspicious', 'indicator.cost-over-budget', 'indicator.deadline-outside-year'
]);

export const ALL_ISSUE_CODES: readonly IssueCode[] = Object.values(IssueCodes);

export function isIssueCode(code: unknown): code is IssueCode {
    return typeof code === 'string' && (ALL_ISSUE_CODES as readonly string[]).includes(code);
}
