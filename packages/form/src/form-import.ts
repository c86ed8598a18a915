/**
 * Import: a file's bytes (an .xlsx workbook or the form pasted as text) → the form model with goal
 * names and proposed 对应 links → a formatted .jixiao document. One entry point for the CLI and
 * the VS Code commands; it never throws: a file that is not such a form is `{ ok: false, message }`
 * with a Chinese message naming the row or cell that did not fit.
 */
import path from 'node:path';
import { proposeGoalLinks, type LinkableIndicator } from 'jixiao-language/domain';
import type { FormIndicator, FormModel } from './form-model.js';
import { FormImportError } from './form-import-error.js';
import { identifyContent } from './import-content.js';
import { pastedTextGrid } from './text-reader.js';
import { readXlsxGrid } from './xlsx-reader.js';
import { printForm } from './form-printer.js';
import { readFormGrid } from './form-grid-reader.js';
import type { FormGrid } from './form-grid.js';
import type { EvaluationForm } from './selfeval-model.js';
import { isEvaluationGrid, readEvaluationGrid } from './selfeval-grid-reader.js';
import { printEvaluation } from './selfeval-printer.js';

export type ImportSource = 'xlsx' | 'text';

/** What a file holds, told from its content: the department form or a project's self-evaluation. */
export type FormReading =
    | { kind: 'department'; model: FormModel; source: ImportSource }
    | { kind: 'selfeval'; evaluation: EvaluationForm; source: ImportSource };

export type ImportResult =
    | { ok: true; kind: 'department'; model: FormModel; text: string; source: ImportSource }
    | { ok: true; kind: 'selfeval'; evaluation: EvaluationForm; text: string; source: ImportSource }
    | { ok: false; message: string };

export interface ImportOptions {
    /** The worksheet to read when a workbook holds more than one form. */
    sheet?: string;
}

export async function importForm(bytes: Uint8Array, fileName?: string, options: ImportOptions = {}): Promise<ImportResult> {
    try {
        const reading = await readForm(bytes, options);
        const from = fileName ? `由 ${path.basename(fileName)} 导入` : '由申报表导入';
        if (reading.kind === 'selfeval') {
            const text = printEvaluation(reading.evaluation, { headerComments: [`${from}。表中的得分已写入各指标，检查时与按规则计算的得分核对。`] });
            return { ok: true, kind: 'selfeval', evaluation: reading.evaluation, text, source: reading.source };
        }
        const { model, source } = reading;
        const linked = withProposedLinks(model);
        const hasLinks = allIndicators(linked).some(indicator => indicator.goals.length > 0);
        const text = printForm(linked, {
            inferredLinks: true,
            headerComments: [
                `${from}。目标名称由目标内容生成，可以改名${hasLinks ? '；标有“自动推断”的对应关系请逐条核对' : ''}。`
            ]
        });
        return { ok: true, kind: 'department', model: linked, text, source };
    } catch (error) {
        if (error instanceof FormImportError) {
            return { ok: false, message: error.message };
        }
        return { ok: false, message: `导入时发生内部错误：${error instanceof Error ? error.message : String(error)}` };
    }
}

/** The form as the file holds it (goal names generated, no 对应 links). Throws FormImportError. */
export async function readForm(bytes: Uint8Array, options: ImportOptions = {}): Promise<FormReading> {
    const content = identifyContent(bytes);
    const source: ImportSource = content.kind;
    const grid = content.kind === 'xlsx' ? await readXlsxGrid(bytes, options) : pastedTextGrid(content.text);
    return readGrid(grid, source);
}

function readGrid(grid: FormGrid, source: ImportSource): FormReading {
    return isEvaluationGrid(grid)
        ? { kind: 'selfeval', evaluation: readEvaluationGrid(grid), source }
        : { kind: 'department', model: readFormGrid(grid), source };
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

function linkable(indicator: FormIndicator): LinkableIndicator {
    const value = indicator.value;
    return value.kind === 'quantity'
        ? { name: indicator.name, number: value.number, unit: value.unit ?? indicator.unitCell }
        : { name: indicator.name };
}

function allIndicators(model: FormModel): FormIndicator[] {
    return model.categories.flatMap(first => first.children.flatMap(second => second.indicators));
}
