/**
 * `jixiao score FILE [--format json]`: the scores of a self-evaluation by the rules of DESIGN §2.2.
 * Text: a table a reviewer reads (分值, 得分 and the rule applied per row, 总分 and grade), after
 * the file's diagnostics. JSON: the shape of DESIGN §2.2, decimals as strings, null where a score
 * is not known yet. Exit 1 when the file has errors (the table is still printed), 2 for bad usage
 * or a file that is not an evaluation.
 */
import stringWidth from 'string-width';
import {
    budgetRuleText, headerValue, indicatorPlacement, isSelfEvaluation, ruleText, scoreSheetOf, writtenReasonText,
    type Locale, type ScoredIndicator, type ScoreSheet
} from 'jixiao-language';
import { formatDecimal, type ExactDecimal } from 'jixiao-language/domain';
import { createCli } from './cli-documents.js';
import { formatRecord, toRecords } from './cli-diagnostics.js';
import { printErr, printJson, printOut } from './cli-output.js';
import { CommandTexts, HelpTexts } from './cli-messages.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';

export interface ScoreOptions extends GlobalOptions {
    format?: 'text' | 'json';
}

export const scoreCommand: CommandSpec<string, ScoreOptions> = {
    name: 'score',
    description: HelpTexts.score,
    argument: [HelpTexts.scoreFile, HelpTexts.scoreFileHelp],
    options: [{ flags: '--format', value: HelpTexts.formatValue, help: HelpTexts.format, choices: ['text', 'json'], default: 'text' }],
    run: score
};

export async function score(file: string, options: ScoreOptions = {}): Promise<number> {
    const cli = createCli({ locale: options.locale });
    const locale = cli.services.settings.JixiaoSettings.locale;
    const [checked] = await cli.check([file]);
    const root = checked.document.parseResult.value;
    if (!isSelfEvaluation(root)) {
        printErr(`jixiao: ${CommandTexts.notAnEvaluation(checked.displayPath)[locale]}\n`);
        return 2;
    }
    const records = toRecords(checked);
    const sheet = scoreSheetOf(root);
    if (options.format === 'json') {
        printJson(scoresJson(sheet));
    } else {
        const diagnostics = records.map(record => formatRecord(record, locale));
        printOut([...diagnostics, ...(diagnostics.length ? [''] : []), scoreTable(sheet, locale)].join('\n') + '\n');
    }
    return records.some(record => record.severity === 'error') ? 1 : 0;
}

/** A score as the form prints it: two decimals. */
const scoreText = (value: ExactDecimal | undefined): string | null => value === undefined ? null : formatDecimal(value, { minScale: 2 });
const weightText = (value: ExactDecimal | undefined): string | null => value === undefined ? null : formatDecimal(value);

/** DESIGN §2.2: `{"total","grade","budget":{"rate","weight","score"},"indicators":[{"name","weight","score","computed"}]}`. */
export function scoresJson(sheet: ScoreSheet) {
    const budget = sheet.budget;
    const scoring = budget?.scoring;
    return {
        total: sheet.complete ? scoreText(sheet.total) : null,
        grade: sheet.grade ?? null,
        budget: {
            rate: scoring?.computed ? scoreText(scoring.rate) : null,
            weight: weightText(budget?.weight),
            score: scoreText(budget?.score)
        },
        indicators: sheet.indicators.map(scored => ({
            name: scored.indicator.name,
            weight: weightText(scored.weight),
            score: scoreText(scored.score),
            computed: scored.scoring?.computed ?? false
        }))
    };
}

