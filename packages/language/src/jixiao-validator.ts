/** Registers the validators of each area with Langium. */
import type { ValidationChecks } from 'langium';
import type { JixiaoAstType } from './generated/ast.js';
import type { JixiaoServices } from './jixiao-module.js';

export function registerValidationChecks(services: JixiaoServices): void {
    const registry = services.validation.ValidationRegistry;
    const { Budget, Structure, Indicators, Goals, Projects, Selfeval, Fields } = services.validation;
    const checks: ValidationChecks<JixiaoAstType> = {
        Declaration: [Structure.checkHeader, Goals.checkGoals, Selfeval.checkDeclarationIndicators],
        ProjectDeclaration: [Projects.checkProject, Goals.checkGoals, Selfeval.checkDeclarationIndicators],
        ProjectFunds: [Budget.checkProjectFunds, Fields.checkRepeatedFields],
        ProjectGoalSection: Fields.checkRepeatedFields,
        SelfEvaluation: Selfeval.checkEvaluation,
        EvaluationFunds: Selfeval.checkFunds,
        TaskSection: Budget.checkDuplicateTasks,
        Task: [Budget.checkTask, Fields.checkRepeatedFields],
        GrandTotal: [Budget.checkGrandTotal, Fields.checkRepeatedFields],
        GoalSection: Fields.checkRepeatedFields,
        UnknownField: Fields.checkUnknownField,
        IndicatorSection: [Structure.checkCategoryTree, Indicators.checkDuplicates],
        Indicator: [Indicators.checkIndicator, Fields.checkRepeatedFields]
    };
    registry.register(checks);
}
