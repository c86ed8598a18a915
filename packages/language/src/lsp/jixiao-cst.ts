/** Finding what is under the cursor: the token, the node it belongs to, and which property it is. */
import { CstUtils, GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';

/**
 * The token at the offset, or the one just before it when the cursor sits at a token's end.
 * Comments are not tokens of any node: the cursor in a comment finds nothing.
 */
export function leafAt(document: LangiumDocument, offset: number): CstNode | undefined {
    const root = document.parseResult?.value?.$cstNode;
    if (!root) {
        return undefined;
    }
    const at = CstUtils.findLeafNodeAtOffset(root, offset);
    const before = offset > 0 ? CstUtils.findLeafNodeAtOffset(root, offset - 1) : undefined;
    const leaf = at && at.offset <= offset && offset < at.end ? at : before && before.end === offset ? before : at;
    return leaf?.hidden ? undefined : leaf;
}

/** True when the token lies inside the text of the node's property (any of them, for a list such as 对应's goals). */
export function isPropertyToken(node: AstNode, property: string, leaf: CstNode): boolean {
    return GrammarUtils.findNodesForProperty(node.$cstNode, property)
        .some(cst => cst.offset <= leaf.offset && leaf.end <= cst.end);
}
