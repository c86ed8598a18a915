/**
 * Resolves 对应 goal names by hash lookup. Langium's default scope is a stream that is searched
 * linearly for every reference, so linking n indicators against n/4 goals took quadratic time
 * (measured by `npm run bench`: linking was a fifth of a 1,000-indicator build and grew fastest).
 *
 * All goals live in the declaration's scope (see JixiaoScopeComputation), so one map per document
 * and reference type serves every reference in it. The map is keyed by the document's
 * `localSymbols`, which every rebuild replaces: a changed document can never see a stale map.
 */
import {
    AstUtils, DefaultScopeProvider, MultiMapScope,
    type AstNode, type AstNodeDescription, type LocalSymbols, type ReferenceInfo, type Scope
} from 'langium';

export class JixiaoScopeProvider extends DefaultScopeProvider {
    private readonly scopesBySymbols = new WeakMap<object, Map<string, Scope>>();

    override getScope(context: ReferenceInfo): Scope {
        const document = AstUtils.getDocument(context.container);
        const symbols = document.localSymbols;
        const root = document.parseResult.value;
        if (!symbols || !this.onlyRootHasSymbols(context.container, root, symbols)) {
            return super.getScope(context);
        }
        const referenceType = this.referenceTypeOf(context);
        let byType = this.scopesBySymbols.get(symbols);
        if (!byType) {
            byType = new Map();
            this.scopesBySymbols.set(symbols, byType);
        }
        let scope = byType.get(referenceType);
        if (!scope) {
            const visible: AstNodeDescription[] = symbols.has(root)
                ? symbols.getStream(root).filter(description => this.reflection.isSubtype(description.type, referenceType)).toArray()
                : [];
            // MultiMapScope answers the first of equal names, as the stream scope did.
            scope = new MultiMapScope(visible, this.getGlobalScope(referenceType, context));
            byType.set(referenceType, scope);
        }
        return scope;
    }

    /**
     * Parser recovery can leave a half-typed 对应 on the enclosing category instead of an indicator;
     * completion then asks for the scope of `Category.goals`, for which Langium's reflection throws
     * (found by `npm run fuzz`). The property name still says what is referenced.
     */
    private referenceTypeOf(context: ReferenceInfo): string {
        try {
            return this.reflection.getReferenceType(context);
        } catch (error) {
            for (const type of this.reflection.getAllTypes()) {
                const referenceType = this.reflection.getTypeMetaData(type).properties[context.property]?.referenceType;
                if (referenceType) {
                    return referenceType;
                }
            }
            throw error;
        }
    }

    /** The map is only equivalent to Langium's nested scopes when no inner node holds symbols. */
    private onlyRootHasSymbols(container: AstNode, root: AstNode, symbols: LocalSymbols): boolean {
        for (let node: AstNode | undefined = container; node && node !== root; node = node.$container) {
            if (symbols.has(node)) {
                return false;
            }
        }
        return true;
    }
}
