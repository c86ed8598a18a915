/**
 * Skeletons of whole documents, offered by completion in an empty file (DESIGN §5): every editor
 * that speaks LSP gets them, not only VS Code. One skeleton per document kind, as data: a
 * department declaration, a project declaration, a self-evaluation; another kind is one more entry
 * in DOCUMENT_SKELETONS, its body written in its own file. Bodies are LSP snippets (tab stops `$1`, placeholders `${1:text}`); clients
 * without snippet support get the text with the placeholders filled in.
 */
import { profileByName, type CategoryProfile, CLASSIC_PROFILE } from '../domain/catalogue.js';
import { pinyinKeys } from '../domain/pinyin.js';
import {
    DEPARTMENT_DECLARATION, GOALS_CLAUSES, INDICATOR_CLAUSES, INDICATOR_KEYWORD, NAMED_BLOCKS, NOT_APPLICABLE_KEYWORD, PROJECT_DECLARATION,
    SELF_EVALUATION, TASK_CLAUSES, headerKeyword, sectionKeyword
} from '../domain/grammar-facts.js';
import type { Text } from './jixiao-lsp-messages.js';
import { projectSkeleton } from './jixiao-project-skeleton.js';
import { evaluationSkeleton } from './jixiao-selfeval-skeleton.js';

export interface SkeletonContext {
    /** The year a declaration is written for: the next one (declarations are written in the autumn). */
    readonly year: number;
    /** The year an evaluation is of: the last one (evaluations are written after its end). */
    readonly pastYear: number;
    /** The profile named in the settings, else the classic one. */
    readonly profile: CategoryProfile;
}

export interface DocumentSkeleton {
    /** The document kind, for tests and logs. */
    readonly kind: string;
    readonly label: Text;
    readonly detail: Text;
    /** The keyword that starts such a document; completion shows the skeleton for it and its pinyin. */
    readonly keyword: string;
    /** More words that find the skeleton without an input method (`sbb` for 申报表). */
    readonly aliases: readonly string[];
    /** The snippet of the whole document. */
    body(context: SkeletonContext): string;
}

const DEPARTMENT = DEPARTMENT_DECLARATION;
const TASK_KEYWORD = Object.keys(NAMED_BLOCKS).find(keyword => NAMED_BLOCKS[keyword] === 'task')!;

/** A 部门（单位）整体支出绩效目标申报表 with every section and every category of the profile. */
export const departmentSkeleton: DocumentSkeleton = {
    kind: 'department',
    label: { zh: '部门整体支出绩效目标申报表（完整骨架）', en: 'Department declaration (whole skeleton)' },
    detail: {
        zh: '表头、年度主要任务、年度总体目标和指标体系的全部一级、二级指标',
        en: 'Header, tasks, goals and every category of the indicator framework'
    },
    keyword: DEPARTMENT.keyword,
    aliases: ['申报表', 'sbb', 'shenbaobiao', 'declaration', 'department'],
    body({ year, profile }) {
        const lines = [
            `${DEPARTMENT.keyword} \${1:${year}} {`,
            `  ${headerKeyword(DEPARTMENT, 'departmentName')} "\${2:部门名称}"`,
            `  ${headerKeyword(DEPARTMENT, 'authority')} "\${3:$2}"`,
            '',
            `  ${sectionKeyword(DEPARTMENT, 'tasks')} {`,
            `    ${TASK_KEYWORD} "\${4:基本支出}" {`,
            `      ${TASK_CLAUSES.content} "\${5:主要用于人员、对个人和家庭补助及公用经费支出等。}"`,
            `      ${DEPARTMENT.amounts.total} \${6:0.00}  ${DEPARTMENT.amounts.fiscal} \${7:$6}  ${DEPARTMENT.amounts.other} 0.00`,
            '    }',
            '  }',
            '',
            `  ${sectionKeyword(DEPARTMENT, 'goals')} {`,
            `    ${GOALS_CLAUSES.intro} "通过全年预算执行，本部门拟达到的年度总体目标有："`,
            `    ${GOALS_CLAUSES.goals} \${8:目标一} "\${9:${year}年度将……}"`,
            '  }',
            '',
            `  ${sectionKeyword(DEPARTMENT, 'indicators')} {`
        ];
        // The first 二级 shows how an indicator is written; every other category is a block to fill,
        // and an optional one starts as 不适用.
        let stop = 14;
        profile.firstLevels.forEach((first, firstIndex) => {
            lines.push(`    ${first.name} {`);
            first.children.forEach((second, secondIndex) => {
                if (firstIndex === 0 && secondIndex === 0) {
                    lines.push(
                        `      ${second.name} {`,
                        `        ${INDICATOR_KEYWORD} "\${10:指标名称}" \${11:1} \${12:个} ${INDICATOR_CLAUSES.goals} $8`,
                        `          ${INDICATOR_CLAUSES.explanation} "\${13:考察$10。}"`,
                        '      }');
                } else if (second.optional) {
                    lines.push(`      ${second.name} ${NOT_APPLICABLE_KEYWORD}`);
                } else {
                    lines.push(`      ${second.name} {`, `        $${stop++}`, '      }');
                }
            });
            lines.push('    }');
        });
        lines.push('  }', '}', '$0');
        return lines.join('\n');
    }
};

