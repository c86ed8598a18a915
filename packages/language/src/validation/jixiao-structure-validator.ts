/**
 * 结构: the header is complete, every category is a known one at the right level, and every
 * category of the profile is either filled or marked 不适用.
 */
import { GrammarUtils, type ValidationAcceptor } from 'langium';
import type { Category, Declaration, IndicatorSection } from '../generated/ast.js';
import { profileOf, type TargetDeclaration } from '../jixiao-ast-utils.js';
import type { JixiaoSettings } from '../jixiao-settings.js';
import {
    canonicalCategoryName, findFirstLevel, findSecondLevel, profileByName, profileNames, type CategoryProfile
} from '../domain/catalogue.js';
import { isAmountUnit } from '../domain/money.js';
import { closestMatches } from '../domain/similarity.js';
import { IssueCodes } from './jixiao-issue-codes.js';
import { headerFieldNames, Messages, type HeaderField } from './jixiao-messages.js';
import type { IssueReporter } from './jixiao-issue-reporter.js';

const HEADER_KEYWORDS = { departmentName: '部门名称', authority: '主管部门', amountUnit: '金额单位', profile: '指标体系' } as const;

export class JixiaoStructureValidator {
    constructor(private readonly issues: IssueReporter, private readonly settings: JixiaoSettings) {}

    checkHeader = (declaration: Declaration, accept: ValidationAcceptor): void => {
        const locale = this.issues.locale;
        for (const field of ['departmentName', 'authority', 'year'] as const) {
            if (!declaration[field]?.trim()) {
                this.issues.report(accept, IssueCodes.StructureHeaderMissing, Messages.headerMissing(headerFieldNames[field][locale]), {
                    node: declaration, keyword: '部门整体支出绩效目标', data: { field }
                });
            }
        }
        this.checkHeaderValues(declaration, HEADER_KEYWORDS, '部门整体支出绩效目标', accept);
    };

    /**
     * What the headers of both kinds of declaration share: no field written twice, a four-digit
     * year, a known amount unit and profile, and an indicator table (else every 一级 is missing).
     */
    checkHeaderValues(declaration: TargetDeclaration, keywords: Readonly<Record<string, string>>, entryKeyword: string, accept: ValidationAcceptor): void {
        const locale = this.issues.locale;
        for (const [field, keyword] of Object.entries(keywords)) {
            const occurrences = GrammarUtils.findNodesForKeyword(declaration.$cstNode, keyword);
            // The parser keeps only the last value: a repeated field would silently lose the first.
            for (const repeated of occurrences.slice(1)) {
                this.issues.report(accept, IssueCodes.StructureHeaderDuplicate, Messages.headerDuplicate(headerFieldNames[field as HeaderField][locale]), {
                    node: declaration, range: repeated.range, data: { field }
                });
            }
        }
        if (declaration.year !== undefined && !/^\d{4}$/.test(declaration.year)) {
            this.issues.report(accept, IssueCodes.StructureHeaderInvalid, Messages.yearInvalid(declaration.year), {
                node: declaration, property: 'year', data: { field: 'year' }
            });
        }
        if (declaration.amountUnit !== undefined && !isAmountUnit(declaration.amountUnit)) {
            this.issues.report(accept, IssueCodes.StructureHeaderInvalid, Messages.amountUnitInvalid(declaration.amountUnit), {
                node: declaration, property: 'amountUnit', data: { field: 'amountUnit' }
            });
        }
        if (declaration.profile !== undefined && !profileByName(declaration.profile)) {
            this.issues.report(accept, IssueCodes.StructureHeaderInvalid, Messages.profileInvalid(declaration.profile, profileNames().join('、')), {
                node: declaration, property: 'profile', data: { field: 'profile' }
            });
        }
        if (!declaration.indicators) {
            const profile = profileOf(declaration, this.settings.profile);
            for (const first of profile.firstLevels) {
                this.issues.report(accept, IssueCodes.StructureCategoryMissing, Messages.categoryMissing(first.name), {
                    node: declaration, keyword: entryKeyword, data: { category: first.name }
                });
            }
        }
    }

