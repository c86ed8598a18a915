/**
 * 指标: every figure is measurable (a unit, a sane percentage, a dated deadline, a defined grade)
 * and reads the way its name promises (a 率 in %, a 满意度 high enough, filed in the right category).
 */
import type { ValidationAcceptor } from 'langium';
import {
    isDeadline, isFreeText, isGrade, isProjectDeclaration, isQuantity,
    type Deadline, type Grade, type Indicator, type IndicatorSection, type Quantity, type TaskSection
} from '../generated/ast.js';
import { allIndicators, amountOf, amountUnitOf, columnSum, declarationOf, indicatorPlacement } from '../jixiao-ast-utils.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { compareDecimal, decimalFromInteger, formatDecimal, parseDecimal, rescale, type ExactDecimal } from '../domain/decimal.js';
import { explanationDefinesGrade } from '../domain/grades.js';
import { isCountName, isLessIsBetterName, isMoreIsBetterRate, isRateName, isSatisfactionName } from '../domain/indicator-names.js';
import { formatAmountGrouped, toYuanHundredths, type Hundredths } from '../domain/money.js';
import { isCountingUnit, isPercentUnit, normalizeUnit, unitKind } from '../domain/units.js';
import { isLowerBound, isUpperBound, isValidDeadline, normalizeComparator, parseDeadline } from '../domain/values.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { Messages, type Message } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import { suggestUnits } from '../jixiao-unit-suggestions.js';
import { forEachRepeat } from './jixiao-repeats.js';

const HUNDRED = decimalFromInteger(100);
const ZERO = decimalFromInteger(0);

export class JixiaoIndicatorValidator {
    constructor(private readonly issues: IssueReporter, private readonly settings: JixiaoSettings) {}

    /**
     * The sum of the tasks' 总额 per parsed task section. Every 成本 indicator in 元 compares with it;
     * summing again for each made validation quadratic (the benchmark's 10,000-indicator document
     * spent a fifth of its validation here). A new parse makes a new section, so it is never stale.
     */
    private readonly budgetTotals = new WeakMap<TaskSection, Hundredths | undefined>();

    checkIndicator = (indicator: Indicator, accept: ValidationAcceptor): void => {
        // While the user types, the parser recovers with nodes that lack properties.
        if (indicator.name === undefined) {
            return;
        }
        const value = indicator.value;
        if (isQuantity(value)) {
            this.checkQuantity(indicator, value, accept);
        } else if (isDeadline(value)) {
            this.checkDeadline(value, accept);
        } else if (isGrade(value)) {
            this.checkGrade(indicator, value, accept);
        } else if (isFreeText(value) && value.text !== undefined) {
            this.issues.report(accept, IssueCodes.IndicatorVagueValue, Messages.vagueValue(value.text), { node: value, property: 'text' });
        }
        if (!indicator.explanation?.trim()) {
            this.issues.report(accept, IssueCodes.IndicatorExplanationMissing, Messages.explanationMissing(indicator.name), {
                node: indicator, property: 'name'
            });
        }
        this.checkCategoryFit(indicator, accept);
    };

    checkDuplicates = (section: IndicatorSection, accept: ValidationAcceptor): void => {
        forEachRepeat(allIndicators(section.$container), indicator => indicator.name, (indicator, line) =>
            this.issues.report(accept, IssueCodes.IndicatorDuplicate, Messages.indicatorDuplicate(indicator.name, line), { node: indicator, property: 'name' }));
    };

    private checkQuantity(indicator: Indicator, quantity: Quantity, accept: ValidationAcceptor): void {
        if (quantity.number === undefined) {
            return;
        }
        const unit = quantity.unit ?? indicator.unitCell;
        const number = parseDecimal(quantity.number);
        if (unit === undefined) {
            const suggestions = suggestUnits(indicator);
            this.issues.report(accept, IssueCodes.IndicatorUnitMissing, Messages.unitMissing(indicator.name, suggestions[0]), {
                node: quantity, property: 'number', data: { suggestedUnits: suggestions }
            });
        } else {
            this.checkUnitFit(indicator, quantity, unit, accept);
        }
        if (quantity.unit !== undefined && indicator.unitCell !== undefined && normalizeUnit(quantity.unit) !== normalizeUnit(indicator.unitCell)) {
            this.issues.report(accept, IssueCodes.IndicatorUnitMismatch, Messages.unitCellDiffers(quantity.unit, indicator.unitCell), {
                node: indicator, property: 'unitCell', data: { valueUnit: quantity.unit }
            });
        }
        if (!number) {
            return;
        }
        if (isPercentUnit(unit)) {
            if (compareDecimal(number, ZERO) < 0 || compareDecimal(number, HUNDRED) > 0) {
                this.issues.report(accept, IssueCodes.IndicatorPercentRange, Messages.percentRange(quantity.number), {
                    node: quantity, property: 'number'
                });
            } else if (isSatisfactionName(indicator.name) && !isUpperBound(quantity.comparator)) {
                const threshold = decimalFromInteger(this.settings.satisfactionThreshold);
                if (compareDecimal(number, threshold) < 0) {
                    this.issues.report(accept, IssueCodes.IndicatorSatisfactionLow,
                        Messages.satisfactionLow(indicator.name, quantity.number, this.settings.satisfactionThreshold), {
                            node: quantity, property: 'number', data: { threshold: this.settings.satisfactionThreshold }
                        });
                }
            }
        }
        if (quantity.comparator !== undefined) {
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
        }
        this.checkCostOverBudget(indicator, quantity, number, unit, accept);
    }

