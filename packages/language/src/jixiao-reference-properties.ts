/**
 * The cross-references of a node, read from the properties the grammar declares as references.
 * Langium's `streamReferences` inspects every property of every node instead; for the linker and
 * the reference index of a 1,000-indicator document that search cost more than the work itself
 * (measured by `npm run bench`).
 */
import { AstUtils, isReference, type AstNode, type AstReflection, type ReferenceInfo } from 'langium';
import { allIndicators, isTargetDeclaration } from './jixiao-ast-utils.js';

/**
 * The nodes that can hold references. In a declaration that parsed cleanly only indicators do
 * (对应), and they are found without visiting every node; parser recovery can leave a 对应 on
 * another node (see jixiao-scope-provider.ts), so any other document is walked in full.
 */
export function nodesWithReferences(root: AstNode): Iterable<AstNode> {
    const clean = root.$document !== undefined && root.$document.parseResult.parserErrors.length === 0;
    return clean && isTargetDeclaration(root) ? allIndicators(root) : AstUtils.streamAst(root);
}

export class ReferenceProperties {
    /** Per node type: the names of its reference properties. */
    private readonly byType = new Map<string, string[]>();

    constructor(private readonly reflection: AstReflection) {}

    referencesOf(node: AstNode): ReferenceInfo[] {
        const result: ReferenceInfo[] = [];
        for (const property of this.propertiesOf(node.$type)) {
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                value.forEach((reference, index) => {
                    if (isReference(reference)) {
                        result.push({ reference, container: node, property, index });
                    }
                });
            } else if (isReference(value)) {
                result.push({ reference: value, container: node, property });
            }
        }
        return result;
    }

    private propertiesOf(type: string): string[] {
        let properties = this.byType.get(type);
        if (!properties) {
            properties = Object.values(this.reflection.getTypeMetaData(type).properties)
                .filter(property => property.referenceType !== undefined)
                .map(property => property.name);
            this.byType.set(type, properties);
        }
        return properties;
    }
}
