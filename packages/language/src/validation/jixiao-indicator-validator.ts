/**
 * 指标: every figure is measurable (a unit, a sane percentage, a dated deadline, a defined grade)
 * and reads the way its name promises (a 率 in %, a 满意度 high enough, filed in the right category).
 * One method per rule, on the node it is about (the indicator, or its value: a quantity, deadline,
 * grade or free text); jixiao-validator.ts says which AST type each applies to.
 */
import type { ValidationAcceptor } from 'langium';
import {
    isIndicator, isProjectDeclaration, type Deadline, type FreeText, type Grade, type Indicator, type IndicatorSection, type Quantity, type TaskSection, type Value
} from '../generated/ast.js';
import { allIndicators, amountOf, amountUnitOf, columnSum, declarationOf, indicatorPlacement } from '../jixiao-ast-utils.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { compareDecimal, decimalFromInteger, formatDecimal, parseDecimal, rescale, type ExactDecimal } from '../domain/decimal.js';
import { explanationDefinesGrade } from '../domain/grades.js';
import { isCountName, isLessIsBetterName, isMoreIsBetterRate, isRateName, isSatisfactionName } from '../domain/indicator-names.js';
import { formatAmountGrouped, toYuanHundredths, type Hundredths } from '../domain/money.js';
import { isCountingUnit, isPercentUnit, normalizeUnit, unitKind } from '../domain/units.js';
import { isLowerBound, isUpperBound, isValidDeadline, normalizeComparator, parseDeadline, type DeadlineDate } from '../domain/values.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { Messages, type Message } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import { suggestUnits } from '../jixiao-unit-suggestions.js';
import { forEachRepeat } from './jixiao-repeats.js';

const HUNDRED = decimalFromInteger(100);
const ZERO = decimalFromInteger(0);
const YUAN_PER_UNIT: Readonly<Record<string, bigint>> = { 元: 1n, 万元: 10000n, 亿元: 100000000n };

export class JixiaoIndicatorValidator {
    constructor(private readonly issues: IssueReporter, private readonly settings: JixiaoSettings) {}

    /**
     * The sum of the tasks' 总额 per parsed task section. Every 成本 indicator in 元 compares with it;
     * summing again for each made validation quadratic (the benchmark's 10,000-indicator document
     * spent a fifth of its validation here). A new parse makes a new section, so it is never stale.
     */
    private readonly budgetTotals = new WeakMap<TaskSection, Hundredths | undefined>();
    /** A quantity's number, parsed once for the several rules that compare it. */
    private readonly numbers = new WeakMap<Quantity, ExactDecimal | undefined>();

    // ── the indicator ─────────────────────────────────────────────────────────────────────────

    explanationShouldBeWritten = (indicator: Indicator, accept: ValidationAcceptor): void => {
        // While the user types, the parser recovers with nodes that lack properties.
        if (indicator.name !== undefined && !indicator.explanation?.trim()) {
            this.issues.report(accept, IssueCodes.IndicatorExplanationMissing, Messages.explanationMissing(indicator.name), {
                node: indicator, property: 'name'
            });
        }
    };

