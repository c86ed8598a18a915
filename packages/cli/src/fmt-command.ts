/**
 * `jixiao fmt [--check] PATH…`: rewrites .jixiao files (and folders of them) in the canonical
 * layout, the same one the editor's 格式化文档 produces. Only whitespace and comparator spellings
 * change. With --check nothing is written: the files that would change are listed and the exit
 * code is 1. A file with syntax errors is never rewritten (exit 1, with the first error's place),
 * nor a read-only file (exit 1). Each file is written atomically.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { TextDocument, URI } from 'langium';
import { existingFile, writeFileAtomically } from 'jixiao-form';
import { createJixiaoNodeServices } from 'jixiao-language/node';
import { describeFsError, expandPaths, UsageError } from './cli-documents.js';
import { printErr, printOut } from './cli-output.js';

export interface FmtOptions {
    check?: boolean;
}

export function registerFmtCommand(program: Command, run: (action: () => Promise<number>) => Promise<void>): void {
    program
        .command('fmt')
        .description('按标准版式格式化申报表（缩进、对齐金额、规范比较符号）')
        .argument('<paths...>', '.jixiao 文件或包含它们的文件夹')
        .option('--check', '只检查不写入：列出需要格式化的文件，有则退出码为 1')
        .action((paths: string[], options: FmtOptions) => run(() => formatFiles(paths, options)));
}

type Outcome = 'unchanged' | 'changed' | 'syntax-error' | 'read-only';

export async function formatFiles(paths: readonly string[], options: FmtOptions = {}): Promise<number> {
    const files = await expandPaths(paths);
    if (files.length === 0) {
        throw new UsageError(`没有找到 .jixiao 文件：${paths.join(' ')}`);
    }
    const { shared, Jixiao } = createJixiaoNodeServices();
    const formatter = Jixiao.lsp.Formatter!;
    const outcomes: Outcome[] = [];
    for (const file of files) {
        const bytes = await readFile(file);
        // A byte-order mark is kept as it was; it is not part of the declaration.
        const bom = bytes.startsWith('\uFEFF') ? '\uFEFF' : '';
        const text = bytes.slice(bom.length);
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.resolve(file)));
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) {
            const line = lexerErrors[0]?.line ?? parserErrors[0]?.token.startLine;
            const column = lexerErrors[0]?.column ?? parserErrors[0]?.token.startColumn;
            const where = line !== undefined && !Number.isNaN(line) ? `${line}:${column ?? 1}:` : '';
            printErr(`${file}:${where} 有语法错误，未格式化（先用 jixiao check 查看并改正）\n`);
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
            printOut(`${file}: 需要格式化\n`);
            continue;
        }
        if (await existingFile(file) === 'read-only') {
            // Its owner marked it so: the formatter does not replace it (DESIGN §6).
            outcomes.push('read-only');
            printErr(`jixiao: “${file}”是只读文件，未格式化\n`);
            continue;
        }
        outcomes.push('changed');
        try {
            await writeFileAtomically(file, new TextEncoder().encode(bom + formatted));
        } catch (error) {
            printErr(`jixiao: 无法写入“${file}”：${describeFsError(error)}\n`);
            return 1;
        }
        printOut(`已格式化 ${file}\n`);
    }
    const changed = outcomes.filter(outcome => outcome === 'changed').length;
    const refused = outcomes.filter(outcome => outcome === 'syntax-error' || outcome === 'read-only').length;
    if (options.check) {
        if (changed === 0 && refused === 0) {
            printOut(`${files.length} 个文件均已是标准格式\n`);
        }
        return changed > 0 || refused > 0 ? 1 : 0;
    }
    if (changed === 0 && refused === 0) {
        printOut(`${files.length} 个文件均已是标准格式，未作改动\n`);
    }
    return refused > 0 ? 1 : 0;
}

async function readFile(file: string): Promise<string> {
    try {
        return await fs.readFile(file, 'utf8');
    } catch (error) {
        throw new UsageError(`无法读取“${file}”：${describeFsError(error)}`);
    }
}
