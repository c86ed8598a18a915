/**
 * selfeval.target-changed and selfeval.declaration-missing: with `申报`, the evaluation's targets
 * against the declared ones, read from the workspace (and again when the declaration changes).
 */
import { describe, expect, test } from 'vitest';
import { openWorkspace, workspaceDiagnostics, workspaceFindings, workspaceUri } from '../language/workspace-test-utils.js';
import { evaluation, evaluatedIndicators } from './selfeval-test-utils.js';

const HEADER = '  项目名称 "测试项目"\n  主管部门 "测试局"\n  实施单位 "测试局（本级）"\n  申报 "项目.jixiao"';

/** The project declaration the default evaluation evaluates, with the given 数量指标 line. */
function declaration(quantity = '指标 "服务人次" ≥100 人次 解释 "考察服务人次"'): string {
    return [
        '项目支出绩效目标 2026 {',
        '  项目名称 "测试项目"',
        '  主管部门 "测试局"',
        '  实施单位 "测试局（本级）"',
        '  项目属性 新增项目',
        '  项目期 "1年"',
        '  项目资金 { 年度资金总额 100.00  财政拨款 100.00  其他资金 0.00 }',
        '  年度绩效目标 { 目标 服务 "提供服务。" }',
        '  年度绩效指标 {',
        `    产出指标 { 数量指标 { ${quantity} } 质量指标 { 指标 "服务合格率" 100 % 解释 "考察" }`,
        '      时效指标 { 指标 "按时完成" 2026年6月30日前 解释 "考察" } 成本指标 { 指标 "运营成本" ≤50 万元 解释 "考察" } }',
        '    效益指标 { 经济效益指标 不适用 社会效益指标 { 指标 "安全事故发生数" ≤0 起 解释 "考察" } 生态效益指标 不适用 可持续影响指标 不适用 }',
        '    满意度指标 { 服务对象满意度指标 { 指标 "服务对象满意度" ≥90 % 解释 "考察" } }',
        '  }',
        '}'
    ].join('\n');
}

const evaluated = (indicators?: string) => evaluation({ header: HEADER, indicators });

describe('selfeval.target-changed', () => {
    test('a target that differs from the declared one, on the target, with both values', async () => {
        const files = [{ name: '项目.jixiao', text: declaration('指标 "服务人次" ≥120 人次 解释 "考察服务人次"') }, { name: '自评.jixiao', text: evaluated() }];
        expect(await workspaceFindings(files, 'selfeval.target-changed'))
            .toEqual(['自评.jixiao 19:19-19:26 指标“服务人次”的年度指标值 ≥100 人次 与申报表 项目.jixiao 中的 ≥120 人次 不一致']);
    });

    test('an indicator the declaration does not have, and one declared but not evaluated', async () => {
        const files = [
            { name: '项目.jixiao', text: declaration('指标 "服务人次" ≥100 人次 解释 "考察" 指标 "培训场次" ≥5 场 解释 "考察"') },
            { name: '自评.jixiao', text: evaluated(evaluatedIndicators({ 数量指标: '指标 "咨询人次" ≥100 人次 实际 100 人次 分值 20' })) }
        ];
        expect(await workspaceFindings(files, 'selfeval.target-changed')).toEqual([
            '自评.jixiao 19:12-19:18 指标“咨询人次”不在申报表 项目.jixiao 中',
            '自评.jixiao 5:6-5:17 申报表 项目.jixiao 中的指标没有评价：“服务人次”、“培训场次”'
        ]);
    });

    test('silent when every target is as declared, however it is spelt (2026年6月前 is 2026年6月30日前, ≥100.0 is ≥100)', async () => {
        const files = [{ name: '项目.jixiao', text: declaration('指标 "服务人次" >=100.0 人次 解释 "考察服务人次"') }, { name: '自评.jixiao', text: evaluated() }];
        expect(await workspaceFindings(files, 'selfeval.target-changed')).toEqual([]);
    });

    test('follows an edit of the declaration without the evaluation being edited', async () => {
        const { services, documents } = await openWorkspace([{ name: '项目.jixiao', text: declaration() }, { name: '自评.jixiao', text: evaluated() }]);
        expect(workspaceDiagnostics(documents[1]).filter(d => d.code === 'selfeval.target-changed')).toEqual([]);
        const shared = services.shared;
        const uri = workspaceUri('项目.jixiao');
        const changed = shared.workspace.LangiumDocumentFactory.fromString(declaration('指标 "服务人次" ≥150 人次 解释 "考察服务人次"'), uri);
        shared.workspace.LangiumDocuments.deleteDocument(uri);
        shared.workspace.LangiumDocuments.addDocument(changed);
        // Only the declaration is built again; the evaluation is re-validated because it names it.
        await shared.workspace.DocumentBuilder.build([changed], { validation: true });
        const evaluationDocument = shared.workspace.LangiumDocuments.getDocument(workspaceUri('自评.jixiao'))!;
        expect(workspaceDiagnostics(evaluationDocument).filter(d => d.code === 'selfeval.target-changed').map(d => d.message))
            .toEqual(['指标“服务人次”的年度指标值 ≥100 人次 与申报表 项目.jixiao 中的 ≥150 人次 不一致']);
    });
});

describe('selfeval.declaration-missing', () => {
    test('申报 naming a file that is not there', async () => {
        expect(await workspaceFindings([{ name: '自评.jixiao', text: evaluated() }], 'selfeval.declaration-missing'))
            .toEqual(['自评.jixiao 5:6-5:17 无法读取申报表“项目.jixiao”：无法读取该文件，不能核对年度指标值']);
    });

    test('申报 naming a document that is not a project declaration', async () => {
        const files = [{ name: '项目.jixiao', text: evaluated() }, { name: '自评.jixiao', text: evaluated() }];
        expect((await workspaceFindings(files, 'selfeval.declaration-missing'))[1])
            .toBe('自评.jixiao 5:6-5:17 “项目.jixiao”不是项目支出绩效目标申报表，不能核对年度指标值');
    });

    test('silent when the declaration is found', async () => {
        const files = [{ name: '项目.jixiao', text: declaration() }, { name: '自评.jixiao', text: evaluated() }];
        expect(await workspaceFindings(files, 'selfeval.declaration-missing')).toEqual([]);
    });
});
