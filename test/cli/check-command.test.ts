import { writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { declaration, marked } from '../language/jixiao-test-utils.js';
import { jixiao, useTempFolder } from './cli-test-utils.js';

const seed = path.resolve(__dirname, '../../examples/futian-2026-department.jixiao');

const temp = useTempFolder('check');

const write = temp.write;

describe('jixiao check', () => {
    test('the seed has no errors: exit 0, its warnings listed compiler style', async () => {
        const { code, stdout } = await jixiao('check', seed);
        expect(code).toBe(0);
        expect(stdout).toContain(':34:47: 警告 目标“项目审核”写有“200个以上、30个以上、5个以上”，而对应指标“审查信息化项目数量”为 ≥40 个 [goal.figure-mismatch]');
        expect(stdout).toContain(':62:12: 提示 “通信服务配套投入PDA设备验收合格率”是比率，通常属于质量指标，而不是数量指标 [indicator.category-suspicious]');
    });

    test('an error exits 1 and is printed as file:line:col: 错误 message [code]', async () => {
        const doc = marked(declaration().replace('总额 100.00', '总额 »100.01«'));
        const file = write('broken.jixiao', doc.text);
        const { code, stdout } = await jixiao('check', file);
        expect(code).toBe(1);
        expect(stdout).toBe(`${file}:${doc.start}: 错误 任务“基本支出”的总额 100.01 不等于财政拨款 100.00 + 其他资金 0.00 = 100.00 [budget.task-sum]\n`);
    });

    test('a clean file says so', async () => {
        const file = write('clean.jixiao', declaration());
        expect(await jixiao('check', file)).toEqual({ code: 0, stdout: `${file}: 未发现问题\n`, stderr: '' });
    });

    test('--format json prints file, line, column, severity, code and message', async () => {
        const file = write('broken.jixiao', declaration().replace('总额 100.00', '总额 100.01'));
        const { code, stdout } = await jixiao('check', '--format', 'json', file);
        expect(code).toBe(1);
        expect(JSON.parse(stdout)).toEqual([{
            file, line: 7, column: 10, endLine: 7, endColumn: 16, severity: 'error', code: 'budget.task-sum',
            message: '任务“基本支出”的总额 100.01 不等于财政拨款 100.00 + 其他资金 0.00 = 100.00'
        }]);
    });

    test('a folder is checked recursively, with a summary table of totals and counts', async () => {
        write('a.jixiao', declaration());
        write('sub/b.jixiao', declaration().replace('总额 100.00', '总额 100.01'));
        write('notes.txt', 'not a declaration');
        const { code, stdout } = await jixiao('check', temp.path);
        expect(code).toBe(1);
        const table = stdout.split('\n\n')[1];
        expect(table.split('\n').map(line => line.replace(temp.path, 'DIR').split(/\s{2,}/))).toEqual([
            ['文件', '总额', '错误', '警告'],
            [expect.stringMatching(/^─+$/), expect.stringMatching(/^─+$/), '────', '────'],
            ['DIR/a.jixiao', '100.00 元', '0', '0'],
            ['DIR/sub/b.jixiao', '100.01 元', '1', '0'],
            [expect.stringMatching(/^─+$/), expect.stringMatching(/^─+$/), '────', '────'],
            ['合计', '2 个文件', '1', '0'],
            ['']
        ]);
    });

    test('a missing path is bad usage: exit 2 with a Chinese message', async () => {
        const { code, stderr } = await jixiao('check', path.join(temp.path, 'nope.jixiao'));
        expect(code).toBe(2);
        expect(stderr).toBe(`jixiao: 无法读取“${path.join(temp.path, 'nope.jixiao')}”：文件或文件夹不存在\n`);
    });

    test('an unknown option is bad usage: exit 2', async () => {
        expect((await jixiao('check', '--colour', seed)).code).toBe(2);
    });

    test('a binary file gets Chinese syntax errors and exit 1, never a stack trace', async () => {
        const file = path.join(temp.path, 'garbage.jixiao');
        writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe, 0x7b]));
        const { code, stdout, stderr } = await jixiao('check', file);
        expect(code).toBe(1);
        expect(stdout).toContain('错误 无法识别的字符');
        expect(stdout + stderr).not.toMatch(/\n\s+at |TypeError|Error:/);
    });

    test('one process checks many files (the seed copied 20 times)', async () => {
        for (let i = 0; i < 20; i++) {
            copyFileSync(seed, path.join(temp.path, `seed-${i}.jixiao`));
        }
        const { code, stdout } = await jixiao('check', temp.path);
        expect(code).toBe(0);
        expect(stdout).toContain('合计');
        expect(stdout).toMatch(/20 个文件\s+0\s+80/);
    });

    test('English messages with --locale en', async () => {
        const doc = marked(declaration().replace('总额 100.00', '总额 »100.01«'));
        const file = write('broken.jixiao', doc.text);
        const { stdout } = await jixiao('check', '--locale', 'en', file);
        expect(stdout).toBe(`${file}:${doc.start}: error Task "基本支出": total 100.01 differs from fiscal 100.00 + other 0.00 = 100.00 [budget.task-sum]\n`);
    });
});

