/**
 * 自评 (DESIGN §2.2, §4): the self-evaluation's header, its funds and their execution, every
 * indicator's actual, 分值 and 得分 against the scoring rules, the reasons a shortfall needs, the
 * weights adding up to 100 in the configured split, and the written 总分. The scores come from the
 * one score sheet (jixiao-selfeval-scores.ts), so what is reported is what the hints and
 * `jixiao score` show.
 */
import { GrammarUtils, type LangiumDocument, type ValidationAcceptor } from 'langium';
import {
    isQuantity, isSelfEvaluation,
    type EvaluationFunds, type FundRow, type Indicator, type SelfEvaluation
} from '../generated/ast.js';
import { allIndicators, profileOf, type TargetDeclaration } from '../jixiao-ast-utils.js';
import { BUDGET_ROW, scoreSheetOf, scoringValueOf, type ScoredIndicator, type ScoreSheet } from '../jixiao-selfeval-scores.js';
import { sameTarget, type JixiaoSelfevalDeclarations } from '../jixiao-selfeval-declaration.js';
import { profileByName, profileNames } from '../domain/catalogue.js';
import { compareDecimal, decimalEquals, formatDecimal, type ExactDecimal } from '../domain/decimal.js';
import { formatAmount, formatAmountGrouped, isAmountUnit, parseAmount, type Hundredths } from '../domain/money.js';
import { executionBelowThreshold, expectedShareWeights, isOverachieved, addDecimals } from '../domain/scoring.js';
import { scoringProfileByName, scoringProfileNames } from '../domain/scoring-profiles.js';
import { isPercentUnit } from '../domain/units.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { headerFieldNames, Messages, SelfevalMessages, type FundColumn } from './jixiao-messages.js';
import { ReasonTemplates, scoringValueText, writtenReasonText } from '../jixiao-selfeval-texts.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import type { JixiaoBudgetValidator } from './jixiao-budget-validator.js';
import { forEachRepeat } from './jixiao-repeats.js';

const HEADER_KEYWORDS = {
    projectName: '项目名称', authority: '主管部门', implementer: '实施单位', attribute: '项目属性', period: '项目期', task: '所属任务',
    amountUnit: '金额单位', profile: '指标体系', scoringProfile: '评分规则', declarationPath: '申报'
} as const;
const REQUIRED_HEADER = ['projectName', 'authority', 'implementer'] as const;
const FUND_COLUMNS: readonly FundColumn[] = ['initial', 'budget', 'executed'];
/** The rows whose columns add up to 年度资金总额's. */
const FUND_PARTS = ['当年财政拨款', '上年结转资金', '其他资金'] as const;
/** An indicator's keywords that only an evaluation has. */
const EVALUATION_FIELDS = { actual: '实际', weight: '分值', score: '得分', reason: '偏差原因' } as const;
const ZERO: ExactDecimal = { units: 0n, scale: 0 };

export class JixiaoSelfevalValidator {
    /** The amounts of 项目资金 are checked as the budget validator checks a task's. */
    constructor(
        private readonly issues: IssueReporter,
        private readonly budget: JixiaoBudgetValidator,
        private readonly declarations: JixiaoSelfevalDeclarations
    ) {}

