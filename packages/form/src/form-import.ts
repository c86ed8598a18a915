/**
 * Import: a file's bytes (an .xlsx workbook or the form pasted as text) → the form model with goal
 * names and proposed 对应 links → a formatted .jixiao document. One entry point for the CLI and
 * the VS Code commands; it never throws: a file that is not such a form is `{ ok: false, message }`
 * with a Chinese message naming the row or cell that did not fit.
 */
import { proposeGoalLinks, type LinkableIndicator } from 'jixiao-language/domain';
import type { FormIndicator, FormModel } from './form-model.js';
import { FormImportError } from './form-import-error.js';
import { identifyContent } from './import-content.js';
import { readFormText } from './text-reader.js';
import { readFormXlsx } from './xlsx-reader.js';
import { printForm } from './form-printer.js';

export type ImportSource = 'xlsx' | 'text';

export type ImportResult =
    /** `warnings`: what import changed on the way in, one Chinese sentence each, naming the cell. */
    | { ok: true; model: FormModel; text: string; source: ImportSource; warnings: string[] }
    | { ok: false; message: string };

export interface ImportOptions {
    /** The worksheet to read when a workbook holds more than one form. */
    sheet?: string;
}

export async function importForm(bytes: Uint8Array, fileName?: string, options: ImportOptions = {}): Promise<ImportResult> {
    try {
        const { model, source, warnings } = await readForm(bytes, options);
        const linked = withProposedLinks(model);
        const hasLinks = allIndicators(linked).some(indicator => indicator.goals.length > 0);
        const from = fileName ? `由 ${baseName(fileName)} 导入` : '由申报表导入';
        const text = printForm(linked, {
            inferredLinks: true,
            headerComments: [
                `${from}。目标名称由目标内容生成，可以改名${hasLinks ? '；标有“自动推断”的对应关系请逐条核对' : ''}。`
            ]
        });
        return { ok: true, model: linked, text, source, warnings };
    } catch (error) {
        if (error instanceof FormImportError) {
            return { ok: false, message: error.message };
        }
        return { ok: false, message: `导入时发生内部错误：${error instanceof Error ? error.message : String(error)}` };
    }
}

/** The form model as the file holds it (goal names generated, no 对应 links). Throws FormImportError. */
export async function readForm(bytes: Uint8Array, options: ImportOptions = {}): Promise<{ model: FormModel; source: ImportSource; warnings: string[] }> {
    const content = identifyContent(bytes);
    const warnings: string[] = [];
    if (content.kind === 'xlsx') {
        return { model: await readFormXlsx(bytes, { sheet: options.sheet, warnings }), source: 'xlsx', warnings };
    }
    return { model: readFormText(content.text, warnings), source: 'text', warnings };
}

/** The model with each indicator linked to the goals its name or figure points to (see goal-links.ts). */
export function withProposedLinks(model: FormModel): FormModel {
    const indicators = allIndicators(model);
    const links = proposeGoalLinks(model.goals.map(goal => goal.text), indicators.map(linkable));
    const linksOf = new Map(indicators.map((indicator, index) => [indicator, links[index].map(goal => model.goals[goal].name)]));
    return {
        ...model,
        categories: model.categories.map(first => ({
            ...first,
            children: first.children.map(second => ({
                ...second,
                indicators: second.indicators.map(indicator => ({ ...indicator, goals: linksOf.get(indicator) ?? [] }))
            }))
        }))
    };
}

/** The file's name without its folders, whichever separator the path uses (no node:path: the page imports too). */
function baseName(fileName: string): string {
    return fileName.split(/[\\/]/).pop() || fileName;
}

function linkable(indicator: FormIndicator): LinkableIndicator {
    const value = indicator.value;
    return value.kind === 'quantity'
        ? { name: indicator.name, number: value.number, unit: value.unit ?? indicator.unitCell }
        : { name: indicator.name };
}

function allIndicators(model: FormModel): FormIndicator[] {
    return model.categories.flatMap(first => first.children.flatMap(second => second.indicators));
}
