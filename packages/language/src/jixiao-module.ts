/**
 * Dependency injection for the Jixiao language: one line per customisation, as in Langium's
 * generated projects.
 */
import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, NormalizedTextDocuments,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { JixiaoGeneratedModule, JixiaoGeneratedSharedModule } from './generated/module.js';
import { JixiaoSettings } from './jixiao-settings.js';
import { registerValidationChecks } from './jixiao-validator.js';
import { IssueReporter } from './validation/jixiao-issue-reporter.js';
import { JixiaoBudgetValidator } from './validation/jixiao-budget-validator.js';
import { JixiaoStructureValidator } from './validation/jixiao-structure-validator.js';
import { JixiaoIndicatorValidator } from './validation/jixiao-indicator-validator.js';
import { JixiaoGoalValidator } from './validation/jixiao-goal-validator.js';
import { JixiaoFieldValidator } from './validation/jixiao-field-validator.js';
import { JixiaoCellTextValidator } from './validation/jixiao-cell-text-validator.js';
import { JixiaoSelfevalValidator } from './validation/jixiao-selfeval-validator.js';
import { JixiaoSelfevalDeclarations } from './jixiao-selfeval-declaration.js';
import { JixiaoProjectValidator } from './validation/jixiao-project-validator.js';
import { JixiaoScopeComputation } from './jixiao-scope.js';
import { JixiaoScopeProvider } from './jixiao-scope-provider.js';
import { JixiaoLinker } from './jixiao-linker.js';
import { JixiaoReferenceDescriptionProvider } from './jixiao-reference-descriptions.js';
import { JixiaoDocumentFactory } from './jixiao-document-factory.js';
import { JixiaoTextDocument } from './lsp/jixiao-text-document.js';
import { createJixiaoCompletionParser } from './jixiao-completion-parser.js';
import { createJixiaoParser } from './jixiao-parser.js';
import { JixiaoDocumentValidator } from './jixiao-document-validator.js';
import { JixiaoValidationRegistry } from './jixiao-validation-registry.js';
import { JixiaoLexerErrorMessageProvider, JixiaoParserErrorMessageProvider } from './jixiao-syntax-messages.js';
import { JixiaoTokenBuilder } from './jixiao-token-builder.js';
import { JixiaoLexer } from './jixiao-lexer.js';
import { JixiaoValueConverter } from './jixiao-value-converter.js';
import { JixiaoCompletionProvider } from './lsp/jixiao-completion-provider.js';
import { JixiaoHoverProvider } from './lsp/jixiao-hover-provider.js';
import { JixiaoInlayHintProvider } from './lsp/jixiao-inlay-hints.js';
import { JixiaoCodeActionProvider } from './lsp/jixiao-code-action-provider.js';
import { JixiaoFormatter } from './lsp/jixiao-formatter.js';
import { JixiaoDocumentSymbolProvider } from './lsp/jixiao-document-symbols.js';
import { JixiaoFoldingRangeProvider } from './lsp/jixiao-folding.js';
import { JixiaoSemanticTokenProvider } from './lsp/jixiao-semantic-tokens.js';
import { JixiaoRenameProvider } from './lsp/jixiao-rename-provider.js';
import { JixiaoDocumentUpdateHandler } from './lsp/jixiao-document-update-handler.js';
import { TypingState } from './jixiao-typing-state.js';
import { answerUnderClientUris } from './lsp/jixiao-client-uris.js';
import { JixiaoCodeLensProvider } from './lsp/jixiao-code-lens.js';
import { JixiaoDefinitionProvider, JixiaoReferencesProvider } from './lsp/jixiao-task-navigation.js';
import { JixiaoWorkspaceIndex } from './workspace/jixiao-workspace-index.js';
import { JixiaoWorkspaceValidator } from './workspace/jixiao-workspace-validator.js';
import { JixiaoDocumentBuilder } from './workspace/jixiao-document-builder.js';

export type JixiaoAddedServices = {
    settings: {
        JixiaoSettings: JixiaoSettings;
    };
    validation: {
        IssueReporter: IssueReporter;
        Budget: JixiaoBudgetValidator;
        Structure: JixiaoStructureValidator;
        Indicators: JixiaoIndicatorValidator;
        Goals: JixiaoGoalValidator;
        Fields: JixiaoFieldValidator;
        CellTexts: JixiaoCellTextValidator;
        Selfeval: JixiaoSelfevalValidator;
        SelfevalDeclarations: JixiaoSelfevalDeclarations;
        Projects: JixiaoProjectValidator;
        Workspace: JixiaoWorkspaceValidator;
    };
    workspace: {
        WorkspaceIndex: JixiaoWorkspaceIndex;
    };
};

export type JixiaoServices = LangiumServices & JixiaoAddedServices;

/** Services of the whole server (all documents), added to Langium's shared ones. */
export type JixiaoSharedAddedServices = {
    workspace: {
        TypingState: TypingState;
    };
};

