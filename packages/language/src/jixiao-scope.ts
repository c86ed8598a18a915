/**
 * Goals are named in 年度总体目标 (a project's 年度绩效目标) and referenced from indicators in 年度绩效指标, a sibling
 * section: put them in the declaration's scope. Nothing is exported, so two declarations in one
 * folder never resolve each other's goals.
 */
import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import { isGoal } from './generated/ast.js';
import { isTargetDeclaration } from './jixiao-ast-utils.js';

export class JixiaoScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    /**
     * The grammar allows goals only in 年度总体目标, directly under the declaration, so only they are
     * visited: the default walk over every node of a 1,000-indicator document cost as much as
     * linking it (measured by `npm run bench`).
     */
    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        const root = document.parseResult.value;
        if (isTargetDeclaration(root)) {
            for (const goal of root.goals?.goals ?? []) {
                this.addLocalSymbol(goal, document, symbols);
            }
        }
        return symbols;
    }

    protected override addLocalSymbol(node: AstNode, document: LangiumDocument, symbols: MultiMap<AstNode, AstNodeDescription>): void {
        if (isGoal(node)) {
            const name = this.nameProvider.getName(node);
            if (name) {
                symbols.add(document.parseResult.value, this.descriptions.createDescription(node, name, document));
            }
        }
    }
}
