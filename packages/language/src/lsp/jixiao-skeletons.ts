/**
 * Skeletons of whole documents, offered by completion in an empty file (DESIGN §5): every editor
 * that speaks LSP gets them, not only VS Code. One skeleton per document kind, as data: a
 * department declaration, a project declaration, a self-evaluation; another kind is one more entry
 * in DOCUMENT_SKELETONS, its body written in its own file. Bodies are LSP snippets (tab stops `$1`, placeholders `${1:text}`); clients
 * without snippet support get the text with the placeholders filled in.
 */
import { profileByName, type CategoryProfile, CLASSIC_PROFILE } from '../domain/catalogue.js';
import { pinyinKeys } from '../domain/pinyin.js';
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

/** A 部门（单位）整体支出绩效目标申报表 with every section and every category of the profile. */
export const departmentSkeleton: DocumentSkeleton = {
    kind: 'department',
    label: { zh: '部门整体支出绩效目标申报表（完整骨架）', en: 'Department declaration (whole skeleton)' },
    detail: {
        zh: '表头、年度主要任务、年度总体目标和指标体系的全部一级、二级指标',
        en: 'Header, tasks, goals and every category of the indicator framework'
    },
    keyword: '部门整体支出绩效目标',
    aliases: ['申报表', 'sbb', 'shenbaobiao', 'declaration', 'department'],
    body({ year, profile }) {
        const lines = [
            `部门整体支出绩效目标 \${1:${year}} {`,
            '  部门名称 "${2:部门名称}"',
            '  主管部门 "${3:$2}"',
            '',
            '  年度主要任务 {',
            '    任务 "${4:基本支出}" {',
            '      主要内容 "${5:主要用于人员、对个人和家庭补助及公用经费支出等。}"',
            '      总额 ${6:0.00}  财政拨款 ${7:$6}  其他资金 0.00',
            '    }',
            '  }',
            '',
            '  年度总体目标 {',
            '    导语 "通过全年预算执行，本部门拟达到的年度总体目标有："',
            `    目标 \${8:目标一} "\${9:${year}年度将……}"`,
            '  }',
            '',
            '  年度绩效指标 {'
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
                        '        指标 "${10:指标名称}" ${11:1} ${12:个} 对应 $8',
                        '          解释 "${13:考察$10。}"',
                        '      }');
                } else if (second.optional) {
                    lines.push(`      ${second.name} 不适用`);
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
    keyword: '项目支出绩效目标',
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
    keyword: '项目支出绩效自评',
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