export type JixiaoSharedServices = LangiumSharedServices & JixiaoSharedAddedServices;

export const JixiaoModule: Module<JixiaoServices, PartialLangiumServices & JixiaoAddedServices> = {
    settings: {
        JixiaoSettings: () => new JixiaoSettings()
    },
    parser: {
        ParserErrorMessageProvider: (services) => new JixiaoParserErrorMessageProvider(services.settings.JixiaoSettings),
        LexerErrorMessageProvider: (services) => new JixiaoLexerErrorMessageProvider(services.settings.JixiaoSettings),
        CompletionParser: (services) => createJixiaoCompletionParser(services),
        TokenBuilder: () => new JixiaoTokenBuilder(),
        Lexer: (services) => new JixiaoLexer(services),
        ValueConverter: () => new JixiaoValueConverter(),
        LangiumParser: (services) => createJixiaoParser(services)
    },
    references: {
        ScopeComputation: (services) => new JixiaoScopeComputation(services),
        ScopeProvider: (services) => new JixiaoScopeProvider(services),
        Linker: (services) => new JixiaoLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new JixiaoReferenceDescriptionProvider(services),
        WorkspaceIndex: (services) => new JixiaoWorkspaceIndex(services)
    },
    lsp: {
        CompletionProvider: (services) => new JixiaoCompletionProvider(services),
        HoverProvider: (services) => new JixiaoHoverProvider(services),
        InlayHintProvider: (services) => new JixiaoInlayHintProvider(services),
        CodeActionProvider: (services) => new JixiaoCodeActionProvider(services),
        Formatter: (services) => new JixiaoFormatter(services),
        DocumentSymbolProvider: (services) => new JixiaoDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new JixiaoFoldingRangeProvider(services),
        SemanticTokenProvider: (services) => new JixiaoSemanticTokenProvider(services),
        RenameProvider: (services) => new JixiaoRenameProvider(services),
        CodeLensProvider: (services) => new JixiaoCodeLensProvider(services),
        DefinitionProvider: (services) => new JixiaoDefinitionProvider(services),
        ReferencesProvider: (services) => new JixiaoReferencesProvider(services)
    },
    validation: {
        ValidationRegistry: (services) => new JixiaoValidationRegistry(services),
        DocumentValidator: (services) => new JixiaoDocumentValidator(services),
        IssueReporter: (services) => new IssueReporter(services.settings.JixiaoSettings),
        Budget: (services) => new JixiaoBudgetValidator(services.validation.IssueReporter),
        Structure: (services) => new JixiaoStructureValidator(services.validation.IssueReporter, services.settings.JixiaoSettings),
        Indicators: (services) => new JixiaoIndicatorValidator(services.validation.IssueReporter, services.settings.JixiaoSettings),
        Goals: (services) => new JixiaoGoalValidator(services.validation.IssueReporter),
        Fields: (services) => new JixiaoFieldValidator(services.validation.IssueReporter),
        CellTexts: (services) => new JixiaoCellTextValidator(services.validation.IssueReporter),
        Selfeval: (services) => new JixiaoSelfevalValidator(services.validation.IssueReporter, services.validation.Budget, services.validation.SelfevalDeclarations),
        SelfevalDeclarations: (services) => new JixiaoSelfevalDeclarations(services),
        Projects: (services) => new JixiaoProjectValidator(services.validation.IssueReporter),
        Workspace: (services) => new JixiaoWorkspaceValidator(services)
    }
};

/** Services shared by all languages of a server; Langium has one document factory for them all. */
export const JixiaoSharedModule: Module<JixiaoSharedServices, PartialLangiumSharedServices & JixiaoSharedAddedServices> = {
    workspace: {
        LangiumDocumentFactory: (shared) => new JixiaoDocumentFactory(shared),
        TypingState: (shared) => new TypingState(shared.lsp.Connection !== undefined),
        DocumentBuilder: (shared) => new JixiaoDocumentBuilder(shared),
        TextDocuments: () => new NormalizedTextDocuments(JixiaoTextDocument)
    },
    lsp: {
        DocumentUpdateHandler: (shared) => new JixiaoDocumentUpdateHandler(shared, shared.workspace.TypingState)
    }
};

export function createJixiaoServices(context: DefaultSharedModuleContext): {
    shared: JixiaoSharedServices;
    Jixiao: JixiaoServices;
} {
    const shared = inject(createDefaultSharedModule(context), JixiaoGeneratedSharedModule, JixiaoSharedModule);
    const Jixiao = inject(createDefaultModule({ shared }), JixiaoGeneratedModule, JixiaoModule);
    shared.ServiceRegistry.register(Jixiao);
    registerValidationChecks(Jixiao);
    if (!context.connection) {
        // Without a language server there is no configuration to wait for.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    answerUnderClientUris(shared);
    return { shared, Jixiao };
}
