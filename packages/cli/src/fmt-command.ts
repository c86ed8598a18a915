/**
 * `jixiao fmt [--check] PATH…`: rewrites .jixiao files (and folders of them) in the canonical
 * layout, the same one the editor's 格式化文档 produces. Only whitespace and comparator spellings
 * change. With --check nothing is written: the files that would change are listed and the exit
 * code is 1. A file with syntax errors is never rewritten (exit 1, with the first error's place),
 * nor a read-only file (exit 1). Each file is written atomically.
 */
import path from 'node:path';
import { TextDocument, URI } from 'langium';
import { existingFile, writeFileAtomically } from 'jixiao-form';
import type { Message } from 'jixiao-language';
import { createJixiaoNodeServices } from 'jixiao-language/node';
import { describeWriteError, expandPaths, readTextFile, UsageError } from './cli-documents.js';
import { CommandTexts, HelpTexts, UsageTexts } from './cli-messages.js';
import type { CommandSpec, GlobalOptions } from './cli-command.js';
import { printErr, printOut } from './cli-output.js';

export interface FmtOptions extends GlobalOptions {
    check?: boolean;
}

export const fmtCommand: CommandSpec<string[], FmtOptions> = {
    name: 'fmt',
    description: HelpTexts.fmt,
    argument: [HelpTexts.fmtPaths, HelpTexts.checkPathsHelp],
    options: [{ flags: '--check', help: HelpTexts.fmtCheck }],
    run: formatFiles
};

type Outcome = 'unchanged' | 'changed' | 'syntax-error' | 'read-only';

export async function formatFiles(paths: readonly string[], options: FmtOptions = {}): Promise<number> {
    const say = (message: Message) => message[options.locale ?? 'zh'];
    const files = await expandPaths(paths);
    if (files.length === 0) {
        throw new UsageError(UsageTexts.noJixiaoFiles(paths.join(' ')));
    }
    const { shared, Jixiao } = createJixiaoNodeServices();
    const formatter = Jixiao.lsp.Formatter!;
    const outcomes: Outcome[] = [];
    for (const file of files) {
        const bytes = await readTextFile(file);
        // A byte-order mark is kept as it was; it is not part of the declaration.
        const bom = bytes.startsWith('\uFEFF') ? '\uFEFF' : '';
        const text = bytes.slice(bom.length);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.resolve(file)));
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) {
            const line = lexerErrors[0]?.line ?? parserErrors[0]?.token.startLine;
            const column = lexerErrors[0]?.column ?? parserErrors[0]?.token.startColumn;
            const where = line !== undefined && !Number.isNaN(line) ? `${line}:${column ?? 1}:` : '';
            printErr(say(CommandTexts.fmtSyntaxError(`${file}:${where}`)) + '\n');
            outcomes.push('syntax-error');
            continue;
        }
        const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
        const formatted = TextDocument.applyEdits(document.textDocument, edits);
        if (formatted === text) {
            outcomes.push('unchanged');
            continue;
        }
        if (options.check) {
            outcomes.push('changed');
            printOut(say(CommandTexts.fmtNeeded(file)) + '\n');
            continue;
        }
        if (await existingFile(file) === 'read-only') {
            // Its owner marked it so: the formatter does not replace it (DESIGN §6).
            outcomes.push('read-only');
            printErr(`jixiao: ${say(CommandTexts.fmtReadOnly(file))}\n`);
            continue;
        }
        outcomes.push('changed');
        try {
            await writeFileAtomically(file, new TextEncoder().encode(bom + formatted));
        } catch (error) {
            printErr(`jixiao: ${say(describeWriteError(file, error))}\n`);
            return 1;
        }
        printOut(say(CommandTexts.fmtDone(file)) + '\n');
    }
    const changed = outcomes.filter(outcome => outcome === 'changed').length;
    const refused = outcomes.filter(outcome => outcome === 'syntax-error' || outcome === 'read-only').length;
    if (changed === 0 && refused === 0) {
        printOut(say(options.check ? CommandTexts.fmtAllFormatted(files.length) : CommandTexts.fmtNothingChanged(files.length)) + '\n');
    }
    return (options.check && changed > 0) || refused > 0 ? 1 : 0;
}
