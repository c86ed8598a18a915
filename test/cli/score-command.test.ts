/**
 * `jixiao score`: the sample evaluation's scores, checked against the independent model of
 * test/selfeval/score-model.ts; the JSON shape of DESIGN §2.2; what happens with errors, with
 * scores not known yet, and with a file that is not an evaluation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { jixiao, useTempFolder } from './cli-test-utils.js';
import { hundredthsText, sampleScores } from '../selfeval/score-model.js';
import { evaluation, evaluationWith } from '../selfeval/selfeval-test-utils.js';

const SAMPLE = readFileSync(new URL('../selfeval/fixtures/sample-selfeval.jixiao', import.meta.url), 'utf8');
const folder = useTempFolder('score');

describe('jixiao score FILE', () => {
    test('prints each score, the total and the grade, as the independent model computes them', async () => {
        const file = folder.write('自评.jixiao', SAMPLE);
        const { code, stdout, stderr } = await jixiao('score', file);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        const model = sampleScores();
        const rows = new Map(stdout.split('\n').map(line => /^\s*(\S+)\s+(\d+)\s+(\d+\.\d\d)\s/.exec(line)).filter(match => match !== null)
            .map(match => [match![1], match![3]]));
        expect(rows.get('预算执行率')).toBe(hundredthsText(model.budget));
        for (const [name, score] of model.indicators) {
            expect(rows.get(name), name).toBe(hundredthsText(score));
        }
        expect(stdout).toMatch(new RegExp(`^总分\\s+100\\s+${hundredthsText(model.total).replace('.', '\\.')}\\s+等级：${model.grade}$`, 'm'));
    });

    test('the table shows the rule applied on each row', async () => {
        const { stdout } = await jixiao('score', folder.write('自评.jixiao', SAMPLE));
        expect(stdout).toContain('  后评价项目数量                    6   4.80  正向：6 × 4 ÷ 5 = 4.80\n');
        expect(stdout).toContain('预算执行率                         10   9.50  预算执行率：10 × 95.00% = 9.50\n');
        expect(stdout).toContain('  项目管理长效机制建设             15  12.00  评价人打分（等级指标）\n');
    });

    test('--format json: the shape of DESIGN §2.2, decimals as strings', async () => {
        const { code, stdout } = await jixiao('score', folder.write('自评.jixiao', SAMPLE), '--format', 'json');
        const model = sampleScores();
        expect(code).toBe(0);
        expect(JSON.parse(stdout)).toEqual({
            total: hundredthsText(model.total),
            grade: model.grade,
            budget: { rate: hundredthsText(model.rate), weight: '10', score: hundredthsText(model.budget) },
            indicators: model.indicators.map(([name, score]) => ({
                name,
                weight: expect.any(String),
                score: hundredthsText(score),
                computed: !['政务信息化集约化、规范化水平', '项目管理长效机制建设'].includes(name)
            }))
        });
    });

    test('scores not known yet are null, and so are the total and the grade', async () => {
        const file = folder.write('自评.jixiao', evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 分值 20'));
        const { code, stdout } = await jixiao('score', file, '--format', 'json');
        const result = JSON.parse(stdout);
        expect(code).toBe(1);
        expect([result.total, result.grade, result.indicators[0]]).toEqual([null, null, { name: '服务人次', weight: '20', score: null, computed: false }]);
    });

    test('errors are listed first, the table is still printed, and the exit code is 1', async () => {
        const file = folder.write('自评.jixiao', evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 分值 20'));
        const { code, stdout } = await jixiao('score', file);
        expect(code).toBe(1);
        expect(stdout.split('\n')[0]).toBe(`${file}:18:12: 错误 指标“服务人次”缺少实际完成值（实际） [selfeval.actual-missing]`);
        expect(stdout).toMatch(/^总分\s+100\s+未知\s+尚有 1 项得分未知：总分和等级待定$/m);
    });

    test('a correct evaluation with a shortfall scores below 100', async () => {
        const file = folder.write('自评.jixiao', evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20 偏差原因 "人手不足"'));
        const result = JSON.parse((await jixiao('score', file, '--format', 'json')).stdout);
        expect([result.total, result.grade]).toEqual(['96.00', '优']);
    });

    test('a declaration is not an evaluation: exit 2 and a message', async () => {
        const file = folder.write('申报.jixiao', evaluation().replace('项目支出绩效自评', '部门整体支出绩效目标'));
        const { code, stderr } = await jixiao('score', file);
        expect({ code, stderr }).toEqual({ code: 2, stderr: `jixiao: ${file} 不是项目支出绩效自评表（应以“项目支出绩效自评”开头），无法计分\n` });
    });
});
