/**
 * What the skeletons of a new document (jixiao-project-skeleton.ts, jixiao-selfeval-skeleton.ts)
 * share: the indicator table with every category of the profile — the 二级 that get an indicator
 * to fill, the others 不适用 — and the end of the document.
 */
import type { CategoryProfile, FirstLevelCategory } from '../domain/catalogue.js';
import { NOT_APPLICABLE_KEYWORD, sectionKeyword, type DocumentKindFacts } from '../domain/grammar-facts.js';

/**
 * 年度绩效指标 with each 一级 and its (not optional) 二级, up to the end of the snippet. `indicator`
 * gives the lines of the indicator a 二级 gets (indented inside it), or undefined for 不适用.
 */
export function skeletonIndicators(
    kind: DocumentKindFacts, profile: CategoryProfile, indicator: (first: FirstLevelCategory, index: number, position: number) => string[] | undefined
): string[] {
    const categories = profile.firstLevels.flatMap((first, index) => {
        const inner = first.children.filter(child => !child.optional).flatMap((child, position) => {
            const lines = indicator(first, index, position);
            return lines ? [`      ${child.name} {`, ...lines.map(line => `        ${line}`), '      }'] : [`      ${child.name} ${NOT_APPLICABLE_KEYWORD}`];
        });
        return [`    ${first.name} {`, ...inner, '    }'];
    });
    return [`  ${sectionKeyword(kind, 'indicators')} {`, ...categories, '  }', '}', '$0'];
}
