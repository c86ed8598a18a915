/**
 * 结构: the header is complete, every category is a known one at the right level, and every
 * category of the profile is either filled or marked 不适用. One method per rule; jixiao-validator.ts
 * says which AST type each applies to. The header rules other than completeness apply to every kind
 * of document (a project's and an evaluation's required fields are their own validators').
 */
import { GrammarUtils, type ValidationAcceptor } from 'langium';
import { isCategory, type Category, type Declaration, type Indicator, type IndicatorSection, type JixiaoDocument } from '../generated/ast.js';
import { categoryDepth, documentOf, headerValue, profileOf } from '../jixiao-ast-utils.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import {
    canonicalCategoryName, findFirstLevel, findSecondLevel, profileByName, profileNames, type CategoryProfile, type FirstLevelCategory
} from '../domain/catalogue.js';
import { DEPARTMENT_DECLARATION, documentKindOfRule, sectionKeyword, type DocumentKindFacts } from '../domain/grammar-facts.js';
import { isAmountUnit } from '../domain/money.js';
import { closestMatches } from '../domain/similarity.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { headerFieldNames, Messages, type HeaderField } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';
import { forEachRepeat } from './jixiao-repeats.js';

export class JixiaoStructureValidator {
    private readonly profiles = new WeakMap<JixiaoDocument, { forced: string | undefined; profile: CategoryProfile }>();

    constructor(private readonly issues: IssueReporter, private readonly settings: JixiaoSettings) {}

    // ── the header ────────────────────────────────────────────────────────────────────────────

    headerMustBeComplete = (declaration: Declaration, accept: ValidationAcceptor): void => {
        const written = { departmentName: headerValue(declaration.departmentName), authority: headerValue(declaration.authority), year: declaration.year };
        for (const field of ['departmentName', 'authority', 'year'] as const) {
            if (!written[field]?.trim()) {
                this.issues.report(accept, IssueCodes.StructureHeaderMissing, Messages.headerMissing(this.fieldName(field)), {
                    node: declaration, keyword: DEPARTMENT_DECLARATION.keyword, data: { field }
                });
            }
        }
    };

    /** The grammar keeps every value of a field written twice; which one is meant is the user's call. */
    headerFieldMustNotRepeat = (declaration: JixiaoDocument, accept: ValidationAcceptor): void => {
        for (const [keyword, field] of Object.entries(kindOf(declaration).header) as Array<[string, HeaderField]>) {
            for (const repeated of GrammarUtils.findNodesForKeyword(declaration.$cstNode, keyword).slice(1)) {
                this.issues.report(accept, IssueCodes.StructureHeaderDuplicate, Messages.headerDuplicate(this.fieldName(field)), {
                    node: declaration, range: repeated.range, data: { field }
                });
            }
        }
    };

    yearMustHaveFourDigits = (declaration: JixiaoDocument, accept: ValidationAcceptor): void => {
        if (declaration.year !== undefined && !/^\d{4}$/.test(declaration.year)) {
            this.issues.report(accept, IssueCodes.StructureHeaderInvalid, Messages.yearInvalid(declaration.year), {
                node: declaration, property: 'year', data: { field: 'year' }
            });
        }
    };

    amountUnitMustBeKnown = (declaration: JixiaoDocument, accept: ValidationAcceptor): void => {
        const unit = headerValue(declaration.amountUnit);
        if (unit !== undefined && !isAmountUnit(unit)) {
            this.issues.report(accept, IssueCodes.StructureHeaderInvalid, Messages.amountUnitInvalid(unit), {
                node: declaration, property: 'amountUnit', index: declaration.amountUnit.length - 1, data: { field: 'amountUnit' }
            });
        }
    };

    profileMustBeKnown = (declaration: JixiaoDocument, accept: ValidationAcceptor): void => {
        const profile = headerValue(declaration.profile);
        if (profile !== undefined && !profileByName(profile)) {
            this.issues.report(accept, IssueCodes.StructureHeaderInvalid, Messages.profileInvalid(profile, profileNames().join('、')), {
                node: declaration, property: 'profile', index: declaration.profile.length - 1, data: { field: 'profile' }
            });
        }
    };

    // ── 一级 categories ──────────────────────────────────────────────────────────────────────

    /** Without 年度绩效指标 every 一级 of the profile is missing. */
    indicatorSectionMustBeWritten = (declaration: JixiaoDocument, accept: ValidationAcceptor): void => {
        if (declaration.indicators) {
            return;
        }
        for (const first of this.profileOf(declaration).firstLevels) {
            this.issues.report(accept, IssueCodes.StructureCategoryMissing, Messages.categoryMissing(first.name), {
                node: declaration, keyword: kindOf(declaration).keyword, data: { category: first.name }
            });
        }
    };