    private checkUnitFit(indicator: Indicator, quantity: Quantity, unit: string, accept: ValidationAcceptor): void {
        // The unit is underlined where it is written: after the number, or in the 度量单位 cell.
        const report = (message: Message, data: Record<string, unknown>) => quantity.unit !== undefined
            ? this.issues.report(accept, IssueCodes.IndicatorUnitMismatch, message, { node: quantity, property: 'unit', data })
            : this.issues.report(accept, IssueCodes.IndicatorUnitMismatch, message, { node: indicator, property: 'unitCell', data });
        if (isRateName(indicator.name) && !isPercentUnit(unit) && unitKind(unit) !== 'percent') {
            report(Messages.unitShouldBePercent(indicator.name, unit), { suggestedUnit: '%' });
        } else if (isCountName(indicator.name) && isPercentUnit(unit)) {
            report(Messages.percentOnCount(indicator.name), { suggestedUnits: suggestUnits(indicator).filter(u => isCountingUnit(u)) });
        }
    }

    private checkCostOverBudget(indicator: Indicator, quantity: Quantity, number: ExactDecimal, unit: string | undefined, accept: ValidationAcceptor): void {
        const placement = indicatorPlacement(indicator);
        if (placement.second !== '成本指标' && placement.first !== '成本指标') {
            return;
        }
        const yuanPerUnit: Record<string, bigint> = { 元: 1n, 万元: 10000n, 亿元: 100000000n };
        const factor = unit === undefined ? undefined : yuanPerUnit[normalizeUnit(unit)];
        const declaration = declarationOf(indicator);
        if (factor === undefined || !declaration || number.scale > 8) {
            return;
        }
        // The budget a cost belongs to: the department's whole budget (the sum of its tasks), or
        // the project's funds (年度资金总额).
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
    }

    private budgetTotal(section: TaskSection): Hundredths | undefined {
        if (!this.budgetTotals.has(section)) {
            this.budgetTotals.set(section, columnSum(section.tasks, 'total'));
        }
        return this.budgetTotals.get(section);
    }

    private checkDeadline(deadline: Deadline, accept: ValidationAcceptor): void {
        if (deadline.deadline === undefined) {
            return;
        }
        const date = parseDeadline(deadline.deadline);
        if (!date || !isValidDeadline(date)) {
            this.issues.report(accept, IssueCodes.IndicatorDeadlineInvalid, Messages.deadlineInvalid(deadline.deadline), {
                node: deadline, property: 'deadline'
            });
            return;
        }
        const year = declarationOf(deadline)?.year;
        if (year !== undefined && /^\d{4}$/.test(year) && date.year !== Number(year)) {
            this.issues.report(accept, IssueCodes.IndicatorDeadlineOutsideYear, Messages.deadlineOutsideYear(deadline.deadline, year), {
                node: deadline, property: 'deadline', data: { year }
            });
        }
    }

    private checkGrade(indicator: Indicator, grade: Grade, accept: ValidationAcceptor): void {
        const grades = this.settings.grades;
        if (grade.grade === undefined) {
            return;
        }
        if (!grades.includes(grade.grade)) {
            this.issues.report(accept, IssueCodes.IndicatorVagueValue, Messages.gradeUnknown(grade.grade, grades.join('、')), {
                node: grade, property: 'grade'
            });
        } else if (!explanationDefinesGrade(indicator.explanation, grade.grade, grades)) {
            this.issues.report(accept, IssueCodes.IndicatorGradeUndefined, Messages.gradeUndefined(grade.grade), {
                node: grade, property: 'grade'
            });
        }
    }

    private checkCategoryFit(indicator: Indicator, accept: ValidationAcceptor): void {
        const { first, second } = indicatorPlacement(indicator);
        if (second === undefined) {
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
    }
}
