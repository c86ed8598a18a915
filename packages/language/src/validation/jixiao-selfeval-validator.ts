/**
 * 自评 (DESIGN §2.2, §4): the self-evaluation's header, its funds and their execution, every
 * indicator's actual, 分值 and 得分 against the scoring rules, the reasons a shortfall needs, the
 * weights adding up to 100 in the configured split, and the written 总分. The scores come from the
 * one score sheet (jixiao-selfeval-scores.ts), so what is reported is what the hints and
 * `jixiao score` show. The header rules every kind of document shares (a repeated field, the year,
 * the amount unit, the profile, the indicator table) are the structure validator's.
 *
 * One method per rule; jixiao-validator.ts says which AST type each applies to.
 */
import type { LangiumDocument, ValidationAcceptor } from 'langium';
import {
    isQuantity, isSelfEvaluation,
    type EvaluationFunds, type EvaluationGoals, type FundRow, type Indicator, type SelfEvaluation
} from '../generated/ast.js';
import { allIndicators, evaluationOf, headerValue } from '../jixiao-ast-utils.js';
import { scoreSheetOf, scoringValueOf, type BudgetLine, type ScoredIndicator, type ScoreSheet } from '../jixiao-selfeval-scores.js';
import { sameTarget, type JixiaoSelfevalDeclarations } from '../jixiao-selfeval-declaration.js';
import { compareDecimal, decimalEquals, formatDecimal, type ExactDecimal } from '../domain/decimal.js';
import {
    FUND_ROW_AMOUNTS, FUND_ROW_SCORING, FUND_ROWS, FUND_TOTAL_ROW, INDICATOR_CLAUSES, SELF_EVALUATION, sectionKeyword, type IndicatorClause
} from '../domain/grammar-facts.js';
import { formatAmount, formatAmountGrouped, parseAmount, type Hundredths } from '../domain/money.js';
import { executionBelowThreshold, expectedShareWeights, isOverachieved, addDecimals } from '../domain/scoring.js';
import { scoringProfileByName, scoringProfileNames } from '../domain/scoring-profiles.js';
import { isPercentUnit } from '../domain/units.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { headerFieldNames, Messages, SelfevalMessages, type FundColumn, type Message } from './jixiao-messages.js';
import { ReasonTemplates, scoringValueText, writtenReasonText } from '../jixiao-selfeval-texts.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import type { JixiaoBudgetValidator } from './jixiao-budget-validator.js';
import { forEachRepeat } from './jixiao-repeats.js';

const REQUIRED_HEADER = ['projectName', 'authority', 'implementer'] as const;
const FUND_COLUMNS = Object.keys(FUND_ROW_AMOUNTS) as FundColumn[];
/** The rows whose columns add up to 年度资金总额's. */
const FUND_PARTS = FUND_ROWS.filter(kind => kind !== FUND_TOTAL_ROW);
/** An indicator's clauses that only an evaluation has. */
const EVALUATION_CLAUSES = SELF_EVALUATION.indicatorClauses.filter(clause => clause !== 'unitCell') as Array<Exclude<IndicatorClause, 'unitCell' | 'goals' | 'explanation'>>;
const ZERO: ExactDecimal = { units: 0n, scale: 0 };

export class JixiaoSelfevalValidator {
    /** Per score sheet, each scored indicator's line. */
    private readonly lines = new WeakMap<ScoreSheet, Map<Indicator, ScoredIndicator>>();

    /** The amounts of 项目资金 are checked as the budget validator checks a task's. */
    constructor(
        private readonly issues: IssueReporter,
        private readonly budget: JixiaoBudgetValidator,
        private readonly declarations: JixiaoSelfevalDeclarations
    ) {}

    // ── the header ────────────────────────────────────────────────────────────────────────────

