/**
 * Regressions for the linking speed-ups the benchmark led to: the hash-map goal scope
 * (JixiaoScopeProvider, Langium's stream scope was searched linearly per reference), goals-only
 * local symbols (JixiaoScopeComputation), and the linker and reference index reading only the
 * grammar's reference properties (ReferenceProperties). Results must be exactly as before.
 */
import { describe, expect, test } from 'vitest';
import type { Reference } from 'langium';
import { isQuantity } from 'jixiao-language';
import { allIndicators } from '../../packages/language/src/jixiao-ast-utils.js';
import { createTestServices, declaration, diagnoseCode, parseDocument } from '../language/jixiao-test-utils.js';

describe('对应 resolves through the per-document goal map', () => {
    test('of two goals with one name, the first is the target, as with the stream scope', async () => {
        const text = declaration({
            goals: '    目标 服务 "第一个"\n    目标 服务 "第二个"',
            indicators: '    产出指标 { 数量指标 { 指标 "服务人次" 100 人次 对应 服务 解释 "考察" } }'
        });
        const document = await parseDocument(text);
        const [indicator] = allIndicators(document.parseResult.value);
        expect(indicator.goals[0].ref?.text).toBe('第一个');
    });

    test('an unknown goal is still a linking error with its did-you-mean', async () => {
        const text = declaration({ indicators: '    产出指标 { 数量指标 { 指标 "服务人次" 100 人次 对应 服物 解释 "考察" } }' });
        const [diagnostic] = await diagnoseCode(text, 'goal.unresolved');
        expect(diagnostic.text).toBe('服物');
        expect(diagnostic.message).toContain('服务');
    });

    test('each of several 对应 names resolves, and an unresolved one is reported on its own name', async () => {
        const text = declaration({
            goals: '    目标 服务 "提供服务"\n    目标 宣传 "开展宣传"',
            indicators: '    产出指标 { 数量指标 { 指标 "服务人次" 100 人次 对应 服务、宣传，宣传乙 解释 "考察" } }'
        });
        const document = await parseDocument(text);
        const [indicator] = allIndicators(document.parseResult.value);
        expect(indicator.goals.map(reference => reference.ref?.name)).toEqual(['服务', '宣传', undefined]);
        const unresolved = await diagnoseCode(text, 'goal.unresolved');
        expect(unresolved.map(d => d.text)).toEqual(['宣传乙']);
    });

    test('the reference index lists every 对应 of a goal, as find references needs', async () => {
        const services = createTestServices();
        const text = declaration({
            goals: '    目标 服务 "提供服务"\n    目标 宣传 "开展宣传"',
            indicators: '    产出指标 { 数量指标 {\n指标 "服务人次" 100 人次 对应 服务、宣传 解释 "考察"\n指标 "宣传场次" 4 场 对应 宣传 解释 "考察"\n} }'
        });
        const document = await parseDocument(text, services);
        const [service, publicity] = document.parseResult.value.goals!.goals;
        const locator = services.workspace.AstNodeLocator;
        const lines = (goal: typeof service) => services.shared.workspace.IndexManager
            .findAllReferences(goal, locator.getAstNodePath(goal))
            .map(reference => `${reference.segment.range.start.line + 1} ${document.textDocument.getText(reference.segment.range)}`)
            .toArray();
        expect(lines(service)).toEqual(['16 服务']);
        expect(lines(publicity)).toEqual(['16 宣传', '17 宣传']);
    });

    test('a 对应 that parser recovery left on a category still gets the goals as its scope', async () => {
        // Found by fuzzing: completion asked for the scope of Category.goals and Langium's reflection threw.
        const services = createTestServices();
        const document = await parseDocument(declaration({ goals: '    目标 服务 "提供服务"\n    目标 宣传 "开展宣传"' }), services);
        const category = document.parseResult.value.indicators!.categories[0];
        const reference = { $refText: '', ref: undefined } as unknown as Reference;
        const scope = services.references.ScopeProvider.getScope({ reference, container: category, property: 'goals' });
        expect(scope.getAllElements().map(description => description.name).toArray()).toEqual(['服务', '宣传']);
    });

    test('every reference of a document with thousands of goals resolves to its own goal', async () => {
        const goals = Array.from({ length: 2000 }, (_, i) => `    目标 目标${i} "完成${i}个"`).join('\n');
        const indicators = Array.from({ length: 2000 }, (_, i) => `指标 "项目${i}数量" ${i} 个 对应 目标${i} 解释 "考察"`).join('\n');
        const document = await parseDocument(declaration({ goals, indicators: `    产出指标 { 数量指标 {\n${indicators}\n} }` }));
        const resolved = allIndicators(document.parseResult.value).map(indicator =>
            `${indicator.goals[0].ref?.name}=${isQuantity(indicator.value) ? indicator.value.number : ''}`);
        expect(resolved.every(pair => pair === `目标${pair.split('=')[1]}=${pair.split('=')[1]}`)).toBe(true);
        expect(resolved).toHaveLength(2000);
    });
});
