/**
 * Quick fixes for every diagnostic with an obvious repair (DESIGN §4). Each diagnostic carries its
 * code and the data the fix needs (see the validators); the fixes themselves live by area.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { JixiaoServices } from '../jixiao-module.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { IssueCodes, type IssueCode } from '../validation/jixiao-issue-codes.js';
import { fixAmountMissing, fixGrandTotal, fixTaskDuplicate, fixTaskSum } from './jixiao-budget-fixes.js';
import { diagnosticData, FixContext, type Fix } from './jixiao-fix-context.js';
import {
    fixCategorySuspicious, fixDeadlineYear, fixDirection, fixGoalUnresolved, fixIndicatorDuplicate, fixUnitMismatch, fixUnitMissing
} from './jixiao-indicator-fixes.js';
import { fixCategoryEmpty, fixCategoryMissing, fixMisplacedCategory, fixUnknownCategory } from './jixiao-structure-fixes.js';
import { fixReasonMissing, fixScoreMismatch } from './jixiao-selfeval-fixes.js';
import { fixAttributeInvalid, fixTaskUnknown, fixYearMismatch } from './jixiao-project-fixes.js';

const FIXES: Partial<Record<IssueCode, Fix>> = {
    [IssueCodes.BudgetTaskSum]: fixTaskSum,
    [IssueCodes.BudgetGrandTotal]: fixGrandTotal,
    [IssueCodes.BudgetAmountMissing]: fixAmountMissing,
    [IssueCodes.BudgetTaskDuplicate]: fixTaskDuplicate,
    [IssueCodes.IndicatorUnitMissing]: fixUnitMissing,
    [IssueCodes.IndicatorUnitMismatch]: fixUnitMismatch,
    [IssueCodes.IndicatorDuplicate]: fixIndicatorDuplicate,
    [IssueCodes.IndicatorDirectionSuspicious]: fixDirection,
    [IssueCodes.IndicatorCategorySuspicious]: fixCategorySuspicious,
    [IssueCodes.IndicatorDeadlineOutsideYear]: fixDeadlineYear,
    [IssueCodes.StructureCategoryMissing]: fixCategoryMissing,
    [IssueCodes.StructureMisplacedCategory]: fixMisplacedCategory,
    [IssueCodes.StructureUnknownCategory]: fixUnknownCategory,
    [IssueCodes.StructureCategoryEmpty]: fixCategoryEmpty,
    [IssueCodes.GoalUnresolved]: fixGoalUnresolved,
    [IssueCodes.SelfevalScoreMismatch]: fixScoreMismatch,
    [IssueCodes.SelfevalReasonMissing]: fixReasonMissing,
    [IssueCodes.SelfevalOverachieved]: fixReasonMissing,
    [IssueCodes.ProjectAttributeInvalid]: fixAttributeInvalid,
    [IssueCodes.WorkspaceTaskUnknown]: fixTaskUnknown,
    [IssueCodes.WorkspaceYearMismatch]: fixYearMismatch
};

export class JixiaoCodeActionProvider implements CodeActionProvider {
    private readonly settings: JixiaoSettings;

    constructor(services: JixiaoServices) {
        this.settings = services.settings.JixiaoSettings;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction>> {
        const context = new FixContext(document, this.settings);
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            // The client echoes diagnostics back; the code is on the diagnostic and in its data.
            const code = String(diagnostic.code ?? diagnosticData(diagnostic).code ?? '') as IssueCode;
            const fix = FIXES[code];
            if (!fix) {
                continue;
            }
            try {
                actions.push(...fix(context, diagnostic).filter((action): action is CodeAction => action !== undefined));
            } catch (error) {
                // A fix that cannot understand a half-typed document offers nothing rather than failing the request.
                if (process.env.JIXIAO_DEBUG) {
                    console.error(error);
                }
            }
        }
        return actions;
    }
}