    evaluationHeaderMustBeComplete = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        const written = (field: typeof REQUIRED_HEADER[number] | 'year') => field === 'year' ? evaluation.year : headerValue(evaluation[field]);
        for (const field of [...REQUIRED_HEADER, 'year'] as const) {
            if (!written(field)?.trim()) {
                this.issues.report(accept, IssueCodes.ProjectHeaderMissing, SelfevalMessages.headerMissing(headerFieldNames[field][this.issues.locale]), {
                    node: evaluation, keyword: SELF_EVALUATION.keyword, data: { field }
                });
            }
        }
    };

    scoringProfileMustBeKnown = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        const name = headerValue(evaluation.scoringProfile);
        if (name !== undefined && !scoringProfileByName(name)) {
            this.issues.report(accept, IssueCodes.StructureHeaderInvalid, SelfevalMessages.scoringProfileInvalid(name, scoringProfileNames().join('、')), {
                node: evaluation, property: 'scoringProfile', index: evaluation.scoringProfile.length - 1, data: { field: 'scoringProfile' }
            });
        }
    };

    fundsMustBeWritten = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        if (!evaluation.funds) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, SelfevalMessages.fundsMissing(), { node: evaluation, keyword: SELF_EVALUATION.keyword });
        }
    };

    /**
     * With `申报`: each target as declared, every declared indicator evaluated and nothing else. A
     * check across files: the document validator runs it again when the declaration changes.
     */
    targetsMustBeAsDeclared = async (document: LangiumDocument, accept: ValidationAcceptor): Promise<void> => {
        const evaluation = document.parseResult?.value;
        if (!isSelfEvaluation(evaluation)) {
            return;
        }
        const path = headerValue(evaluation.declarationPath);
        const lookup = path === undefined ? undefined : await this.declarations.lookup(evaluation, document);
        if (!lookup || path === undefined) {
            return;
        }
        const location = { node: evaluation, property: 'declarationPath', index: evaluation.declarationPath.length - 1 } as const;
        if (!lookup.ok) {
            const message = lookup.reason === 'not-project'
                ? SelfevalMessages.declarationNotProject(path)
                : SelfevalMessages.declarationMissing(path, lookup.detail === 'ENOENT' ? 'missing' : 'unreadable');
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

    // ── 项目资金 ───────────────────────────────────────────────────────────────────────────────

    fundRowMustNotRepeat = (funds: EvaluationFunds, accept: ValidationAcceptor): void => {
        forEachRepeat(funds.rows, row => row.kind, (row, line) =>
            this.issues.report(accept, IssueCodes.BudgetTaskDuplicate, SelfevalMessages.fundRowDuplicate(row.kind, line), { node: row, property: 'kind' }));
    };

    totalRowMustBeWritten = (funds: EvaluationFunds, accept: ValidationAcceptor): void => {
        if (!totalRowOf(funds)) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, SelfevalMessages.fundRowMissing(), {
                node: funds, keyword: sectionKeyword(SELF_EVALUATION, 'funds')
            });
        }
    };

    /** Each column of 年度资金总额 is the sum of the other rows', when they are all written. */
    totalRowShouldBeSumOfRows = (funds: EvaluationFunds, accept: ValidationAcceptor): void => {
        const total = totalRowOf(funds);
        const parts = FUND_PARTS.map(kind => funds.rows.find(row => row.kind === kind));
        if (!total || parts.some(part => part === undefined)) {
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
    };

    fundAmountsMustBeWellFormed = (row: FundRow, accept: ValidationAcceptor): void => {
        if (row.kind !== undefined) {
            FUND_COLUMNS.forEach(column => this.budget.amountTextMustBeWellFormed(row, column, accept));
        }
    };

    /** budget.amount-too-large on a fund row, as on a task. */
    fundAmountsMustFitACell = (row: FundRow, accept: ValidationAcceptor): void => {
        if (row.kind !== undefined) {
            FUND_COLUMNS.forEach(column => this.budget.amountTextMustFitACell(row, column, accept));
        }
    };

    executionMustNotExceedBudget = (row: FundRow, accept: ValidationAcceptor): void => {
        const budget = amount(row.budget);
        const executed = amount(row.executed);
        if (row.kind !== undefined && budget !== undefined && executed !== undefined && executed > budget) {
            this.issues.report(accept, IssueCodes.SelfevalExecutionOver,
                SelfevalMessages.executionOver(row.kind, formatAmountGrouped(executed), formatAmountGrouped(budget)), { node: row, property: 'executed' });
        }
    };

    totalRowMustHaveBudget = (row: FundRow, accept: ValidationAcceptor): void => {
        if (row.kind === FUND_TOTAL_ROW && row.budget === undefined) {
            this.issues.report(accept, IssueCodes.BudgetAmountMissing, SelfevalMessages.fundAmountMissing(row.kind, 'budget'), {
                node: row, property: 'kind', data: { column: 'budget' }
            });
        }
    };

    /** 分值, 得分 and 偏差原因 belong to 年度资金总额: the other rows show `—` there. */
    scoringMustBeOnTotalRow = (row: FundRow, accept: ValidationAcceptor): void => {
        if (row.kind === undefined || row.kind === FUND_TOTAL_ROW) {
            return;
        }
        for (const [property, keyword] of Object.entries(FUND_ROW_SCORING) as Array<[keyof typeof FUND_ROW_SCORING, string]>) {
            if (row[property] !== undefined) {
                this.issues.report(accept, IssueCodes.SelfevalFieldMisplaced, SelfevalMessages.fieldOutsideBudgetRow(keyword, row.kind), {
                    node: row, keyword, data: { keyword }
                });
            }
        }
    };

    // ── 预算执行率, on the row that is scored ─────────────────────────────────────────────────

    executionMustBeWritten = (row: FundRow, accept: ValidationAcceptor): void => {
        if (this.budgetLineOf(row) && row.executed === undefined) {
            this.issues.report(accept, IssueCodes.SelfevalActualMissing, SelfevalMessages.executionMissing(), { node: row, property: 'kind' });
        }
    };

    budgetWeightMustBeWritten = (row: FundRow, accept: ValidationAcceptor): void => {
        const sheet = this.sheetOf(row);
        if (sheet && this.budgetLineOf(row) && row.weight === undefined) {
            const usual = formatDecimal(sheet.profile.budgetWeight);
            this.issues.report(accept, IssueCodes.SelfevalWeightsTotal, SelfevalMessages.budgetWeightMissing(usual), {
                node: row, property: 'kind', data: { suggestedWeight: usual }
            });
        }
    };

    budgetScoreMustBeInRange = (row: FundRow, accept: ValidationAcceptor): void => {
        const line = this.budgetLineOf(row);
        if (line?.scoring && line.weight !== undefined && line.written !== undefined && !inRange(line.written, line.weight)) {
            this.reportScoreRange(row, SelfevalMessages.budgetLabel(), line.written, line.weight, accept);
        }
    };

    budgetScoreShouldMatch = (row: FundRow, accept: ValidationAcceptor): void => {
        const line = this.budgetLineOf(row);
        const scoring = line?.scoring;
        if (scoring?.computed && line?.weight !== undefined && line.written !== undefined && inRange(line.written, line.weight)
            && !decimalEquals(line.written, scoring.score)) {
            this.issues.report(accept, IssueCodes.SelfevalScoreMismatch,
                SelfevalMessages.budgetScoreMismatch(row.score!, formatDecimal(scoring.score), formatDecimal(scoring.rate)), {
                    node: row, property: 'score', data: { computed: formatDecimal(scoring.score) }
                });
        }
    };

    /** Without a usable 全年预算数 the rate cannot be computed: the 得分 must be written. */
    budgetScoreMustBeWritten = (row: FundRow, accept: ValidationAcceptor): void => {
        const line = this.budgetLineOf(row);
        const scoring = line?.scoring;
        if (scoring && line?.weight !== undefined && !scoring.computed && scoring.reason === 'no-budget' && line.written === undefined && row.budget !== undefined) {
            this.issues.report(accept, IssueCodes.SelfevalScoreMissing, SelfevalMessages.budgetScoreMissing(), { node: row, property: 'budget' });
        }
    };

    lowExecutionShouldBeExplained = (row: FundRow, accept: ValidationAcceptor): void => {
        const sheet = this.sheetOf(row);
        const line = this.budgetLineOf(row);
        const scoring = line?.scoring;
        if (!sheet || !scoring || line?.weight === undefined || !scoring.computed || !executionBelowThreshold(scoring, sheet.profile) || row.reason?.trim()) {
            return;
        }
        const [rate, threshold] = [formatDecimal(scoring.rate), formatDecimal(sheet.profile.executionThreshold)];
        this.issues.report(accept, IssueCodes.SelfevalReasonMissing, SelfevalMessages.executionReasonMissing(rate, threshold), {
            node: row, property: 'kind', data: { reasonTemplate: ReasonTemplates.execution(rate, threshold) }
        });
    };

    // ── 年度总体目标 ─────────────────────────────────────────────────────────────────────────

    achievedMustBeWritten = (goals: EvaluationGoals, accept: ValidationAcceptor): void => {
        if (goals.expected !== undefined && !goals.achieved?.trim()) {
            this.issues.report(accept, IssueCodes.SelfevalActualMissing, SelfevalMessages.achievedMissing(), {
                node: goals, keyword: sectionKeyword(SELF_EVALUATION, 'goals')
            });
        }
    };

    // ── indicators ────────────────────────────────────────────────────────────────────────────

    /** 实际, 分值, 得分 and 偏差原因 in a declaration: the evaluation's columns in the wrong document. */
    evaluationColumnsMustNotBeInDeclaration = (indicator: Indicator, accept: ValidationAcceptor): void => {
        // The clauses first: almost always none is written, and then the root need not be found.
        if (!EVALUATION_CLAUSES.some(clause => indicator[clause] !== undefined) || evaluationOf(indicator)) {
            return;
        }
        for (const clause of EVALUATION_CLAUSES) {
            const keyword = INDICATOR_CLAUSES[clause];
            if (indicator[clause] !== undefined) {
                this.issues.report(accept, IssueCodes.SelfevalFieldMisplaced, SelfevalMessages.fieldOutsideEvaluation(keyword), {
                    node: indicator, keyword, data: { keyword }
                });
            }
        }
    };

    actualMustBeWritten = (indicator: Indicator, accept: ValidationAcceptor): void => {
        if (this.scoredLineOf(indicator) && indicator.actual === undefined) {
            this.issues.report(accept, IssueCodes.SelfevalActualMissing, SelfevalMessages.actualMissing(indicator.name), { node: indicator, property: 'name' });
        }
    };

    /** The actual is written in the target's unit. */
    actualUnitShouldBeTargetUnit = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const { written, target, actual } = this.actualOf(indicator);
        if (written && actual && target?.kind === 'quantity' && actual.unit !== undefined && target.unit !== undefined && actual.unit !== target.unit) {
            this.issues.report(accept, IssueCodes.IndicatorUnitMismatch, SelfevalMessages.actualUnitDiffers(actual.unit, target.unit), {
                node: written, property: 'unit', data: { suggestedUnit: target.unit }
            });
        }
    };

    /** A percentage achieved is within 0–100, like a percentage targeted. */
    actualPercentMustBeInRange = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const { written, target, actual } = this.actualOf(indicator);
        const unit = actual?.unit ?? (target?.kind === 'quantity' ? target.unit : undefined);
        if (written && actual && isPercentUnit(unit) && (compareDecimal(actual.number, ZERO) < 0 || compareDecimal(actual.number, { units: 100n, scale: 0 }) > 0)) {
            this.issues.report(accept, IssueCodes.IndicatorPercentRange, Messages.percentRange(written.number), { node: written, property: 'number' });
        }
    };

    weightMustBeWritten = (indicator: Indicator, accept: ValidationAcceptor): void => {
        if (this.scoredLineOf(indicator) && indicator.weight === undefined) {
            this.issues.report(accept, IssueCodes.SelfevalWeightsTotal, SelfevalMessages.weightMissing(indicator.name), { node: indicator, property: 'name' });
        }
    };

    scoreMustBeInRange = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const scored = this.scoredLineOf(indicator);
        if (scored?.scoring && scored.weight !== undefined && scored.written !== undefined && !inRange(scored.written, scored.weight)) {
            this.reportScoreRange(indicator, SelfevalMessages.indicatorLabel(indicator.name), scored.written, scored.weight, accept);
        }
    };

    scoreShouldMatch = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const scored = this.scoredLineOf(indicator);
        const scoring = scored?.scoring;
        if (scoring?.computed && scored?.weight !== undefined && scored.written !== undefined && inRange(scored.written, scored.weight)
            && !decimalEquals(scored.written, scoring.score)) {
            this.issues.report(accept, IssueCodes.SelfevalScoreMismatch,
                SelfevalMessages.scoreMismatch(indicator.name, indicator.score!, formatDecimal(scoring.score)), {
                    node: indicator, property: 'score', data: { computed: formatDecimal(scoring.score) }
                });
        }
    };

    /** Far beyond a positive target: say why, and whether the target was set too low. */
    overachievementShouldBeExplained = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const scored = this.scoredLineOf(indicator);
        const scoring = scored?.scoring;
        const sheet = this.sheetOf(indicator);
        if (!sheet || !scoring?.computed || scored?.weight === undefined || scoring.rule.kind !== 'positive'
            || !isOverachieved(scoring.rule, sheet.profile) || indicator.reason?.trim()) {
            return;
        }
        const unit = scoring.rule.unit ? ` ${scoring.rule.unit}` : '';
        const [actual, target] = [formatDecimal(scoring.rule.actual) + unit, formatDecimal(scoring.rule.target) + unit];
        this.issues.report(accept, IssueCodes.SelfevalOverachieved,
            SelfevalMessages.overachieved(indicator.name, actual, target, formatDecimal(sheet.profile.overachievementFactor)), {
                node: indicator, property: 'actual', data: { reasonTemplate: ReasonTemplates.overachieved(actual, target) }
            });
    };

    /** What the rules cannot score (a text target, say) needs its 得分 written. */
    scoreMustBeWritten = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const scored = this.scoredLineOf(indicator);
        const scoring = scored?.scoring;
        if (!scoring || scoring.computed || scored?.weight === undefined || scored.written !== undefined
            || scoring.reason === 'actual-missing' || scoring.reason === 'not-applicable') {
            return;
        }
        this.issues.report(accept, IssueCodes.SelfevalScoreMissing,
            SelfevalMessages.scoreMissing(indicator.name, writtenReasonText(scoring.reason, this.issues.locale)), {
                node: indicator, property: indicator.actual !== undefined ? 'actual' : 'name', data: { reason: scoring.reason }
            });
    };

    shortfallShouldBeExplained = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const scored = this.scoredLineOf(indicator);
        const score = scored?.score;
        const weight = scored?.weight;
        if (!scored?.scoring || score === undefined || weight === undefined || indicator.reason?.trim() || compareDecimal(score, weight) >= 0
            || (scored.written !== undefined && !inRange(scored.written, weight))) {
            return;
        }
        this.issues.report(accept, IssueCodes.SelfevalReasonMissing,
            SelfevalMessages.reasonMissing(indicator.name, formatDecimal(score), formatDecimal(weight)), {
                node: indicator, property: 'name', data: { reasonTemplate: ReasonTemplates.shortfall(formatDecimal(score), formatDecimal(weight)) }
            });
    };

    // ── weights and total ─────────────────────────────────────────────────────────────────────

    /** The 分值, when all written, add up to the total of the scoring rules (100). */
    weightsMustAddUp = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        const sheet = scoreSheetOf(evaluation);
        const section = evaluation.indicators;
        if (sheet.weightTotal === undefined || !section || decimalEquals(sheet.weightTotal, sheet.profile.totalWeight)) {
            return;
        }
        const indicatorsWeight = sheet.indicators.reduce<ExactDecimal>((sum, scored) => addDecimals(sum, scored.weight!), ZERO);
        this.issues.report(accept, IssueCodes.SelfevalWeightsTotal,
            SelfevalMessages.weightsTotal(formatDecimal(sheet.weightTotal), formatDecimal(sheet.profile.totalWeight), formatDecimal(sheet.budget!.weight!), formatDecimal(indicatorsWeight)), {
                node: section, keyword: sectionKeyword(SELF_EVALUATION, 'indicators'), data: { sum: formatDecimal(sheet.weightTotal) }
            });
    };

    budgetWeightShouldFollowSplit = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        const sheet = scoreSheetOf(evaluation);
        const weight = sheet.budget?.weight;
        if (sheet.weightTotal === undefined || !evaluation.indicators || weight === undefined || decimalEquals(weight, sheet.profile.budgetWeight)) {
            return;
        }
        this.issues.report(accept, IssueCodes.SelfevalWeightsSplit,
            SelfevalMessages.budgetWeightSplit(formatDecimal(weight), formatDecimal(sheet.profile.budgetWeight)), {
                node: sheet.budget!.row, property: 'weight', data: { expected: formatDecimal(sheet.profile.budgetWeight) }
            });
    };

    /** Each share of the points (产出, 效益, 满意度…) weighs what the scoring rules give it. */
    shareWeightsShouldFollowSplit = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        const sheet = scoreSheetOf(evaluation);
        const section = evaluation.indicators;
        if (sheet.weightTotal === undefined || !section) {
            return;
        }
        const present = new Set(sheet.indicators.flatMap(scored => scored.share ? [scored.share.name] : []));
        for (const [share, expected] of expectedShareWeights(sheet.profile, present)) {
            const members = sheet.indicators.filter(scored => scored.share === share);
            const sum = members.reduce<ExactDecimal>((total, scored) => addDecimals(total, scored.weight!), ZERO);
            if (decimalEquals(sum, expected)) {
                continue;
            }
            const category = section.categories.find(first => first.name !== undefined && share.categories.includes(first.name));
            this.issues.report(accept, IssueCodes.SelfevalWeightsSplit, SelfevalMessages.weightsSplit(share.name, formatDecimal(sum), formatDecimal(expected)), {
                ...(category ? { node: category, property: 'name' } : { node: section, keyword: sectionKeyword(SELF_EVALUATION, 'indicators') }),
                data: { share: share.name, expected: formatDecimal(expected) }
            } as never);
        }
    };

    totalShouldBeSumOfScores = (evaluation: SelfEvaluation, accept: ValidationAcceptor): void => {
        const sheet = scoreSheetOf(evaluation);
        const written = evaluation.total;
        if (written === undefined || !sheet.complete) {
            return;
        }
        const parsed = parseAmount(written);
        const computed = formatDecimal(sheet.total);
        if (!parsed.ok || !decimalEquals(parsed.decimal, sheet.total)) {
            this.issues.report(accept, IssueCodes.SelfevalScoreMismatch, SelfevalMessages.totalMismatch(written, computed), {
                node: evaluation, property: 'total', data: { computed }
            });
        }
    };

    // ── the sheet ─────────────────────────────────────────────────────────────────────────────

    private sheetOf(node: FundRow | Indicator): ScoreSheet | undefined {
        const evaluation = evaluationOf(node);
        return evaluation && scoreSheetOf(evaluation);
    }

    /** The 预算执行率 line, when this row is the one scored. */
    private budgetLineOf(row: FundRow): BudgetLine | undefined {
        const line = this.sheetOf(row)?.budget;
        return line?.row === row ? line : undefined;
    }

    /** An evaluated indicator's line of the sheet (none for 不适用, nor outside an evaluation). */
    private scoredLineOf(indicator: Indicator): ScoredIndicator | undefined {
        const sheet = this.sheetOf(indicator);
        if (!sheet) {
            return undefined;
        }
        let lines = this.lines.get(sheet);
        if (!lines) {
            lines = new Map(sheet.indicators.map(scored => [scored.indicator, scored]));
            this.lines.set(sheet, lines);
        }
        return lines.get(indicator);
    }

    /** An indicator's 实际 when it is a quantity, with the target and actual as the rules read them. */
    private actualOf(indicator: Indicator) {
        const scored = this.scoredLineOf(indicator);
        const written = indicator.actual;
        const actual = scored?.actual;
        return isQuantity(written) && actual?.kind === 'quantity'
            ? { written, target: scored!.target, actual }
            : { written: undefined, target: undefined, actual: undefined };
    }

    /** A written 得分 outside [0, 分值]. */
    private reportScoreRange(node: Indicator | FundRow, label: Message, written: ExactDecimal, weight: ExactDecimal, accept: ValidationAcceptor): void {
        this.issues.report(accept, IssueCodes.SelfevalScoreRange, SelfevalMessages.scoreRange(label[this.issues.locale], formatDecimal(written), formatDecimal(weight)), {
            node, property: 'score', data: { weight: formatDecimal(weight) }
        } as never);
    }
}

function totalRowOf(funds: EvaluationFunds): FundRow | undefined {
    return funds.rows.find(row => row.kind === FUND_TOTAL_ROW);
}

function inRange(written: ExactDecimal, weight: ExactDecimal): boolean {
    return compareDecimal(written, ZERO) >= 0 && compareDecimal(written, weight) <= 0;
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
