/**
 * Langium's parser, with the syntax tree built in time linear in a block's length.
 *
 * Whitespace and comments become hidden nodes of the syntax tree. When they come before the
 * first token of a new node, Langium's CstNodeBuilder finds that node in its parent's children
 * with `indexOf`, from the front: for the n-th goal of 年度总体目标 that is n steps, so 20,000 goals
 * took 4 s to parse instead of 0.2 s, and `jixiao check` of 50,000 goals most of its 22 s (the
 * issue measured goal.unsupported; the validator was quadratic too). The new node is always its
 * parent's last child, so this builder searches from the back. Langium 4.1.3 creates its builder
 * in the parser's constructor and offers no way to give another: it is replaced right after.
 */
import { CstNodeBuilder, CstUtils, createLangiumParser, LeafCstNodeImpl, type CompositeCstNode, type LangiumCoreServices, type LangiumParser } from 'langium';
import type { IToken } from 'chevrotain';

export class JixiaoCstNodeBuilder extends CstNodeBuilder {
    /** As Langium's, with `lastIndexOf` where the node sought is the last child. */
    override addHiddenNodes(tokens: IToken[]): void {
        let current: CompositeCstNode = this.current;
        const root = current.root;
        const nodes = tokens.map(token => {
            const leaf = new LeafCstNodeImpl(token.startOffset, token.image.length, CstUtils.tokenToRange(token), token.tokenType, true);
            leaf.root = root;
            return leaf;
        });
        if (current.content.length > 0) {
            current.content.push(...nodes);
            return;
        }
        // A new node without content yet: the hidden nodes go before the first ancestor that has
        // siblings before it, or at the very start.
        while (current.container) {
            const index = current.container.content.lastIndexOf(current);
            if (index > 0) {
                current.container.content.splice(index, 0, ...nodes);
                return;
            }
            current = current.container;
        }
        root.content.unshift(...nodes);
    }
}

/** Langium's parser for the grammar, building its syntax tree with JixiaoCstNodeBuilder. */
export function createJixiaoParser(services: LangiumCoreServices): LangiumParser {
    const parser = createLangiumParser(services);
    (parser as unknown as { nodeBuilder: CstNodeBuilder }).nodeBuilder = new JixiaoCstNodeBuilder();
    return parser;
}
