/**
 * The skeleton of a new project declaration (项目支出绩效目标申报表), offered by completion in an
 * empty file (DESIGN §5: any editor gets it from the server, not only VS Code's snippets): every
 * header field, 项目资金, one goal, and each category of the profile — the first 二级 of 产出指标
 * and 服务对象满意度指标 with an indicator to fill, the others 不适用. A snippet: tab stops for what
 * the analyst must write.
 */
import { CLASSIC_PROFILE, type CategoryProfile } from '../domain/catalogue.js';
import { GOALS_CLAUSES, INDICATOR_CLAUSES, INDICATOR_KEYWORD, PROJECT_DECLARATION, headerKeyword, sectionKeyword } from '../domain/grammar-facts.js';
import { skeletonIndicators } from './jixiao-skeleton-parts.js';

const KIND = PROJECT_DECLARATION;
const field = (property: string) => headerKeyword(KIND, property);

export function projectSkeleton(year: string, profile: CategoryProfile = CLASSIC_PROFILE): string {
    let stop = 11;
    const next = () => ++stop;
    const indicators = skeletonIndicators(KIND, profile, (first, _index, position) => {
        if (position > 0 || first.name === '效益指标') {
            return undefined;
        }
        const name = next();
        return [
            `${INDICATOR_KEYWORD} "\${${name}:指标名称}" \${${next()}:1} \${${next()}:个} ${INDICATOR_CLAUSES.goals} $10`,
            `  ${INDICATOR_CLAUSES.explanation} "\${${next()}:考察$${name}。}"`
        ];
    });
    return [
        `${KIND.keyword} \${1:${year}} {`,
        `  ${field('projectName')} "\${2:项目名称}"`,
        `  ${field('authority')} "\${3:主管部门}"`,
        `  ${field('implementer')} "\${4:$3}"`,
        `  ${field('attribute')} \${5|新增项目,延续项目|}`,
        `  ${field('period')} "\${6:1年}"`,
        `  ${field('task')} "\${7:部门的年度主要任务}"`,
        '',
        `  ${sectionKeyword(KIND, 'funds')} {`,
        `    ${KIND.amounts.total} \${8:0.00}  ${KIND.amounts.fiscal} \${9:$8}  ${KIND.amounts.other} 0.00`,
        '  }',
        '',
        `  ${sectionKeyword(KIND, 'goals')} {`,
        `    ${GOALS_CLAUSES.goals} \${10:目标一} "\${11:目标内容}"`,
        '  }',
        '',
        ...indicators
    ].join('\n');
}