const TEXTS = {
    zh: {
        title: (name: string, year: string) => `${name}${year ? ` ${year}年度` : ''}项目支出绩效自评`,
        header: ['指标', '分值', '得分', '计分'],
        budget: '预算执行率',
        total: '总分',
        grade: (grade: string) => `等级：${grade}`,
        incomplete: (count: number) => `尚有 ${count} 项得分未知：总分和等级待定`,
        written: (reason: string) => `评价人打分（${reason}）`,
        missing: '未知',
        differs: (written: string) => `（填写为 ${written}）`,
        rules: (id: string, label: string) => `评分规则 ${id}：${label}`
    },
    en: {
        title: (name: string, year: string) => `${name}: self-evaluation${year ? ` ${year}` : ''}`,
        header: ['Indicator', 'Weight', 'Score', 'How'],
        budget: 'Execution rate',
        total: 'Total',
        grade: (grade: string) => `Grade: ${grade}`,
        incomplete: (count: number) => `${count} score(s) not known yet: total and grade pending`,
        written: (reason: string) => `scored by the evaluator (${reason})`,
        missing: 'unknown',
        differs: (written: string) => ` (written ${written})`,
        rules: (id: string, label: string) => `Scoring rules ${id}: ${label}`
    }
} as const;

/** The table: one row per indicator under its 一级 / 二级, the budget row first, 总分 last. */
export function scoreTable(sheet: ScoreSheet, locale: Locale): string {
    const text = TEXTS[locale];
    const evaluation = sheet.evaluation;
    const rows: string[][] = [[...text.header]];
    const budget = sheet.budget;
    if (budget) {
        const how = budget.scoring?.computed ? budgetRuleText(budget.scoring, locale) : text.written(writtenReasonText('actual-missing', locale));
        rows.push([text.budget, weightText(budget.weight) ?? '—', scoreText(budget.score) ?? text.missing, how]);
    }
    let group = '';
    for (const scored of sheet.indicators) {
        const { first, second } = indicatorPlacement(scored.indicator);
        const placement = [first, second].filter(name => name !== undefined).join(' / ');
        if (placement !== group) {
            group = placement;
            rows.push([placement, '', '', '']);
        }
        rows.push([`  ${scored.indicator.name}`, weightText(scored.weight) ?? '—', scoreText(scored.score) ?? text.missing, howScored(scored, locale)]);
    }
    const unknown = [sheet.budget?.score, ...sheet.indicators.map(scored => scored.score)].filter(value => value === undefined).length
        + (sheet.budget ? 0 : 1);
    rows.push([text.total, weightText(sheet.weightTotal) ?? '—', sheet.complete ? scoreText(sheet.total)! : text.missing, sheet.grade ? text.grade(sheet.grade) : text.incomplete(unknown)]);
    const title = text.title(headerValue(evaluation.projectName) ?? '', evaluation.year ?? '');
    return [title, text.rules(sheet.profile.id, sheet.profile.label), '', ...layout(rows)].join('\n');
}

function howScored(scored: ScoredIndicator, locale: Locale): string {
    const scoring = scored.scoring;
    if (!scoring) {
        return '';
    }
    if (scoring.computed) {
        const written = scored.written;
        const differs = written !== undefined && formatDecimal(written, { minScale: 2 }) !== formatDecimal(scoring.score, { minScale: 2 });
        return ruleText(scoring.rule, scoring.score, locale) + (differs ? TEXTS[locale].differs(scored.indicator.score ?? '') : '');
    }
    return TEXTS[locale].written(writtenReasonText(scoring.reason, locale));
}

/** Columns padded by display width (a CJK character takes two); numbers right-aligned. */
function layout(rows: readonly string[][]): string[] {
    const widths = rows[0].map((_, column) => Math.max(...rows.map(row => stringWidth(row[column]))));
    const rule = widths.slice(0, 3).map(width => '─'.repeat(width)).join('  ');
    const line = (row: readonly string[]) => row.map((cell, column) => {
        const space = ' '.repeat(widths[column] - stringWidth(cell));
        return column === 1 || column === 2 ? space + cell : column === 3 ? cell : cell + space;
    }).join('  ').trimEnd();
    return [line(rows[0]), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1])];
}
