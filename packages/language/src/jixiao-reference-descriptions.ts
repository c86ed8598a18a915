/**
 * The reference index (for find references and rename) built from the grammar's reference
 * properties only, like JixiaoLinker: the same descriptions as Langium's, without looking through
 * every property of every node.
 */
import {
    AstUtils, Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck,
    type LangiumCoreServices, type LangiumDocument, type ReferenceDescription
} from 'langium';
import { ReferenceProperties } from './jixiao-reference-properties.js';

export class JixiaoReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly references: ReferenceProperties;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.references = new ReferenceProperties(services.shared.AstReflection);
    }

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            await interruptAndCheck(cancelToken);
            for (const info of this.references.referencesOf(node)) {
                if (!info.reference.error) {
                    descriptions.push(...this.createInfoDescriptions(info));
                }
            }
        }
        return descriptions;
    }
}
