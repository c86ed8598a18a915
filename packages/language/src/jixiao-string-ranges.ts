/**
 * Maps an offset inside a string's value to a range in the document, so that a diagnostic about
 * “200个以上” inside a long goal text underlines just those characters.
 */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { sourceOffsetOfValueIndex } from './jixiao-strings.js';

export function rangeInStringToken(node: AstNode, property: string, valueOffset: number, length: number): Range | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    const document = AstUtils.findRootNode(node).$document?.textDocument;
    if (!cst || !document) {
        return cst?.range;
    }
    // Quotes take one source character, escapes of "…" texts two (see jixiao-strings.ts).
    const raw = cst.text;
    return {
        start: document.positionAt(cst.offset + sourceOffsetOfValueIndex(raw, valueOffset)),
        end: document.positionAt(cst.offset + sourceOffsetOfValueIndex(raw, valueOffset + length))
    };
}
