/**
 * The indicator framework (指标体系) as data. A profile lists the 一级 categories and the 二级
 * categories under each; a region's variant is a new profile here, not a grammar change.
 */

export type ProfileId = 'classic' | '2021';

export interface SecondLevelCategory {
    readonly name: string;
    /** Short meaning, from the Ministry of Finance framework, for hovers and completion. */
    readonly description: string;
    /** Not every form carries it; a missing optional category is not reported. */
    readonly optional?: boolean;
    /** Indicator names analysts commonly use here, offered by completion. */
    readonly commonIndicators: readonly string[];
}

export interface FirstLevelCategory {
    readonly name: string;
    readonly description: string;
    readonly children: readonly SecondLevelCategory[];
}

export interface CategoryProfile {
    readonly id: ProfileId;
    readonly label: string;
    readonly firstLevels: readonly FirstLevelCategory[];
    /** Old or regional names and the catalogue name they stand for. */
    readonly synonyms: Readonly<Record<string, string>>;
}

const quantity: SecondLevelCategory = {
    name: '数量指标',
    description: '反映预期提供的公共产品或服务达到的数量，如设备套数、服务人次、报告份数。',
    commonIndicators: ['设备采购数量', '服务人次', '报告份数', '培训场次', '覆盖人数', '项目数量']
};
const quality: SecondLevelCategory = {
    name: '质量指标',
    description: '反映预期提供的公共产品或服务达到的标准和水平，如验收合格率、达标率、准确率。',
    commonIndicators: ['验收合格率', '问题整改率', '系统可用率', '数据准确率', '故障解决率']
};
const timeliness: SecondLevelCategory = {
    name: '时效指标',
    description: '反映预期提供公共产品或服务的及时程度和效率，如完成时间、及时率。',
    commonIndicators: ['按时完成率', '完成及时率', '项目完成时间', '响应时间']
};
const costClassic: SecondLevelCategory = {
    name: '成本指标',
    description: '反映预期提供公共产品或服务所需的成本，如单位成本、支出进度、成本控制。',
    commonIndicators: ['支出进度达标率', '成本控制率', '单位成本', '预算执行率']
};
const economic: SecondLevelCategory = {
    name: '经济效益指标',
    description: '反映相关产出对经济发展带来的影响和效果，如带动投资、节约成本。',
    commonIndicators: ['带动社会投资', '节约财政资金', '经济增长贡献']
};
const social: SecondLevelCategory = {
    name: '社会效益指标',
    description: '反映相关产出对社会发展带来的影响和效果，如服务能力提升、事故发生数。',
    commonIndicators: ['服务能力提升', '群众办事便利度', '安全生产事故发生数', '信息公开率']
};
const ecological: SecondLevelCategory = {
    name: '生态效益指标',
    description: '反映相关产出对自然环境带来的影响和效果，如能耗降低、减排。',
    commonIndicators: ['节能减排量', '能耗降低率', '绿化覆盖率']
};
const sustainable: SecondLevelCategory = {
    name: '可持续影响指标',
    description: '反映相关产出带来影响的可持续期限，如长效机制、持续运行年限。',
    commonIndicators: ['长效管理机制建立', '系统持续运行年限', '持续发挥作用期限']
};
const serviceSatisfaction: SecondLevelCategory = {
    name: '服务对象满意度指标',
    description: '反映服务对象对相关产出及其影响的认可程度，一般不低于85%。',
    commonIndicators: ['服务对象满意度', '群众满意度', '使用人员满意度']
};
const otherSatisfaction: SecondLevelCategory = {
    name: '其他满意度指标',
    description: '反映服务对象以外的相关方（如群众、社会公众）的满意程度，深圳等地的表格使用。',
    optional: true,
    commonIndicators: ['群众满意度', '社会公众满意度']
};

const output = (children: SecondLevelCategory[]): FirstLevelCategory => ({
    name: '产出指标',
    description: '反映预算资金在一定期限内预期提供的公共产品和服务情况。',
    children
});
const benefit = (children: SecondLevelCategory[]): FirstLevelCategory => ({
    name: '效益指标',
    description: '反映与既定绩效目标相关的、预算支出预期结果的实现程度和影响。',
    children
});
const satisfaction: FirstLevelCategory = {
    name: '满意度指标',
    description: '反映服务对象或项目受益人对相关产出及其影响的认可程度。',
    children: [serviceSatisfaction, otherSatisfaction]
};

export const CLASSIC_PROFILE: CategoryProfile = {
    id: 'classic',
    label: '传统指标体系（产出、效益、满意度）',
    firstLevels: [
        output([quantity, quality, timeliness, costClassic]),
        benefit([economic, social, ecological, sustainable]),
        satisfaction
    ],
    synonyms: { 环境效益指标: '生态效益指标' }
};

