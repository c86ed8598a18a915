/**
 * Generated declarations for the benchmark: a 部门整体支出绩效目标申报表 with a given number of
 * indicators, tasks and goals in the seed's proportions (5 tasks, 8 goals, 33 indicators), every
 * 二级 category of the classic profile filled, every value kind present, and realistic names (the
 * catalogue's commonIndicators prefixed with seed-like subjects). The document is valid: budgets
 * add up, goals are supported and their figures agree with the indicators, so validation does the
 * normal work of a clean document instead of stopping early on errors.
 */
import { CLASSIC_PROFILE, isCountName, isLessIsBetterName, isRateName, isSatisfactionName } from 'jixiao-language/domain';
import { seededRandom } from './seeded-random.mjs';

const YEAR = 2026;

/** Share of the indicators per 二级 category, roughly as in real forms (most are outputs). */
const CATEGORY_WEIGHTS = {
    数量指标: 30, 质量指标: 18, 时效指标: 14, 成本指标: 5,
    经济效益指标: 5, 社会效益指标: 10, 生态效益指标: 3, 可持续影响指标: 4,
    服务对象满意度指标: 7, 其他满意度指标: 4
};

/** Seed-like names of what an indicator is about, put before the catalogue's indicator names. */
const SUBJECTS = [
    '通信服务配套PDA设备', '政务服务季度运维', '网格信息服务', 'AI福务管家', '数字福田建设规划', '平台项目系统',
    '党政机关新媒体监测', '政务服务事项', '跨域通办专区', '湾区通办专区', '数据资源管理运营', '数字安全管理',
    '信息化项目审核', 'AI专题会议', '人工智能供需对接平台', '高效办成一件事', '智慧城区建设', '政务信息化项目',
    '视频办AI受理', '咨询预约导办', '知识图谱更新', '基层党建', '综合事务管理', '劳务派遣管理'
];
const STREETS = ['园岭', '南园', '福田', '沙头', '梅林', '莲花', '华富', '香蜜湖', '福保', '华强北'];

/** Extra seed-like indicator names, beside the catalogue's, per category. */
const SEED_NAMES = {
    数量指标: ['系统运维个数', '专题会议场次', '运维报告份数', '规划篇数', '应用场景数量'],
    质量指标: ['功能维护准确率', '编制验收合格率'],
    时效指标: ['工作计划按时完工率', '系统运维时间', '规划印发时间'],
    成本指标: ['部门整体支出进度达标率'],
    社会效益指标: ['政务服务能力优化提升', '运营工作安全生产事故发生数'],
    服务对象满意度指标: ['设备使用人员满意度'],
    其他满意度指标: ['政务服务群众满意度']
};

const TASK_NAMES = ['基本支出', '信息化服务类项目（非运维服务部分）', '一般管理事务', '政务服务数据管理', '信息化运维项目',
    '数字化发展项目', '网格信息管理', '数据资源管理', '数字安全管理', '政务事项管理'];
const TASK_CONTENTS = ['主要用于人员、对个人和家庭补助及公用经费支出等。', '主要用于基层党建、综合事务管理及劳务派遣人员等项目支出。',
    '主要用于数字化发展项目、政务事项管理、数字安全管理、数据资源管理及网格信息管理等项目支出。',
    '主要用于保障湾区数据要素孪生多维展示和服务空间运维。'];
const GOAL_STEMS = ['运维保障', '项目审核', 'AI福务管家', '十五五规划', '政务服务运维', '网格信息', '新媒体监测', 'AI中心运营'];
const GRADE_EXPLANATION = '“显著”的量化标准为“80%-100%”，“明显”则为“60%-80%”，“一般”则为“0%-60%”。';

/**
 * @param {number} indicatorCount
 * @param {{ seed?: number }} [options]
 * @returns {string} the .jixiao text
 */
export function generateDeclaration(indicatorCount, { seed = 2026 } = {}) {
    const random = seededRandom(seed + indicatorCount);
    const taskCount = Math.max(2, Math.round(indicatorCount * 5 / 33));
    const goalCount = Math.max(2, Math.round(indicatorCount * 8 / 33));
    const goals = Array.from({ length: goalCount }, (_, i) => ({
        name: i < GOAL_STEMS.length ? GOAL_STEMS[i] : `${GOAL_STEMS[i % GOAL_STEMS.length]}${Math.floor(i / GOAL_STEMS.length) + 1}`,
        indicators: []
    }));
    const categories = generateIndicators(indicatorCount, goals, random);
    return [
        '// 基准测试生成的申报表：' + `${indicatorCount} 个指标，${taskCount} 个任务，${goalCount} 个目标。`,
        `部门整体支出绩效目标 ${YEAR} {`,
        '  部门名称 "深圳市福田区政务服务和数据管理局（本级）"',
        '  主管部门 "深圳市福田区政务服务和数据管理局（本级）"',
        '',
        ...taskSection(taskCount, random),
        '',
        ...goalSection(goals),
        '',
        ...indicatorSection(categories),
        '}',
        ''
    ].join('\n');
}

