/**
 * Rename for goals: the goal's name and every 对应 that points to it change together. A new name
 * must be one the language can read back (an identifier, not a keyword) and not already taken;
 * otherwise the rename is refused with a message saying why.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, ResponseError, type Position, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isGoal, isIndicator } from '../generated/ast.js';
import { isTargetDeclaration } from '../jixiao-ast-utils.js';
import type { JixiaoServices } from '../jixiao-module.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { isIdentifier } from '../domain/grammar-facts.js';
import { isPropertyToken, leafAt } from './jixiao-cst.js';
import { RenameTexts, type Text } from './jixiao-lsp-messages.js';

export class JixiaoRenameProvider extends DefaultRenameProvider {
    private readonly settings: JixiaoSettings;

    constructor(services: JixiaoServices) {
        super(services);
        this.settings = services.settings.JixiaoSettings;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const range = this.goalNameRange(document, params.position);
        if (!range) {
            // prepareRename has already told the editor why; a rename request here changes nothing.
            return undefined;
        }
        const newName = params.newName.trim();
        if (!isIdentifier(newName)) {
            throw this.refusal(RenameTexts.invalidName(newName));
        }
        const current = document.textDocument.getText(range);
        const root = document.parseResult.value;
        const taken = isTargetDeclaration(root) && (root.goals?.goals ?? []).some(goal => goal.name === newName);
        if (newName !== current && taken) {
            throw this.refusal(RenameTexts.taken(newName));
        }
        return super.rename(document, { ...params, newName });
    }

    override prepareRename(document: LangiumDocument, params: PrepareRenameParams): Range | undefined {
        const range = this.goalNameRange(document, params.position);
        if (!range) {
            throw this.refusal(RenameTexts.notAGoal);
        }
        return range;
    }

    /** The goal name or 对应 reference under the cursor. */
    private goalNameRange(document: LangiumDocument, position: Position): Range | undefined {
        const leaf = leafAt(document, document.textDocument.offsetAt(position));
        const node = leaf?.astNode;
        if (!leaf || !node) {
            return undefined;
        }
        if (isGoal(node) && isPropertyToken(node, 'name', leaf)) {
            return leaf.range;
        }
        if (isIndicator(node) && isPropertyToken(node, 'goals', leaf)) {
            const reference = node.goals.find(goal => goal.$refNode?.offset === leaf.offset);
            return reference?.ref && AstUtils.getDocument(reference.ref) === document ? leaf.range : undefined;
        }
        return undefined;
    }

    private refusal(text: Text): ResponseError<void> {
        return new ResponseError(ErrorCodes.InvalidRequest, text[this.settings.locale]);
    }
}
