/**
 * The project form (项目支出绩效目标申报表, DESIGN §2.1): the sample as the online system pastes it
 * (test/import/fixtures/sample-project-form.txt, a copy of ../shared/forms/) imports, checks and
 * exports back to the same cells; the same form as a workbook imports too; import proposes the
 * project's 所属任务 from its department; variants of the layout are read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
    formToXlsxBuffer, importForm, isProjectForm, readForm, readFormText, type AnyFormModel, type DepartmentTasks, type ProjectFormModel
} from 'jixiao-form';
import { createTestServices, diagnose } from '../language/jixiao-test-utils.js';
import { diagnoseWorkspace } from '../language/workspace-test-utils.js';
import { exampleText, formContent, formOf, seedText, workbookCells } from './import-test-utils.js';
import { workbookBytes } from './workbooks.js';

const SAMPLE = readFileSync(new URL('./fixtures/sample-project-form.txt', import.meta.url), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);
const sampleRows = () => SAMPLE.split(/\r?\n/).map(line => line.split('\t'));
const pasted = (rows: string[][]) => rows.map(row => row.join('\t')).join('\n');

function asProject(model: AnyFormModel): ProjectFormModel {
    if (!isProjectForm(model)) {
        throw new Error('not read as a project form');
    }
    return model;
}

async function imported(bytes: Uint8Array, departments?: DepartmentTasks[]): Promise<{ model: ProjectFormModel; text: string }> {
    const result = await importForm(bytes, 'sample-project-form.txt', { departments });
    if (!result.ok) {
        throw new Error(result.message);
    }
    return { model: asProject(result.model), text: result.text };
}

/** The seed department as import's option gives it: names and tasks. */
async function seedDepartment(): Promise<DepartmentTasks> {
    const model = await formOf(seedText);
    if (isProjectForm(model)) {
        throw new Error('the seed is a department');
    }
    return { departmentName: model.departmentName, authority: model.authority, tasks: model.tasks.map(({ name, content }) => ({ name, content })) };
}

describe('the sample project form pasted as text', () => {
    test('is read as a project form: header, funds, goals and the indicator table with its quirks', () => {
        const model = asProject(readFormText(SAMPLE));
        expect({ ...model, goals: model.goals.map(goal => goal.text), categories: undefined }).toEqual({
            kind: 'project',
            year: '2026',
            projectName: '福田区政务信息化项目管理运营服务项目',
            authority: '深圳市福田区政务服务和数据管理局',
            implementer: '深圳市福田区政务服务和数据管理局（本级）',
            attribute: '新增项目',
            period: '1年',
            amountUnit: '元',
            profile: undefined,
            funds: { total: 125000000n, fiscal: 125000000n, other: 0n },
            goalIntro: undefined,
            goals: [
                '2026年度完成全区政务信息化项目清单审核200个以上、验收前符合性审查30个以上、后评价5个以上，项目应评尽评率100%。',
                '项目审核平均办理时长不超过10天，审核意见采纳率≥90%，于2026年12月31日前提交年度运营报告。',
                '推动全区政务信息化集约化、规范化发展，项目建设单位满意度≥90%。'
            ],
            categories: undefined
        });
        // 社会效益指标 pasted in the 一级 column is filed under 效益指标, as on the department form.
        expect(model.categories.map(first => `${first.name}: ${first.children.map(second => `${second.name}${second.notApplicable ? ' 不适用' : ` ${second.indicators.length}`}`).join('、')}`)).toEqual([
            '产出指标: 数量指标 3、质量指标 2、时效指标 2、成本指标 1',
            '效益指标: 经济效益指标 不适用、社会效益指标 1、生态效益指标 不适用、可持续影响指标 1',
            '满意度指标: 服务对象满意度指标 1'
        ]);
    });

    test('imports to a document without errors (alone, there is nothing to check its task against)', async () => {
        const { text } = await imported(encode(SAMPLE));
        expect((await diagnose(text, createTestServices())).filter(d => d.severity === 'error')).toEqual([]);
    });

    test('a wrong 年度资金总额 imports, and checks as budget.task-sum and nothing else as an error', async () => {
        const wrong = SAMPLE.replace('年度资金总额\t\t1,250,000.00', '年度资金总额\t\t1,350,000.00');
        expect(wrong).not.toBe(SAMPLE);
        const { text } = await imported(encode(wrong));
        expect((await diagnose(text, createTestServices())).filter(d => d.severity === 'error').map(d => `${d.code} ${d.message}`)).toEqual([
            'budget.task-sum 项目资金的年度资金总额 1,350,000.00 不等于财政拨款 1,250,000.00 + 其他资金 0.00 = 1,250,000.00'
        ]);
    });

    test('exports back to a workbook that holds every cell of the form', async () => {
        const { text } = await imported(encode(SAMPLE));
        const cells = await workbookCells(await formToXlsxBuffer(await formOf(text)));
        const official = sampleRows().flat().map(fromPaste).filter(cell => cell !== '');
        expect(official.length).toBe(92);
        expect(official.filter(cell => !cells.has(cell) && !cells.has(String(cell)))).toEqual([]);
    });

    test('with its department at hand, import proposes the task whose 主要内容 names the project, marked for review', async () => {
        const { model, text } = await imported(encode(SAMPLE), [await seedDepartment()]);
        expect(model.task).toBe('信息化服务类项目（非运维服务部分）');
        expect(text).toContain('  所属任务 "信息化服务类项目（非运维服务部分）"  // 所属任务为自动推断，请核对\n');
        const diagnostics = await diagnoseWorkspace([{ name: '部门.jixiao', text: seedText }, { name: '项目.jixiao', text }]);
        expect(diagnostics.filter(d => d.file === '项目.jixiao')).toEqual([]);
        expect(diagnostics.filter(d => d.code.startsWith('workspace.')).map(d => d.code)).toEqual(['workspace.task-undeclared']);
    });

    test('proposes no task when no department is its own, or when no task names the project', async () => {
        const other: DepartmentTasks = { ...(await seedDepartment()), departmentName: '另一局', authority: '另一局' };
        expect((await imported(encode(SAMPLE), [other])).model.task).toBeUndefined();
        const unnamed: DepartmentTasks = { ...(await seedDepartment()), tasks: [{ name: '基本支出', content: '人员经费' }] };
        const { model, text } = await imported(encode(SAMPLE), [unnamed]);
        expect(model.task).toBeUndefined();
        expect(text).not.toContain('所属任务');
    });
});

