/**
 * The form package's importer, for both import commands: an official workbook or the form's
 * table as pasted text, in; a formatted .jixiao declaration, out. A file that is not such a form,
 * or larger than any form, comes back as a Chinese sentence naming the row or cell that did not
 * fit; it is shown as it is. What import changed on the way in (control characters dropped) comes
 * back as warnings, one sentence each.
 */
import { importFileTooLarge, importForm } from 'jixiao-form';

export class FormImportFailure extends Error {}

/** `fileName` names the source in the new document's header comment; omitted for the clipboard. */
export async function importedDeclaration(bytes: Uint8Array, fileName?: string): Promise<{ text: string; warnings: string[] }> {
    const result = await importForm(bytes, fileName);
    if (!result.ok) {
        throw new FormImportFailure(result.message);
    }
    return { text: result.text, warnings: result.warnings };
}

/** Refuses, before it is read into memory, a file larger than any form. */
export function checkImportFileSize(size: number): void {
    const tooLarge = importFileTooLarge(size);
    if (tooLarge) {
        throw new FormImportFailure(tooLarge);
    }
}
