/**
 * Completion by position (DESIGN §5): keywords, the categories that may still be added where the
 * cursor is, units, comparators, grades, deadlines, goals after 对应 and common indicator names.
 * Langium's engine says which grammar element may come next; the block around the cursor (read
 * from braces, see jixiao-blocks.ts) and the catalogue say which values make sense there.
 *
 * Every item's filter text also carries its pinyin (`cczb`, `chanchuzhibiao` → 产出指标), so an
 * analyst can type without switching on the Chinese input method.
 */
import { AstUtils, GrammarAST, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type TextEdit } from 'vscode-languageserver';
import { isGoal, isIndicator, isJixiaoDocument, isProjectDeclaration, type JixiaoDocument } from '../generated/ast.js';
import type { JixiaoServices } from '../jixiao-module.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import { allIndicators, hasProperty, profileOf } from '../jixiao-ast-utils.js';
import { PROJECT_ATTRIBUTES } from '../domain/projects.js';
import type { JixiaoWorkspaceIndex } from '../workspace/jixiao-workspace-index.js';
import { projectSkeleton } from './jixiao-project-skeleton.js';
import { evaluationSkeleton } from './jixiao-selfeval-skeleton.js';
import { suggestUnits } from '../jixiao-unit-suggestions.js';
import { canonicalCategoryName, findFirstLevel, findSecondLevel, profileNames, PROFILES } from '../domain/catalogue.js';
import { DEFAULT_GRADE_SCALE } from '../domain/grades.js';
import { AMOUNT_UNITS } from '../domain/money.js';
import { scoringProfileByName, scoringProfileNames } from '../domain/scoring-profiles.js';
import {
    CANONICAL_COMPARATORS, COMPARATOR_SPELLINGS, DEPARTMENT_DECLARATION, INDICATOR_CLAUSES, INDICATOR_KEYWORD, PROJECT_DECLARATION, SELF_EVALUATION,
    documentFields, documentKindOfRule, headerKeyword
} from '../domain/grammar-facts.js';
import { pinyinFilterText, pinyinKeys } from '../domain/pinyin.js';
import { COMMON_UNITS, knownUnits, unitInfo } from '../domain/units.js';
import { blockAt, categoryLevel, scanBlocks, type Block } from './jixiao-blocks.js';
import { COMPARATOR_DETAILS, KEYWORD_DETAILS, LspTexts } from './jixiao-lsp-messages.js';

/** An indicator's clauses that some kind of document has and another has not (对应 in declarations, 实际 in evaluations). */
const INDICATOR_CLAUSE_KEYWORDS = new Set<string>(Object.values(INDICATOR_CLAUSES));

export class JixiaoCompletionProvider extends DefaultCompletionProvider {
    private readonly settings: JixiaoSettings;
    private readonly workspace: JixiaoWorkspaceIndex;
    private blockCache?: { key: string; root: Block };

    constructor(services: JixiaoServices) {
        super(services);
        this.settings = services.settings.JixiaoSettings;
        this.workspace = services.workspace.WorkspaceIndex;
    }

