/**
 * Quick fixes for every diagnostic with an obvious repair (DESIGN §4). Each diagnostic carries its
 * code and the data the fix needs (see the validators); the fixes themselves live by area.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { JixiaoServices, JixiaoSharedServices } from '../jixiao-module.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { IssueCodes, type IssueCode } from '../validation/jixiao-issue-codes.js';
import { fixAmountMissing, fixGrandTotal, fixTaskDuplicate, fixTaskSum } from './jixiao-budget-fixes.js';
import { diagnosticData, FixContext, type Fix } from './jixiao-fix-context.js';
import {
    fixCategorySuspicious, fixDeadlineYear, fixDirection, fixGoalUnresolved, fixIndicatorDuplicate, fixUnitMismatch, fixUnitMissing
} from './jixiao-indicator-fixes.js';
import { fixCategoryEmpty, fixCategoryMissing, fixMisplacedCategory, fixUnknownCategory } from './jixiao-structure-fixes.js';
import { fixSyntax } from './jixiao-syntax-fixes.js';
import { fixExplanationMissing, fixGoalDuplicateName, fixPercentRange, fixSatisfactionLow } from './jixiao-value-fixes.js';
import { preferFewestErrors } from './jixiao-fix-ranking.js';
import { fixAllAction } from './jixiao-fix-all.js';
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
    [IssueCodes.Syntax]: fixSyntax,
    [IssueCodes.IndicatorSatisfactionLow]: fixSatisfactionLow,
    [IssueCodes.IndicatorPercentRange]: fixPercentRange,
    [IssueCodes.IndicatorExplanationMissing]: fixExplanationMissing,
    [IssueCodes.GoalDuplicateName]: fixGoalDuplicateName,
    [IssueCodes.SelfevalScoreMismatch]: fixScoreMismatch,
    [IssueCodes.SelfevalReasonMissing]: fixReasonMissing,
    [IssueCodes.SelfevalOverachieved]: fixReasonMissing,
    [IssueCodes.ProjectAttributeInvalid]: fixAttributeInvalid,
    [IssueCodes.WorkspaceTaskUnknown]: fixTaskUnknown,
    [IssueCodes.WorkspaceYearMismatch]: fixYearMismatch
};

export class JixiaoCodeActionProvider implements CodeActionProvider {
    private readonly settings: JixiaoSettings;

    constructor(private readonly services: JixiaoServices) {
        this.settings = services.settings.JixiaoSettings;
    }

    async getCodeActions(document: LangiumDocument, params: CodeActionParams): Promise<Array<Command | CodeAction>> {
        const context = new FixContext(document, this.settings);
        const only = params.context.only;
        const actions: CodeAction[] = [];
        if (!only || only.some(kind => CodeActionKind.QuickFix.startsWith(kind))) {
            for (const diagnostic of params.context.diagnostics) {
                actions.push(...this.fixesOf(context, diagnostic));
            }
            await preferFewestErrors(this.services, document, actions);
        }
        // Fix all is a source action: the editor asks for it by kind (VS Code's Source Action menu, or on save).
        if (only?.some(kind => CodeActionKind.SourceFixAll.startsWith(kind))) {
            const all = (this.services.shared as JixiaoSharedServices).workspace.TypingState.diagnosticsOf(document) ?? document.diagnostics ?? [];
            const fixAll = fixAllAction(context, all, diagnostic => this.fixesOf(context, diagnostic));
            if (fixAll) {
                actions.push(fixAll);
            }
        }
        return actions;
    }

    private fixesOf(context: FixContext, diagnostic: Diagnostic): CodeAction[] {
        // The client echoes diagnostics back; the code is on the diagnostic and in its data.
        const code = String(diagnostic.code ?? diagnosticData(diagnostic).code ?? '') as IssueCode;
        const fix = FIXES[code];
        if (!fix) {
            return [];
        }
        try {
            return fix(context, diagnostic).filter((action): action is CodeAction => action !== undefined);
        } catch (error) {
            // A fix that cannot understand a half-typed document offers nothing rather than failing the request.
            if (process.env.JIXIAO_DEBUG) {
                console.error(error);
            }
            return [];
        }
    }
}
