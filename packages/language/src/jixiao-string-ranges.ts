/**
 * Maps an offset inside a string's value to a range in the document, so that a diagnostic about
 * “200个以上” inside a long goal text underlines just those characters.
 */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

export function rangeInStringToken(node: AstNode, property: string, valueOffset: number, length: number): Range | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    const document = AstUtils.findRootNode(node).$document?.textDocument;
    if (!cst || !document) {
        return cst?.range;
    }
    const raw = cst.text;
    // Walk the raw token (after the opening quote), counting value characters; escapes take two.
    let rawIndex = 1;
    let valueIndex = 0;
    const rawStartOf = (target: number): number => {
        while (valueIndex < target && rawIndex < raw.length - 1) {
            rawIndex += raw[rawIndex] === '\\' ? 2 : 1;
            valueIndex++;
        }
        return rawIndex;
    };
    const start = rawStartOf(valueOffset);
    const end = rawStartOf(valueOffset + length);
    return {
        start: document.positionAt(cst.offset + start),
        end: document.positionAt(cst.offset + end)
    };
}
