/**
 * The preview draws the same grid as the exported workbook: the same cells in the same places,
 * merged the same way, amounts formatted as the sheet formats them; and it never lets the
 * document's text become markup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cellDisplayText, planForm, type AnyFormModel, type FormModel } from 'jixiao-form';
import { formTableHtml } from 'jixiao-form/html';
import { previewPageHtml } from '../../packages/vscode/src/form-preview-html.js';
import { requestFormModel } from '../../packages/vscode/src/server-requests.js';
import { serverInProcess } from './server-in-process.js';

const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');
const server = serverInProcess();

/** The model the preview draws: the server's answer for the text. */
async function anyModelOf(text: string): Promise<AnyFormModel> {
    return (await requestFormModel(server.send, await server.open(text), 1)).model!;
}

async function modelOf(text: string): Promise<FormModel> {
    return await anyModelOf(text) as FormModel;
}

interface DrawnCell { address: string; rowspan: number; colspan: number; text: string; role: string }

/** The `<td>`s of the table, read back from the HTML. */
function drawnCells(html: string): DrawnCell[] {
    return [...html.matchAll(/<td ([^>]*)>([^<]*)<\/td>/g)].map(([, attributes, text]) => ({
        address: /data-cell="([A-Z]\d+)"/.exec(attributes)![1],
        rowspan: Number(/rowspan="(\d+)"/.exec(attributes)?.[1] ?? 1),
        colspan: Number(/colspan="(\d+)"/.exec(attributes)?.[1] ?? 1),
        role: /class="([a-z]+)/.exec(attributes)![1],
        text: text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    }));
}

const address = (row: number, column: number) => `${String.fromCharCode(64 + column)}${row}`;

describe('a project in the preview', () => {
    const project = readFileSync(new URL('../../examples/futian-2026/zhengwu-xinxihua-guanli-yunying.jixiao', import.meta.url), 'utf8');

    test('is drawn in the project form\'s layout, cell for cell and merge for merge as its workbook', async () => {
        const model = await anyModelOf(project);
        const { layout } = planForm(model);
        const drawn = new Map(drawnCells(formTableHtml(model)).map(cell => [cell.address, cell]));
        for (const cell of layout.cells) {
            expect(drawn.get(address(cell.row, cell.column))?.text, address(cell.row, cell.column)).toBe(cellDisplayText(cell));
        }
        for (const merge of layout.merges) {
            expect(drawn.get(address(merge.top, merge.left))).toMatchObject({ rowspan: merge.bottom - merge.top + 1, colspan: merge.right - merge.left + 1 });
        }
        expect(['A1', 'A3', 'C3', 'A6', 'B6', 'D6'].map(at => drawn.get(at)?.text)).toEqual([
            '项目支出绩效目标申报表', '项目名称', '福田区政务信息化项目管理运营服务项目', '项目资金（元）', '年度资金总额', '1,250,000.00'
        ]);
    });
});

describe('the seed in the preview', () => {
    test('every cell of the workbook layout is drawn at its address with its text', async () => {
        const model = await modelOf(seed);
        const { layout } = planForm(model);
        const drawn = new Map(drawnCells(formTableHtml(model)).map(cell => [cell.address, cell]));
        for (const cell of layout.cells) {
            const td = drawn.get(address(cell.row, cell.column));
            expect(td, address(cell.row, cell.column)).toBeDefined();
            expect(td!.text).toBe(cellDisplayText(cell));
            expect(td!.role).toBe(cell.role);
        }
    });

    test('every merge of the workbook is one cell spanning the same rows and columns', async () => {
        const model = await modelOf(seed);
        const { layout } = planForm(model);
        const drawn = new Map(drawnCells(formTableHtml(model)).map(cell => [cell.address, cell]));
        for (const merge of layout.merges) {
            expect(drawn.get(address(merge.top, merge.left))).toMatchObject({
                rowspan: merge.bottom - merge.top + 1,
                colspan: merge.right - merge.left + 1
            });
        }
    });

    test('each row has seven columns once spans are counted: nothing is drawn twice or left out', async () => {
        const model = await modelOf(seed);
        const { layout } = planForm(model);
        const occupied = new Set<string>();
        for (const cell of drawnCells(formTableHtml(model))) {
            const row = Number(cell.address.slice(1));
            const column = cell.address.charCodeAt(0) - 64;
            for (let r = row; r < row + cell.rowspan; r++) {
                for (let c = column; c < column + cell.colspan; c++) {
                    expect(occupied.has(`${r}:${c}`), `${r}:${c}`).toBe(false);
                    occupied.add(`${r}:${c}`);
                }
            }
        }
        expect(occupied.size).toBe(layout.rowCount * 7);
    });

    test('shows the title, year, 金额合计 and an indicator as the form prints them', async () => {
        const text = drawnCells(formTableHtml(await modelOf(seed))).map(cell => cell.text);
        expect(text).toEqual(expect.arrayContaining([
            '部门（单位）整体支出绩效目标申报表', '（2026年度）', '金额合计：', '29,141,800.00',
            '使用通信服务配套PDA设备采集人口数', '≥190万人', '万人'
        ]));
    });
});

describe('safety', () => {
    test('markup in the document is shown as text, not run', async () => {
        const model = await modelOf('部门整体支出绩效目标 2026 { 部门名称 "<img src=x onerror=alert(1)>" 主管部门 "A & B" }');
        const html = formTableHtml(model);
        expect(html).not.toContain('<img');
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
        expect(html).toContain('A &amp; B');
    });

    test('the table uses no style attributes, which the content security policy would drop', async () => {
        const html = formTableHtml(await modelOf(seed));
        expect(html).not.toMatch(/ style=/);
        expect(html).toMatch(/<col width="\d+">/);
    });

    test('the page allows only its own nonce-tagged script and style', () => {
        const page = previewPageHtml({ nonce: 'abc123', cspSource: 'vscode-resource:', title: '预览', body: '<table></table>', lang: 'zh-CN' });
        expect(page).toContain("script-src 'nonce-abc123'");
        expect(page).toContain("default-src 'none'");
        expect(page.match(/<script /g)).toHaveLength(1);
        expect(page).toContain('<script nonce="abc123">');
    });

    test('a half-typed declaration still previews what it has', async () => {
        const html = formTableHtml(await modelOf('部门整体支出绩效目标 2026 { 部门名称 "甲" 年度主要任务 { 任务 "乙" { 总额 1'));
        expect(html).toContain('甲');
        expect(html).toContain('乙');
    });
});