/** A 项目支出绩效目标申报表 (the body is the project form's own, jixiao-project-skeleton.ts). */
export const projectSkeletonEntry: DocumentSkeleton = {
    kind: 'project',
    label: { zh: '项目支出绩效目标申报表（完整骨架）', en: 'Project declaration (whole skeleton)' },
    detail: {
        zh: '表头、项目资金、年度绩效目标和指标体系的全部一级、二级指标',
        en: 'Header, funds, goals and every category of the indicator framework'
    },
    keyword: PROJECT_DECLARATION.keyword,
    aliases: ['项目申报表', 'xmsbb', 'project'],
    body: ({ year, profile }) => projectSkeleton(String(year), profile)
};

/** A 项目支出绩效自评表 (the body is the evaluation's own, jixiao-selfeval-skeleton.ts). */
export const evaluationSkeletonEntry: DocumentSkeleton = {
    kind: 'selfeval',
    label: { zh: '项目支出绩效自评表（完整骨架）', en: 'Project self-evaluation (whole skeleton)' },
    detail: {
        zh: '表头、项目资金、年度总体目标和指标体系的全部一级、二级指标，含分值',
        en: 'Header, funds, goals and every category of the indicator framework, with weights'
    },
    keyword: SELF_EVALUATION.keyword,
    aliases: ['自评表', 'zpb', 'selfeval', 'evaluation'],
    body: ({ pastYear, profile }) => evaluationSkeleton(String(pastYear), profile)
};

export const DOCUMENT_SKELETONS: readonly DocumentSkeleton[] = [departmentSkeleton, projectSkeletonEntry, evaluationSkeletonEntry];

export function skeletonContext(profileName: string | undefined, now = new Date()): SkeletonContext {
    return { year: now.getFullYear() + 1, pastYear: now.getFullYear() - 1, profile: (profileName && profileByName(profileName)) || CLASSIC_PROFILE };
}

/** The words a skeleton is found by: its keyword, the keyword's pinyin and its aliases. */
export function skeletonWords(skeleton: DocumentSkeleton): string[] {
    const { initials, full } = pinyinKeys(skeleton.keyword);
    return [...new Set([skeleton.keyword, ...skeleton.aliases, initials, full])];
}

/** A snippet as plain text: each placeholder's default, tab stops removed. */
export function snippetAsText(snippet: string): string {
    let text = snippet;
    const values = new Map<string, string>();
    for (let pass = 0; pass < 4; pass++) {
        // A choice `${5|新增项目,延续项目|}` is its first option.
        text = text.replace(/\$\{(\d+)\|([^,|]*)[^}]*\}/g, (_, stop: string, value: string) => {
            values.set(stop, value);
            return value;
        });
        text = text.replace(/\$\{(\d+):([^{}$]*)\}/g, (_, stop: string, value: string) => {
            values.set(stop, value);
            return value;
        });
        text = text.replace(/\$(\d+)/g, (whole, stop: string) => values.get(stop) ?? (/\$\{/.test(text) ? whole : ''));
    }
    return text;
}