describe('the sample project form as a workbook', () => {
    test('the pasted rows typed into a sheet by hand import to the same form', async () => {
        const rows = sampleRows().map(row => row.map(cell => cell.replace(/^##\s*/, '')));
        const fromSheet = (await readForm(await workbookBytes({ rows }))).model;
        expect(formContent(fromSheet)).toEqual(formContent(readFormText(SAMPLE)));
    });

    test('our export imports back to the same form, and to the same document', async () => {
        const model = readFormText(SAMPLE);
        const bytes = await formToXlsxBuffer(model);
        expect(formContent((await readForm(bytes)).model)).toEqual(formContent(model));
        expect((await imported(bytes)).text).toBe((await imported(encode(SAMPLE))).text);
    });

    test('the export is one sheet named for the project form, title and labels as on the form', async () => {
        const cells = await workbookCells(await formToXlsxBuffer(readFormText(SAMPLE)));
        for (const label of ['项目支出绩效目标申报表', '（2026年度）', '项目名称', '主管部门', '实施单位', '项目属性', '项目期', '项目资金（元）', '年度资金总额', '其中：财政拨款', '其他资金', '年度绩效目标', '年度绩效指标']) {
            expect(cells.has(label), label).toBe(true);
        }
    });
});

describe('variants of the project form', () => {
    const rowsWith = (change: (rows: string[][]) => void) => {
        const rows = sampleRows();
        change(rows);
        return asProject(readFormText(pasted(rows)));
    };
    const rowOf = (rows: string[][], label: string) => rows.findIndex(row => row.some(cell => cell.replace(/\s/g, '') === label));

    test('项目资金（万元）: the amounts are in 万元', () => {
        const model = rowsWith(rows => {
            const funds = rowOf(rows, '项目资金（元）');
            rows[funds][0] = '项目资金（万元）';
            rows[funds][3] = '125.00';
            rows[funds + 1][3] = '125.00';
        });
        expect([model.amountUnit, model.funds]).toEqual(['万元', { total: 12500n, fiscal: 12500n, other: 0n }]);
    });

    test('项目属性 written 新增 or 延续 reads as 新增项目 or 延续项目', () => {
        expect(rowsWith(rows => { rows[rowOf(rows, '项目属性')][2] = '延续'; }).attribute).toBe('延续项目');
    });

    test('the header rows in another order, 项目期 and 实施单位 swapped', () => {
        const model = rowsWith(rows => {
            const authority = rowOf(rows, '主管部门');
            const attribute = rowOf(rows, '项目属性');
            [rows[authority][4], rows[attribute][4]] = [rows[attribute][4], rows[authority][4]];
            [rows[authority][5], rows[attribute][5]] = [rows[attribute][5], rows[authority][5]];
        });
        expect([model.implementer, model.period]).toEqual(['深圳市福田区政务服务和数据管理局（本级）', '1年']);
    });

    test('goals labelled 年度总体目标, as on the department form', () => {
        expect(rowsWith(rows => { rows[rowOf(rows, '年度绩效目标')][0] = '年度总体目标'; }).goals).toHaveLength(3);
    });

    test('a cell that fits nowhere is refused with its row and column', () => {
        const rows = sampleRows();
        rows[rowOf(rows, '项目名称')][5] = '备注';
        expect(() => readFormText(pasted(rows))).toThrow('第7行第6列：多出的内容“备注”，不属于项目信息一行的任何一列');
    });

    test('an amount that is not one is refused with its row and column', () => {
        const rows = sampleRows();
        rows[rowOf(rows, '项目资金（元）')][3] = '一百万';
        expect(() => readFormText(pasted(rows))).toThrow('第10行第4列：年度资金总额“一百万”不是金额（应为数字，如 11782800.00 或 11,782,800.00）');
    });
});

describe('every project example round trips through its form', () => {
    test.each(['futian-2026/ai-gaoxiao-banchengyijianshi.jixiao', 'futian-2026/wanqu-shuju-yaosu-yunwei.jixiao', 'futian-2026/zhengwu-xinxihua-guanli-yunying.jixiao'])(
        '%s imported from its export with the department at hand gets its 所属任务 back', async name => {
            const original = asProject(await formOf(exampleText(name)));
            const { model } = await imported(await formToXlsxBuffer(original), [await seedDepartment()]);
            expect(model.task).toBe(original.task);
            expect(formContent(model)).toEqual(formContent(original));
        });
});

/** A pasted cell as the sheet holds it: title without `## `, labels without spaces, goals as lines, amounts as numbers. */
function fromPaste(cell: string): string | number {
    const text = cell.trim().replace(/^##\s*/, '');
    if (/^[\d,]+\.\d{2}$/.test(text)) {
        return Number(text.replace(/,/g, ''));
    }
    return text.replace(/<\/p>\s*<p>/g, '\n').replace(/<\/?p>/g, '').replace(/[ \t]+/g, '');
}