    /** After a separator in `对应 甲、` the next goal is wanted at once. */
    override readonly completionOptions = { triggerCharacters: ['、', '，', ','] };

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        const rule = AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name;
        const property = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment)?.feature;
        if (GrammarAST.isKeyword(feature)) {
            if (rule === 'Comparator') {
                this.completeComparators(context, acceptor);
            } else if (rule !== 'Unit' && this.keywordFits(context, feature.value)) {
                super.completionFor(context, next, acceptor);
            }
            return;
        }
        if (GrammarAST.isCrossReference(feature)) {
            return super.completionFor(context, next, acceptor);
        }
        if (!GrammarAST.isRuleCall(feature)) {
            return;
        }
        if (rule === 'Category' && property === 'name') {
            this.completeCategories(context, acceptor);
        } else if (rule === 'Unit') {
            this.completeUnits(context, acceptor);
        } else if (rule === 'Indicator' && property === 'name') {
            this.completeIndicatorNames(context, acceptor);
        } else if (rule === 'Grade' && property === 'grade') {
            this.completeGrades(context, acceptor);
        } else if (rule === 'Deadline') {
            this.completeDeadlines(context, acceptor);
        } else if (rule === 'ProjectDeclaration' && property === 'attribute') {
            // Offered once, though the grammar takes the attribute as a name or a quoted string.
            if (feature.rule.ref?.name === 'ID') {
                PROJECT_ATTRIBUTES.forEach((attribute, index) => acceptor(context, this.item(attribute, CompletionItemKind.EnumMember, LspTexts.projectAttribute, index)));
            }
        } else if (rule === 'ProjectDeclaration' && property === 'task') {
            this.completeTasks(context, acceptor);
        } else if (rule !== undefined && documentKindOfRule(rule) && property === 'amountUnit') {
            AMOUNT_UNITS.forEach((unit, index) => acceptor(context, this.item(unit, CompletionItemKind.Unit, LspTexts.amountUnit, index)));
        } else if (rule === 'ProfileName' && this.textBefore(context).endsWith(headerKeyword(SELF_EVALUATION, 'scoringProfile'))) {
            scoringProfileNames().forEach((name, index) => acceptor(context, {
                ...this.item(name, CompletionItemKind.EnumMember, LspTexts.scoringProfile, index),
                documentation: scoringProfileByName(name)?.label
            }));
        } else if (rule === 'ProfileName') {
            profileNames().forEach((name, index) => acceptor(context, {
                ...this.item(name, CompletionItemKind.EnumMember, LspTexts.profile, index),
                documentation: PROFILES[name as keyof typeof PROFILES]?.label
            }));
        }
    }

    // --- keywords -----------------------------------------------------------------------------

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        if (keyword.value === PROJECT_DECLARATION.keyword && context.textDocument.getText().trim() === '') {
            // An empty file: the whole project form to fill in (a snippet with tab stops).
            acceptor(context, {
                label: '项目支出绩效目标申报表',
                kind: CompletionItemKind.Snippet,
                detail: LspTexts.projectSkeleton[this.settings.locale],
                insertText: projectSkeleton(String(new Date().getFullYear())),
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: '项目支出绩效目标 xmzcjxmb',
                sortText: '0'
            });
        }
        if (keyword.value === SELF_EVALUATION.keyword && context.textDocument.getText().trim() === '') {
            // An empty file: the whole self-evaluation form to fill in.
            acceptor(context, {
                label: '项目支出绩效自评表',
                kind: CompletionItemKind.Snippet,
                detail: LspTexts.evaluationSkeleton[this.settings.locale],
                insertText: evaluationSkeleton(String(new Date().getFullYear() - 1)),
                insertTextFormat: InsertTextFormat.Snippet,
                filterText: '项目支出绩效自评 xmzcjxzp',
                sortText: '0'
            });
        }
        const detail = KEYWORD_DETAILS[keyword.value]?.[this.settings.locale] ?? LspTexts.keyword[this.settings.locale];
        acceptor(context, { label: keyword.value, kind: CompletionItemKind.Keyword, detail, sortText: '1' });
    }

    /** Keywords the grammar allows but the form does not want here, or that are already written. */
    private keywordFits(context: CompletionContext, keyword: string): boolean {
        const block = this.blockAt(context);
        if (keyword === INDICATOR_KEYWORD) {
            // Indicators belong in a 二级 category; in a known 一级 they are a structure error.
            return !(block.kind === 'category' && categoryLevel(block) === 1 && this.firstLevelOf(context, block) !== undefined);
        }
        const root = this.declarationOf(context);
        const kind = (root && documentKindOfRule(root.$type)) ?? DEPARTMENT_DECLARATION;
        if (INDICATOR_CLAUSE_KEYWORDS.has(keyword) && !kind.indicatorClauses.some(clause => INDICATOR_CLAUSES[clause] === keyword)) {
            return false;
        }
        if (block.kind === 'declaration') {
            const field = documentFields(kind)[keyword];
            return !field || !hasProperty(root, field);
        }
        return true;
    }

    /** After 所属任务: the tasks of the project's department, or of every department when it has none yet. */
    private completeTasks(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const project = this.declarationOf(context);
        const own = isProjectDeclaration(project) ? this.workspace.departmentOf(project) : undefined;
        const departments = own ? [own] : this.workspace.model().departments;
        let order = 0;
        for (const department of departments) {
            for (const task of department.tasks) {
                acceptor(context, {
                    ...this.item(task.name, CompletionItemKind.Reference, LspTexts.departmentTask(department.departmentName ?? department.authority ?? ''), order++),
                    insertText: JSON.stringify(task.name),
                    documentation: typeof task.node.content === 'string' ? task.node.content : undefined
                });
            }
        }
    }

    private completeComparators(context: CompletionContext, acceptor: CompletionAcceptor): void {
        CANONICAL_COMPARATORS.forEach((comparator, index) => acceptor(context, {
            label: comparator,
            kind: CompletionItemKind.Operator,
            detail: COMPARATOR_DETAILS[comparator][this.settings.locale],
            filterText: `${comparator} ${COMPARATOR_SPELLINGS[comparator][0]}`,
            sortText: `0${String(index).padStart(3, '0')}`
        }));
    }

    // --- categories ---------------------------------------------------------------------------

    private completeCategories(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const block = this.blockAt(context);
        const profile = profileOf(this.declarationOf(context), this.settings.profile);
        const used = new Set(block.categories
            .filter(category => category.offset !== context.tokenOffset)
            .map(category => canonicalCategoryName(profile, category.name)));
        if (block.kind === 'indicators') {
            profile.firstLevels.filter(first => !used.has(first.name)).forEach((first, index) => acceptor(context, {
                ...this.item(first.name, CompletionItemKind.Module, LspTexts.firstLevel, index),
                documentation: first.description
            }));
        } else if (block.kind === 'category' && categoryLevel(block) === 1) {
            const first = this.firstLevelOf(context, block);
            first?.children.filter(second => !used.has(second.name)).forEach((second, index) => acceptor(context, {
                ...this.item(second.name, CompletionItemKind.Class, LspTexts.secondLevelOf(first.name), index),
                documentation: second.description
            }));
        }
    }

    private firstLevelOf(context: CompletionContext, block: Block) {
        return block.name === undefined ? undefined : findFirstLevel(profileOf(this.declarationOf(context), this.settings.profile), block.name);
    }

    // --- indicators ---------------------------------------------------------------------------

    private completeIndicatorNames(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const block = this.blockAt(context);
        if (block.kind !== 'category' || block.name === undefined || categoryLevel(block) !== 2) {
            return;
        }
        const declaration = this.declarationOf(context);
        const location = findSecondLevel(profileOf(declaration, this.settings.profile), block.name);
        if (!location) {
            return;
        }
        const used = new Set(declaration ? allIndicators(declaration).map(indicator => indicator.name) : []);
        location.category.commonIndicators.filter(name => !used.has(name)).forEach((name, index) => acceptor(context, {
            ...this.item(name, CompletionItemKind.Value, LspTexts.commonIndicator(location.category.name), index),
            insertText: `"${name}"`
        }));
    }

    private completeUnits(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const indicator = AstUtils.getContainerOfType(context.node, isIndicator);
        // suggestUnits reads the name: a half-typed indicator may not have one yet.
        const suggested = indicator && typeof indicator.name === 'string' ? suggestUnits(indicator) : [...COMMON_UNITS];
        const ordered = [...new Set([...suggested, ...COMMON_UNITS, ...knownUnits().map(info => info.unit)])];
        ordered.forEach((unit, index) => acceptor(context, {
            ...this.item(unit, CompletionItemKind.Unit, index < suggested.length ? LspTexts.unitSuggested : LspTexts.unit, index),
            documentation: unitInfo(unit)?.description
        }));
    }

    private completeGrades(context: CompletionContext, acceptor: CompletionAcceptor): void {
        this.settings.grades.forEach((grade, index) => acceptor(context, {
            ...this.item(grade, CompletionItemKind.EnumMember, LspTexts.grade, 100 + index),
            documentation: DEFAULT_GRADE_SCALE[grade] ? `${grade}：${DEFAULT_GRADE_SCALE[grade]}` : undefined
        }));
    }

    private completeDeadlines(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const written = this.declarationOf(context)?.year;
        const year = written && /^\d{4}$/.test(written) ? written : String(new Date().getFullYear());
        [`${year}年12月31日前`, `${year}年6月30日前`, `${year}年底前`].forEach((deadline, index) =>
            acceptor(context, this.item(deadline, CompletionItemKind.Value, LspTexts.deadline, 50 + index)));
    }

    // --- goals after 对应 ----------------------------------------------------------------------

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const indicator = AstUtils.getContainerOfType(context.node, isIndicator);
        // A goal this indicator already names is not offered again (the one being typed does not count).
        const named = new Set((indicator?.goals ?? [])
            .filter(reference => reference.$refNode && !(reference.$refNode.offset <= context.tokenOffset && context.tokenOffset <= reference.$refNode.end))
            .map(reference => reference.$refText));
        return super.getReferenceCandidates(refInfo, context).filter(description => !named.has(description.name));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const goal = description.node;
        return {
            ...super.createReferenceCompletionItem(description, refInfo, context),
            kind: CompletionItemKind.Reference,
            detail: LspTexts.goal[this.settings.locale],
            documentation: isGoal(goal) && typeof goal.text === 'string' ? goal.text : undefined
        };
    }

    // --- items and filtering ------------------------------------------------------------------

    private item(label: string, kind: CompletionItemKind, detail: { zh: string; en: string }, order: number): CompletionValueItem {
        return { label, kind, detail: detail[this.settings.locale], sortText: `0${String(order).padStart(3, '0')}` };
    }

    protected override fillCompletionItem(context: CompletionContext, item: CompletionValueItem): CompletionItem | undefined {
        const completion = super.fillCompletionItem(context, item);
        if (completion && completion.filterText === undefined) {
            completion.filterText = pinyinFilterText(completion.label, this.typedText(context));
        }
        return completion;
    }

    /** Also accepts what was typed when it matches the label's pinyin (`cczb` for 产出指标). */
    protected override buildCompletionTextEdit(context: CompletionContext, label: string, newText: string): TextEdit | undefined {
        const typed = this.typedText(context);
        const { initials, full } = pinyinKeys(label);
        const matches = [label, initials, full].some(candidate => candidate !== '' && this.fuzzyMatcher.match(typed, candidate));
        if (!matches) {
            return undefined;
        }
        return {
            newText,
            range: { start: context.textDocument.positionAt(context.tokenOffset), end: context.position }
        };
    }

    /** The text before the word being completed, without the spaces before it. */
    private textBefore(context: CompletionContext): string {
        return context.textDocument.getText().substring(0, context.tokenOffset).trimEnd();
    }

    private typedText(context: CompletionContext): string {
        return context.textDocument.getText().substring(context.tokenOffset, context.offset);
    }

    // --- where the cursor is ------------------------------------------------------------------

    /** The document being completed, of whichever kind. */
    private declarationOf(context: CompletionContext): JixiaoDocument | undefined {
        const root = context.document.parseResult?.value;
        return isJixiaoDocument(root) ? root : undefined;
    }

    private blockAt(context: CompletionContext): Block {
        return blockAt(this.blocksOf(context.document), context.tokenOffset);
    }

    private blocksOf(document: LangiumDocument): Block {
        const key = `${document.uri.toString()}@${document.textDocument.version}`;
        if (this.blockCache?.key !== key) {
            this.blockCache = { key, root: scanBlocks(this.lexer, document.textDocument.getText()) };
        }
        return this.blockCache.root;
    }
}
