/**
 * The skeleton of a new self-evaluation (项目支出绩效自评表), offered by completion in an empty file
 * beside the declarations' (DESIGN §5): the header, `申报`, the four rows of 项目资金, the goals as
 * planned and as achieved, and an indicator in the first 二级 of each 一级 of the profile, the
 * other 二级 不适用, with 分值 by the default scoring profile (预算执行率 10, the rest spread over
 * the 一级 shares). A snippet: tab stops for what the analyst must write.
 */
import { CLASSIC_PROFILE, type CategoryProfile } from '../domain/catalogue.js';
import { formatDecimal } from '../domain/decimal.js';
import { expectedShareWeights } from '../domain/scoring.js';
import { DEFAULT_SCORING_PROFILE, shareOf, type ScoringProfile } from '../domain/scoring-profiles.js';
import {
    FUND_ROW_AMOUNTS, FUND_ROW_SCORING, FUND_ROWS, INDICATOR_CLAUSES, INDICATOR_KEYWORD, OUTCOME_CLAUSES, SELF_EVALUATION, headerKeyword, sectionKeyword
} from '../domain/grammar-facts.js';
import { skeletonIndicators } from './jixiao-skeleton-parts.js';

const KIND = SELF_EVALUATION;
const { initial, budget, executed } = FUND_ROW_AMOUNTS;

export function evaluationSkeleton(year: string, profile: CategoryProfile = CLASSIC_PROFILE, scoring: ScoringProfile = DEFAULT_SCORING_PROFILE): string {
    let stop = 12;
    const next = () => ++stop;
    // One indicator per 一级, so each share's points go to that indicator (split if a share has two 一级).
    const shares = profile.firstLevels.map(first => shareOf(scoring, first.name));
    const weights = expectedShareWeights(scoring, new Set(shares.flatMap(share => share ? [share.name] : [])));
    const indicators = skeletonIndicators(KIND, profile, (_first, index, position) => {
        if (position > 0) {
            return undefined;
        }
        const share = shares[index];
        const members = shares.filter(candidate => candidate === share).length;
        const weight = share ? weights.get(share) : undefined;
        const points = weight ? formatDecimal({ units: weight.units / BigInt(members), scale: weight.scale }) : '0';
        const target = next();
        const unit = next();
        return [`${INDICATOR_KEYWORD} "\${${next()}:指标名称}" ≥\${${target}:1} \${${unit}:个} ${INDICATOR_CLAUSES.actual} \${${next()}:$${target}} $${unit} ${INDICATOR_CLAUSES.weight} ${points}`];
    });
    return [
        `${KIND.keyword} \${1:${year}} {`,
        `  ${headerKeyword(KIND, 'projectName')} "\${2:项目名称}"`,
        `  ${headerKeyword(KIND, 'authority')} "\${3:主管部门}"`,
        `  ${headerKeyword(KIND, 'implementer')} "\${4:$3}"`,
        `  ${headerKeyword(KIND, 'declarationPath')} "\${5:项目申报表.jixiao}"`,
        '',
        `  ${sectionKeyword(KIND, 'funds')} {`,
        `    ${FUND_ROWS[0]} ${initial} \${6:0.00}  ${budget} \${7:$6}  ${executed} \${8:$7}  ${FUND_ROW_SCORING.weight} ${formatDecimal(scoring.budgetWeight)}`,
        `    ${FUND_ROWS[1]} ${initial} $6  ${budget} $7  ${executed} $8`,
        ...FUND_ROWS.slice(2).map(row => `    ${row} ${initial} 0.00  ${budget} 0.00  ${executed} 0.00`),
        '  }',
        '',
        `  ${sectionKeyword(KIND, 'goals')} {`,
        `    ${OUTCOME_CLAUSES.expected} "\${9:1、……}"`,
        `    ${OUTCOME_CLAUSES.achieved} "\${10:1、……}"`,
        '  }',
        '',
        ...indicators
    ].join('\n');
}
