/**
 * The form written to a file (Node only): the workbook's bytes from xlsx-writer.ts, written
 * atomically. Kept apart from the writer so that the browser page can bundle the writer.
 */
import type { OfficialForm } from './selfeval-model.js';
import { writeFileAtomically } from './atomic-write.js';
import { formToXlsxBuffer } from './xlsx-writer.js';

/** Writes the form to `path` atomically: the old file or the complete new one, never half. */
export async function writeFormWorkbook(model: OfficialForm, path: string): Promise<void> {
    await writeFileAtomically(path, await formToXlsxBuffer(model));
}
