/**
 * `jixiao selfeval init DECLARATION.jixiao [-o OUT] [--force] [--overwrite]`: the year-end
 * self-evaluation of a project, generated from its declaration (every indicator with its target
 * and 分值, `申报` naming the declaration relative to OUT); what is left to fill in are the actuals.
 * A declaration with errors is refused unless --force. An existing OUT may be an evaluation being
 * filled in: it is kept unless --overwrite (or --force, as before), and never replaced when
 * read-only (DESIGN §6).
 */
import path from 'node:path';
import { draftEvaluation, isProjectDeclaration, type Message } from 'jixiao-language';
import { existingFile, writeFileAtomically } from 'jixiao-form';
import { checkOutputPath, createCli, describeWriteError } from './cli-documents.js';
import { formatRecord, toRecords } from './cli-diagnostics.js';
import { CommandTexts, HelpTexts, OverwriteTexts, UsageTexts } from './cli-messages.js';
import { printErr, printOut } from './cli-output.js';
import { refusedOutput } from './cli-overwrite.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';

export interface SelfevalInitOptions extends GlobalOptions {
    output?: string;
    force?: boolean;
    overwrite?: boolean;
}

export const selfevalInitCommand: CommandSpec<string, SelfevalInitOptions> = {
    name: 'init',
    parent: { name: 'selfeval', description: HelpTexts.selfeval },
    description: HelpTexts.selfevalInit,
    argument: [HelpTexts.selfevalDeclaration, HelpTexts.selfevalDeclarationHelp],
    options: [
        { flags: '-o, --output', value: HelpTexts.selfevalOutput, help: HelpTexts.selfevalOutputHelp },
        { flags: '--force', help: HelpTexts.selfevalForce },
        { flags: '--overwrite', help: HelpTexts.overwriteOutput }
    ],
    run: initEvaluation
};

export async function initEvaluation(file: string, options: SelfevalInitOptions = {}): Promise<number> {
    const output = options.output ?? defaultEvaluationPath(file);
    checkOutputPath(file, output, '.jixiao', UsageTexts.selfevalOverInput);
    const cli = createCli({ locale: options.locale });
    const locale = cli.services.settings.JixiaoSettings.locale;
    const say = (message: Message) => message[locale];
    const [checked] = await cli.check([file]);
    const root = checked.document.parseResult.value;
    if (!isProjectDeclaration(root)) {
        printErr(`jixiao: ${say(CommandTexts.notAProject(checked.displayPath))}\n`);
        return 1;
    }
    const errors = toRecords(checked).filter(record => record.severity === 'error');
    if (errors.length > 0 && !options.force) {
        printErr(errors.map(record => formatRecord(record, locale)).join('\n') + '\n');
        printErr(say(CommandTexts.selfevalRefused(checked.displayPath, errors.length)) + '\n');
        return 1;
    }
    const refusal = refusedOutput(output, await existingFile(output), options.overwrite || options.force, 'draft', OverwriteTexts.evaluation);
    if (refusal) {
        printErr(`jixiao: ${say(refusal)}\n`);
        return 1;
    }
    // 申报 is read relative to the evaluation, wherever it is written.
    const relative = path.relative(path.dirname(path.resolve(output)), path.resolve(file)).split(path.sep).join('/');
    const draft = draftEvaluation(root, relative);
    try {
        await writeFileAtomically(output, new TextEncoder().encode(draft.text));
    } catch (error) {
        printErr(`jixiao: ${say(describeWriteError(output, error))}\n`);
        return 1;
    }
    printOut(say(CommandTexts.selfevalDrafted(output)) + '\n');
    printOut(say(CommandTexts.selfevalToFill(draft.indicatorCount)) + '\n');
    return 0;
}

/** `项目.jixiao` → `项目-自评.jixiao` in the same folder. */
export function defaultEvaluationPath(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}-自评.jixiao`);
}