function taskSection(count, random) {
    const lines = ['  年度主要任务 {'];
    const sums = { total: 0n, fiscal: 0n, other: 0n };
    for (let i = 0; i < count; i++) {
        const name = i < TASK_NAMES.length ? TASK_NAMES[i] : `${TASK_NAMES[i % TASK_NAMES.length]}（第${Math.floor(i / TASK_NAMES.length) + 1}批）`;
        // Amounts in fen, as BigInt: the generator must not be less exact than the checker.
        const fiscal = BigInt(random.int(1000, 50_000_000)) * 100n + BigInt(random.int(0, 99));
        const other = random.chance(0.3) ? BigInt(random.int(0, 5_000_000)) * 100n : 0n;
        const total = fiscal + other;
        sums.total += total; sums.fiscal += fiscal; sums.other += other;
        const grouping = random.chance(0.4);
        lines.push(
            `    任务 "${name}" {`,
            `      主要内容 "${random.pick(TASK_CONTENTS)}"`,
            `      总额 ${yuan(total, grouping)}  财政拨款 ${yuan(fiscal, grouping)}  其他资金 ${yuan(other, grouping)}`,
            '    }'
        );
    }
    lines.push(`    金额合计 总额 ${yuan(sums.total, true)}  财政拨款 ${yuan(sums.fiscal, true)}  其他资金 ${yuan(sums.other, true)}`, '  }');
    return lines;
}

/** Fen as 元 text with two decimals, optionally with thousands separators as pasted from Excel. */
export function yuan(fen, grouping = false) {
    const integer = (fen / 100n).toString();
    const cents = (fen % 100n).toString().padStart(2, '0');
    return `${grouping ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : integer}.${cents}`;
}

function goalSection(goals) {
    const lines = ['  年度总体目标 {', '    导语 "通过全年预算执行，本部门拟达到的年度总体目标有："'];
    for (const goal of goals) {
        // The goal promises exactly what its indicators measure, so goal checks find agreement.
        const promises = goal.indicators
            .filter(indicator => indicator.figure)
            .map(indicator => `${indicator.subject}达到${indicator.figure}`);
        const text = `${YEAR}年度通过持续投入，${promises.length ? promises.join('，') : '全面保障平台软硬件的正常运行'}，从而提升福田区政务服务能力。`;
        lines.push(`    目标 ${goal.name} "${text}"`);
    }
    lines.push('  }');
    return lines;
}

function generateIndicators(count, goals, random) {
    const secondLevels = CLASSIC_PROFILE.firstLevels.flatMap(first => first.children.map(child => ({ first: first.name, child })));
    const weightSum = secondLevels.reduce((sum, { child }) => sum + CATEGORY_WEIGHTS[child.name], 0);
    const counts = secondLevels.map(({ child }) => Math.max(1, Math.floor(count * CATEGORY_WEIGHTS[child.name] / weightSum)));
    // Rounding leftovers go to 数量指标, the largest category.
    counts[0] += count - counts.reduce((a, b) => a + b, 0);
    const uses = new Map();
    let serial = 0;
    return secondLevels.map(({ first, child }, index) => {
        const bases = [...child.commonIndicators, ...(SEED_NAMES[child.name] ?? [])];
        const indicators = [];
        for (let i = 0; i < counts[index]; i++, serial++) {
            const base = bases[i % bases.length];
            const n = uses.get(base) ?? (serial % STREETS.length);
            uses.set(base, n + 1);
            const subject = nthSubject(n);
            const indicator = makeIndicator(`${subject}${base}`, subject, base, child.name, random);
            const goal = goals[serial % goals.length];
            indicator.goals = [goal.name];
            goal.indicators.push(indicator);
            if (random.chance(0.05)) {
                // Some indicators measure two goals, as in the seed (对应 项目审核、十五五规划).
                const second = goals[(serial * 7 + 3) % goals.length];
                if (second !== goal) {
                    indicator.goals.push(second.name);
                    second.indicators.push(indicator);
                }
            }
            indicators.push(indicator);
        }
        return { first, second: child.name, indicators };
    });
}

/**
 * The n-th subject for one indicator name: street, then subject, then batch vary, so that names are
 * unique by construction (a search for a free name never ends once the combinations run out).
 * Batches are written in Chinese numerals (二期): a digit glued to 期 would read as a figure in goal texts.
 */
