/** Finding what is under the cursor: the token, the node it belongs to, and which property it is. */
import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** The token at the offset, or the one just before it when the cursor sits at a token's end. */
export function leafAt(document: LangiumDocument, offset: number): CstNode | undefined {
    const root = document.parseResult?.value?.$cstNode;
    if (!root) {
        return undefined;
    }
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    if (leaf && leaf.offset <= offset && offset < leaf.end) {
        return leaf;
    }
    const before = offset > 0 ? CstUtils.findLeafNodeAtOffset(root, offset - 1) : undefined;
    return before && before.end === offset ? before : leaf;
}

/** True when the token lies inside the text of the node's property (`index` for one of a list). */
export function isPropertyToken(node: AstNode, property: string, leaf: CstNode): boolean {
    return GrammarUtils.findNodesForProperty(node.$cstNode, property)
        .some(cst => cst.offset <= leaf.offset && leaf.end <= cst.end);
}

export function propertyRange(node: AstNode, property: string): Range | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, property)?.range;
}

export function containsOffset(range: { offset: number; end: number }, offset: number): boolean {
    return range.offset <= offset && offset <= range.end;
}
