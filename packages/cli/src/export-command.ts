/**
 * `jixiao export FILE [-o OUT.xlsx] [--force] [--overwrite]`: the declaration as the official
 * Excel form. A document with errors is refused (exit 1, the errors listed, nothing written)
 * unless --force; the workbook is written atomically, so a failure never leaves half a file.
 * An existing OUT is replaced only when it is a workbook an export wrote and nobody changed since;
 * any other file (the analyst's own workbook, the form the declaration was imported from) needs
 * --overwrite, and a read-only file is never replaced.
 */
import path from 'node:path';
import {
    buildOfficialForm, evaluationIndicators, existingWorkbook, FormExportError, grandTotalOf, indicatorCount, isEvaluationForm, isProjectForm, writeFormWorkbook
} from 'jixiao-form';
import type { Message } from 'jixiao-language';
import { formatAmountGrouped } from 'jixiao-language/domain';
import { checkOutputPath, createCli, describeWriteError as describeFileWriteError, statPath, UsageError } from './cli-documents.js';
import { formatRecord, toRecords } from './cli-diagnostics.js';
import { CommandTexts, FsTexts, HelpTexts, UsageTexts } from './cli-messages.js';
import { printErr, printOut } from './cli-output.js';
import { refusedOutput } from './cli-overwrite.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';

export interface ExportOptions extends GlobalOptions {
    output?: string;
    force?: boolean;
    overwrite?: boolean;
}

export const exportCommand: CommandSpec<string, ExportOptions> = {
    name: 'export',
    description: HelpTexts.export,
    argument: [HelpTexts.exportFile, HelpTexts.exportFileHelp],
    options: [
        { flags: '-o, --output', value: HelpTexts.exportOutput, help: HelpTexts.exportOutputHelp },
        { flags: '--force', help: HelpTexts.exportForce },
        { flags: '--overwrite', help: HelpTexts.exportOverwrite }
    ],
    run: exportDeclaration
};

export async function exportDeclaration(file: string, options: ExportOptions = {}): Promise<number> {
    const output = options.output ?? defaultOutputPath(file);
    await checkPaths(file, output);

    const cli = createCli({ locale: options.locale });
    const locale = cli.services.settings.JixiaoSettings.locale;
    const say = (message: Message) => message[locale];
    const refusal = refusedOutput(output, await existingWorkbook(output), options.overwrite, 'export');
    if (refusal) {
        printErr(`jixiao: ${say(refusal)}\n`);
        return 1;
    }
    const [checked] = await cli.check([file]);
    const errors = toRecords(checked).filter(record => record.severity === 'error');
    if (errors.length > 0) {
        printErr(errors.map(record => formatRecord(record, locale)).join('\n') + '\n');
        if (!options.force) {
            printErr(say(CommandTexts.exportRefused(checked.displayPath, errors.length)) + '\n');
            return 1;
        }
        printErr(say(CommandTexts.exportForced(checked.displayPath, errors.length)) + '\n');
    }

    const model = buildOfficialForm(checked.document.parseResult.value);
    try {
        await writeFormWorkbook(model, output);
    } catch (error) {
        printErr(`jixiao: ${say(describeWriteError(output, error))}\n`);
        return 1;
    }

    const amount = (total: bigint | undefined) => total === undefined ? '—' : `${formatAmountGrouped(total)} ${model.amountUnit}`;
    printOut(say(CommandTexts.exported(output)) + '\n');
    printOut(say(isEvaluationForm(model)
        ? CommandTexts.exportEvaluationSummary(model.projectName, evaluationIndicators(model).length, model.total)
        : isProjectForm(model)
            ? CommandTexts.exportProjectSummary(model.projectName, indicatorCount(model), amount(model.funds.total))
            : CommandTexts.exportSummary(model.tasks.length, indicatorCount(model), amount(grandTotalOf(model).total))) + '\n');
    return 0;
}

/** `decl.jixiao` → `decl.xlsx` in the same folder. */
export function defaultOutputPath(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.ext === '.jixiao' ? parsed.name : parsed.base}.xlsx`);
}

/** Refuses, before any work, an input that is not a file and an output that would destroy it. */
async function checkPaths(file: string, output: string): Promise<void> {
    if ((await statPath(file)).isDirectory()) {
        throw new UsageError(UsageTexts.exportFolder(file));
    }
    checkOutputPath(file, output, '.xlsx', UsageTexts.exportOverInput);
}

/** Why OUT could not be written: the form that cannot be written, or the file system's reason. */
export function describeWriteError(output: string, error: unknown): Message {
    return error instanceof FormExportError ? FsTexts.cannotExportTo(output, error.message) : describeFileWriteError(output, error);
}
