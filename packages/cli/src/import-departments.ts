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
import { isDeclaration } from 'jixiao-language';
import { createJixiaoNodeServices } from 'jixiao-language/node';
import { describeFsError, UsageError } from './cli-documents.js';

export async function departmentsFor(output: string, named?: string): Promise<DepartmentTasks[]> {
    if (named !== undefined) {
        let text: string;
        try {
            text = await fs.readFile(named, 'utf8');
        } catch (error) {
            throw new UsageError(`无法读取“${named}”：${describeFsError(error)}`);
        }
        const department = departmentIn(text, named);
        if (!department) {
            throw new UsageError(`“${named}”不是部门整体支出绩效目标申报表（.jixiao）`);
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
    if (!isDeclaration(root)) {
        return undefined;
    }
    return {
        departmentName: root.departmentName,
        authority: root.authority,
        tasks: (root.tasks?.tasks ?? [])
            .filter(task => typeof task.name === 'string')
            .map(task => ({ name: task.name, content: task.content ?? '' }))
    };
}
