/**
 * Reads and checks .jixiao files with one set of services, so that a folder of hundreds of
 * declarations is checked in one process.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { createJixiaoNodeServices } from 'jixiao-language/node';
import type { JixiaoDocument, JixiaoServices } from 'jixiao-language';

export class UsageError extends Error {}

export interface CheckedFile {
    /** The path as the user will recognise it (relative to the working directory when inside it). */
    displayPath: string;
    document: LangiumDocument<JixiaoDocument>;
}

export interface JixiaoCli {
    services: JixiaoServices;
    check(paths: readonly string[]): Promise<CheckedFile[]>;
}

export function createCli(options: { locale?: string } = {}): JixiaoCli {
    const { shared, Jixiao } = createJixiaoNodeServices();
    if (options.locale) {
        Jixiao.settings.JixiaoSettings.update({ locale: options.locale });
    }
    return {
        services: Jixiao,
        async check(paths) {
            const files = await expandPaths(paths);
            const documents: CheckedFile[] = [];
            for (const file of files) {
                const text = await readText(file);
                const uri = URI.file(path.resolve(file));
                const document = shared.workspace.LangiumDocumentFactory.fromString<JixiaoDocument>(text, uri);
                shared.workspace.LangiumDocuments.addDocument(document);
                documents.push({ displayPath: displayPath(file), document });
            }
            await shared.workspace.DocumentBuilder.build(documents.map(file => file.document), { validation: true });
            return documents;
        }
    };
}

/** Files as given, folders recursively for *.jixiao, in a stable order. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
    const result: string[] = [];
    for (const given of paths) {
        let stat;
        try {
            stat = await fs.stat(given);
        } catch (error) {
            throw new UsageError(`无法读取“${given}”：${describeFsError(error)}`);
        }
        if (stat.isDirectory()) {
            const found = await collectJixiaoFiles(given);
            result.push(...found.sort());
        } else {
            result.push(given);
        }
    }
    return result;
}

async function collectJixiaoFiles(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
            files.push(...await collectJixiaoFiles(full));
        } else if (entry.isFile() && entry.name.endsWith('.jixiao')) {
            files.push(full);
        }
    }
    return files;
}

async function readText(file: string): Promise<string> {
    try {
        const text = await fs.readFile(file, 'utf8');
        // A byte-order mark is not part of the declaration.
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch (error) {
        throw new UsageError(`无法读取“${file}”：${describeFsError(error)}`);
    }
}

export function describeFsError(error: unknown): string {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return '文件或文件夹不存在';
        case 'EACCES':
        case 'EPERM': return '没有访问权限';
        case 'EISDIR': return '这是一个文件夹';
        case 'ENOTDIR': return '路径中有一段不是文件夹';
        case 'EBUSY': return '文件被其他程序占用';
        case 'ENOSPC': return '磁盘空间不足';
        case 'EROFS': return '文件系统只读';
        default: return (error as Error)?.message ?? String(error);
    }
}

function displayPath(file: string): string {
    const relative = path.relative(process.cwd(), path.resolve(file));
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
