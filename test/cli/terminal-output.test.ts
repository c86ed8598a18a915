/**
 * What `jixiao` prints is safe for a terminal and puts what matters first: control characters
 * from a document (an indicator named with `ESC ] 0 ; … BEL` would retitle the window) are shown
 * as escapes, and a file with more findings than are printed shows its errors first.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_INDICATORS, declaration } from '../language/jixiao-test-utils.js';
import { jixiao, useTempFolder } from './cli-test-utils.js';

const temp = useTempFolder('terminal');

/** The default declaration with the first indicator renamed and its explanation removed (a warning that names it). */
const withIndicatorNamed = (name: string) => declaration({
    indicators: DEFAULT_INDICATORS.replace('指标 "服务人次" 100 人次 对应 服务 解释 "考察服务人次"', `指标 "${name}" 100 人次 对应 服务`)
});

describe('control characters never reach the terminal', () => {
    test('terminal escapes in an indicator name are printed as visible escapes', async () => {
        const file = temp.write('escapes.jixiao', withIndicatorNamed('服务\u001b]0;pwned\u0007人次\u001b[31m'));
        const { code, stdout } = await jixiao('check', file);
        expect(code).toBe(0);
        expect(stdout).toBe(`${file}:15:17: 警告 指标“服务\\x1B]0;pwned\\x07人次\\x1B[31m”缺少指标解释 [indicator.explanation-missing]\n`);
    });

    test('a C1 control (CSI, U+009B) and DEL are escaped too, in text and in JSON', async () => {
        const file = temp.write('c1.jixiao', withIndicatorNamed('服务\u009b31m\u007f'));
        expect((await jixiao('check', file)).stdout).toContain('指标“服务\\x9B31m\\x7F”缺少指标解释');
        const json = (await jixiao('check', '--format', 'json', file)).stdout;
        expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
        expect(JSON.parse(json)[0].message).toBe('指标“服务\u009b31m\u007f”缺少指标解释');
    });

    test('a file name with control characters is escaped as well', async () => {
        const file = temp.write('bad\u001b[2Jname.jixiao', declaration().replace('总额 100.00', '总额 100.01'));
        const { stdout } = await jixiao('check', file);
        expect(stdout.startsWith(file.replace('\u001b', '\\x1B') + ':7:10: 错误')).toBe(true);
    });
});

describe('numbers of a hundred thousand digits', () => {
    test('are cut in the summary table as in the messages', async () => {
        const huge = `1${'0'.repeat(100_000)}.00`;
        temp.write('a.jixiao', declaration());
        temp.write('b.jixiao', declaration().replace('总额 100.00  财政拨款 100.00', `总额 ${huge}  财政拨款 ${huge}`));
        const { stdout } = await jixiao('check', temp.path);
        expect(stdout).toContain('10,000,000,000,0…（共 100,003 位数字） 元');
        expect(Math.max(...stdout.split('\n').map(line => line.length))).toBeLessThan(300);
    });
});

describe('a file with more findings than are printed', () => {
    test('shows its errors first, then as many warnings as fit, and counts what it left out', async () => {
        const goals = Array.from({ length: 250 }, (_, index) => `    目标 目标${index + 1} "2026年完成第${index + 1}项工作。"`).join('\n');
        const file = temp.write('many.jixiao', declaration({
            goals: `    目标 服务 "2026年提供服务。"\n${goals}`,
            indicators: DEFAULT_INDICATORS.replace('100 人次 对应 服务', '100 对应 服务')
        }));
        const { code, stdout } = await jixiao('check', file);
        const lines = stdout.trimEnd().split('\n');
        expect(code).toBe(1);
        expect(lines[0]).toBe(`${file}:265:24: 错误 指标“服务人次”的指标值缺少度量单位（建议：%） [indicator.unit-missing]`);
        expect(lines[1]).toBe(`${file}:12:8: 警告 目标“目标1”没有任何指标对应：请为它设置指标并写“对应 目标1” [goal.unsupported]`);
        expect(lines).toHaveLength(201);
        expect(lines[200]).toBe(`${file}: …另有 51 条未显示：51 个警告（用 --format json 查看全部）`);
    });
});
