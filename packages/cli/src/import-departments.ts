/**
 * The department declarations an imported project may belong to, for proposing its 所属任务: the
 * file given with --department, else every department declaration (.jixiao) in the folder the
 * project is written to. A file that is not a department declaration, or cannot be read, is
 * passed over without a word when found by looking, and refused when named.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'langium';
import type { DepartmentTasks } from 'jixiao-form';
import { departmentTasksOf, isDeclaration } from 'jixiao-language';
import { createJixiaoNodeServices } from 'jixiao-language/node';
import { readTextFile, UsageError } from './cli-documents.js';
import { UsageTexts } from './cli-messages.js';

export async function departmentsFor(output: string, named?: string): Promise<DepartmentTasks[]> {
    if (named !== undefined) {
        const department = departmentIn(await readTextFile(named), named);
        if (!department) {
            throw new UsageError(UsageTexts.notADepartment(named));
        }
        return [department];
    }
    const folder = path.dirname(path.resolve(output));
    let names: string[];
    try {
        names = (await fs.readdir(folder)).filter(name => name.endsWith('.jixiao')).sort();
    } catch {
        return [];
    }
    const departments: DepartmentTasks[] = [];
    for (const name of names) {
        const text = await fs.readFile(path.join(folder, name), 'utf8').catch(() => undefined);
        const department = text === undefined ? undefined : departmentIn(text, path.join(folder, name));
        if (department) {
            departments.push(department);
        }
    }
    return departments;
}

let services: ReturnType<typeof createJixiaoNodeServices> | undefined;

function departmentIn(text: string, file: string): DepartmentTasks | undefined {
    services ??= createJixiaoNodeServices();
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(path.resolve(file)));
    const root = document.parseResult.value;
    return isDeclaration(root) ? departmentTasksOf(root) : undefined;
}