export const PROFILE_2021: CategoryProfile = {
    id: '2021',
    label: '2021年财政部指标体系（成本、产出、效益、满意度）',
    firstLevels: [
        {
            name: '成本指标',
            description: '反映预期提供公共产品或服务所需成本的控制程度（财预〔2021〕101号）。',
            children: [
                {
                    name: '经济成本指标',
                    description: '反映实施相关项目所产生的直接经济成本。',
                    commonIndicators: ['单位成本', '设备购置成本', '运维成本']
                },
                {
                    name: '社会成本指标',
                    description: '反映实施相关项目对社会发展、公共福利等方面可能造成的负面影响。',
                    commonIndicators: ['社会成本']
                },
                {
                    name: '生态环境成本指标',
                    description: '反映实施相关项目对自然生态环境可能造成的负面影响。',
                    commonIndicators: ['环境影响']
                }
            ]
        },
        output([quantity, quality, timeliness]),
        benefit([economic, social, ecological, { ...sustainable, optional: true }]),
        satisfaction
    ],
    synonyms: { 环境效益指标: '生态效益指标' }
};

export const PROFILES: Readonly<Record<ProfileId, CategoryProfile>> = { classic: CLASSIC_PROFILE, '2021': PROFILE_2021 };

const PROFILE_ALIASES: Readonly<Record<string, ProfileId>> = {
    classic: 'classic',
    传统: 'classic',
    '2021': '2021',
    财政部2021: '2021'
};

export function profileByName(name: string): CategoryProfile | undefined {
    const id = PROFILE_ALIASES[name];
    return id ? PROFILES[id] : undefined;
}

/** The names to offer: one per profile (the aliases are accepted too). */
export function profileNames(): string[] {
    return Object.keys(PROFILES).sort((a, b) => (a === 'classic' ? -1 : b === 'classic' ? 1 : 0));
}

/**
 * The profile a document or a form uses: the one its header names, else 2021 when 成本指标 stands
 * at the first level (only that framework puts it there) or when a category only that framework
 * has appears among `categoryNames` (names whose level is not known, as a pasted form's shifted
 * cells give them), else classic.
 */
export function detectProfile(firstLevelNames: readonly string[], declared?: string, categoryNames: readonly string[] = []): CategoryProfile {
    if (declared) {
        const named = profileByName(declared);
        if (named) {
            return named;
        }
    }
    const only2021 = firstLevelNames.includes('成本指标') || categoryNames.some(name => SECOND_LEVELS_ONLY_IN_2021.has(name));
    return only2021 ? PROFILE_2021 : CLASSIC_PROFILE;
}

/** The 二级 names of the 2021 framework that the classic one does not know (经济成本指标 …). */
const SECOND_LEVELS_ONLY_IN_2021: ReadonlySet<string> = new Set(PROFILE_2021.firstLevels
    .flatMap(first => first.children.map(child => child.name))
    .filter(name => !findSecondLevel(CLASSIC_PROFILE, name)));

/** Whether a name is a 一级 or a 二级 category: in the given profile, else in another one. */
export function categoryLevelOf(name: string, preferred: CategoryProfile): 'first' | 'second' | undefined {
    for (const profile of [preferred, ...Object.values(PROFILES).filter(other => other !== preferred)]) {
        if (findFirstLevel(profile, name)) {
            return 'first';
        }
        if (findSecondLevel(profile, name)) {
            return 'second';
        }
    }
    return undefined;
}

export function canonicalCategoryName(profile: CategoryProfile, name: string): string {
    return profile.synonyms[name] ?? name;
}

export function findFirstLevel(profile: CategoryProfile, name: string): FirstLevelCategory | undefined {
    const canonical = canonicalCategoryName(profile, name);
    return profile.firstLevels.find(first => first.name === canonical);
}

export interface SecondLevelLocation {
    readonly parent: FirstLevelCategory;
    readonly category: SecondLevelCategory;
}

/** Where a 二级 name belongs in the profile. */
export function findSecondLevel(profile: CategoryProfile, name: string): SecondLevelLocation | undefined {
    const canonical = canonicalCategoryName(profile, name);
    for (const parent of profile.firstLevels) {
        const category = parent.children.find(child => child.name === canonical);
        if (category) {
            return { parent, category };
        }
    }
    return undefined;
}

/** Every category name of the profile, 一级 first, for did-you-mean and completion. */
export function allCategoryNames(profile: CategoryProfile): string[] {
    return [
        ...profile.firstLevels.map(first => first.name),
        ...profile.firstLevels.flatMap(first => first.children.map(child => child.name))
    ];
}

/** Every category name in any profile, so that a 2021 name in a classic document is still known. */
export function categoryKnownInAnyProfile(name: string): boolean {
    return Object.values(PROFILES).some(profile => allCategoryNames(profile).includes(canonicalCategoryName(profile, name)));
}