    checkCategoryTree = (section: IndicatorSection, accept: ValidationAcceptor): void => {
        const profile = profileOf(section.$container, this.settings.profile);
        const presentFirst = new Map<string, Category>();
        for (const category of section.categories) {
            if (category.name === undefined) {
                continue;
            }
            const canonical = canonicalCategoryName(profile, category.name);
            const first = findFirstLevel(profile, category.name);
            if (first) {
                this.reportDuplicate(presentFirst, canonical, category, accept);
                this.checkFirstLevel(category, profile, accept);
                continue;
            }
            const second = findSecondLevel(profile, category.name);
            if (second) {
                this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.secondAtTop(category.name, second.parent.name), {
                    node: category, property: 'name', data: { expectedParent: second.parent.name }
                });
            } else {
                const suggestions = closestMatches(category.name, profile.firstLevels.map(f => f.name));
                this.issues.report(accept, IssueCodes.StructureUnknownCategory, Messages.unknownCategory(category.name, '一级', suggestions), {
                    node: category, property: 'name', data: { suggestions }
                });
            }
            this.checkNestedTooDeep(category.categories, accept);
        }
        const indicatorsKeyword = GrammarUtils.findNodeForKeyword(section.$cstNode, '年度绩效指标');
        for (const first of profile.firstLevels) {
            if (!presentFirst.has(first.name)) {
                this.issues.report(accept, IssueCodes.StructureCategoryMissing, Messages.categoryMissing(first.name), {
                    node: section, range: indicatorsKeyword?.range, data: { category: first.name }
                });
            }
        }
    };

    private checkFirstLevel(category: Category, profile: CategoryProfile, accept: ValidationAcceptor): void {
        if (category.notApplicable) {
            return;
        }
        const first = findFirstLevel(profile, category.name)!;
        for (const indicator of category.indicators.filter(indicator => indicator.name !== undefined)) {
            this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.indicatorOutsideSecond(indicator.name), {
                node: indicator, property: 'name'
            });
        }
        const present = new Map<string, Category>();
        for (const child of category.categories) {
            if (child.name === undefined) {
                continue;
            }
            const location = findSecondLevel(profile, child.name);
            if (location && location.parent.name === first.name) {
                this.reportDuplicate(present, location.category.name, child, accept);
                if (!child.notApplicable && child.indicators.length === 0 && child.categories.length === 0) {
                    this.issues.report(accept, IssueCodes.StructureCategoryEmpty, Messages.categoryEmpty(child.name), {
                        node: child, property: 'name'
                    });
                }
            } else if (location) {
                this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.misplacedSecond(child.name, category.name, location.parent.name), {
                    node: child, property: 'name', data: { expectedParent: location.parent.name }
                });
            } else if (findFirstLevel(profile, child.name)) {
                this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.firstNested(child.name), {
                    node: child, property: 'name', data: { expectedParent: null }
                });
            } else {
                const suggestions = closestMatches(child.name, first.children.map(c => c.name));
                this.issues.report(accept, IssueCodes.StructureUnknownCategory, Messages.unknownCategory(child.name, '二级', suggestions), {
                    node: child, property: 'name', data: { suggestions }
                });
            }
            this.checkNestedTooDeep(child.categories, accept);
        }
        if (category.categories.length === 0 && category.indicators.length === 0) {
            this.issues.report(accept, IssueCodes.StructureCategoryEmpty, Messages.categoryEmpty(category.name), {
                node: category, property: 'name'
            });
            return;
        }
        for (const expected of first.children) {
            if (!expected.optional && !present.has(expected.name)) {
                this.issues.report(accept, IssueCodes.StructureCategoryMissing, Messages.categoryMissing(expected.name, first.name), {
                    node: category, property: 'name', data: { category: expected.name, parent: first.name }
                });
            }
        }
    }

    private checkNestedTooDeep(categories: readonly Category[], accept: ValidationAcceptor): void {
        for (const nested of categories.filter(category => category.name !== undefined)) {
            this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.tooDeep(nested.name), {
                node: nested, property: 'name', data: { expectedParent: null }
            });
            for (const indicator of nested.indicators.filter(indicator => indicator.name !== undefined)) {
                this.issues.report(accept, IssueCodes.StructureMisplacedCategory, Messages.indicatorOutsideSecond(indicator.name), {
                    node: indicator, property: 'name'
                });
            }
            this.checkNestedTooDeep(nested.categories, accept);
        }
    }

    private reportDuplicate(seen: Map<string, Category>, key: string, category: Category, accept: ValidationAcceptor): void {
        const first = seen.get(key);
        if (first) {
            const line = (first.$cstNode?.range.start.line ?? 0) + 1;
            this.issues.report(accept, IssueCodes.StructureCategoryDuplicate, Messages.categoryDuplicate(category.name, line), {
                node: category, property: 'name'
            });
        } else {
            seen.set(key, category);
        }
    }
}
