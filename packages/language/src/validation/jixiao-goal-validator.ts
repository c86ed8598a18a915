/**
 * 目标: every goal is measured by an indicator that points to it (对应), every countable promise
 * in a goal's text is counted, and figures in the text agree with the indicators.
 */
import type { ValidationAcceptor } from 'langium';
import { isQuantity, type Goal, type Indicator } from '../generated/ast.js';
import { allIndicators, type TargetDeclaration } from '../jixiao-ast-utils.js';
import { decimalEquals, parseDecimal } from '../domain/decimal.js';
import { normalizeUnit, unitKind } from '../domain/units.js';
import { figureKeptBy, figuresInText, numbersInText, type TextFigure } from '../domain/values.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { Messages } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import { rangeInStringToken } from '../jixiao-string-ranges.js';
import { forEachRepeat } from './jixiao-repeats.js';

export class JixiaoGoalValidator {
    constructor(private readonly issues: IssueReporter) {}

    checkGoals = (declaration: TargetDeclaration, accept: ValidationAcceptor): void => {
        const goals = (declaration.goals?.goals ?? []).filter(goal => goal.name !== undefined && goal.text !== undefined);
        if (goals.length === 0) {
            return;
        }
        this.checkDuplicateNames(goals, accept);
        // References resolve to the first goal of a name; a repeated one already has its error.
        // Linear in goals and references: 50,000 goals took 22 s when each looked for its first
        // namesake among all goals.
        const seen = new Set<string>();
        const distinct = goals.filter(goal => !seen.has(goal.name) && seen.add(goal.name));
        const pointing = new Map<Goal, Set<Indicator>>(distinct.map(goal => [goal, new Set()]));
        for (const indicator of allIndicators(declaration)) {
            for (const reference of indicator.goals) {
                const goal = reference.ref;
                if (goal) {
                    pointing.get(goal)?.add(indicator);
                }
            }
        }
        for (const goal of distinct) {
            const indicators = [...pointing.get(goal)!];
            if (indicators.length === 0) {
                this.issues.report(accept, IssueCodes.GoalUnsupported, Messages.goalUnsupported(goal.name), { node: goal, property: 'name' });
                continue;
            }
            const figures = figuresInText(goal.text);
            this.checkUncountedFigures(goal, figures, indicators, accept);
            this.checkFigureMismatch(goal, figures, indicators, accept);
        }
    };

    private checkDuplicateNames(goals: readonly Goal[], accept: ValidationAcceptor): void {
        forEachRepeat(goals, goal => goal.name, (goal, line) =>
            this.issues.report(accept, IssueCodes.GoalDuplicateName, Messages.goalDuplicateName(goal.name, line), { node: goal, property: 'name' }));
    }

    /** “4份报告” in a goal that no pointing indicator counts in 份. Only counting words: times and percentages are too often descriptive. */
    private checkUncountedFigures(goal: Goal, figures: readonly TextFigure[], indicators: readonly Indicator[], accept: ValidationAcceptor): void {
        const countedUnits = new Set(indicators.flatMap(indicator => {
            const unit = isQuantity(indicator.value) ? indicator.value.unit ?? indicator.unitCell : indicator.unitCell;
            return unit ? [normalizeUnit(unit)] : [];
        }));
        for (const figure of figures) {
            if (unitKind(figure.unit) === 'count' && !countedUnits.has(figure.unit)) {
                this.issues.report(accept, IssueCodes.GoalUnsupported, Messages.goalFigureUncounted(goal.name, figure.text), {
                    node: goal, range: rangeInStringToken(goal, 'text', figure.offset, figure.length), data: { figure: figure.text }
                });
            }
        }
    }

    /**
     * An indicator pointing to the goal whose figure appears nowhere in the goal's text while the
     * text gives figures in the same unit (goal: “200个以上”, indicator: ≥40 个). A percentage
     * threshold in the text is kept by a higher target: “≥90%” and 100 % agree.
     */
    private checkFigureMismatch(goal: Goal, figures: readonly TextFigure[], indicators: readonly Indicator[], accept: ValidationAcceptor): void {
        const numbers = numbersInText(goal.text);
        for (const indicator of indicators) {
            const value = indicator.value;
            // A half-typed quantity (`≥ 个`) has no number yet.
            if (!isQuantity(value) || value.number === undefined) {
                continue;
            }
            const unit = value.unit ?? indicator.unitCell;
            const number = parseDecimal(value.number);
            if (!unit || !number || numbers.some(n => decimalEquals(n, number))) {
                continue;
            }
            const sameUnit = figures.filter(figure => figure.unit === normalizeUnit(unit));
            // A percentage in a goal is a threshold (“≥90%” is kept by 100 %); a count is a promise
            // the indicator should state, so it must appear in the text.
            const kept = unitKind(unit) === 'percent' && sameUnit.some(figure => figureKeptBy(figure, number));
            if (sameUnit.length === 0 || kept) {
                continue;
            }
            const shown = `${value.comparator ?? ''}${value.number} ${unit}`;
            this.issues.report(accept, IssueCodes.GoalFigureMismatch,
                Messages.goalFigureMismatch(goal.name, sameUnit.map(f => f.text).join('、'), indicator.name, shown), {
                    node: goal, range: rangeInStringToken(goal, 'text', sameUnit[0].offset, sameUnit[0].length),
                    data: { indicator: indicator.name }
                });
        }
    }
}
