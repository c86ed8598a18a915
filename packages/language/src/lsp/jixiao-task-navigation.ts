/**
 * Navigation between a department and its projects (DESIGN §2.3), which Langium cannot see: a
 * project's `所属任务` is a name compared after normalising (see domain/workspace.ts), not a
 * cross-reference. Go to definition from 所属任务 lands on the task in the department file; find
 * references on a task (or on a 所属任务) lists the projects whose 所属任务 names it. Everything
 * else is Langium's (goals and 对应).
 */
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { DefaultDefinitionProvider, DefaultReferencesProvider } from 'langium/lsp';
import type { CancellationToken, DefinitionParams, Location, LocationLink, ReferenceParams } from 'vscode-languageserver';
import { isProjectDeclaration, isTask, type Task } from '../generated/ast.js';
import type { JixiaoServices } from '../jixiao-module.js';
import type { JixiaoWorkspaceIndex } from '../workspace/jixiao-workspace-index.js';
import { isPropertyToken, leafAt } from './jixiao-cst.js';

export class JixiaoDefinitionProvider extends DefaultDefinitionProvider {
    private readonly workspace: JixiaoWorkspaceIndex;

    constructor(services: JixiaoServices) {
        super(services);
        this.workspace = services.workspace.WorkspaceIndex;
    }

    override getDefinition(document: LangiumDocument, params: DefinitionParams, cancelToken?: CancellationToken): MaybePromise<LocationLink[] | undefined> {
        const leaf = leafAt(document, document.textDocument.offsetAt(params.position));
        const project = leaf?.astNode;
        if (!leaf || !isProjectDeclaration(project) || !isPropertyToken(project, 'task', leaf)) {
            return super.getDefinition(document, params, cancelToken);
        }
        const task = this.workspace.taskOf(project)?.task.node;
        const target = task && locationOf(task, 'name');
        if (!task?.$cstNode || !target) {
            return [];
        }
        return [{ originSelectionRange: leaf.range, targetUri: target.uri, targetRange: task.$cstNode.range, targetSelectionRange: target.range }];
    }
}

export class JixiaoReferencesProvider extends DefaultReferencesProvider {
    private readonly workspace: JixiaoWorkspaceIndex;

    constructor(services: JixiaoServices) {
        super(services);
        this.workspace = services.workspace.WorkspaceIndex;
    }

    override findReferences(document: LangiumDocument, params: ReferenceParams, cancelToken?: CancellationToken): MaybePromise<Location[]> {
        const task = this.taskAt(document, params);
        if (!task) {
            return super.findReferences(document, params, cancelToken);
        }
        const projects = this.workspace.commitmentOf(task)?.commitment.projects ?? [];
        const locations = projects.map(project => locationOf(project.root, 'task'));
        if (params.context.includeDeclaration) {
            locations.unshift(locationOf(task, 'name'));
        }
        return locations.filter((location): location is Location => location !== undefined);
    }

    /** The task under the cursor: on its name in the department, or named by a project's 所属任务. */
    private taskAt(document: LangiumDocument, params: ReferenceParams): Task | undefined {
        const leaf = leafAt(document, document.textDocument.offsetAt(params.position));
        const node = leaf?.astNode;
        if (leaf && isTask(node) && isPropertyToken(node, 'name', leaf)) {
            return node;
        }
        if (leaf && isProjectDeclaration(node) && isPropertyToken(node, 'task', leaf)) {
            return this.workspace.taskOf(node)?.task.node;
        }
        return undefined;
    }
}

function locationOf(node: AstNode, property: string): Location | undefined {
    const root = AstUtils.findRootNode(node);
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    return cst && root.$document ? { uri: root.$document.uri.toString(), range: cst.range } : undefined;
}
