/**
 * `jixiao import FILE [-o OUT.jixiao] [--overwrite] [--sheet NAME] [--department DEPT.jixiao]`:
 * the official form (the department's or a project's; an .xlsx workbook, or the table copied out
 * of the online system as text; told apart by content, not by extension) as a formatted .jixiao
 * document. A file that is not such a form, or larger than any form (FormLimits), gets a Chinese
 * message naming the row or cell that did not fit and exit 1, and nothing is written. An existing
 * OUT is the analyst's own work: it is kept unless --overwrite, and never replaced when read-only.
 * The document is written atomically.
 *
 * A project's 所属任务 is not on its form. Import proposes it from its department's declaration:
 * the one given with --department, else the department declarations (.jixiao) in the folder the
 * project is written to — where a department's workspace keeps them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { Option, type Command } from 'commander';
import {
    evaluationIndicators, existingFile, importFileTooLarge, importForm, indicatorCount, isEvaluationForm, isProjectForm, writeFileAtomically,
    type EvaluationForm, type OfficialForm
} from 'jixiao-form';
import { formatAmountGrouped } from 'jixiao-language/domain';
import { describeFsError, UsageError } from './cli-documents.js';
import { departmentsFor } from './import-departments.js';
import { printErr, printOut } from './cli-output.js';
import { refusedOutput } from './cli-overwrite.js';

export interface ImportOptions {
    output?: string;
    overwrite?: boolean;
    /** The old name of --overwrite, still accepted. */
    force?: boolean;
    sheet?: string;
    department?: string;
}

export function registerImportCommand(program: Command, run: (action: () => Promise<number>) => Promise<void>): void {
    program
        .command('import')
        .description('把申报表（Excel .xlsx，或从政务系统复制出来的表格文本）导入为 .jixiao 文件')
        .argument('<file>', '要导入的 .xlsx 工作簿或文本文件')
        .option('-o, --output <out.jixiao>', '输出文件（默认：与输入同名、同目录的 .jixiao）')
        .option('--overwrite', '输出文件已存在时替换它（只读文件除外）')
        .addOption(new Option('--force', '同 --overwrite').hideHelp())
        .option('--sheet <名称>', '工作簿中有多个申报表时，要导入的工作表')
        .option('--department <部门.jixiao>', '项目申报表的部门整体支出申报表，用于推断所属任务（默认：在输出文件夹中查找）')
        .action((file: string, options: ImportOptions) => run(() => importDeclaration(file, options)));
}

export async function importDeclaration(file: string, options: ImportOptions = {}): Promise<number> {
    const output = options.output ?? defaultOutputPath(file);
    if (path.extname(output).toLowerCase() !== '.jixiao') {
        throw new UsageError(`输出文件“${output}”应以 .jixiao 结尾`);
    }
    if (path.resolve(output) === path.resolve(file)) {
        throw new UsageError(`输出文件“${output}”就是输入文件，导入会覆盖它`);
    }
    const bytes = await readInput(file);
    if (!bytes.ok) {
        printErr(`jixiao: 无法导入“${file}”：${bytes.message}\n`);
        return 1;
    }
    const refusal = refusedOutput(output, await existingFile(output), options.overwrite || options.force, '导入');
    if (refusal) {
        printErr(`jixiao: ${refusal}\n`);
        return 1;
    }

    const departments = await departmentsFor(output, options.department);
    const result = await importForm(bytes.bytes, file, { sheet: options.sheet, departments });
    if (!result.ok) {
        printErr(`jixiao: 无法导入“${file}”：${result.message}\n`);
        return 1;
    }
    for (const warning of result.warnings) {
        printErr(`jixiao: 警告：${warning}\n`);
    }
    try {
        await writeFileAtomically(output, new TextEncoder().encode(result.text));
    } catch (error) {
        printErr(`jixiao: 无法写入“${output}”：${describeWriteError(output, error)}\n`);
        return 1;
    }
    printOut(`已导入 ${output}（来自${result.source === 'xlsx' ? ' Excel 工作簿' : '表格文本'}）\n`);
    printOut(summary(result.model, result.inferredTask === true) + '\n');
    return 0;
}

/** `form.xlsx` → `form.jixiao` in the same folder. */
export function defaultOutputPath(file: string): string {
    const parsed = path.parse(file);
    return path.join(parsed.dir, `${parsed.name}.jixiao`);
}

function summary(model: OfficialForm, inferredTask: boolean): string {
    if (isEvaluationForm(model)) {
        return evaluationSummary(model);
    }
    const indicators = model.categories.flatMap(first => first.children.flatMap(second => second.indicators));
    const linked = indicators.filter(indicator => indicator.goals.length > 0).length;
    const links = linked > 0 ? `，其中 ${linked} 个指标的“对应”为自动推断，请核对` : '';
    if (isProjectForm(model)) {
        const total = model.funds.total === undefined ? '—' : `${formatAmountGrouped(model.funds.total)} ${model.amountUnit}`;
        const task = inferredTask ? `；所属任务“${model.task}”为自动推断，请核对` : '；未推断所属任务（需要部门整体支出申报表，见 --department）';
        return `项目“${model.projectName}”，年度资金总额 ${total}，${model.goals.length} 个目标，${indicatorCount(model)} 个指标${links}${task}`;
    }
    return `${model.tasks.length} 项任务，${model.goals.length} 个目标，${indicatorCount(model)} 个指标${links}`;
}

function evaluationSummary(evaluation: EvaluationForm): string {
    const total = evaluation.total ? `，总分 ${evaluation.total}` : '';
    return `项目支出绩效自评表“${evaluation.projectName}”，${evaluationIndicators(evaluation).length} 个指标${total}`;
}

/** The file's bytes; a file larger than any form is refused by its size, before it is read. */
async function readInput(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
    try {
        const stat = await fs.stat(file);
        if (stat.isDirectory()) {
            throw new UsageError(`无法导入“${file}”：这是一个文件夹，import 一次导入一个文件`);
        }
        const tooLarge = importFileTooLarge(stat.size);
        if (tooLarge) {
            return { ok: false, message: tooLarge };
        }
        return { ok: true, bytes: new Uint8Array(await fs.readFile(file)) };
    } catch (error) {
        if (error instanceof UsageError) {
            throw error;
        }
        throw new UsageError(`无法读取“${file}”：${describeFsError(error)}`);
    }
}

export function describeWriteError(output: string, error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT') {
        return `文件夹“${path.dirname(output)}”不存在`;
    }
    if (code === 'EEXIST') {
        return '同名的临时文件已存在，请重试';
    }
    return describeFsError(error);
}
