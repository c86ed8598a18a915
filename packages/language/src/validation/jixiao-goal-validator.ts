/**
 * 目标: every goal is measured by an indicator that points to it (对应), every countable promise
 * in a goal's text is counted, and figures in the text agree with the indicators. One method per
 * rule; jixiao-validator.ts says which AST type each applies to.
 */
import type { ValidationAcceptor } from 'langium';
import { isQuantity, type Goal, type GoalSection, type Indicator, type ProjectGoalSection } from '../generated/ast.js';
import { allIndicators, type TargetDeclaration } from '../jixiao-ast-utils.js';
import { decimalEquals, parseDecimal, type ExactDecimal } from '../domain/decimal.js';
import { normalizeUnit, unitKind } from '../domain/units.js';
import { figureKeptBy, figureNamesSubject, figuresInText, numbersInText, type TextFigure } from '../domain/values.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { Messages } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import { rangeInStringToken } from '../jixiao-string-ranges.js';
import { forEachRepeat } from './jixiao-repeats.js';

export class JixiaoGoalValidator {
    constructor(private readonly issues: IssueReporter) {}

    /**
     * For each goal that is checked (named, with a text, the first of its name), the indicators
     * pointing to it. Computed once per parsed declaration: a new parse makes a new declaration,
     * so it is never stale.
     */
    private readonly pointing = new WeakMap<TargetDeclaration, Map<Goal, Indicator[]>>();
    /**
     * The figures and numbers of a goal's text, read once for the rules that compare them. An edit
     * re-parses one block and keeps the other goals (jixiao-incremental-parse.ts), so they are not
     * read again on every keystroke either.
     */
    private readonly readTexts = new WeakMap<Goal, { figures: TextFigure[]; numbers: ExactDecimal[] }>();

    goalNameMustBeUnique = (section: GoalSection | ProjectGoalSection, accept: ValidationAcceptor): void => {
        forEachRepeat(writtenGoals(section), goal => goal.name, (goal, line) =>
            this.issues.report(accept, IssueCodes.GoalDuplicateName, Messages.goalDuplicateName(goal.name, line), { node: goal, property: 'name' }));
    };

    goalShouldBeMeasured = (goal: Goal, accept: ValidationAcceptor): void => {
        if (this.indicatorsPointingTo(goal)?.length === 0) {
            this.issues.report(accept, IssueCodes.GoalUnsupported, Messages.goalUnsupported(goal.name), { node: goal, property: 'name' });
        }
    };

    /** “4份报告” in a goal that no pointing indicator counts in 份. Only counting words: times and percentages are too often descriptive. */
    goalFiguresShouldBeCounted = (goal: Goal, accept: ValidationAcceptor): void => {
        const indicators = this.indicatorsPointingTo(goal);
        if (!indicators?.length) {
            return;
        }
        const countedUnits = new Set(indicators.flatMap(indicator => {
            const unit = isQuantity(indicator.value) ? indicator.value.unit ?? indicator.unitCell : indicator.unitCell;
            return unit ? [normalizeUnit(unit)] : [];
        }));
        for (const figure of this.read(goal).figures) {
            if (unitKind(figure.unit) === 'count' && !countedUnits.has(figure.unit)) {
                this.issues.report(accept, IssueCodes.GoalUnsupported, Messages.goalFigureUncounted(goal.name, figure.text), {
                    node: goal, range: rangeInStringToken(goal, 'text', figure.offset, figure.length), data: { figure: figure.text }
                });
            }
        }
    };

    /**
     * An indicator pointing to the goal whose figure appears nowhere in the goal's text while the
     * text gives figures in the same unit (goal: “200个以上”, indicator: ≥40 个). A percentage
     * threshold in the text is kept by a higher target: “≥90%” and 100 % agree.
     */
    goalFiguresShouldMatchIndicators = (goal: Goal, accept: ValidationAcceptor): void => {
        const indicators = this.indicatorsPointingTo(goal);
        if (!indicators?.length) {
            return;
        }
        const { figures, numbers } = this.read(goal);
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
            // Only figures whose clause names what the indicator measures: a goal's 验收合格率100%
            // says nothing about a linked 预算执行率 ≥95%.
            const sameUnit = figures.filter(figure => figure.unit === normalizeUnit(unit) && figureNamesSubject(figure, indicator.name));
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
    };

    private read(goal: Goal): { figures: TextFigure[]; numbers: ExactDecimal[] } {
        let read = this.readTexts.get(goal);
        if (!read) {
            read = { figures: figuresInText(goal.text), numbers: numbersInText(goal.text) };
            this.readTexts.set(goal, read);
        }
        return read;
    }

    /** Undefined for a goal that is not checked: half-typed, or a repeat of an earlier name (which has its own error). */
    private indicatorsPointingTo(goal: Goal): Indicator[] | undefined {
        const declaration = goal.$container.$container;
        let pointing = this.pointing.get(declaration);
        if (!pointing) {
            // References resolve to the first goal of a name. Linear in goals and references:
            // 50,000 goals took 22 s when each looked for its first namesake among all goals.
            const seen = new Set<string>();
            const distinct = writtenGoals(goal.$container).filter(candidate => !seen.has(candidate.name) && seen.add(candidate.name));
            const sets = new Map<Goal, Set<Indicator>>(distinct.map(candidate => [candidate, new Set()]));
            const byName = new Map(distinct.map(candidate => [candidate.name, candidate]));
            for (const indicator of allIndicators(declaration)) {
                // A goal name written without 对应 is reported as that (jixiao-field-validator.ts) and
                // otherwise read as the link it is meant to be: one mistake, one diagnostic.
                const unlinked = indicator.unknownFields.flatMap(field => byName.get(field.name) ?? []);
                for (const linked of [...indicator.goals.map(reference => reference.ref), ...unlinked]) {
                    const indicators = linked && sets.get(linked);
                    indicators?.add(indicator);
                }
            }
            pointing = new Map([...sets].map(([candidate, indicators]) => [candidate, [...indicators]]));
            this.pointing.set(declaration, pointing);
        }
        return pointing.get(goal);
    }
}

/** The goals the parser read completely (a name and a text). */
function writtenGoals(section: GoalSection | ProjectGoalSection): Goal[] {
    return section.goals.filter(goal => goal.name !== undefined && goal.text !== undefined);
}
