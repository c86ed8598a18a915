/**
 * Round trips: every example exported to the official workbook and imported again is the same
 * declaration; the real 2026 form pasted as text imports to the seed declaration, checks clean and
 * exports back to a sheet with every one of its cells.
 */
import { describe, expect, test } from 'vitest';
import { formToXlsxBuffer, goalsCellText, goalsCellTexts, importForm, MAX_CELL_TEXT, printForm, readForm, type FormModel } from 'jixiao-form';
import { declaration, diagnose } from '../language/jixiao-test-utils.js';
import { generatedGoals } from '../form/form-test-utils.js';
import { exampleNames, exampleText, formContent, formOf, seedFormText, seedText, workbookCells } from './import-test-utils.js';

const encode = (text: string) => new TextEncoder().encode(text);

// faults.jixiao shows every diagnostic, budget.amount-too-large among them: an amount no cell can
// hold, which export refuses rather than round (DESIGN §10). It cannot round-trip; it says why.
const FAULTS = 'faults.jixiao';

describe(`examples/${FAULTS}`, () => {
    test('is refused by export, naming the cell whose amount no spreadsheet holds', async () => {
        await expect(formToXlsxBuffer(await formOf(exampleText(FAULTS)))).rejects
            .toThrow('单元格 F11 的金额 400,000,000,000,000.01 有 17 位有效数字，超过 Excel 能精确保存的 15 位');
    });
});

describe.each(exampleNames().filter(name => name !== FAULTS))('examples/%s', name => {
    test('import(export(doc)) reads back the same form model', async () => {
        const original = await formOf(exampleText(name));
        const { model } = await readForm(await formToXlsxBuffer(original));
        expect(formContent(model)).toEqual(formContent(original));
    });

    test('the imported document declares the same as the example', async () => {
        const original = await formOf(exampleText(name));
        const imported = await importForm(await formToXlsxBuffer(original), `${name}.xlsx`);
        if (!imported.ok) {
            throw new Error(imported.message);
        }
        expect(formContent(await formOf(imported.text))).toEqual(formContent(original));
    });
});

describe('the real 2026 form pasted as text', () => {
    async function importedSeed(): Promise<{ model: FormModel; text: string }> {
        const result = await importForm(encode(seedFormText), 'futian-zwfw-2026-department.txt');
        if (!result.ok) {
            throw new Error(result.message);
        }
        return result;
    }

    test('imports to the seed declaration, cell for cell', async () => {
        const { model } = await importedSeed();
        expect(formContent(model)).toEqual(formContent(await formOf(seedText)));
    });

    test('the imported document has no errors', async () => {
        const { text } = await importedSeed();
        expect((await diagnose(text)).filter(diagnostic => diagnostic.severity === 'error')).toEqual([]);
    });

    test('exports to a workbook that holds every cell of the form', async () => {
        const { text } = await importedSeed();
        const cells = await workbookCells(await formToXlsxBuffer(await formOf(text)));
        const official = seedFormText.split(/\r?\n/).flatMap(line => line.split('\t')).map(fromPaste).filter(cell => cell !== '');
        expect(official.length).toBe(197);
        expect(official.filter(cell => !cells.has(cell) && !cells.has(String(cell)))).toEqual([]);
    });

    test('with the seed\'s own goal names and 对应 links it checks exactly as the seed', async () => {
        const { model } = await importedSeed();
        const seed = await formOf(seedText);
        const linksOf = new Map(indicatorsOf(seed).map(indicator => [indicator.name, indicator.goals]));
        const handLinked: FormModel = {
            ...model,
            goals: model.goals.map((goal, index) => ({ ...goal, name: seed.goals[index].name })),
            categories: model.categories.map(first => ({
                ...first,
                children: first.children.map(second => ({
                    ...second,
                    indicators: second.indicators.map(indicator => ({ ...indicator, goals: linksOf.get(indicator.name) ?? [] }))
                }))
            }))
        };
        const asChecked = async (text: string) => (await diagnose(text)).map(d => `${d.severity} ${d.code} ${d.message}`);
        expect(await asChecked(printForm(handLinked))).toEqual(await asChecked(seedText));
    });

    test('with proposed links it differs from the seed only where the links differ', async () => {
        // The form does not say which indicator measures which goal. Import links 19 of the 29
        // indicators, each only to a goal that names what it measures (issue 10); 运维保障 (goal 1)
        // gets “平台项目系统运维个数” by its words (运维、系统、平台), as the seed's author linked it,
        // and “审查信息化项目数量” goes only to goal 4, which promises 40 such projects, not also to
        // goal 2 (200 projects), so goal 2's figures are reported uncounted instead of contradicted.
        // Every warning left is one a reviewer raises on the seed too.
        const { text } = await importedSeed();
        expect((await diagnose(text)).map(d => `${d.code} ${d.message}`)).toEqual([
            'goal.unsupported 目标“政务信息化”承诺的“200个以上”没有对应的指标计量',
            'goal.unsupported 目标“政务信息化”承诺的“30个以上”没有对应的指标计量',
            'goal.unsupported 目标“政务信息化”承诺的“5个以上”没有对应的指标计量',
            'goal.unsupported 目标“党政机关新媒体”承诺的“4份”没有对应的指标计量',
            'goal.unsupported 目标“AI应用场景”承诺的“不少于6次”没有对应的指标计量',
            'goal.unsupported 目标“AI应用场景”承诺的“不少于4篇”没有对应的指标计量',
            'indicator.category-suspicious “通信服务配套投入PDA设备验收合格率”是比率，通常属于质量指标，而不是数量指标'
        ]);
    });
});

