/**
 * The skeleton of a new project declaration (项目支出绩效目标申报表), offered by completion in an
 * empty file (DESIGN §5: any editor gets it from the server, not only VS Code's snippets): every
 * header field, 项目资金, one goal, and each category of the profile — the first 二级 of 产出指标
 * and 服务对象满意度指标 with an indicator to fill, the others 不适用. A snippet: tab stops for what
 * the analyst must write.
 */
import { CLASSIC_PROFILE, type CategoryProfile } from '../domain/catalogue.js';

export function projectSkeleton(year: string, profile: CategoryProfile = CLASSIC_PROFILE): string {
    let stop = 11;
    const next = () => ++stop;
    const categories = profile.firstLevels.flatMap(first => {
        const children = first.children.filter(child => !child.optional);
        const inner = children.flatMap((child, index) => {
            if (index === 0 && first.name !== '效益指标') {
                const name = next();
                return [
                    `      ${child.name} {`,
                    `        指标 "\${${name}:指标名称}" \${${next()}:1} \${${next()}:个} 对应 $10`,
                    `          解释 "\${${next()}:考察$${name}。}"`,
                    '      }'
                ];
            }
            return [`      ${child.name} 不适用`];
        });
        return [`    ${first.name} {`, ...inner, '    }'];
    });
    return [
        `项目支出绩效目标 \${1:${year}} {`,
        '  项目名称 "${2:项目名称}"',
        '  主管部门 "${3:主管部门}"',
        '  实施单位 "${4:$3}"',
        '  项目属性 ${5|新增项目,延续项目|}',
        '  项目期 "${6:1年}"',
        '  所属任务 "${7:部门的年度主要任务}"',
        '',
        '  项目资金 {',
        '    年度资金总额 ${8:0.00}  财政拨款 ${9:$8}  其他资金 0.00',
        '  }',
        '',
        '  年度绩效目标 {',
        '    目标 ${10:目标一} "${11:目标内容}"',
        '  }',
        '',
        '  年度绩效指标 {',
        ...categories,
        '  }',
        '}',
        '$0'
    ].join('\n');
}
