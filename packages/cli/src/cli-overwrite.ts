/**
 * Whether export, import or selfeval init may write OUT, and if not, the message that says why
 * (DESIGN §6): nothing is there, or it is a workbook an export wrote and nobody changed since; any
 * other file needs --overwrite; a read-only file is never replaced, not even with --overwrite.
 */
import type { ExistingOutput } from 'jixiao-form';
import type { Message } from 'jixiao-language';
import { OverwriteTexts, type WriteVerb } from './cli-messages.js';

/**
 * undefined: go ahead (a folder is left to the write, which says so). `verb` is what was not done;
 * for a .jixiao output, `what` says whose work it may be.
 */
export function refusedOutput(output: string, existing: ExistingOutput, overwrite: boolean | undefined, verb: WriteVerb, what = OverwriteTexts.declaration): Message | undefined {
    switch (existing) {
        case 'none':
        case 'directory':
        case 'ours':
            return undefined;
        case 'read-only':
            return OverwriteTexts.readOnly(output, verb);
        case 'changed':
            return overwrite ? undefined : OverwriteTexts.changedSinceExport(output, verb);
        case 'foreign':
            return overwrite ? undefined : verb === 'export' ? OverwriteTexts.foreignWorkbook(output) : OverwriteTexts.foreignFile(output, verb, what);
    }
}