describe('a declaration whose goals text is longer than an Excel cell holds', () => {
    const intro = '通过全年预算执行，本部门拟达到的年度总体目标有：';
    const sentence = '通过持续投入全面保障平台软硬件的正常运行。';

    async function withGoals(goals: Array<{ name: string; text: string }>): Promise<FormModel> {
        const model = await formOf(declaration());
        return { ...model, goalIntro: intro, goals };
    }

    test('hundreds of goals (over 70,000 characters) export as several cells and read back as the same form model', async () => {
        const original = await withGoals(generatedGoals(320));
        expect(goalsCellText(original.goalIntro, original.goals).length).toBeGreaterThan(70000);
        expect(goalsCellTexts(original.goalIntro, original.goals)).toHaveLength(3);
        const { model } = await readForm(await formToXlsxBuffer(original));
        expect(model.goals).toHaveLength(320);
        expect(formContent(model)).toEqual(formContent(original));
    });

    test('the imported document declares the same hundreds of goals', async () => {
        const original = await withGoals(generatedGoals(320));
        const imported = await importForm(await formToXlsxBuffer(original), 'many-goals.xlsx');
        if (!imported.ok) {
            throw new Error(imported.message);
        }
        expect(formContent(await formOf(imported.text))).toEqual(formContent(original));
    });

    test('a single goal longer than a cell, in paragraphs, is cut at a paragraph and reads back exactly', async () => {
        const paragraphs = Array.from({ length: 5 }, (_, index) => `第${index + 1}段：` + sentence.repeat(500));
        const original = await withGoals([
            { name: '甲', text: '完成甲项。' },
            { name: '乙', text: paragraphs.join('\n') },
            { name: '丙', text: '完成丙项。' }
        ]);
        expect(original.goals[1].text.length).toBeGreaterThan(MAX_CELL_TEXT);
        expect(goalsCellTexts(original.goalIntro, original.goals)).toEqual([
            `${intro}\n1、完成甲项。`,
            `2、${paragraphs.slice(0, 3).join('\n')}`,
            `${paragraphs.slice(3).join('\n')}\n3、完成丙项。`
        ]);
        const { model } = await readForm(await formToXlsxBuffer(original));
        expect(formContent(model)).toEqual(formContent(original));
    });

    test('a single goal of one paragraph longer than a cell is cut after a sentence, which reads back as a line break', async () => {
        const original = await withGoals([{ name: '甲', text: sentence.repeat(2000) }]);
        // 2 characters of `1、`, then as many whole 21-character sentences as fit in 32,767.
        expect(goalsCellTexts(original.goalIntro, original.goals)).toEqual([intro, `1、${sentence.repeat(1560)}`, sentence.repeat(440)]);
        const { model } = await readForm(await formToXlsxBuffer(original));
        expect(model.goalIntro).toBe(intro);
        expect(model.goals.map(goal => goal.text)).toEqual([`${sentence.repeat(1560)}\n${sentence.repeat(440)}`]);
    });
});

/** A pasted cell as the sheet holds it (see test/form/reference-form.test.ts): title without `## `, labels without spaces, goals as lines, amounts as numbers. */
function fromPaste(cell: string): string | number {
    const text = cell.trim().replace(/^##\s*/, '');
    if (/^\d+\.\d{2}$/.test(text)) {
        return Number(text);
    }
    return text.replace(/<\/p>\s*<p>/g, '\n').replace(/<\/?p>/g, '').replace(/[ \t]+/g, '');
}

function indicatorsOf(model: FormModel) {
    return model.categories.flatMap(first => first.children.flatMap(second => second.indicators));
}
