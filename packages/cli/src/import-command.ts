/**
 * `jixiao import FILE [-o OUT.jixiao] [--force] [--sheet NAME] [--department DEPT.jixiao]`: the
 * official form (the department's or a project's declaration, a project's self-evaluation; an .xlsx workbook, or the table copied out of
 * the online system as text; told apart by content, not by extension) as a formatted .jixiao
 * document. A file that is not such a form gets a message naming the row or cell that did not fit
 * and exit 1, and nothing is written. An existing OUT is kept unless --force; the document is
 * written atomically.
 *
 * A project's 所属任务 is not on its form. Import proposes it from its department's declaration:
 * the one given with --department, else the department declarations (.jixiao) in the folder the
 * project is written to — where a department's workspace keeps them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import {
    evaluationIndicators, importForm, indicatorCount, isEvaluationForm, isProjectForm, writeFileAtomically, type OfficialForm
} from 'jixiao-form';
import type { Message } from 'jixiao-language';
import { formatAmountGrouped } from 'jixiao-language/domain';
import { departmentsFor } from './import-departments.js';
import { checkOutputPath, describeFsError, describeWriteError, exists, statPath, UsageError } from './cli-documents.js';
import { CommandTexts, HelpTexts, UsageTexts } from './cli-messages.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';

export interface ImportOptions extends GlobalOptions {
    output?: string;
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
        { flags: '--force', help: HelpTexts.importForce },
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
    if (!options.force && await exists(output)) {
        process.stderr.write(`jixiao: ${say(CommandTexts.importExists(output))}\n`);
        return 1;
    }

    const departments = await departmentsFor(output, options.department);
    const result = await importForm(bytes, file, { sheet: options.sheet, locale, departments });
    if (!result.ok) {
        process.stderr.write(`jixiao: ${say(CommandTexts.importFailed(file, result.message))}\n`);
        return 1;
    }
    try {
        await writeFileAtomically(output, new TextEncoder().encode(result.text));
    } catch (error) {
        process.stderr.write(`jixiao: ${say(describeWriteError(output, error))}\n`);
        return 1;
    }
    process.stdout.write(say(CommandTexts.imported(output, result.source === 'xlsx')) + '\n');
    process.stdout.write(say(summary(result.model, result.inferredTask === true)) + '\n');
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

async function readInput(file: string): Promise<Uint8Array> {
    if ((await statPath(file)).isDirectory()) {
        throw new UsageError(UsageTexts.importFolder(file));
    }
    try {
        return new Uint8Array(await fs.readFile(file));
    } catch (error) {
        throw new UsageError(UsageTexts.cannotRead(file, describeFsError(error)));
    }
}
