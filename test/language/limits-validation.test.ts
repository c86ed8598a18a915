/**
 * What a spreadsheet cannot hold is an error while typing, not a surprise at export (DESIGN §4
 * "Limits"): an amount of more than 15 significant digits (budget.amount-too-large), a text longer
 * than a cell (structure.text-too-long). And a number of a million digits is named in a message,
 * not echoed whole.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_INDICATORS, declaration, diagnose, diagnoseCode, marked } from './jixiao-test-utils.js';
import { PROJECT_HEADER, project } from './project-test-utils.js';
import { DEFAULT_FUNDS, evaluation, evaluationWith } from '../selfeval/selfeval-test-utils.js';

const task = (amounts: string, name = '基本支出') => `    任务 "${name}" { 主要内容 "人员经费" ${amounts} }`;

describe('budget.amount-too-large', () => {
    test('an amount of 17 significant digits is an error on the amount, naming the digits', async () => {
        const doc = marked(declaration({ tasks: task('总额 »400000000000000.01«  财政拨款 400000000000000.01  其他资金 0.00') }));
        expect(await diagnoseCode(doc.text, 'budget.amount-too-large')).toEqual([
            {
                code: 'budget.amount-too-large',
                severity: 'error',
                message: '金额 400000000000000.01 有 17 位有效数字（算到分），超过 Excel 能精确保存的 15 位，无法准确导出：请核对金额',
                range: doc.range,
                text: '400000000000000.01',
                data: { code: 'budget.amount-too-large', column: 'total' }
            },
            expect.objectContaining({ code: 'budget.amount-too-large', text: '400000000000000.01', data: { code: 'budget.amount-too-large', column: 'fiscal' } })
        ]);
    });

    test('70368744177664.01 (16 digits, which a double rounds to …664.02) is too large', async () => {
        const text = declaration({ tasks: task('总额 70368744177664.01  财政拨款 0.00  其他资金 70368744177664.01') });
        expect((await diagnoseCode(text, 'budget.amount-too-large')).map(d => d.message)).toEqual([
            '金额 70368744177664.01 有 16 位有效数字（算到分），超过 Excel 能精确保存的 15 位，无法准确导出：请核对金额',
            '金额 70368744177664.01 有 16 位有效数字（算到分），超过 Excel 能精确保存的 15 位，无法准确导出：请核对金额'
        ]);
    });

    test('400 nines is too large (it exported as Infinity), and the message cuts the number', async () => {
        const nines = '9'.repeat(400);
        const text = declaration({ tasks: task(`总额 ${nines}  财政拨款 ${nines}  其他资金 0`) });
        const [first] = await diagnoseCode(text, 'budget.amount-too-large');
        expect(first.message).toBe('金额 9999999999999999…（共 400 位数字） 有 402 位有效数字（算到分），超过 Excel 能精确保存的 15 位，无法准确导出：请核对金额');
    });

    test('a project\'s 年度资金总额 of 17 significant digits is too large as well', async () => {
        const text = project({ funds: '年度资金总额 400000000000000.01  财政拨款 400000000000000.01  其他资金 0.00' });
        expect((await diagnoseCode(text, 'budget.amount-too-large')).map(d => d.text)).toEqual(['400000000000000.01', '400000000000000.01']);
    });

    test('a self-evaluation\'s fund row of 17 significant digits is too large as well', async () => {
        const doc = marked(evaluation({ funds: DEFAULT_FUNDS.replace('其他资金 年初预算数 0.00', '其他资金 年初预算数 »400000000000000.01«') }));
        expect((await diagnoseCode(doc.text, 'budget.amount-too-large')).map(d => d.range)).toEqual([doc.range]);
    });

    test('is silent up to 15 significant digits, the sum included: 9,999,999,000,000.00 + 999,999.99', async () => {
        const text = declaration({ tasks: [
            task('总额 9,999,999,000,000.00  财政拨款 9999999000000.00  其他资金 0.00'),
            task('总额 999999.99  财政拨款 999999.99  其他资金 0', '项目支出')
        ].join('\n') });
        expect(await diagnoseCode(text, 'budget.amount-too-large')).toEqual([]);
    });

    test('tasks that fit but add up to more than a cell holds, with no 金额合计 written, are an error on the section', async () => {
        const doc = marked(declaration({ tasks: [
            task('总额 9000000000000.00  财政拨款 9000000000000.00  其他资金 0.00', '甲'),
            task('总额 9000000000000.00  财政拨款 9000000000000.00  其他资金 0.00', '乙')
        ].join('\n') }).replace('年度主要任务', '»年度主要任务«'));
        expect((await diagnoseCode(doc.text, 'budget.amount-too-large')).map(({ message, text, range }) => ({ message, text, range }))).toEqual([
            { message: '各任务的总额之和 18,000,000,000,000.00 有 16 位有效数字，超过 Excel 能精确保存的 15 位，金额合计无法准确导出', text: '年度主要任务', range: doc.range },
            { message: '各任务的财政拨款之和 18,000,000,000,000.00 有 16 位有效数字，超过 Excel 能精确保存的 15 位，金额合计无法准确导出', text: '年度主要任务', range: doc.range }
        ]);
    });
});

describe('structure.text-too-long', () => {
    const long = '经'.repeat(40_000);

    test('an explanation of 40,000 characters is an error on it: export would refuse the cell', async () => {
        const doc = marked(declaration({ indicators: DEFAULT_INDICATORS.replace('解释 "考察服务人次"', `解释 »"${long}"«`) }));
        const [diagnostic] = await diagnoseCode(doc.text, 'structure.text-too-long');
        expect({ ...diagnostic, text: diagnostic.text.length }).toEqual({
            code: 'structure.text-too-long',
            severity: 'error',
            message: '指标“服务人次”的指标解释有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短',
            range: doc.range,
            text: 40_002,
            data: { code: 'structure.text-too-long' }
        });
    });

    test('names, 主要内容, the department and free-text values are measured too; a long name is cut in the message', async () => {
        const text = declaration({
            header: `  部门名称 "${long}"\n  主管部门 "测试局"`,
            tasks: `    任务 "${long}" { 主要内容 "${long}" 总额 1.00 财政拨款 1.00 其他资金 0 }`,
            indicators: DEFAULT_INDICATORS.replace('指标 "服务合格率" 100 %', `指标 "服务合格率" "${long}"`)
        });
        expect((await diagnoseCode(text, 'structure.text-too-long')).map(d => d.message)).toEqual([
            '部门名称有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短',
            '任务“经经经经经经经经经经经经经经经经经经经经…”的名称有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短',
            '任务“经经经经经经经经经经经经经经经经经经经经…”的主要内容有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短',
            '指标“服务合格率”的指标值有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短'
        ]);
    });

    test('a header field written twice is measured by the value that counts, the last', async () => {
        const doc = marked(declaration({ header: `  部门名称 "测试局"\n  主管部门 "测试局"\n  部门名称 »"${long}"«` }));
        expect((await diagnoseCode(doc.text, 'structure.text-too-long')).map(d => d.range)).toEqual([doc.range]);
    });

    test('the project form\'s header fields are measured too', async () => {
        const text = project({ header: PROJECT_HEADER.replace('项目名称 "服务项目"', `项目名称 "${long}"`).replace('项目期 "1年"', `项目期 "${long}"`) });
        expect((await diagnoseCode(text, 'structure.text-too-long')).map(d => d.message)).toEqual([
            '项目名称有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短',
            '项目期有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短'
        ]);
    });

    test('a self-evaluation\'s goal texts, reasons and actuals are measured too', async () => {
        const goals = `    预期目标 "${long}"\n    实际完成情况 "1、已提供服务。"`;
        expect((await diagnoseCode(evaluation({ goals }), 'structure.text-too-long')).map(d => d.message)).toEqual([
            '预期目标有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短'
        ]);
        const reasoned = evaluationWith('数量指标', `指标 "服务人次" ≥100 人次 实际 90 人次 分值 20 偏差原因 "${long}"`);
        expect((await diagnoseCode(reasoned, 'structure.text-too-long')).map(d => d.message)).toEqual([
            '指标“服务人次”的偏差原因有 40,000 个字符，超过 Excel 单元格能容纳的 32,767 个，无法导出：请缩短'
        ]);
    });

    test('is silent at exactly 32,767 characters', async () => {
        const text = declaration({ indicators: DEFAULT_INDICATORS.replace('解释 "考察服务人次"', `解释 "${'经'.repeat(32_767)}"`) });
        expect(await diagnoseCode(text, 'structure.text-too-long')).toEqual([]);
    });
});

describe('numbers of a million digits in messages', () => {
    test('are cut to their first digits and a count, in every message', async () => {
        const huge = `1${'0'.repeat(1_000_000)}.001`;
        const text = declaration({ tasks: task(`总额 ${huge}  财政拨款 100.00  其他资金 0.00`) });
        const messages = (await diagnose(text)).map(d => d.message);
        expect(messages).toContain('金额 1000000000000000…（共 1,000,004 位数字） 超过两位小数：元金额最多保留到小数点后两位');
        expect(Math.max(...messages.map(message => message.length))).toBeLessThan(200);
    });
});
