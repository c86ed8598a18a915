/**
 * From a parsed self-evaluation to the plain 自评表 model. Every score cell the form prints is
 * filled: the analyst's written 得分 where there is one (the checker has compared it with the
 * rules), else the score the rules compute; 执行率 and 总分 likewise. Like the department form's
 * builder it works on broken documents too: a missing part is an empty cell, never an exception.
 */
import {
    budgetRowOf, headerValue, isSelfEvaluation, scoreSheetOf,
    type FundRow, type Indicator, type JixiaoDocument, type SelfEvaluation
} from 'jixiao-language';
import { formatDecimal, type ExactDecimal } from 'jixiao-language/domain';
import { buildAnyForm, buildFirstLevel, buildValue, exactAmount, projectHeaderOf, targetOf } from './form-builder.js';
import {
    FUND_ROW_KINDS, type EvaluationForm, type EvaluationFormIndicator, type EvaluationFundRow, type FundRowKind, type OfficialForm
} from './selfeval-model.js';

/** The form of any document: a declaration's (department or project) or an evaluation's 自评表. */
export function buildOfficialForm(root: JixiaoDocument): OfficialForm {
    return isSelfEvaluation(root) ? buildEvaluationForm(root) : buildAnyForm(root);
}

export function buildEvaluationForm(evaluation: SelfEvaluation): EvaluationForm {
    const sheet = scoreSheetOf(evaluation);
    const scores = new Map(sheet.indicators.map(scored => [scored.indicator, scored.score]));
    const budgetRow = budgetRowOf(evaluation);
    const funds = FUND_ROW_KINDS.map((kind): EvaluationFundRow => {
        const row = evaluation.funds?.rows.find(candidate => candidate.kind === kind);
        const scoring = row === budgetRow ? sheet.budget?.scoring : undefined;
        return {
            kind: kind as FundRowKind,
            initial: exactAmount(row?.initial),
            budget: exactAmount(row?.budget),
            executed: exactAmount(row?.executed),
            weight: row?.weight,
            rate: scoring?.computed ? `${formatDecimal(scoring.rate)}%` : undefined,
            score: row ? scoreText(row, scoring?.score) : undefined,
            reason: row?.reason ?? ''
        };
    });
    const indicator = (node: Indicator): EvaluationFormIndicator => {
        const target = targetOf(node);
        return {
            name: node.name ?? '',
            target: target.value,
            unitCell: target.unitCell,
            actual: node.actual === undefined ? undefined : buildValue(node.actual).value,
            weight: node.weight,
            score: scoreText(node, scores.get(node)),
            reason: node.reason ?? ''
        };
    };
    return {
        kind: 'selfeval',
        ...projectHeaderOf(evaluation),
        attribute: headerValue(evaluation.attribute),
        period: headerValue(evaluation.period),
        scoringProfile: headerValue(evaluation.scoringProfile),
        declarationPath: headerValue(evaluation.declarationPath),
        funds,
        expected: evaluation.goals?.expected ?? '',
        achieved: evaluation.goals?.achieved ?? '',
        categories: (evaluation.indicators?.categories ?? []).map(category => buildFirstLevel(category, indicator)),
        weightTotal: sheet.weightTotal === undefined ? undefined : formatDecimal(sheet.weightTotal),
        total: evaluation.total ?? (sheet.complete ? formatDecimal(sheet.total, { minScale: 2 }) : undefined)
    };
}

/** The 得分 as the analyst wrote it, else as the rules compute it (two decimals). */
function scoreText(owner: Indicator | FundRow, computed: ExactDecimal | undefined): string | undefined {
    return owner.score ?? (computed === undefined ? undefined : formatDecimal(computed, { minScale: 2 }));
}
