/**
 * The official 自评表: the sample pasted as text and the exported workbook import, check clean and
 * export back to the same cells; the kind of form is told from its content; `—`, 不适用, amounts
 * with separators and 执行率 as a percent are read; cells that do not fit are named.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import {
    buildEvaluationForm, formTableHtml, formToXlsxBuffer, importForm, isEvaluationForm, layoutEvaluation, pastedTextGrid, readForm,
    readXlsxGrid, type EvaluationForm
} from 'jixiao-form';
import { isSelfEvaluation } from 'jixiao-language';
import { fromWire } from 'jixiao-form';
import { formModelOf } from '../../packages/server/src/jixiao-requests.js';
import { diagnose, parseDocument } from '../language/jixiao-test-utils.js';
import { gridCells, layoutCells } from './selfeval-form-utils.js';

const SAMPLE = readFileSync(new URL('./fixtures/sample-project-selfeval.txt', import.meta.url), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);

async function imported(bytes: Uint8Array): Promise<{ text: string; evaluation: EvaluationForm }> {
    const result = await importForm(bytes, 'sample.txt');
    if (!result.ok || !isEvaluationForm(result.model)) {
        throw new Error(result.ok ? `read as ${result.model.kind ?? 'department'}` : result.message);
    }
    return { text: result.text, evaluation: result.model };
}

/** The evaluation form of a .jixiao text, as export builds it. */
async function exported(text: string): Promise<EvaluationForm> {
    const root = (await parseDocument(text)).parseResult.value;
    if (!isSelfEvaluation(root)) {
        throw new Error('not an evaluation');
    }
    return buildEvaluationForm(root);
}

describe('the sample 自评表 pasted as text', () => {
    test('is told from its content to be a self-evaluation', async () => {
        expect((await readForm(encode(SAMPLE))).model.kind).toBe('selfeval');
    });

    test('imports as an evaluation that checks without any diagnostic', async () => {
        const { text } = await imported(encode(SAMPLE));
        expect(await diagnose(text)).toEqual([]);
    });

    test('reads amounts with separators, 执行率 as a percent, — and 不适用', async () => {
        const { evaluation } = await imported(encode(SAMPLE));
        expect(evaluation.funds[0]).toEqual({
            kind: '年度资金总额', initial: 125000000n, budget: 125000000n, executed: 118750000n, weight: '10', rate: '95.00%', score: '9.50', reason: ''
        });
        expect(evaluation.funds[1]).toEqual({ kind: '当年财政拨款', initial: 125000000n, budget: 125000000n, executed: 118750000n, reason: '' });
        expect(evaluation.categories[1].children.map(second => [second.name, second.notApplicable]))
            .toEqual([['经济效益指标', true], ['社会效益指标', false], ['生态效益指标', true], ['可持续影响指标', false]]);
        expect([evaluation.weightTotal, evaluation.total]).toEqual(['100', '95.30']);
    });

    test('exports back to the same cells', async () => {
        const { text } = await imported(encode(SAMPLE));
        expect(layoutCells(layoutEvaluation(await exported(text)))).toEqual(gridCells(pastedTextGrid(SAMPLE)));
    });
});

describe('the exported workbook', () => {
    test('holds the same cells as the pasted sample, and imports to the same evaluation', async () => {
        const { text, evaluation } = await imported(encode(SAMPLE));
        const bytes = await formToXlsxBuffer(await exported(text));
        expect(gridCells(await readXlsxGrid(bytes), { numbersByValue: true })).toEqual(gridCells(pastedTextGrid(SAMPLE), { numbersByValue: true }));
        expect((await imported(bytes)).evaluation).toEqual(evaluation);
    });

    test('amounts are numbers formatted with thousands separators; 执行率 and scores are as printed', async () => {
        const { text } = await imported(encode(SAMPLE));
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load(Buffer.from(await formToXlsxBuffer(await exported(text))) as unknown as ExcelJS.Buffer);
        const sheet = workbook.worksheets[0];
        expect(sheet.name).toBe('项目支出绩效自评表');
        expect([sheet.getCell('C6').value, sheet.getCell('C6').numFmt]).toEqual([1250000, '#,##0.00']);
        expect(['F6', 'G6', 'H6', 'F7'].map(address => sheet.getCell(address).value)).toEqual(['10', '95.00%', '9.50', '—']);
    });

    test('scores the document leaves to the rules are printed as computed, two decimals', async () => {
        const text = readFileSync(new URL('../../examples/futian-2026/zhengwu-xinxihua-guanli-yunying-自评.jixiao', import.meta.url), 'utf8');
        const form = await exported(text);
        const scores = form.categories.flatMap(first => first.children.flatMap(second => second.indicators.map(indicator => indicator.score)));
        expect(scores).toEqual(['8.00', '6.00', '4.80', '8.00', '7.00', '5.00', '5.00', '5.00', '15', '12', '10.00']);
        expect([form.funds[0].rate, form.funds[0].score, form.total]).toEqual(['95.00%', '9.50', '95.30']);
    });
});

describe('clients', () => {
    test('the server answers jixiao/formModel with the 自评表 of an evaluation, amounts exact', async () => {
        const { text } = await imported(encode(SAMPLE));
        const document = await parseDocument(text);
        const result = formModelOf(document);
        expect(fromWire<EvaluationForm>(JSON.parse(JSON.stringify(result.model)))).toEqual(await exported(text));
    });

    test('the preview draws the nine columns of the grid the workbook has', async () => {
        const { text } = await imported(encode(SAMPLE));
        const html = formTableHtml(await exported(text));
        expect(html.match(/<col width=/g)?.length).toBe(9);
        expect(html).toContain('data-cell="H6">9.50</td>');
    });
});

describe('cells that do not fit', () => {
    const replaceRow = (from: string, to: string) => {
        expect(SAMPLE).toContain(from);
        return encode(SAMPLE.replace(from, to));
    };

    test('a score that is not a number, by its cell', async () => {
        const result = await importForm(replaceRow('\t≥5个\t4个\t6\t4.80\t', '\t≥5个\t4个\t6\t四点八\t'), 'x.txt');
        expect(result).toEqual({ ok: false, message: '第19行第8列：得分“四点八”不是数字' });
    });

    test('a score on a row under 年度资金总额', async () => {
        const result = await importForm(replaceRow('1,187,500.00\t—\t—\t—', '1,187,500.00\t10\t—\t—'), 'x.txt');
        expect(result).toEqual({ ok: false, message: '第11行第6列：分值只填在年度资金总额一行，“当年财政拨款”一行应为“—”' });
    });

    test('an amount with three decimals', async () => {
        const result = await importForm(replaceRow('\t0.00\t0.00\t0.00\t—', '\t0.001\t0.00\t0.00\t—'), 'x.txt');
        expect(result).toEqual({ ok: false, message: '第12行第3列：年初预算数“0.001”有 3 位小数，申报表的金额最多两位小数' });
    });
});
