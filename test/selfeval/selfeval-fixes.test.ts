/** Quick fixes of the self-evaluation: the computed score written, a 偏差原因 template inserted. */
import { describe, expect, test } from 'vitest';
import { createTestServices, fixesFor } from '../lsp/lsp-test-utils.js';
import { DEFAULT_FUNDS, evaluation, evaluationWith } from './selfeval-test-utils.js';

const services = createTestServices();

describe('selfeval.score-mismatch', () => {
    test('writes the computed 得分 (preferred)', async () => {
        const text = evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20 得分 15 偏差原因 "人手不足"');
        expect(await fixesFor(services, text, 'selfeval.score-mismatch')).toEqual([
            { title: '将得分改为 16.00', preferred: true, result: text.replace('得分 15', '得分 16.00') }
        ]);
    });

    test('writes the computed 总分', async () => {
        const text = evaluation({ total: '99' });
        expect(await fixesFor(services, text, 'selfeval.score-mismatch')).toEqual([
            { title: '将总分改为 100.00', preferred: true, result: text.replace('总分 99', '总分 100.00') }
        ]);
    });
});

describe('a 偏差原因 template', () => {
    test('for a shortfall, on the line after the indicator', async () => {
        const text = evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 80 人次 分值 20');
        expect(await fixesFor(services, text, 'selfeval.reason-missing')).toEqual([{
            title: '填写偏差原因分析及改进措施（模板）',
            preferred: true,
            result: text.replace('实际 80 人次 分值 20', '实际 80 人次 分值 20\n          偏差原因 "得分 16.00，低于分值 20。偏差原因：……；改进措施：……"')
        }]);
    });

    test('for an execution rate below 90%, after the 年度资金总额 row', async () => {
        const funds = DEFAULT_FUNDS.replace('全年执行数 100.00  分值 10', '全年执行数 85.00  分值 10');
        const text = evaluation({ funds });
        const [fix] = await fixesFor(services, text, 'selfeval.reason-missing');
        expect(fix.result).toBe(text.replace('全年执行数 85.00  分值 10', '全年执行数 85.00  分值 10\n      偏差原因 "预算执行率 85.00%，低于 90%。偏差原因：……；改进措施：……"'));
    });

    test('for an over-achievement', async () => {
        const text = evaluationWith('数量指标', '指标 "服务人次" ≥100 人次 实际 150 人次 分值 20');
        const [fix] = await fixesFor(services, text, 'selfeval.overachieved');
        expect(fix.result).toBe(text.replace('实际 150 人次 分值 20', '实际 150 人次 分值 20\n          偏差原因 "实际完成 150 人次，超过目标 100 人次。超额原因：……；目标设定是否偏低：……"'));
    });

    test('inline when the indicator shares its line with the closing brace', async () => {
        const text = evaluation().replace('        指标 "服务人次" ≥100 人次 实际 100 人次 分值 20\n      }', '        指标 "服务人次" ≥100 人次 实际 80 人次 分值 20 }');
        const [fix] = await fixesFor(services, text, 'selfeval.reason-missing');
        expect(fix.result).toBe(text.replace('分值 20 }', '分值 20 偏差原因 "得分 16.00，低于分值 20。偏差原因：……；改进措施：……" }'));
    });
});
