/**
 * Code lenses from the server, so that every editor gets them: over a self-evaluation, its total
 * and grade (jixiao-selfeval-editor.ts). The declarations' “导出 Excel · 预览” are client commands
 * and stay with the VS Code extension.
 */
import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isSelfEvaluation } from '../generated/ast.js';
import type { JixiaoServices } from '../jixiao-module.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { evaluationLenses } from './jixiao-selfeval-editor.js';

export class JixiaoCodeLensProvider implements CodeLensProvider {
    private readonly settings: JixiaoSettings;

    constructor(services: JixiaoServices) {
        this.settings = services.settings.JixiaoSettings;
    }

    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): MaybePromise<CodeLens[] | undefined> {
        const root = document.parseResult?.value;
        return isSelfEvaluation(root) ? evaluationLenses(root, this.settings.locale) : [];
    }
}