    /** A 率 under 数量指标, a count under 质量指标, a 满意度 outside 满意度指标. */
    indicatorShouldFitItsCategory = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const { first, second } = indicatorPlacement(indicator);
        if (indicator.name === undefined || second === undefined) {
            return;
        }
        const location = { node: indicator, property: 'name' } as const;
        if (isSatisfactionName(indicator.name) && first !== '满意度指标') {
            this.issues.report(accept, IssueCodes.IndicatorCategorySuspicious, Messages.satisfactionOutside(indicator.name, second), {
                ...location, data: { suggestedCategory: '服务对象满意度指标' }
            });
        } else if (second === '数量指标' && isRateName(indicator.name)) {
            this.issues.report(accept, IssueCodes.IndicatorCategorySuspicious, Messages.rateUnderQuantity(indicator.name, second), {
                ...location, data: { suggestedCategory: '质量指标' }
            });
        } else if (second === '质量指标' && isCountName(indicator.name) && !isRateName(indicator.name)) {
            this.issues.report(accept, IssueCodes.IndicatorCategorySuspicious, Messages.countUnderQuality(indicator.name), {
                ...location, data: { suggestedCategory: '数量指标' }
            });
        }
    };

    indicatorNameShouldBeUnique = (section: IndicatorSection, accept: ValidationAcceptor): void => {
        forEachRepeat(allIndicators(section.$container), indicator => indicator.name, (indicator, line) =>
            this.issues.report(accept, IssueCodes.IndicatorDuplicate, Messages.indicatorDuplicate(indicator.name, line), { node: indicator, property: 'name' }));
    };

    // ── a quantity: ≥190 万人 ───────────────────────────────────────────────────────────────────

    quantityMustHaveUnit = (quantity: Quantity, accept: ValidationAcceptor): void => {
        const indicator = this.quantityIndicator(quantity);
        if (indicator && quantity.unit === undefined && indicator.unitCell === undefined) {
            const suggestions = suggestUnits(indicator);
            this.issues.report(accept, IssueCodes.IndicatorUnitMissing, Messages.unitMissing(indicator.name, suggestions[0]), {
                node: quantity, property: 'number', data: { suggestedUnits: suggestions }
            });
        }
    };

    /** A 率 is in %, a count is not. The unit is underlined where it is written: after the number, or in the 度量单位 cell. */
    unitShouldFitName = (quantity: Quantity, accept: ValidationAcceptor): void => {
        const indicator = this.quantityIndicator(quantity);
        const unit = quantity.unit ?? indicator?.unitCell;
        if (!indicator || unit === undefined) {
            return;
        }
        const report = (message: Message, data: Record<string, unknown>) => quantity.unit !== undefined
            ? this.issues.report(accept, IssueCodes.IndicatorUnitMismatch, message, { node: quantity, property: 'unit', data })
            : this.issues.report(accept, IssueCodes.IndicatorUnitMismatch, message, { node: indicator, property: 'unitCell', data });
        if (isRateName(indicator.name) && !isPercentUnit(unit) && unitKind(unit) !== 'percent') {
            report(Messages.unitShouldBePercent(indicator.name, unit), { suggestedUnit: '%' });
        } else if (isCountName(indicator.name) && isPercentUnit(unit)) {
            report(Messages.percentOnCount(indicator.name), { suggestedUnits: suggestUnits(indicator).filter(u => isCountingUnit(u)) });
        }
    };

    /** `100 % 度量单位 个`: the value's own unit and the unit cell say different things. */
    unitCellShouldMatchValueUnit = (quantity: Quantity, accept: ValidationAcceptor): void => {
        const indicator = this.quantityIndicator(quantity);
        if (indicator && quantity.unit !== undefined && indicator.unitCell !== undefined && normalizeUnit(quantity.unit) !== normalizeUnit(indicator.unitCell)) {
            this.issues.report(accept, IssueCodes.IndicatorUnitMismatch, Messages.unitCellDiffers(quantity.unit, indicator.unitCell), {
                node: indicator, property: 'unitCell', data: { valueUnit: quantity.unit }
            });
        }
    };

    percentMustBeInRange = (quantity: Quantity, accept: ValidationAcceptor): void => {
        const percent = this.percentage(quantity);
        if (percent && (compareDecimal(percent.number, ZERO) < 0 || compareDecimal(percent.number, HUNDRED) > 0)) {
            this.issues.report(accept, IssueCodes.IndicatorPercentRange, Messages.percentRange(quantity.number), {
                node: quantity, property: 'number'
            });
        }
    };

    /** A 满意度 target (a percentage within 0–100, not an upper bound) is at least the threshold of the settings. */
    satisfactionShouldMeetThreshold = (quantity: Quantity, accept: ValidationAcceptor): void => {
        const percent = this.percentage(quantity);
        if (!percent || compareDecimal(percent.number, ZERO) < 0 || compareDecimal(percent.number, HUNDRED) > 0
            || !isSatisfactionName(percent.indicator.name) || isUpperBound(quantity.comparator)) {
            return;
        }
        const threshold = this.settings.satisfactionThreshold;
        if (compareDecimal(percent.number, decimalFromInteger(threshold)) < 0) {
            this.issues.report(accept, IssueCodes.IndicatorSatisfactionLow, Messages.satisfactionLow(percent.indicator.name, quantity.number, threshold), {
                node: quantity, property: 'number', data: { threshold }
            });
        }
    };

    /** ≤ on a 率 that is better when higher, ≥ on a count of 事故 or 投诉. */
    comparatorShouldFitDirection = (quantity: Quantity, accept: ValidationAcceptor): void => {
        const indicator = this.quantityIndicator(quantity);
        if (!indicator || quantity.comparator === undefined || !this.numberOf(quantity)) {
            return;
        }
        const comparator = normalizeComparator(quantity.comparator) ?? quantity.comparator;
        if (isUpperBound(comparator) && isMoreIsBetterRate(indicator.name)) {
            this.issues.report(accept, IssueCodes.IndicatorDirectionSuspicious, Messages.directionUpperOnRate(indicator.name, comparator), {
                node: quantity, property: 'comparator', data: { suggested: '≥' }
            });
        } else if (isLowerBound(comparator) && isLessIsBetterName(indicator.name)) {
            this.issues.report(accept, IssueCodes.IndicatorDirectionSuspicious, Messages.directionLowerOnIncident(indicator.name, comparator), {
                node: quantity, property: 'comparator', data: { suggested: '≤' }
            });
        }
    };

    /**
     * A 成本 indicator in 元 or 万元 is at most the budget it belongs to: the department's whole budget
     * (the sum of its tasks), or the project's funds (年度资金总额).
     */
    costShouldNotExceedBudget = (quantity: Quantity, accept: ValidationAcceptor): void => {
        const indicator = this.quantityIndicator(quantity);
        const number = indicator && this.numberOf(quantity);
        if (!indicator || !number) {
            return;
        }
        const placement = indicatorPlacement(indicator);
        if (placement.second !== '成本指标' && placement.first !== '成本指标') {
            return;
        }
        const unit = quantity.unit ?? indicator.unitCell;
        const factor = unit === undefined ? undefined : YUAN_PER_UNIT[normalizeUnit(unit)];
        const declaration = declarationOf(indicator);
        if (factor === undefined || !declaration || number.scale > 8) {
            return;
        }
        const total = isProjectDeclaration(declaration)
            ? (declaration.funds ? amountOf(declaration.funds, 'total') : undefined)
            : (declaration.tasks ? this.budgetTotal(declaration.tasks) : undefined);
        if (total === undefined) {
            return;
        }
        const budgetYuanHundredths = toYuanHundredths(total, amountUnitOf(declaration));
        const valueYuanHundredths = rescale({ units: number.units * factor, scale: number.scale }, Math.max(number.scale, 2));
        const budget = { units: budgetYuanHundredths, scale: 2 };
        if (compareDecimal(valueYuanHundredths, budget) > 0) {
            const value = `${formatDecimal(number, { grouping: true })} ${unit}`;
            const budgetText = `${formatAmountGrouped(budgetYuanHundredths)} 元`;
            this.issues.report(accept, IssueCodes.IndicatorCostOverBudget, isProjectDeclaration(declaration)
                ? Messages.costOverProjectFunds(indicator.name, value, budgetText)
                : Messages.costOverBudget(indicator.name, value, budgetText), {
                node: quantity, property: 'number'
            });
        }
    };

    // ── a deadline: 2026年6月前 ─────────────────────────────────────────────────────────────────

    deadlineMustBeDate = (deadline: Deadline, accept: ValidationAcceptor): void => {
        if (this.measuredIndicator(deadline) && deadline.deadline !== undefined && !this.dateOf(deadline)) {
            this.issues.report(accept, IssueCodes.IndicatorDeadlineInvalid, Messages.deadlineInvalid(deadline.deadline), {
                node: deadline, property: 'deadline'
            });
        }
    };

    deadlineShouldBeInYear = (deadline: Deadline, accept: ValidationAcceptor): void => {
        const date = this.measuredIndicator(deadline) ? this.dateOf(deadline) : undefined;
        const year = declarationOf(deadline)?.year;
        if (date && year !== undefined && /^\d{4}$/.test(year) && date.year !== Number(year)) {
            this.issues.report(accept, IssueCodes.IndicatorDeadlineOutsideYear, Messages.deadlineOutsideYear(deadline.deadline, year), {
                node: deadline, property: 'deadline', data: { year }
            });
        }
    };

    // ── a grade: 显著 ───────────────────────────────────────────────────────────────────────────

    gradeMustBeKnown = (grade: Grade, accept: ValidationAcceptor): void => {
        const grades = this.settings.grades;
        if (this.measuredIndicator(grade) && grade.grade !== undefined && !grades.includes(grade.grade)) {
            this.issues.report(accept, IssueCodes.IndicatorVagueValue, Messages.gradeUnknown(grade.grade, grades.join('、')), {
                node: grade, property: 'grade'
            });
        }
    };

    /** The 指标解释 says what the grade means (“显著”的量化标准为“80%-100%”). */
    gradeShouldBeDefined = (grade: Grade, accept: ValidationAcceptor): void => {
        const indicator = this.measuredIndicator(grade);
        const grades = this.settings.grades;
        if (indicator && grade.grade !== undefined && grades.includes(grade.grade) && !explanationDefinesGrade(indicator.explanation, grade.grade, grades)) {
            this.issues.report(accept, IssueCodes.IndicatorGradeUndefined, Messages.gradeUndefined(grade.grade), {
                node: grade, property: 'grade'
            });
        }
    };

    // ── free text: "有所提高" ───────────────────────────────────────────────────────────────────

    valueShouldBeMeasurable = (value: FreeText, accept: ValidationAcceptor): void => {
        if (this.measuredIndicator(value) && value.text !== undefined) {
            this.issues.report(accept, IssueCodes.IndicatorVagueValue, Messages.vagueValue(value.text), { node: value, property: 'text' });
        }
    };

    // ── helpers ───────────────────────────────────────────────────────────────────────────────

    /**
     * The indicator a value is the target of, when the parser gave it a name (a half-typed one is left
     * alone). An evaluation's 实际 is checked against the target by the self-evaluation's rules.
     */
    private measuredIndicator(value: Value): Indicator | undefined {
        const indicator = value.$container;
        return isIndicator(indicator) && indicator.name !== undefined && value.$containerProperty === 'value' ? indicator : undefined;
    }

    private numberOf(quantity: Quantity): ExactDecimal | undefined {
        if (!this.numbers.has(quantity)) {
            this.numbers.set(quantity, quantity.number === undefined ? undefined : parseDecimal(quantity.number));
        }
        return this.numbers.get(quantity);
    }

    /** A quantity's indicator once the number is written (`≥ 个` is still being typed). */
    private quantityIndicator(quantity: Quantity): Indicator | undefined {
        return quantity.number === undefined ? undefined : this.measuredIndicator(quantity);
    }

    /** The quantity's number when its unit is a percentage. */
    private percentage(quantity: Quantity): { indicator: Indicator; number: ExactDecimal } | undefined {
        const indicator = this.quantityIndicator(quantity);
        const number = indicator && this.numberOf(quantity);
        const unit = quantity.unit ?? indicator?.unitCell;
        return indicator && number && isPercentUnit(unit) ? { indicator, number } : undefined;
    }

    private dateOf(deadline: Deadline): DeadlineDate | undefined {
        const date = deadline.deadline === undefined ? undefined : parseDeadline(deadline.deadline);
        return date && isValidDeadline(date) ? date : undefined;
    }

    private budgetTotal(section: TaskSection): Hundredths | undefined {
        if (!this.budgetTotals.has(section)) {
            this.budgetTotals.set(section, columnSum(section.tasks, 'total'));
        }
        return this.budgetTotals.get(section);
    }
}
