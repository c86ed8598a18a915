/**
 * Reads and checks .jixiao files with one set of services, so that a folder of hundreds of
 * declarations is checked in one process; and the paths a command is given, read or refused with a
 * usage error that says which and why.
 */
import fs, { type Stats } from 'node:fs';
import path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import { createJixiaoNodeServices } from 'jixiao-language/node';
import type { JixiaoDocument, JixiaoServices, Locale, Message } from 'jixiao-language';
import { FsTexts, UsageTexts } from './cli-messages.js';

/** Bad usage or an unreadable path: exit 2 with the message. */
export class UsageError extends Error {
    constructor(readonly text: Message) {
        super(text.zh);
    }
}

export interface CheckedFile {
    /** The path as the user will recognise it (relative to the working directory when inside it). */
    displayPath: string;
    document: LangiumDocument<JixiaoDocument>;
}

export interface JixiaoCli {
    services: JixiaoServices;
    check(paths: readonly string[]): Promise<CheckedFile[]>;
}

export function createCli(options: { locale?: Locale } = {}): JixiaoCli {
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
                const text = await readTextFile(file);
                const uri = URI.file(path.resolve(file));
                // A byte-order mark is not part of the declaration.
                const document = shared.workspace.LangiumDocumentFactory.fromString<JixiaoDocument>(text.replace(/^\uFEFF/, ''), uri);
                shared.workspace.LangiumDocuments.addDocument(document);
                documents.push({ displayPath: displayPath(file), document });
            }
            await shared.workspace.DocumentBuilder.build(documents.map(file => file.document), { validation: true });
            return documents;
        }
    };
}

/** A path's kind and size, or a usage error saying it cannot be read, and why. */
export async function statPath(given: string): Promise<Stats> {
    try {
        return await fs.promises.stat(given);
    } catch (error) {
        throw new UsageError(UsageTexts.cannotRead(given, describeFsError(error)));
    }
}

/** Files as given, folders recursively for *.jixiao, in a stable order. */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
    const result: string[] = [];
    for (const given of paths) {
        if ((await statPath(given)).isDirectory()) {
            const found = await collectJixiaoFiles(given);
            result.push(...found.sort());
        } else {
            result.push(given);
        }
    }
    return result;
}

async function collectJixiaoFiles(folder: string): Promise<string[]> {
    const entries = await fs.promises.readdir(folder, { withFileTypes: true });
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

/** A file's text as it is (a byte-order mark included), or a usage error. */
export async function readTextFile(file: string): Promise<string> {
    try {
        return await fs.promises.readFile(file, 'utf8');
    } catch (error) {
        throw new UsageError(UsageTexts.cannotRead(file, describeFsError(error)));
    }
}

export function describeFsError(error: unknown): Message {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'ENOENT': return FsTexts.ENOENT;
        case 'EACCES':
        case 'EPERM': return FsTexts.EACCES;
        case 'EISDIR': return FsTexts.EISDIR;
        case 'ENOTDIR': return FsTexts.ENOTDIR;
        case 'EBUSY': return FsTexts.EBUSY;
        case 'ENOSPC': return FsTexts.ENOSPC;
        case 'EROFS': return FsTexts.EROFS;
        default: {
            const message = (error as Error)?.message ?? String(error);
            return { zh: message, en: message };
        }
    }
}

/** Refuses an output file of the wrong kind, or one that is the input (`overInput` says what writing it would destroy). */
export function checkOutputPath(input: string, output: string, extension: string, overInput: (output: string) => Message): void {
    if (path.extname(output).toLowerCase() !== extension) {
        throw new UsageError(UsageTexts.outputExtension(output, extension));
    }
    if (path.resolve(output) === path.resolve(input)) {
        throw new UsageError(overInput(output));
    }
}

/** Why OUT could not be written; for a workbook, what to do about a file held open by Excel. */
export function describeWriteError(output: string, error: unknown): Message {
    const code = (error as NodeJS.ErrnoException)?.code;
    const reason = describeFsError(error);
    switch (code) {
        case 'ENOENT':
            return FsTexts.cannotWrite(output, FsTexts.folderMissing(path.dirname(output)));
        case 'EEXIST':
            return FsTexts.cannotWrite(output, FsTexts.temporaryExists);
        case 'EBUSY':
        case 'EPERM':
        case 'EACCES':
            return FsTexts.cannotWrite(output, path.extname(output).toLowerCase() === '.xlsx' ? FsTexts.heldOpen(reason) : reason);
        default:
            return FsTexts.cannotWrite(output, reason);
    }
}

function displayPath(file: string): string {
    const relative = path.relative(process.cwd(), path.resolve(file));
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
