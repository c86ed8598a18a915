/**
 * Issue 10, item 2: one typo costs one diagnostic with a did-you-mean and a fix, and every check
 * of the rest of the document keeps running (no false 缺少一级指标, sums and goals still checked).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createTestServices, declaration, diagnose } from '../language/jixiao-test-utils.js';
import { project } from '../language/project-test-utils.js';
import { applyFix, fixesFor } from '../lsp/lsp-test-utils.js';

const services = createTestServices();
const seed = readFileSync(new URL('../../examples/futian-2026-department.jixiao', import.meta.url), 'utf8');

/** The seed with one replacement on the first line that contains `from`. */
function seedWith(from: string, to: string): string {
    expect(seed).toContain(from);
    return seed.replace(from, to);
}

const show = (d: { code: string; range: string; message: string }) => `${d.code} ${d.range} ${d.message}`;

describe('a misspelt field in task 1 of the seed (总数 for 总额)', () => {
    const typo = seedWith('总额 11782800.00', '总数 11782800.00');

    test('is one diagnostic with a did-you-mean; everything else is what the seed has', async () => {
        const seedDiagnostics = (await diagnose(seed, services)).map(show);
        const diagnostics = (await diagnose(typo, services)).map(show);
        expect(diagnostics.filter(d => !seedDiagnostics.includes(d))).toEqual(['syntax 10:7-10:9 任务中没有“总数”，是否为：总额？']);
        expect(seedDiagnostics.filter(d => !diagnostics.includes(d))).toEqual([]);
    });

    test('the fix writes 总额', async () => {
        expect(await applyFix(services, typo, 'syntax', '改为“总额”')).toBe(seed);
    });

    test('the sums of the other tasks and the goals are still checked', async () => {
        const broken = typo.replace('总额  3172700.00', '总额  3172701.00');
        const codes = (await diagnose(broken, services)).map(d => d.code);
        expect(codes).toContain('budget.task-sum');
        expect(codes).toContain('goal.figure-mismatch');
        expect(codes).not.toContain('structure.category-missing');
    });
});

describe('a missing closing quote', () => {
    test('at the end of a line: one diagnostic, the rest of the seed unchanged, and a fix', async () => {
        const broken = seedWith('公用经费支出等。"', '公用经费支出等。');
        const seedDiagnostics = (await diagnose(seed, services)).map(show);
        const diagnostics = (await diagnose(broken, services)).map(show);
        expect(diagnostics.filter(d => !seedDiagnostics.includes(d))).toEqual(['syntax 9:12-9:37 文字缺少结束的引号 "：引号须在同一行内成对出现']);
        expect(await applyFix(services, broken, 'syntax', '补上结束的引号 "')).toBe(seed);
    });

    test('after a name followed by its value: the quote belongs before the value', async () => {
        const broken = seedWith('"AI福务管家应用场景数量" 4 个', '"AI福务管家应用场景数量 4 个');
        const syntax = (await diagnose(broken, services)).filter(d => d.code === 'syntax');
        expect(syntax.map(d => d.text)).toEqual(['"AI福务管家应用场景数量']);
        expect(await applyFix(services, broken, 'syntax', '补上结束的引号 "')).toBe(seed);
    });

    test('a “…” text: the fix adds ”', async () => {
        const broken = declaration({ header: '  部门名称 “测试局\n  主管部门 "测试局"' });
        expect((await fixesFor(services, broken, 'syntax')).map(fix => fix.title)).toEqual(['补上结束的引号 ”']);
    });
});

describe('unknown fields elsewhere', () => {
    test('in the header', async () => {
        const text = declaration({ header: '  部门明称 "测试局"\n  部门名称 "测试局"\n  主管部门 "测试局"' });
        expect((await diagnose(text, services)).map(d => `${d.code} ${d.message}`)).toEqual(['syntax 申报表表头中没有“部门明称”，是否为：部门名称？']);
    });

    test('in 年度总体目标 (目表 for 目标): the goal\'s name and text are part of the one mistake', async () => {
        const goals = declaration({ goals: '    目标 服务 "2026年提供服务。"\n    目表 其他 "另一个目标"' });
        expect((await diagnose(goals, services)).map(d => `${d.code} ${d.message}`)).toEqual(['syntax 年度总体目标中没有“目表”，是否为：目标？']);
    });

    test('in 金额合计', async () => {
        const text = declaration({ tasks: '    任务 "基本支出" {\n      总额 100.00  财政拨款 100.00  其他资金 0.00\n    }\n    金额合计 总数 100.00' });
        expect((await diagnose(text, services)).map(d => `${d.code} ${d.message}`)).toEqual(['syntax 金额合计中没有“总数”，是否为：总额？']);
    });

    test('in an indicator (解析 for 解释): the explanation is still read', async () => {
        const text = declaration().replace('解释 "考察服务合格率"', '解析 "考察服务合格率"');
        expect((await diagnose(text, services)).map(d => `${d.code} ${d.message}`)).toEqual(['syntax 指标中没有“解析”，是否为：解释？']);
    });

    test('a field written twice is reported instead of silently keeping the last', async () => {
        const text = declaration({ tasks: '    任务 "基本支出" {\n      总额 100.00  财政拨款 100.00  其他资金 0.00  总额 100.00\n    }' });
        expect((await diagnose(text, services)).map(d => `${d.code} ${d.range} ${d.message}`)).toEqual(['syntax 6:42-6:44 “总额”写了两次：只保留一个']);
    });

    test('silent on a document without typos', async () => {
        expect(await diagnose(declaration(), services)).toEqual([]);
    });
});

describe('the project form', () => {
    test('a misspelt header field and a misspelt funds column: one diagnostic each, the rest checked', async () => {
        const text = project()
            .replace('  实施单位', '  实施单为')
            .replace('年度资金总额', '年度资金总数');
        const diagnostics = (await diagnose(text, services)).filter(d => d.code === 'syntax' || d.code.startsWith('budget') || d.code.startsWith('project'));
        expect(diagnostics.map(d => d.message)).toEqual([
            '项目申报表表头中没有“实施单为”，是否为：实施单位？',
            '项目资金中没有“年度资金总数”，是否为：年度资金总额？'
        ]);
    });

    test('silent on a correct project', async () => {
        expect((await diagnose(project(), services)).filter(d => d.code === 'syntax')).toEqual([]);
    });
});
