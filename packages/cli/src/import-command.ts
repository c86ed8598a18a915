/**
 * `jixiao import FILE [-o OUT.jixiao] [--overwrite] [--sheet NAME] [--department DEPT.jixiao]`:
 * the official form (the department's or a project's declaration, a project's self-evaluation; an
 * .xlsx workbook, or the table copied out of the online system as text; told apart by content, not
 * by extension) as a formatted .jixiao document. A file that is not such a form, or larger than any
 * form (FormLimits), gets a message naming the row or cell that did not fit and exit 1, and nothing
 * is written. An existing OUT is the analyst's own work: it is kept unless --overwrite (--force is
 * its old name), and never replaced when read-only. The document is written atomically.
 *
 * A project's 所属任务 is not on its form. Import proposes it from its department's declaration:
 * the one given with --department, else the department declarations (.jixiao) in the folder the
 * project is written to — where a department's workspace keeps them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {
    evaluationIndicators, existingFile, importFileTooLarge, importForm, indicatorCount, isEvaluationForm, isProjectForm, writeFileAtomically, type OfficialForm
} from 'jixiao-form';
import type { Message } from 'jixiao-language';
import { formatAmountGrouped } from 'jixiao-language/domain';
import { departmentsFor } from './import-departments.js';
import { checkOutputPath, describeFsError, describeWriteError, statPath, UsageError } from './cli-documents.js';
import { CommandTexts, HelpTexts, UsageTexts } from './cli-messages.js';
import { printErr, printOut } from './cli-output.js';
import { refusedOutput } from './cli-overwrite.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';

export interface ImportOptions extends GlobalOptions {
    output?: string;
    overwrite?: boolean;
    /** The old name of --overwrite, still accepted. */
    force?: boolean;
    sheet?: string;
    department?: string;
}

export const importCommand: CommandSpec<string, ImportOptions> = {
    name: 'import',
    description: HelpTexts.import,
    argument: [HelpTexts.importFile, HelpTexts.importFileHelp],
    options: [
        { flags: '-o, --output', value: HelpTexts.importOutput, help: HelpTexts.importOutputHelp },
        { flags: '--overwrite', help: HelpTexts.overwriteOutput },
        { flags: '--force', help: HelpTexts.importForce, hidden: true },
        { flags: '--sheet', value: HelpTexts.importSheet, help: HelpTexts.importSheetHelp },
        { flags: '--department', value: HelpTexts.importDepartment, help: HelpTexts.importDepartmentHelp }
    ],
    run: importDeclaration
};

export async function importDeclaration(file: string, options: ImportOptions = {}): Promise<number> {
    const locale = options.locale ?? 'zh';
    const say = (message: Message) => message[locale];
    const output = options.output ?? defaultOutputPath(file);
    checkOutputPath(file, output, '.jixiao', UsageTexts.importOverInput);
    const bytes = await readInput(file);
    if (!bytes.ok) {
        printErr(`jixiao: ${say(CommandTexts.importFailed(file, say(bytes.message)))}\n`);
        return 1;
    }
    const refusal = refusedOutput(output, await existingFile(output), options.overwrite || options.force, 'import');
    if (refusal) {
        printErr(`jixiao: ${say(refusal)}\n`);
        return 1;
    }

    const departments = await departmentsFor(output, options.department);
    const result = await importForm(bytes.bytes, file, { sheet: options.sheet, locale, departments });
    if (!result.ok) {
        printErr(`jixiao: ${say(CommandTexts.importFailed(file, result.message))}\n`);
        return 1;
    }
    for (const warning of result.warnings) {
        printErr(`jixiao: ${say(CommandTexts.importWarning(warning))}\n`);
    }
    try {
        await writeFileAtomically(output, new TextEncoder().encode(result.text));
    } catch (error) {
        printErr(`jixiao: ${say(describeWriteError(output, error))}\n`);
        return 1;
    }
    printOut(say(CommandTexts.imported(output, result.source === 'xlsx')) + '\n');
    printOut(say(summary(result.model, result.inferredTask === true)) + '\n');
    return 0;
}

/** `form.xlsx` → `form.jixiao` in the same folder. */
export function defaultOutputPath(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}.jixiao`);
}

function summary(model: OfficialForm, inferredTask: boolean): Message {
    if (isEvaluationForm(model)) {
        return CommandTexts.importEvaluationSummary(model.projectName, evaluationIndicators(model).length, model.total);
    }
    const indicators = model.categories.flatMap(first => first.children.flatMap(second => second.indicators));
    const linked = indicators.filter(indicator => indicator.goals.length > 0).length;
    if (isProjectForm(model)) {
        const total = model.funds.total === undefined ? '—' : `${formatAmountGrouped(model.funds.total)} ${model.amountUnit}`;
        return CommandTexts.importProjectSummary(model.projectName, total, model.goals.length, indicatorCount(model), linked, inferredTask ? model.task : undefined);
    }
    return CommandTexts.importSummary(model.tasks.length, model.goals.length, indicatorCount(model), linked);
}

/** The file's bytes; a file larger than any form is refused by its size, before it is read. */
async function readInput(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: Message }> {
    const stat = await statPath(file);
    if (stat.isDirectory()) {
        throw new UsageError(UsageTexts.importFolder(file));
    }
    const tooLarge = importFileTooLarge(stat.size);
    if (tooLarge) {
        return { ok: false, message: tooLarge };
    }
    try {
        return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
    } catch (error) {
        throw new UsageError(UsageTexts.cannotRead(file, describeFsError(error)));
    }
}