describe('jixiao --help', () => {
    test('lists the four commands in Chinese and exits 0', async () => {
        const { code, stdout } = await jixiao('--help');
        expect(code).toBe(0);
        expect(stdout).toContain('check [选项] <路径...>  检查申报表');
        expect(stdout).toContain('-h, --help              显示帮助');
        expect(stdout.match(/^  (check|export|import|fmt) /gm)).toEqual(['  check ', '  export ', '  import ', '  fmt ']);
    });

    test('has no English word of its own: titles, placeholders and defaults are Chinese', async () => {
        const help = (await jixiao('--help')).stdout + (await jixiao('check', '--help')).stdout + (await jixiao('help', 'export')).stdout;
        expect(help).toContain('用法：jixiao check [选项] <路径...>');
        expect(help).toContain('--format <格式>  输出格式（可选：text、json；默认：text）');
        // Left: option names, command names, file extensions and the words of the values themselves.
        const english = help.replace(/--?[a-z-]+|\b(jixiao|check|export|import|fmt|score|selfeval|init|help|text|json|zh|en|Excel|xlsx)\b/g, '');
        expect(english.match(/[A-Za-z]{2,}/g)).toBeNull();
    });

    test('is English with --locale en, before or after the command', async () => {
        expect((await jixiao('--locale', 'en', '--help')).stdout).toContain('Usage: jixiao [options] [command]');
        const check = await jixiao('check', '--help', '--locale', 'en');
        expect(check.stdout).toContain('--format <format>  output format (choices: text, json, default: text)');
    });

    test('--version prints the version', async () => {
        expect(await jixiao('--version')).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    });
});

describe('bad usage', () => {
    test('an unknown output format: exit 2, the jixiao: prefix and where help is', async () => {
        expect(await jixiao('check', '--format', 'xml', seed)).toEqual({
            code: 2, stdout: '', stderr: 'jixiao: --format <格式> 的取值“xml”无效：可用 text、json\n（用 jixiao --help 查看用法）\n'
        });
    });

    test('a missing argument, in Chinese', async () => {
        expect(await jixiao('check')).toEqual({ code: 2, stdout: '', stderr: 'jixiao: 缺少参数“路径”\n（用 jixiao --help 查看用法）\n' });
    });

    test('in English with --locale en', async () => {
        expect(await jixiao('check', '--locale', 'en')).toEqual({ code: 2, stdout: '', stderr: 'jixiao: missing argument \'paths\'\n(run jixiao --help for usage)\n' });
    });

    test('an unknown command suggests the closest', async () => {
        expect((await jixiao('chek', seed)).stderr).toBe('jixiao: 未知的命令“chek”，是否为 check？\n（用 jixiao --help 查看用法）\n');
    });
});
