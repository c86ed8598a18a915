/** Registers the validators of each area with Langium. */
import type { ValidationChecks } from 'langium';
import type { JixiaoAstType } from './generated/ast.js';
import type { JixiaoServices } from './jixiao-module.js';

export function registerValidationChecks(services: JixiaoServices): void {
    const registry = services.validation.ValidationRegistry;
    const { Budget, Structure, Indicators, Goals, Projects, Selfeval, CellTexts } = services.validation;
    const checks: ValidationChecks<JixiaoAstType> = {
        Declaration: [Structure.checkHeader, Goals.checkGoals, Selfeval.checkDeclarationIndicators, CellTexts.checkDeclarationTexts],
        ProjectDeclaration: [Projects.checkProject, Goals.checkGoals, Selfeval.checkDeclarationIndicators, CellTexts.checkProjectTexts],
        ProjectFunds: Budget.checkProjectFunds,
        SelfEvaluation: [Selfeval.checkEvaluation, CellTexts.checkEvaluationTexts],
        EvaluationFunds: Selfeval.checkFunds,
        TaskSection: [Budget.checkDuplicateTasks, Budget.checkColumnTotals],
        Task: [Budget.checkTask, CellTexts.checkTaskTexts],
        GrandTotal: Budget.checkGrandTotal,
        IndicatorSection: [Structure.checkCategoryTree, Indicators.checkDuplicates],
        Indicator: [Indicators.checkIndicator, CellTexts.checkIndicatorTexts]
    };
    registry.register(checks);
}
