/**
 * The project declaration a self-evaluation names with `申报 "file.jixiao"`, found relative to the
 * evaluation: the document the workspace already holds (so an unsaved edit counts), else the file
 * read through Langium's FileSystemProvider (the disk for the CLI, whatever the client offers in
 * the browser) and parsed on its own. Its indicators are what `selfeval.target-changed` compares
 * the evaluation's targets with.
 */
import { UriUtils, type LangiumDocument, type LangiumDocuments, type URI } from 'langium';
import type { FileSystemProvider } from 'langium';
import { isProjectDeclaration, type ProjectDeclaration, type SelfEvaluation } from './generated/ast.js';
import type { JixiaoServices } from './jixiao-module.js';
import { headerValue } from './jixiao-ast-utils.js';
import { compareDecimal } from './domain/decimal.js';
import { lastDay, type ScoringValue } from './domain/scoring.js';

export type DeclarationLookup =
    | { readonly ok: true; readonly uri: URI; readonly declaration: ProjectDeclaration }
    | { readonly ok: false; readonly uri: URI; readonly reason: 'unreadable' | 'not-project'; readonly detail?: string };

export class JixiaoSelfevalDeclarations {
    private readonly documents: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;
    private readonly services: JixiaoServices;

    constructor(services: JixiaoServices) {
        this.services = services;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    /** Where `申报` points, relative to the evaluation's own folder. */
    uriOf(evaluation: SelfEvaluation, document: LangiumDocument): URI | undefined {
        const path = headerValue(evaluation.declarationPath)?.trim();
        return path ? UriUtils.resolvePath(UriUtils.dirname(document.uri), path.replace(/\\/g, '/')) : undefined;
    }

    async lookup(evaluation: SelfEvaluation, document: LangiumDocument): Promise<DeclarationLookup | undefined> {
        const uri = this.uriOf(evaluation, document);
        if (!uri) {
            return undefined;
        }
        const open = this.documents.getDocument(uri);
        let root = open?.parseResult?.value;
        if (!open) {
            let text: string;
            try {
                text = await this.fileSystem.readFile(uri);
            } catch (error) {
                const code = (error as NodeJS.ErrnoException)?.code;
                return { ok: false, uri, reason: 'unreadable', detail: code };
            }
            root = this.services.parser.LangiumParser.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).value;
        }
        return isProjectDeclaration(root) ? { ok: true, uri, declaration: root } : { ok: false, uri, reason: 'not-project' };
    }

    /** The evaluations among `candidates` whose `申报` names one of `changed`: they must be checked again. */
    evaluationsNaming(changed: readonly LangiumDocument[], candidates: readonly LangiumDocument[]): LangiumDocument[] {
        const changedUris = new Set(changed.map(document => document.uri.toString()));
        return candidates.filter(candidate => {
            const root = candidate.parseResult?.value;
            if (!root || root.$type !== 'SelfEvaluation') {
                return false;
            }
            const uri = this.uriOf(root as SelfEvaluation, candidate);
            return uri !== undefined && changedUris.has(uri.toString()) && !changedUris.has(candidate.uri.toString());
        });
    }
}

/**
 * Whether a target is the one declared: the same comparator (`=` and none alike), number, unit; a
 * deadline ending the same day (`2026年底前` is `2026年12月31日前`); the same grade or text.
 */
export function sameTarget(evaluated: ScoringValue | undefined, declared: ScoringValue | undefined): boolean {
    if (!evaluated || !declared || evaluated.kind !== declared.kind) {
        return evaluated === declared;
    }
    switch (evaluated.kind) {
        case 'quantity': {
            const other = declared as typeof evaluated;
            const comparator = (value: typeof evaluated) => value.comparator === '=' ? undefined : value.comparator;
            return comparator(evaluated) === comparator(other) && compareDecimal(evaluated.number, other.number) === 0 && evaluated.unit === other.unit;
        }
        case 'deadline': return lastDay(evaluated.date) === lastDay((declared as typeof evaluated).date);
        case 'grade': return evaluated.grade === (declared as typeof evaluated).grade;
        case 'text': return evaluated.text === (declared as typeof evaluated).text;
        case 'not-applicable': return true;
    }
}
