/**
 * The cross-references of a node, read from the properties the grammar declares as references.
 * Langium's `streamReferences` inspects every property of every node instead; for the linker and
 * the reference index of a 1,000-indicator document that search cost more than the work itself
 * (measured by `npm run bench`).
 */
import { isReference, type AstNode, type AstReflection, type ReferenceInfo } from 'langium';

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
