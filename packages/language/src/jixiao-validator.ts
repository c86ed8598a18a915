/**
 * Which rule applies to which node: every rule of every area (validation/jixiao-*-validator.ts),
 * registered on the AST type it is about, each a method named for what it demands.
 */
import type { ValidationChecks } from 'langium';
import type { JixiaoAstType } from './generated/ast.js';
import type { JixiaoServices } from './jixiao-module.js';

export function registerValidationChecks(services: JixiaoServices): void {
    const registry = services.validation.ValidationRegistry;
    const { Budget, Structure, Indicators, Goals, Projects, Selfeval, CellTexts, Fields } = services.validation;
    const checks: ValidationChecks<JixiaoAstType> = {
        Declaration: [
            Structure.headerMustBeComplete,
            Structure.headerFieldMustNotRepeat,
            Structure.yearMustHaveFourDigits,
            Structure.amountUnitMustBeKnown,
            Structure.profileMustBeKnown,
            Structure.indicatorSectionMustBeWritten,
            CellTexts.headerTextsMustFitACell
        ],
        ProjectDeclaration: [
            Projects.projectHeaderMustBeComplete,
            Projects.attributeMustBeKnown,
            Projects.fundsMustBeWritten,
            Structure.headerFieldMustNotRepeat,
            Structure.yearMustHaveFourDigits,
            Structure.amountUnitMustBeKnown,
            Structure.profileMustBeKnown,
            Structure.indicatorSectionMustBeWritten,
            CellTexts.headerTextsMustFitACell
        ],
        ProjectFunds: [
            Budget.fundsMustHaveEveryAmount, Budget.amountMustBeWellFormed, Budget.amountMustFitACell, Budget.fundsTotalMustBeFiscalPlusOther, Fields.fieldMustNotRepeat
        ],
        SelfEvaluation: [
            Selfeval.evaluationHeaderMustBeComplete,
            Structure.headerFieldMustNotRepeat,
            Structure.yearMustHaveFourDigits,
            Structure.amountUnitMustBeKnown,
            Structure.profileMustBeKnown,
            Selfeval.scoringProfileMustBeKnown,
            Selfeval.fundsMustBeWritten,
            Structure.indicatorSectionMustBeWritten,
            Selfeval.weightsMustAddUp,
            Selfeval.budgetWeightShouldFollowSplit,
            Selfeval.shareWeightsShouldFollowSplit,
            Selfeval.totalShouldBeSumOfScores,
            CellTexts.headerTextsMustFitACell
        ],
        EvaluationFunds: [Selfeval.fundRowMustNotRepeat, Selfeval.totalRowMustBeWritten, Selfeval.totalRowShouldBeSumOfRows],
        FundRow: [
            Selfeval.fundAmountsMustBeWellFormed,
            Selfeval.fundAmountsMustFitACell,
            Selfeval.executionMustNotExceedBudget,
            Selfeval.totalRowMustHaveBudget,
            Selfeval.scoringMustBeOnTotalRow,
            Selfeval.executionMustBeWritten,
            Selfeval.budgetWeightMustBeWritten,
            Selfeval.budgetScoreMustBeInRange,
            Selfeval.budgetScoreShouldMatch,
            Selfeval.budgetScoreMustBeWritten,
            Selfeval.lowExecutionShouldBeExplained,
            CellTexts.fundReasonMustFitACell
        ],
        EvaluationGoals: [Selfeval.achievedMustBeWritten, CellTexts.goalTextsMustFitACell],
        TaskSection: [Budget.taskNameMustBeUnique, Budget.columnSumMustFitACell],
        Task: [
            Budget.taskMustHaveEveryAmount,
            Budget.amountMustBeWellFormed,
            Budget.amountMustFitACell,
            Budget.taskTotalMustBeFiscalPlusOther,
            CellTexts.taskTextsMustFitACell,
            Fields.fieldMustNotRepeat
        ],
        GrandTotal: [Budget.amountMustBeWellFormed, Budget.amountMustFitACell, Budget.grandTotalMustBeSumOfTasks, Fields.fieldMustNotRepeat],
        GoalSection: [Goals.goalNameMustBeUnique, Fields.fieldMustNotRepeat],
        ProjectGoalSection: [Goals.goalNameMustBeUnique, Fields.fieldMustNotRepeat],
        UnknownField: [Fields.fieldMustBeKnown],
        Goal: [Goals.goalShouldBeMeasured, Goals.goalFiguresShouldBeCounted, Goals.goalFiguresShouldMatchIndicators],
        IndicatorSection: [Structure.firstLevelMustNotRepeat, Structure.everyFirstLevelMustBePresent, Indicators.indicatorNameShouldBeUnique],
        Category: [
            Structure.topCategoryMustBeFirstLevel,
            Structure.secondLevelMustBelongToItsFirstLevel,
            Structure.secondLevelMustNotRepeat,
            Structure.everySecondLevelMustBePresent,
            Structure.categoryShouldNotBeEmpty,
            Structure.categoryMustNotNestTooDeep
        ],
        Indicator: [
            Structure.indicatorMustBeInSecondLevel,
            Indicators.explanationShouldBeWritten,
            Indicators.indicatorShouldFitItsCategory,
            Selfeval.evaluationColumnsMustNotBeInDeclaration,
            Selfeval.actualMustBeWritten,
            Selfeval.actualUnitShouldBeTargetUnit,
            Selfeval.actualPercentMustBeInRange,
            Selfeval.weightMustBeWritten,
            Selfeval.scoreMustBeInRange,
            Selfeval.scoreShouldMatch,
            Selfeval.overachievementShouldBeExplained,
            Selfeval.scoreMustBeWritten,
            Selfeval.shortfallShouldBeExplained,
            Fields.fieldMustNotRepeat,
            CellTexts.indicatorTextsMustFitACell
        ],
        Quantity: [
            Indicators.quantityMustHaveUnit,
            Indicators.unitShouldFitName,
            Indicators.unitCellShouldMatchValueUnit,
            Indicators.percentMustBeInRange,
            Indicators.satisfactionShouldMeetThreshold,
            Indicators.comparatorShouldFitDirection,
            Indicators.costShouldNotExceedBudget
        ],
        Deadline: [Indicators.deadlineMustBeDate, Indicators.deadlineShouldBeInYear],
        Grade: [Indicators.gradeMustBeKnown, Indicators.gradeShouldBeDefined],
        FreeText: [Indicators.valueShouldBeMeasurable]
    };
    registry.register(checks);
}
