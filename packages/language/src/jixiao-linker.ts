/** An unresolved 对应 says, in Chinese, which goal was not found and which names are close. */
import { AstUtils, DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { isDeclaration } from './generated/ast.js';
import type { JixiaoServices } from './jixiao-module.js';
import type { JixiaoSettings } from './jixiao-settings.js';
import { closestMatches } from './domain/similarity.js';
import { Messages } from './validation/jixiao-messages.js';

export class JixiaoLinker extends DefaultLinker {
    private readonly settings: JixiaoSettings;

    constructor(services: JixiaoServices) {
        super(services);
        this.settings = services.settings.JixiaoSettings;
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const declaration = AstUtils.getContainerOfType(refInfo.container, isDeclaration);
        const names = declaration?.goals?.goals.map(goal => goal.name) ?? [];
        const name = refInfo.reference.$refText;
        return { ...error, message: Messages.goalUnresolved(name, closestMatches(name, names))[this.settings.locale] };
    }
}
