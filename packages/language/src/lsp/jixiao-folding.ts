/** Folding by section: each section, task and category block (and long comments); an indicator's two lines stay open. */
import type { AstNode } from 'langium';
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import { isCategory, isGoalSection, isIndicatorSection, isProjectFunds, isProjectGoalSection, isTask, isTaskSection } from '../generated/ast.js';

export class JixiaoFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override shouldProcess(node: AstNode): boolean {
        return isTaskSection(node) || isTask(node) || isProjectFunds(node) || isGoalSection(node) || isProjectGoalSection(node) || isIndicatorSection(node) || isCategory(node);
    }

    /** Nothing foldable lives inside a task or an indicator. */
    protected override shouldProcessContent(node: AstNode): boolean {
        return !isTask(node) && !isProjectFunds(node) && node.$type !== 'Indicator' && node.$type !== 'Goal';
    }
}