    /** A category right under 年度绩效指标 is a 一级 of the profile: not a 二级, not a misspelling. */
    topCategoryMustBeFirstLevel = (category: Category, accept: ValidationAcceptor): void => {
        if (categoryDepth(category) !== 1 || category.name === undefined) {
            return;
        }
        const profile = this.profileOf(category);
        if (findFirstLevel(profile, category.name)) {
            return;
        }
        const second = findSecondLevel(profile, category.name);
        if (second) {
            this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.secondAtTop(category.name, second.parent.name), {
                node: category, property: 'name', data: { expectedParent: second.parent.name }
            });
        } else {
            const suggestions = closestMatches(category.name, profile.firstLevels.map(first => first.name));
            this.issues.report(accept, IssueCodes.StructureUnknownCategory, Messages.unknownCategory(category.name, '一级', suggestions), {
                node: category, property: 'name', data: { suggestions }
            });
        }
    };

    firstLevelMustNotRepeat = (section: IndicatorSection, accept: ValidationAcceptor): void => {
        const profile = this.profileOf(section);
        const firstLevels = section.categories.filter(category => category.name !== undefined && findFirstLevel(profile, category.name));
        this.reportRepeats(firstLevels, profile, accept);
    };

    everyFirstLevelMustBePresent = (section: IndicatorSection, accept: ValidationAcceptor): void => {
        const profile = this.profileOf(section);
        const present = new Set(section.categories
            .filter(category => category.name !== undefined && findFirstLevel(profile, category.name))
            .map(category => canonicalCategoryName(profile, category.name)));
        const keyword = GrammarUtils.findNodeForKeyword(section.$cstNode, sectionKeyword(kindOf(section.$container), 'indicators'));
        for (const first of profile.firstLevels) {
            if (!present.has(first.name)) {
                this.issues.report(accept, IssueCodes.StructureCategoryMissing, Messages.categoryMissing(first.name), {
                    node: section, range: keyword?.range, data: { category: first.name }
                });
            }
        }
    };

    // ── 二级 categories, inside a 一级 ─────────────────────────────────────────────────────────

    /** A category inside a 一级 is one of that 一级's 二级. */
    secondLevelMustBelongToItsFirstLevel = (category: Category, accept: ValidationAcceptor): void => {
        const parent = this.firstLevelAround(category);
        if (!parent || category.name === undefined) {
            return;
        }
        const profile = this.profileOf(category);
        const location = findSecondLevel(profile, category.name);
        if (location && location.parent.name === parent.first.name) {
            return;
        }
        if (location) {
            this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.misplacedSecond(category.name, parent.node.name, location.parent.name), {
                node: category, property: 'name', data: { expectedParent: location.parent.name }
            });
        } else if (findFirstLevel(profile, category.name)) {
            this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.firstNested(category.name), {
                node: category, property: 'name', data: { expectedParent: null }
            });
        } else {
            const suggestions = closestMatches(category.name, parent.first.children.map(child => child.name));
            this.issues.report(accept, IssueCodes.StructureUnknownCategory, Messages.unknownCategory(category.name, '二级', suggestions), {
                node: category, property: 'name', data: { suggestions }
            });
        }
    };

    secondLevelMustNotRepeat = (category: Category, accept: ValidationAcceptor): void => {
        const first = this.knownFirstLevel(category);
        if (!first || category.notApplicable) {
            return;
        }
        const profile = this.profileOf(category);
        const ownSecondLevels = category.categories.filter(child => child.name !== undefined && findSecondLevel(profile, child.name)?.parent.name === first.name);
        this.reportRepeats(ownSecondLevels, profile, accept);
    };

    /** A 一级 that is filled (not 不适用, not empty) has each of its required 二级, filled or 不适用. */
    everySecondLevelMustBePresent = (category: Category, accept: ValidationAcceptor): void => {
        const first = this.knownFirstLevel(category);
        if (!first || category.notApplicable || this.isEmpty(category)) {
            return;
        }
        const profile = this.profileOf(category);
        const present = new Set(category.categories
            .filter(child => child.name !== undefined && findSecondLevel(profile, child.name)?.parent.name === first.name)
            .map(child => findSecondLevel(profile, child.name)!.category.name));
        for (const expected of first.children) {
            if (!expected.optional && !present.has(expected.name)) {
                this.issues.report(accept, IssueCodes.StructureCategoryMissing, Messages.categoryMissing(expected.name, first.name), {
                    node: category, property: 'name', data: { category: expected.name, parent: first.name }
                });
            }
        }
    };

    /** A known 一级, or a 二级 in its place, holds something or says 不适用. */
    categoryShouldNotBeEmpty = (category: Category, accept: ValidationAcceptor): void => {
        if (category.name === undefined || category.notApplicable || !this.isEmpty(category)) {
            return;
        }
        const parent = this.firstLevelAround(category);
        const isOwnSecond = parent !== undefined && findSecondLevel(this.profileOf(category), category.name)?.parent.name === parent.first.name;
        if (this.knownFirstLevel(category) || isOwnSecond) {
            this.issues.report(accept, IssueCodes.StructureCategoryEmpty, Messages.categoryEmpty(category.name), { node: category, property: 'name' });
        }
    };

    // ── nesting ───────────────────────────────────────────────────────────────────────────────

    /** Two levels of categories: anything deeper, or inside a category that is not a 一级, is misplaced. */
    categoryMustNotNestTooDeep = (category: Category, accept: ValidationAcceptor): void => {
        if (this.isTooDeep(category)) {
            this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.tooDeep(category.name), {
                node: category, property: 'name', data: { expectedParent: null }
            });
        }
    };

    /** Indicators are filed in a 二级: not directly in a 一级, nor in a category nested too deep. */
    indicatorMustBeInSecondLevel = (indicator: Indicator, accept: ValidationAcceptor): void => {
        const parent = indicator.$container;
        if (indicator.name === undefined || !isCategory(parent)) {
            return;
        }
        if (this.knownFirstLevel(parent) || this.isTooDeep(parent)) {
            this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.indicatorOutsideSecond(indicator.name), {
                node: indicator, property: 'name'
            });
        }
    };

    // ── helpers ───────────────────────────────────────────────────────────────────────────────

    private fieldName(field: HeaderField): string {
        return headerFieldNames[field][this.issues.locale];
    }

    /**
     * The declaration's profile, found once per parsed declaration and profile setting: every
     * category and indicator asks for it.
     */
    private profileOf(node: Category | IndicatorSection | JixiaoDocument): CategoryProfile {
        const declaration = documentOf(node);
        const forced = this.settings.profile;
        const cached = declaration && this.profiles.get(declaration);
        if (cached && cached.forced === forced) {
            return cached.profile;
        }
        const profile = profileOf(declaration, forced);
        if (declaration) {
            this.profiles.set(declaration, { forced, profile });
        }
        return profile;
    }

    /** The catalogue's 一级 when the category is one, right under 年度绩效指标. */
    private knownFirstLevel(category: Category): FirstLevelCategory | undefined {
        return categoryDepth(category) === 1 && category.name !== undefined ? findFirstLevel(this.profileOf(category), category.name) : undefined;
    }

    /** The known 一级 a category sits directly in. */
    private firstLevelAround(category: Category): { node: Category; first: FirstLevelCategory } | undefined {
        const parent = category.$container;
        const first = isCategory(parent) ? this.knownFirstLevel(parent) : undefined;
        return first && isCategory(parent) ? { node: parent, first } : undefined;
    }

    /**
     * Deeper than a 二级, or inside a top category that is not a 一级. A category under one whose
     * name the parser lost is left alone: its parent has the error.
     */
    private isTooDeep(category: Category): boolean {
        if (category.name === undefined || categoryDepth(category) === 1) {
            return false;
        }
        for (let parent = category.$container; isCategory(parent); parent = parent.$container) {
            if (parent.name === undefined) {
                return false;
            }
        }
        return categoryDepth(category) > 2 || !this.firstLevelAround(category);
    }

    private isEmpty(category: Category): boolean {
        return category.categories.length === 0 && category.indicators.length === 0;
    }

    private reportRepeats(categories: readonly Category[], profile: CategoryProfile, accept: ValidationAcceptor): void {
        forEachRepeat(categories, category => canonicalCategoryName(profile, category.name), (category, line) =>
            this.issues.report(accept, IssueCodes.StructureCategoryDuplicate, Messages.categoryDuplicate(category.name, line), { node: category, property: 'name' }));
    }
}

/** The grammar facts of a document's kind: its keyword and header fields. */
function kindOf(declaration: JixiaoDocument): DocumentKindFacts {
    return documentKindOfRule(declaration.$type) ?? DEPARTMENT_DECLARATION;
}
