/**
 * The reference index (for find references and rename) built from the grammar's reference
 * properties only, like JixiaoLinker: the same descriptions as Langium's, without looking through
 * every property of every node.
 */
import {
    Cancellation, CstUtils, DefaultReferenceDescriptionProvider, interruptAndCheck, isReference, UriUtils,
    type DocumentSegment, type LangiumCoreServices, type LangiumDocument, type ReferenceDescription, type ReferenceInfo
} from 'langium';
import { nodesWithReferences, ReferenceProperties } from './jixiao-reference-properties.js';

export class JixiaoReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly references: ReferenceProperties;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.references = new ReferenceProperties(services.shared.AstReflection);
    }

    /**
     * The description of each 对应, with its source path and range computed when a references or
     * rename request reads them: rebuilt on every keystroke, they are almost never read, and
     * computing them for every reference of a 1,000-indicator document cost as much as linking.
     */
    private describe(refInfo: ReferenceInfo, document: LangiumDocument): ReferenceDescription[] {
        const reference = refInfo.reference;
        const item = isReference(reference) ? reference.$nodeDescription : undefined;
        const refNode = reference.$refNode;
        if (reference.error || !refNode || !item) {
            return this.createInfoDescriptions(refInfo);
        }
        const locator = this.nodeLocator;
        const container = refInfo.container;
        let sourcePath: string | undefined;
        let segment: DocumentSegment | undefined;
        return [{
            sourceUri: document.uri,
            get sourcePath() { return sourcePath ??= locator.getAstNodePath(container); },
            targetUri: item.documentUri,
            targetPath: item.path,
            get segment() { return segment ??= CstUtils.toDocumentSegment(refNode); },
            // Goals are not exported (jixiao-scope.ts): a reference always points into its own document.
            local: item.documentUri === document.uri || UriUtils.equals(item.documentUri, document.uri)
        }];
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        let visited = 0;
        for (const node of nodesWithReferences(document.parseResult.value)) {
            if (++visited % 500 === 0) {
                await interruptAndCheck(cancelToken);
            }
            for (const info of this.references.referencesOf(node)) {
                if (!info.reference.error) {
                    descriptions.push(...this.describe(info, document));
                }
            }
        }
        return descriptions;
    }
}
