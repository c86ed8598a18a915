/**
 * Goals are named in 年度总体目标 and referenced from indicators in 年度绩效指标, a sibling
 * section: put them in the declaration's scope. Nothing is exported, so two declarations in one
 * folder never resolve each other's goals.
 */
import { DefaultScopeComputation, type AstNode, type AstNodeDescription, type LangiumDocument } from 'langium';
import type { MultiMap } from 'langium';
import { isGoal } from './generated/ast.js';

export class JixiaoScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
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
