/** The 项目支出绩效自评表 as an .xlsx workbook: its grid, styled as the department form's. */
import type ExcelJS from 'exceljs';
import { gridToWorkbook, workbookBytes } from './xlsx-writer.js';
import { writeFileAtomically } from './atomic-write.js';
import { evaluationTitle, planEvaluation } from './selfeval-layout.js';
import { SelfevalLabels } from './selfeval-labels.js';
import type { EvaluationForm } from './selfeval-model.js';

export function evaluationToWorkbook(form: EvaluationForm): ExcelJS.Workbook {
    return gridToWorkbook(planEvaluation(form), { sheetName: SelfevalLabels.title, title: evaluationTitle(form) });
}

/** Writes the evaluation to `path` atomically: the old file or the complete new one, never half. */
export async function writeEvaluationWorkbook(form: EvaluationForm, path: string): Promise<void> {
    await writeFileAtomically(path, await workbookBytes(evaluationToWorkbook(form)));
}
