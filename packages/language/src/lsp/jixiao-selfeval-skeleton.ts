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

export function evaluationSkeleton(year: string, profile: CategoryProfile = CLASSIC_PROFILE, scoring: ScoringProfile = DEFAULT_SCORING_PROFILE): string {
    let stop = 12;
    const next = () => ++stop;
    // One indicator per 一级, so each share's points go to that indicator (split if a share has two 一级).
    const shares = profile.firstLevels.map(first => shareOf(scoring, first.name));
    const weights = expectedShareWeights(scoring, new Set(shares.flatMap(share => share ? [share.name] : [])));
    const categories = profile.firstLevels.flatMap((first, index) => {
        const share = shares[index];
        const members = shares.filter(candidate => candidate === share).length;
        const weight = share ? weights.get(share) : undefined;
        const points = weight ? formatDecimal({ units: weight.units / BigInt(members), scale: weight.scale }) : '0';
        const inner = first.children.filter(child => !child.optional).flatMap((child, position) => {
            if (position > 0) {
                return [`      ${child.name} 不适用`];
            }
            const target = next();
            const unit = next();
            return [
                `      ${child.name} {`,
                `        指标 "\${${next()}:指标名称}" ≥\${${target}:1} \${${unit}:个} 实际 \${${next()}:$${target}} $${unit} 分值 ${points}`,
                '      }'
            ];
        });
        return [`    ${first.name} {`, ...inner, '    }'];
    });
    return [
        `项目支出绩效自评 \${1:${year}} {`,
        '  项目名称 "${2:项目名称}"',
        '  主管部门 "${3:主管部门}"',
        '  实施单位 "${4:$3}"',
        '  申报 "${5:项目申报表.jixiao}"',
        '',
        '  项目资金 {',
        `    年度资金总额 年初预算数 \${6:0.00}  全年预算数 \${7:$6}  全年执行数 \${8:$7}  分值 ${formatDecimal(scoring.budgetWeight)}`,
        '    当年财政拨款 年初预算数 $6  全年预算数 $7  全年执行数 $8',
        '    上年结转资金 年初预算数 0.00  全年预算数 0.00  全年执行数 0.00',
        '    其他资金 年初预算数 0.00  全年预算数 0.00  全年执行数 0.00',
        '  }',
        '',
        '  年度总体目标 {',
        '    预期目标 "${9:1、……}"',
        '    实际完成情况 "${10:1、……}"',
        '  }',
        '',
        '  年度绩效指标 {',
        ...categories,
        '  }',
        '}',
        '$0'
    ].join('\n');
}