    checkEvaluation = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        this.checkHeader(evaluation, accept);
        const sheet = scoreSheetOf(evaluation);
        this.checkBudgetScore(sheet, accept);
        this.checkGoals(evaluation, accept);
        for (const scored of sheet.indicators) {
            this.checkIndicator(scored, sheet, accept);
        }
        this.checkWeights(sheet, accept);
        this.checkTotal(sheet, accept);
    };

    /**
     * With `申报`: each target as declared, every declared indicator evaluated and nothing else. A
     * check across files: the document validator runs it again when the declaration changes.
     */
    checkDeclarationOf = async (document: LangiumDocument, accept: ValidationAcceptor): Promise<void> => {
        const evaluation = document.parseResult?.value;
        if (!isSelfEvaluation(evaluation)) {
            return;
        }
        const path = evaluation.declarationPath;
        const lookup = path === undefined ? undefined : await this.declarations.lookup(evaluation, document);
        if (!lookup || path === undefined) {
            return;
        }
        const location = { node: evaluation, property: 'declarationPath' } as const;
        if (!lookup.ok) {
            const message = lookup.reason === 'not-project'
                ? SelfevalMessages.declarationNotProject(path)
                : SelfevalMessages.declarationMissing(path, lookup.detail === 'ENOENT' ? '文件不存在' : '无法读取该文件');
            this.issues.report(accept, IssueCodes.SelfevalDeclarationMissing, message, location);
            return;
        }
        const declared = new Map(allIndicators(lookup.declaration).filter(named).map(indicator => [indicator.name, indicator]));
        const evaluated = allIndicators(evaluation).filter(named);
        for (const indicator of evaluated) {
            const original = declared.get(indicator.name);
            if (!original) {
                this.issues.report(accept, IssueCodes.SelfevalTargetChanged, SelfevalMessages.targetNotDeclared(indicator.name, path), {
                    node: indicator, property: 'name'
                });
                continue;
            }
            const target = scoringValueOf(indicator.value, indicator.unitCell);
            const declaredTarget = scoringValueOf(original.value, original.unitCell);
            if (!sameTarget(target, declaredTarget) && indicator.value?.$cstNode && original.value?.$cstNode) {
                this.issues.report(accept, IssueCodes.SelfevalTargetChanged,
                    SelfevalMessages.targetChanged(indicator.name, scoringValueText(target), scoringValueText(declaredTarget), path), {
                        node: indicator, property: 'value', data: { declared: original.value.$cstNode.text }
                    });
            }
        }
        const names = new Set(evaluated.map(indicator => indicator.name));
        const missing = [...declared.keys()].filter(name => !names.has(name));
        if (missing.length > 0) {
            this.issues.report(accept, IssueCodes.SelfevalTargetChanged, SelfevalMessages.targetNotEvaluated(missing.map(name => `“${name}”`).join('、'), path), location);
        }
    };

    checkFunds = (funds: EvaluationFunds, accept: ValidationAcceptor): void => {
        forEachRepeat(funds.rows, row => row.kind, (row, line) =>
            this.issues.report(accept, IssueCodes.BudgetTaskDuplicate, SelfevalMessages.fundRowDuplicate(row.kind, line), { node: row, property: 'kind' }));
        for (const row of funds.rows.filter(candidate => candidate.kind !== undefined)) {
            this.checkFundRow(row, accept);
        }
        const total = funds.rows.find(row => row.kind === BUDGET_ROW);
        if (!total) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, SelfevalMessages.fundRowMissing(), { node: funds, keyword: '项目资金' });
            return;
        }
        this.checkFundColumnSums(funds, total, accept);
    };

    /** 实际, 分值, 得分 and 偏差原因 in a declaration: the evaluation's columns in the wrong document. */
    checkDeclarationIndicators = (declaration: TargetDeclaration, accept: ValidationAcceptor): void => {
        for (const indicator of allIndicators(declaration)) {
            for (const [property, keyword] of Object.entries(EVALUATION_FIELDS) as Array<[keyof typeof EVALUATION_FIELDS, string]>) {
                if (indicator[property] !== undefined) {
                    this.issues.report(accept, IssueCodes.SelfevalFieldMisplaced, SelfevalMessages.fieldOutsideEvaluation(keyword), {
                        node: indicator, keyword, data: { keyword }
                    });
                }
            }
        }
    };

    // ── header ────────────────────────────────────────────────────────────────────────────────

    private checkHeader(evaluation: SelfEvaluation, accept: ValidationAcceptor): void {
        const locale = this.issues.locale;
        const fieldName = (field: keyof typeof HEADER_KEYWORDS | 'year') => headerFieldNames[field][locale];
        for (const field of [...REQUIRED_HEADER, 'year'] as const) {
            if (!evaluation[field]?.trim()) {
                this.issues.report(accept, IssueCodes.ProjectHeaderMissing, SelfevalMessages.headerMissing(fieldName(field)), {
                    node: evaluation, keyword: '项目支出绩效自评', data: { field }
                });
            }
        }
        for (const [field, keyword] of Object.entries(HEADER_KEYWORDS) as Array<[keyof typeof HEADER_KEYWORDS, string]>) {
            // The parser keeps only the last value: a repeated field would silently lose the first.
            for (const repeated of GrammarUtils.findNodesForKeyword(evaluation.$cstNode, keyword).slice(1)) {
                this.issues.report(accept, IssueCodes.StructureHeaderDuplicate, Messages.headerDuplicate(fieldName(field)), {
                    node: evaluation, range: repeated.range, data: { field }
                });
            }
        }
        const invalid = (property: 'year' | 'amountUnit' | 'profile' | 'scoringProfile', message: ReturnType<typeof Messages.yearInvalid>) =>
            this.issues.report(accept, IssueCodes.StructureHeaderInvalid, message, { node: evaluation, property, data: { field: property } });
        if (evaluation.year !== undefined && !/^\d{4}$/.test(evaluation.year)) {
            invalid('year', Messages.yearInvalid(evaluation.year));
        }
        if (evaluation.amountUnit !== undefined && !isAmountUnit(evaluation.amountUnit)) {
            invalid('amountUnit', Messages.amountUnitInvalid(evaluation.amountUnit));
        }
        if (evaluation.profile !== undefined && !profileByName(evaluation.profile)) {
            invalid('profile', Messages.profileInvalid(evaluation.profile, profileNames().join('、')));
        }
        if (evaluation.scoringProfile !== undefined && !scoringProfileByName(evaluation.scoringProfile)) {
            invalid('scoringProfile', SelfevalMessages.scoringProfileInvalid(evaluation.scoringProfile, scoringProfileNames().join('、')));
        }
        if (!evaluation.funds) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, SelfevalMessages.fundsMissing(), { node: evaluation, keyword: '项目支出绩效自评' });
        }
        if (!evaluation.indicators) {
            for (const first of profileOf(evaluation).firstLevels) {
                this.issues.report(accept, IssueCodes.StructureCategoryMissing, Messages.categoryMissing(first.name), {
                    node: evaluation, keyword: '项目支出绩效自评', data: { category: first.name }
                });
            }
        }
    }

    // ── 项目资金 ───────────────────────────────────────────────────────────────────────────────

    private checkFundRow(row: FundRow, accept: ValidationAcceptor): void {
        for (const column of FUND_COLUMNS) {
            if (row[column] !== undefined) {
                this.budget.checkAmountText(row, column, accept);
            }
        }
        const budget = amount(row.budget);
        const executed = amount(row.executed);
        if (budget !== undefined && executed !== undefined && executed > budget) {
            this.issues.report(accept, IssueCodes.SelfevalExecutionOver,
                SelfevalMessages.executionOver(row.kind, formatAmountGrouped(executed), formatAmountGrouped(budget)), { node: row, property: 'executed' });
        }
        if (row.kind === BUDGET_ROW) {
            if (row.budget === undefined) {
                this.issues.report(accept, IssueCodes.BudgetAmountMissing, SelfevalMessages.fundAmountMissing(row.kind, 'budget'), {
                    node: row, property: 'kind', data: { column: 'budget' }
                });
            }
            return;
        }
        for (const [property, keyword] of [['weight', '分值'], ['score', '得分'], ['reason', '偏差原因']] as const) {
            if (row[property] !== undefined) {
                this.issues.report(accept, IssueCodes.SelfevalFieldMisplaced, SelfevalMessages.fieldOutsideBudgetRow(keyword, row.kind), {
                    node: row, keyword, data: { keyword }
                });
            }
        }
    }

    /** Each column of 年度资金总额 is the sum of the other rows', when they are all written. */
    private checkFundColumnSums(funds: EvaluationFunds, total: FundRow, accept: ValidationAcceptor): void {
        const parts = FUND_PARTS.map(kind => funds.rows.find(row => row.kind === kind));
        if (parts.some(part => part === undefined)) {
            return;
        }
        for (const column of FUND_COLUMNS) {
            const written = amount(total[column]);
            const values = parts.map(part => amount(part![column]));
            if (written === undefined || values.some(value => value === undefined)) {
                continue;
            }
            const sum = values.reduce<Hundredths>((a, b) => a + b!, 0n);
            if (sum !== written) {
                const terms = FUND_PARTS.map((kind, index) => `${kind} ${formatAmountGrouped(values[index]!)}`).join(' + ');
                this.issues.report(accept, IssueCodes.BudgetTaskSum,
                    SelfevalMessages.fundColumnSum(column, formatAmountGrouped(written), terms, formatAmountGrouped(sum)), {
                        node: total, property: column, data: { column, expectedTotal: formatAmount(sum) }
                    });
            }
        }
    }

    /** 预算执行率: 全年执行数 and 分值 present, the written 得分 as computed, a reason below 90%. */
    private checkBudgetScore(sheet: ScoreSheet, accept: ValidationAcceptor): void {
        const line = sheet.budget;
        if (!line) {
            return;
        }
        const { row, scoring } = line;
        if (row.executed === undefined) {
            this.issues.report(accept, IssueCodes.SelfevalActualMissing, SelfevalMessages.executionMissing(), { node: row, property: 'kind' });
        }
        if (row.weight === undefined) {
            this.issues.report(accept, IssueCodes.SelfevalWeightsTotal, SelfevalMessages.budgetWeightMissing(formatDecimal(sheet.profile.budgetWeight)), {
                node: row, property: 'kind', data: { suggestedWeight: formatDecimal(sheet.profile.budgetWeight) }
            });
        }
        if (!scoring || line.weight === undefined) {
            return;
        }
        if (line.written !== undefined && !this.checkScoreRange(row, '年度资金总额', line.written, line.weight, accept) && scoring.computed
            && !decimalEquals(line.written, scoring.score)) {
            this.issues.report(accept, IssueCodes.SelfevalScoreMismatch,
                SelfevalMessages.budgetScoreMismatch(row.score!, formatDecimal(scoring.score), formatDecimal(scoring.rate)), {
                    node: row, property: 'score', data: { computed: formatDecimal(scoring.score) }
                });
        }
        if (!scoring.computed && scoring.reason === 'no-budget' && line.written === undefined && row.budget !== undefined) {
            this.issues.report(accept, IssueCodes.SelfevalScoreMissing, SelfevalMessages.budgetScoreMissing(), { node: row, property: 'budget' });
        }
        if (executionBelowThreshold(scoring, sheet.profile) && scoring.computed && !row.reason?.trim()) {
            this.issues.report(accept, IssueCodes.SelfevalReasonMissing,
                SelfevalMessages.executionReasonMissing(formatDecimal(scoring.rate), formatDecimal(sheet.profile.executionThreshold)), {
                    node: row, property: 'kind',
                    data: { reasonTemplate: ReasonTemplates.execution(formatDecimal(scoring.rate), formatDecimal(sheet.profile.executionThreshold)) }
                });
        }
    }

    private checkGoals(evaluation: SelfEvaluation, accept: ValidationAcceptor): void {
        const goals = evaluation.goals;
        if (goals?.expected !== undefined && !goals.achieved?.trim()) {
            this.issues.report(accept, IssueCodes.SelfevalActualMissing, SelfevalMessages.achievedMissing(), { node: goals, keyword: '年度总体目标' });
        }
    }

    // ── indicators ────────────────────────────────────────────────────────────────────────────

    private checkIndicator(scored: ScoredIndicator, sheet: ScoreSheet, accept: ValidationAcceptor): void {
        const { indicator, scoring, weight, written } = scored;
        const name = { node: indicator, property: 'name' } as const;
        if (indicator.actual === undefined) {
            this.issues.report(accept, IssueCodes.SelfevalActualMissing, SelfevalMessages.actualMissing(indicator.name), name);
        }
        this.checkActualValue(scored, accept);
        if (indicator.weight === undefined) {
            this.issues.report(accept, IssueCodes.SelfevalWeightsTotal, SelfevalMessages.weightMissing(indicator.name), name);
        }
        if (!scoring || weight === undefined) {
            return;
        }
        const inRange = written === undefined || !this.checkScoreRange(indicator, `指标“${indicator.name}”`, written, weight, accept);
        if (scoring.computed) {
            if (written !== undefined && inRange && !decimalEquals(written, scoring.score)) {
                this.issues.report(accept, IssueCodes.SelfevalScoreMismatch,
                    SelfevalMessages.scoreMismatch(indicator.name, indicator.score!, formatDecimal(scoring.score)), {
                        node: indicator, property: 'score', data: { computed: formatDecimal(scoring.score) }
                    });
            }
            if (isOverachieved(scoring.rule, sheet.profile) && !indicator.reason?.trim() && scoring.rule.kind === 'positive') {
                const unit = scoring.rule.unit ? ` ${scoring.rule.unit}` : '';
                const [actual, target] = [formatDecimal(scoring.rule.actual) + unit, formatDecimal(scoring.rule.target) + unit];
                this.issues.report(accept, IssueCodes.SelfevalOverachieved,
                    SelfevalMessages.overachieved(indicator.name, actual, target, formatDecimal(sheet.profile.overachievementFactor)), {
                        node: indicator, property: 'actual', data: { reasonTemplate: ReasonTemplates.overachieved(actual, target) }
                    });
            }
        } else if (written === undefined && scoring.reason !== 'actual-missing' && scoring.reason !== 'not-applicable') {
            this.issues.report(accept, IssueCodes.SelfevalScoreMissing,
                SelfevalMessages.scoreMissing(indicator.name, writtenReasonText(scoring.reason, this.issues.locale)), {
                    node: indicator, property: indicator.actual !== undefined ? 'actual' : 'name', data: { reason: scoring.reason }
                });
        }
        const score = scored.score;
        if (score !== undefined && inRange && compareDecimal(score, weight) < 0 && !indicator.reason?.trim()) {
            this.issues.report(accept, IssueCodes.SelfevalReasonMissing,
                SelfevalMessages.reasonMissing(indicator.name, formatDecimal(score), formatDecimal(weight)), {
                    ...name, data: { reasonTemplate: ReasonTemplates.shortfall(formatDecimal(score), formatDecimal(weight)) }
                });
        }
    }

    /** The actual is written like the target: a percentage within 0–100, in the target's unit. */
    private checkActualValue(scored: ScoredIndicator, accept: ValidationAcceptor): void {
        const { indicator, target, actual } = scored;
        const written = indicator.actual;
        if (!isQuantity(written) || actual?.kind !== 'quantity') {
            return;
        }
        if (target?.kind === 'quantity' && actual.unit !== undefined && target.unit !== undefined && actual.unit !== target.unit) {
            this.issues.report(accept, IssueCodes.IndicatorUnitMismatch, SelfevalMessages.actualUnitDiffers(actual.unit, target.unit), {
                node: written, property: 'unit', data: { suggestedUnit: target.unit }
            });
        }
        const unit = actual.unit ?? (target?.kind === 'quantity' ? target.unit : undefined);
        if (isPercentUnit(unit) && (compareDecimal(actual.number, ZERO) < 0 || compareDecimal(actual.number, { units: 100n, scale: 0 }) > 0)) {
            this.issues.report(accept, IssueCodes.IndicatorPercentRange, Messages.percentRange(written.number), { node: written, property: 'number' });
        }
    }

    /** A written 得分 within [0, 分值]; true when it is outside (and reported). */
    private checkScoreRange(node: Indicator | FundRow, label: string, written: ExactDecimal, weight: ExactDecimal, accept: ValidationAcceptor): boolean {
        if (compareDecimal(written, ZERO) >= 0 && compareDecimal(written, weight) <= 0) {
            return false;
        }
        this.issues.report(accept, IssueCodes.SelfevalScoreRange, SelfevalMessages.scoreRange(label, formatDecimal(written), formatDecimal(weight)), {
            node, property: 'score', data: { weight: formatDecimal(weight) }
        } as never);
        return true;
    }

    // ── weights and total ─────────────────────────────────────────────────────────────────────

    private checkWeights(sheet: ScoreSheet, accept: ValidationAcceptor): void {
        const { profile, evaluation, weightTotal, budget } = sheet;
        const section = evaluation.indicators;
        if (weightTotal === undefined || !section) {
            return;
        }
        const indicatorsWeight = sheet.indicators.reduce<ExactDecimal>((sum, scored) => addDecimals(sum, scored.weight!), ZERO);
        if (!decimalEquals(weightTotal, profile.totalWeight)) {
            this.issues.report(accept, IssueCodes.SelfevalWeightsTotal,
                SelfevalMessages.weightsTotal(formatDecimal(weightTotal), formatDecimal(profile.totalWeight), formatDecimal(budget!.weight!), formatDecimal(indicatorsWeight)), {
                    node: section, keyword: '年度绩效指标', data: { sum: formatDecimal(weightTotal) }
                });
        }
        if (!decimalEquals(budget!.weight!, profile.budgetWeight)) {
            this.issues.report(accept, IssueCodes.SelfevalWeightsSplit,
                SelfevalMessages.budgetWeightSplit(formatDecimal(budget!.weight!), formatDecimal(profile.budgetWeight)), {
                    node: budget!.row, property: 'weight', data: { expected: formatDecimal(profile.budgetWeight) }
                });
        }
        const present = new Set(sheet.indicators.flatMap(scored => scored.share ? [scored.share.name] : []));
        for (const [share, expected] of expectedShareWeights(profile, present)) {
            const members = sheet.indicators.filter(scored => scored.share === share);
            const sum = members.reduce<ExactDecimal>((total, scored) => addDecimals(total, scored.weight!), ZERO);
            if (decimalEquals(sum, expected)) {
                continue;
            }
            const category = section.categories.find(first => first.name !== undefined && share.categories.includes(first.name));
            this.issues.report(accept, IssueCodes.SelfevalWeightsSplit, SelfevalMessages.weightsSplit(share.name, formatDecimal(sum), formatDecimal(expected)), {
                ...(category ? { node: category, property: 'name' } : { node: section, keyword: '年度绩效指标' }),
                data: { share: share.name, expected: formatDecimal(expected) }
            } as never);
        }
    }

    private checkTotal(sheet: ScoreSheet, accept: ValidationAcceptor): void {
        const written = sheet.evaluation.total;
        if (written === undefined || !sheet.complete) {
            return;
        }
        const parsed = parseAmount(written);
        const computed = formatDecimal(sheet.total);
        if (!parsed.ok || !decimalEquals(parsed.decimal, sheet.total)) {
            this.issues.report(accept, IssueCodes.SelfevalScoreMismatch, SelfevalMessages.totalMismatch(written, computed), {
                node: sheet.evaluation, property: 'total', data: { computed }
            });
        }
    }
}

function named(indicator: Indicator): boolean {
    return typeof indicator.name === 'string';
}

function amount(text: string | undefined): Hundredths | undefined {
    if (text === undefined) {
        return undefined;
    }
    const parsed = parseAmount(text);
    return parsed.ok ? parsed.hundredths : undefined;
}
