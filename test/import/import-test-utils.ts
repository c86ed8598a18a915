/**
 * Helpers for import specs: the examples, a declaration's form model, and the part of a model
 * that the official form can carry, so that a model read back from a form can be compared with
 * the one that was exported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { buildAnyForm, grandTotalOf, isProjectForm, type AnyFormModel } from 'jixiao-form';
import { detectProfile, profileByName } from 'jixiao-language/domain';
import { parseDocument } from '../language/jixiao-test-utils.js';

export const examplesFolder = new URL('../../examples/', import.meta.url);

/**
 * Every example, listed when the tests run, so that a new example is covered without a change
 * here: the files of examples/ and of its workspaces (examples/futian-2026/…).
 */
export function exampleNames(): string[] {
    return readdirSync(examplesFolder, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.jixiao'))
        .map(name => name.split('\\').join('/'))
        .sort();
}

export function exampleText(name: string): string {
    return readFileSync(new URL(name, examplesFolder), 'utf8');
}

export const seedText = exampleText('futian-2026-department.jixiao');

/** The real 2026 form as pasted from the online system (the export's fixture; a copy of ../shared/forms/). */
export const seedFormText = readFileSync(new URL('../form/fixtures/futian-zwfw-2026-department.txt', import.meta.url), 'utf8');

export async function formOf(text: string): Promise<AnyFormModel> {
    const document = await parseDocument(text);
    return buildAnyForm(document.parseResult.value);
}

/**
 * What the official form carries of a model. Goal names and 对应 links are not on the form (it
 * numbers the goals 1、2、…), so import cannot give them back and proposes its own: left out.
 * 金额合计 is printed computed when the document omits it: compared as printed. The 指标体系 line is
 * not printed (the 一级 names tell): compared as the profile in effect.
 */
export function formContent(model: AnyFormModel) {
    const named = model.profile ? profileByName(model.profile) : undefined;
    return {
        ...model,
        profile: (named ?? detectProfile(model.categories.map(first => first.name))).id,
        // A project's 所属任务 is not on its form either: import proposes it from its department.
        ...(isProjectForm(model) ? { task: undefined } : { grandTotal: grandTotalOf(model) }),
        goals: model.goals.map(goal => goal.text),
        categories: model.categories.map(first => ({
            ...first,
            children: first.children.map(second => ({
                ...second,
                indicators: second.indicators.map(({ goals: _links, ...indicator }) => indicator)
            }))
        }))
    };
}

/** Every non-empty cell of a workbook's first sheet, as a number or as text without spaces (merged cells once). */
export async function workbookCells(bytes: Uint8Array): Promise<Set<string | number>> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const cells = new Set<string | number>();
    workbook.worksheets[0].eachRow(row => row.eachCell(cell => {
        if (cell.type !== ExcelJS.ValueType.Merge && cell.value !== null && cell.value !== '') {
            cells.add(typeof cell.value === 'number' ? cell.value : String(cell.value).replace(/[ \t]+/g, ''));
        }
    }));
    return cells;
}
