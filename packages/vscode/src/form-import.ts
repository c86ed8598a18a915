/**
 * The form package's importer, for both import commands: an official workbook or the form's
 * table as pasted text, in; a formatted .jixiao declaration, out. A file that is not such a form
 * comes back as a Chinese sentence naming the row or cell that did not fit; it is shown as it is.
 */
import { importForm } from 'jixiao-form';

export class FormImportFailure extends Error {}

/** `fileName` names the source in the new document's header comment; omitted for the clipboard. */
export async function importedDeclarationText(bytes: Uint8Array, fileName?: string): Promise<string> {
    const result = await importForm(bytes, fileName);
    if (!result.ok) {
        throw new FormImportFailure(result.message);
    }
    return result.text;
}
