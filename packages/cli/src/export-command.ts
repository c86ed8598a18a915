/**
 * `jixiao export FILE [-o OUT.xlsx] [--force]`: the declaration as the official Excel form.
 * A document with errors is refused (exit 1, the errors listed, nothing written) unless --force;
 * the workbook is written atomically, so a failure never leaves half a file.
 */
import path from 'node:path';
import {
    buildOfficialForm, evaluationIndicators, FormExportError, grandTotalOf, indicatorCount, isEvaluationForm, isProjectForm, writeFormWorkbook
} from 'jixiao-form';
import type { Message } from 'jixiao-language';
import { formatAmountGrouped } from 'jixiao-language/domain';
import { checkOutputPath, createCli, describeWriteError as describeFileWriteError, statPath, UsageError } from './cli-documents.js';
import { formatRecord, toRecords } from './cli-diagnostics.js';
import { CommandTexts, FsTexts, HelpTexts, UsageTexts } from './cli-messages.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';

export interface ExportOptions extends GlobalOptions {
    output?: string;
    force?: boolean;
}

export const exportCommand: CommandSpec<string, ExportOptions> = {
    name: 'export',
    description: HelpTexts.export,
    argument: [HelpTexts.exportFile, HelpTexts.exportFileHelp],
    options: [
        { flags: '-o, --output', value: HelpTexts.exportOutput, help: HelpTexts.exportOutputHelp },
        { flags: '--force', help: HelpTexts.exportForce }
    ],
    run: exportDeclaration
};

export async function exportDeclaration(file: string, options: ExportOptions = {}): Promise<number> {
    const output = options.output ?? defaultOutputPath(file);
    await checkPaths(file, output);

    const cli = createCli({ locale: options.locale });
    const locale = cli.services.settings.JixiaoSettings.locale;
    const say = (message: Message) => message[locale];
    const [checked] = await cli.check([file]);
    const errors = toRecords(checked).filter(record => record.severity === 'error');
    if (errors.length > 0) {
        process.stderr.write(errors.map(record => formatRecord(record, locale)).join('\n') + '\n');
        if (!options.force) {
            process.stderr.write(say(CommandTexts.exportRefused(checked.displayPath, errors.length)) + '\n');
            return 1;
        }
        process.stderr.write(say(CommandTexts.exportForced(checked.displayPath, errors.length)) + '\n');
    }

    const model = buildOfficialForm(checked.document.parseResult.value);
    try {
        await writeFormWorkbook(model, output);
    } catch (error) {
        process.stderr.write(`jixiao: ${say(describeWriteError(output, error))}\n`);
        return 1;
    }

    const amount = (total: bigint | undefined) => total === undefined ? '—' : `${formatAmountGrouped(total)} ${model.amountUnit}`;
    process.stdout.write(say(CommandTexts.exported(output)) + '\n');
    process.stdout.write(say(isEvaluationForm(model)
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
