/** Services for Node programs without a language client: the CLI, tests, export and import. */
import { NodeFileSystem } from 'langium/node';
import { createJixiaoServices } from './jixiao-module.js';

export function createJixiaoNodeServices() {
    return createJixiaoServices(NodeFileSystem);
}
