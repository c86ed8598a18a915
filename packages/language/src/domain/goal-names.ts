/**
 * Short names for goals (年度总体目标). The form numbers its goals 1、2、…; a .jixiao document names
 * them so that indicators can point to them (对应). Import proposes a name from the goal's text:
 * its subject, without the year, the scope words and the verbs every goal starts with. The names
 * are deterministic, unique in the document and valid identifiers of the language (CJK or ASCII
 * letters, digits, underscore; not starting with a digit); the analyst may rename them.
 */
import { isIdentifier } from './grammar-facts.js';

/** Longest name proposed, in characters: a name is a handle, not a summary. */
export const GOAL_NAME_MAX_LENGTH = 8;

/** Words that open a goal's sentence without saying what it is about; removed from the front. */
const LEADING_WORDS = [
    '本项目', '本部门', '本单位', '我局', '我单位', '我部门', '本局',
    '全年', '年内', '年度', '计划', '拟', '将', '通过', '完成', '提供', '出具', '投入', '开展', '实现', '确保',
    '保障', '推进', '推动', '持续', '做好', '加强', '落实', '组织', '举办', '梳理', '发布', '进一步', '全面',
    '积极', '努力', '切实', '不断', '按时', '按期', '依法', '有效', '稳步', '加快', '力争', '争取', '围绕',
    '聚焦', '重点', '主要', '用于', '全区', '全市', '全省', '全县', '我区', '我市', '本区', '本市', '建成', '建设',
    '新增', '继续', '深化', '优化', '提升', '提高', '支持', '支付', '承担', '负责', '对', '在', '为', '由', '向',
    '共', '约', '超', '以', '并', '及', '和', '与'
];

/** Where a subject phrase ends: a function word or the start of a figure. */
const PHRASE_END = /[的和及与并或等从而为以]|\d/;

/**
 * Endings of nouns that make a good handle (政务信息化, 清单审核, 运维报告): a phrase longer than the
 * limit is cut after the last of these that fits.
 */
const HEAD_WORDS = [
    '信息化', '数字化', '智能化', '规划', '方案', '审核', '审查', '评价', '评审', '管理', '服务', '运维', '运营', '保障',
    '设备', '系统', '平台', '中心', '项目', '工程', '报告', '监测', '检测', '场景', '会议', '培训', '宣传', '活动',
    '建设', '改造', '维护', '采购', '资金', '经费', '支出', '网络', '数据', '安全', '信息', '管家', '机制', '制度',
    '体系', '能力', '质量', '效率', '水平', '环境', '设施', '工作', '任务', '应用', '办理', '整改', '采集', '规范',
    '新媒体'
];

const IDENTIFIER_CHAR = /[_a-zA-Z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const YEAR_PREFIX = /^(?:\d{4}|[〇零一二三四五六七八九十]{4})年(?:度)?/;
/** A figure such as 4份, 2010套, 1篇, 12个, 4大 at the front: not a subject. */
const FIGURE_PREFIX = /^(?:超过?|不少于|不低于|约)?\d+(?:\.\d+)?[个份篇套项次场台件家户条人名位大类种批期项余多]*/;

/** A name for one goal text, not yet made unique; `fallback` when the text offers nothing usable. */
export function proposeGoalName(text: string, fallback: string): string {
    const titled = /《([^》]+)》/.exec(text);
    const title = titled ? titleTail(subjectPhrase(titled[1])) : '';
    const name = title.length >= 2 ? shorten(title) : shorten(subjectPhrase(text));
    return name.length >= 2 && isIdentifier(name) ? name : fallback;
}

/**
 * Names for all goals of a document, in order: unique (a repeated name gets 2, 3, … appended) and
 * different from `taken` (names already used elsewhere in the document).
 */
export function proposeGoalNames(texts: readonly string[], taken: Iterable<string> = []): string[] {
    const used = new Set(taken);
    return texts.map((text, index) => {
        const base = proposeGoalName(text, `目标${index + 1}`);
        let name = base;
        for (let suffix = 2; used.has(name); suffix++) {
            name = `${base}${suffix}`;
        }
        used.add(name);
        return name;
    });
}

/** The subject at the front of a text, after the words every goal starts with. */
function subjectPhrase(text: string): string {
    // Quotes and brackets are decoration inside a title; drop them so “十五五” stays with its words.
    let rest = text.replace(/[“”"‘’'《》〈〉「」『』]/g, '').trim();
    for (let changed = true; changed;) {
        changed = false;
        const before = rest;
        rest = rest.replace(/^[\s，。；、：,.;:！？!?（）()【】\-—~～]+/, '');
        rest = rest.replace(YEAR_PREFIX, '');
        rest = rest.replace(FIGURE_PREFIX, '');
        const word = LEADING_WORDS.find(candidate => rest.startsWith(candidate) && rest.length > candidate.length);
        if (word) {
            rest = rest.slice(word.length);
        }
        changed = rest !== before;
    }
    let phrase = '';
    for (const char of rest) {
        if (!IDENTIFIER_CHAR.test(char) || (phrase.length >= 2 && PHRASE_END.test(char))) {
            break;
        }
        if (/\d/.test(char) && phrase.length === 0) {
            break;
        }
        phrase += char;
    }
    return phrase;
}

/**
 * A document's title names its subject last (福田区智慧城区建设“十五五”规划 is a 十五五规划): a long
 * title keeps what follows its last head word, when that is still a word of its own.
 */
function titleTail(title: string): string {
    const chars = [...title];
    if (chars.length <= GOAL_NAME_MAX_LENGTH) {
        return title;
    }
    for (let start = 1; start <= chars.length - 4; start++) {
        const before = chars.slice(0, start).join('');
        const tail = chars.slice(start);
        if (tail.length <= GOAL_NAME_MAX_LENGTH && HEAD_WORDS.some(word => before.endsWith(word))) {
            return tail.join('');
        }
    }
    return title;
}

/** Cuts a long phrase after the last head word that fits, else at the limit. */
function shorten(phrase: string): string {
    const chars = [...phrase];
    if (chars.length <= GOAL_NAME_MAX_LENGTH) {
        return phrase;
    }
    let best = 0;
    for (let end = 4; end <= GOAL_NAME_MAX_LENGTH; end++) {
        const prefix = chars.slice(0, end).join('');
        if (HEAD_WORDS.some(word => prefix.endsWith(word))) {
            best = end;
        }
    }
    return chars.slice(0, best || 6).join('');
}