function nthSubject(n) {
    const street = STREETS[n % STREETS.length];
    const subject = SUBJECTS[Math.floor(n / STREETS.length) % SUBJECTS.length];
    const batch = Math.floor(n / (STREETS.length * SUBJECTS.length));
    return `${batch > 0 ? chineseDigits(batch + 1) + '期' : ''}${street}街道${subject}`;
}

function chineseDigits(number) {
    return [...String(number)].map(digit => '〇一二三四五六七八九'[Number(digit)]).join('');
}

/**
 * A value that fits the name, the way an analyst writes it: a 率 in %, a count in a counting
 * word, a 时间 as a deadline, a 提升 as a defined grade. `figure` is what the goal text promises.
 */
function makeIndicator(name, subject, base, category, random) {
    const explain = `考察${name}`;
    const quantity = (comparator, number, unit) => ({
        name, subject, value: `${comparator}${number} ${unit}`, explanation: explain, figure: `${comparator}${number}${unit}`
    });
    if (random.chance(0.01)) {
        return { name, subject, value: '"按计划完成"', explanation: explain };
    }
    if (random.chance(0.01) && category !== '成本指标') {
        return { name, subject, value: '不适用', explanation: explain };
    }
    if (isSatisfactionName(base)) {
        return quantity('≥', random.pick([90, 92, 95]), '%');
    }
    if (isLessIsBetterName(base)) {
        return quantity('', 0, '起');
    }
    if (isRateName(base)) {
        return random.chance(0.5) ? quantity('', 100, '%') : quantity('≥', random.pick([85, 90, 95, 98]), '%');
    }
    if (/时间$/.test(base)) {
        if (random.chance(0.3)) {
            return quantity('≤', random.int(1, 4), '小时');
        }
        const deadline = random.pick([`${YEAR}年6月前`, `${YEAR}年12月31日前`, `${YEAR}年底前`, `${YEAR}年9月30日前`]);
        return { name, subject, value: deadline, explanation: explain };
    }
    if (/(年限|期限)$/.test(base)) {
        return quantity('≥', random.int(2, 5), '年');
    }
    if (/(成本)$/.test(base)) {
        return quantity('≤', random.int(100, 9000), '元');
    }
    if (/(投资|资金|贡献)$/.test(base)) {
        return quantity('≥', random.int(10, 900), '万元');
    }
    if (/(减排量)$/.test(base)) {
        return quantity('≥', random.int(10, 900), '吨');
    }
    if (isCountName(base) || /人次$/.test(base)) {
        const unit = /人次$/.test(base) ? '人次' : /份数$/.test(base) ? '份' : /场次$/.test(base) ? '场'
            : /人数$/.test(base) ? '人' : /篇数$/.test(base) ? '篇' : /设备/.test(base) ? '套' : '个';
        return quantity(random.chance(0.4) ? '≥' : '', random.int(1, 5000), unit);
    }
    // Qualitative outcomes (提升, 便利度, 建立…): a grade whose explanation defines the scale.
    return {
        name, subject, value: `${random.pick(['显著', '明显'])} %`,
        explanation: `考察${name}情况。${GRADE_EXPLANATION}`
    };
}

function indicatorSection(categories) {
    const lines = ['  年度绩效指标 {'];
    for (const first of CLASSIC_PROFILE.firstLevels) {
        lines.push(`    ${first.name} {`);
        for (const category of categories.filter(c => c.first === first.name)) {
            if (category.indicators.length === 0) {
                lines.push(`      ${category.second} 不适用`);
                continue;
            }
            lines.push(`      ${category.second} {`);
            for (const indicator of category.indicators) {
                lines.push(`        指标 "${indicator.name}" ${indicator.value} 对应 ${indicator.goals.join('、')}`,
                    `          解释 "${indicator.explanation}"`);
            }
            lines.push('      }');
        }
        lines.push('    }');
    }
    lines.push('  }');
    return lines;
}

/**
 * The declaration with `count` more goals that no indicator points to, each promising work in a
 * counted unit: the worst case of goal.unsupported (one warning per goal, and one per figure),
 * whose cost must grow linearly with the goals.
 * @param {string} text a declaration from generateDeclaration
 * @param {number} count
 */
export function withUnsupportedGoals(text, count) {
    const goals = Array.from({ length: count }, (_, i) => `    目标 未计量目标${i + 1} "2026年完成第${i + 1}批共${i % 9 + 2}份报告。"`);
    return text.replace(/^( {2}年度总体目标 \{\n(?: {4}导语 .*\n)?)/m, `$1${goals.join('\n')}\n`);
}
