import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createTestServices, format, formatEdits, lines, parseDocument } from './lsp-test-utils.js';
import { marked, toLspRange } from '../language/jixiao-test-utils.js';

const services = createTestServices();

describe('the canonical layout', () => {
    test('one statement per line, two spaces per level, 解释 under its indicator, a blank line before each section', async () => {
        const messy = '部门整体支出绩效目标 2026{部门名称 "局" 主管部门 "局" 年度主要任务{任务 "a"{主要内容 "c" 总额 1.00 财政拨款 1.00 其他资金 0.00}}' +
            ' 年度总体目标{目标 甲 "x"} 年度绩效指标{产出指标{数量指标{指标 "a" 5 个 对应 甲 解释 "e"}质量指标 不适用 时效指标{ }}}}';
        expect(await format(services, messy)).toBe(lines(
            '部门整体支出绩效目标 2026 {',
            '  部门名称 "局"',
            '  主管部门 "局"',
            '',
            '  年度主要任务 {',
            '    任务 "a" {',
            '      主要内容 "c"',
            '      总额 1.00  财政拨款 1.00  其他资金 0.00',
            '    }',
            '  }',
            '',
            '  年度总体目标 {',
            '    目标 甲 "x"',
            '  }',
            '',
            '  年度绩效指标 {',
            '    产出指标 {',
            '      数量指标 {',
            '        指标 "a" 5 个 对应 甲',
            '          解释 "e"',
            '      }',
            '      质量指标 不适用',
            '      时效指标 { }',
            '    }',
            '  }',
            '}'));
    });

    test('at most one blank line is kept; none after `{` or before `}`', async () => {
        expect(await format(services, '\n\n部门整体支出绩效目标 2026 {\n\n\n  部门名称 "局"\n\n\n\n  主管部门 "局"\n\n}\n\n\n')).toBe(lines(
            '部门整体支出绩效目标 2026 {',
            '  部门名称 "局"',
            '',
            '  主管部门 "局"',
            '}'));
    });

    test('comparators are spelled as on the form and glued to their number; goal separators are kept', async () => {
        const text = lines('部门整体支出绩效目标 2026 {', '  年度绩效指标 {', '    产出指标 {', '      质量指标 {',
            '        指标 "a" >= 90 % 对应 甲 ，乙 , 丙', '        指标 "b" ＞ 1 个', '        指标 "c" ≦ 5 个', '        指标 "d" ＝ -3 个',
            '      }', '    }', '  }', '}');
        expect(await format(services, text)).toBe(lines('部门整体支出绩效目标 2026 {', '  年度绩效指标 {', '    产出指标 {', '      质量指标 {',
            '        指标 "a" ≥90 % 对应 甲，乙, 丙', '        指标 "b" >1 个', '        指标 "c" ≤5 个', '        指标 "d" =-3 个',
            '      }', '    }', '  }', '}'));
    });

    test('comments stay: on their own line re-indented, at a line’s end, and before a section with the blank line above them', async () => {
        const text = [
            '// 申报表', '部门整体支出绩效目标 2026 {', '部门名称 "局"   // 全称', '      // 预算', '年度主要任务 {',
            '任务 "a" { /* 基本 */ 总额 1.00 财政拨款 1.00 其他资金 0.00', '// 末尾', '}', '}', '}', '// 文末', ''
        ].join('\n');
        expect(await format(services, text)).toBe(lines(
            '// 申报表',
            '部门整体支出绩效目标 2026 {',
            '  部门名称 "局"  // 全称',
            '',
            '  // 预算',
            '  年度主要任务 {',
            '    任务 "a" { /* 基本 */',
            '      总额 1.00  财政拨款 1.00  其他资金 0.00',
            '      // 末尾',
            '    }',
            '  }',
            '}',
            '// 文末'));
    });

    test('a line comment never swallows what followed it on the next line', async () => {
        const text = lines('部门整体支出绩效目标 2026 { 年度绩效指标 { 产出指标 { 数量指标 {', '指标 "a" 5 // 注', '个', '} } } }');
        const formatted = await format(services, text);
        expect(formatted).toContain('        指标 "a" 5  // 注\n          个\n');
        expect((await parseDocument(formatted, services)).parseResult.parserErrors).toEqual([]);
    });
});

describe('amounts in columns', () => {
    test('each column of the task lines is right-aligned; 金额合计 stands apart', async () => {
        const text = lines(
            '部门整体支出绩效目标 2026 {',
            '  年度主要任务 {',
            '    任务 "基本支出" {',
            '      总额 11782800.00  财政拨款 11782800.00  其他资金 0.00',
            '    }',
            '    任务 "信息化运维项目" {',
            '      总额 328000.00  财政拨款 300000.00  其他资金 28000.00',
            '    }',
            '    金额合计 总额 12110800.00  财政拨款 12082800.00  其他资金 28000.00',
            '  }',
            '}');
        expect(await format(services, text)).toBe(lines(
            '部门整体支出绩效目标 2026 {',
            '  年度主要任务 {',
            '    任务 "基本支出" {',
            '      总额 11782800.00  财政拨款 11782800.00  其他资金     0.00',
            '    }',
            '    任务 "信息化运维项目" {',
            '      总额   328000.00  财政拨款   300000.00  其他资金 28000.00',
            '    }',
            '    金额合计 总额 12110800.00  财政拨款 12082800.00  其他资金 28000.00',
            '  }',
            '}'));
    });

    test('tasks without 金额合计 align among themselves', async () => {
        const text = lines('部门整体支出绩效目标 2026 {', '  年度主要任务 {',
            '    任务 "a" { 总额 8,652.40 财政拨款 8,652.40 其他资金 0.00 }',
            '    任务 "b" { 总额 436.80 财政拨款 396.80 其他资金 40.00 }', '  }', '}');
        expect(await format(services, text)).toContain([
            '      总额 8,652.40  财政拨款 8,652.40  其他资金  0.00',
            '    }',
            '    任务 "b" {',
            '      总额   436.80  财政拨款   396.80  其他资金 40.00'
        ].join('\n'));
    });

    test('lines naming different columns are not aligned', async () => {
        const text = lines('部门整体支出绩效目标 2026 {', '  年度主要任务 {',
            '    任务 "a" {', '      总额 100.00  财政拨款 100.00', '    }',
            '    任务 "b" {', '      总额 5.00  财政拨款 5.00  其他资金 0.00', '    }', '  }', '}');
        expect(await format(services, text)).toBe(text);
    });
});

describe('safety', () => {
    test('a document with syntax errors is left alone', async () => {
        expect(await formatEdits(services, '部门整体支出绩效目标 2026 {   部门名称 }')).toEqual([]);
    });

    test('a document with an unknown character is left alone', async () => {
        expect(await formatEdits(services, '部门整体支出绩效目标 2026 {   部门名称 "x" @ }')).toEqual([]);
    });

    test('CRLF line ends are kept', async () => {
        expect(await format(services, '部门整体支出绩效目标 2026 {\r\n部门名称 "局"\r\n}\r\n')).toBe('部门整体支出绩效目标 2026 {\r\n  部门名称 "局"\r\n}\r\n');
    });

    test('range formatting only touches the range', async () => {
        // The request's range is the start of 主管部门's line; the edit indents that line.
        const doc = marked('部门整体支出绩效目标 2026 {\n部门名称 "局"»\n«»主管«部门 "局"\n}\n');
        const [edited, requested] = doc.ranges.map(toLspRange);
        const document = await parseDocument(doc.text, services);
        const edits = await services.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: requested,
            options: { tabSize: 2, insertSpaces: true }
        });
        expect(edits).toEqual([{ range: edited, newText: '\n  ' }]);
    });
});

describe('every example, those of examples/futian-2026/ included', () => {
    const examples = readdirSync('examples', { recursive: true, encoding: 'utf8' }).filter(name => name.endsWith('.jixiao')).sort();

    test.each(examples)('%s: only whitespace and comparator spellings change, and formatting again changes nothing', async name => {
        const text = readFileSync(`examples/${name}`, 'utf8');
        const once = await format(services, text);
        const essence = (source: string) => source.replace(/>=/g, '≥').replace(/<=/g, '≤').replace(/\s+/g, '');
        expect(essence(once)).toBe(essence(text));
        expect(await formatEdits(services, once)).toEqual([]);
    });
});

describe('comments near a section', () => {
    test('a comment separated from the section by a blank line stays with the lines above it', async () => {
        const text = lines('部门整体支出绩效目标 2026 {', '  部门名称 "局"', '  // 主管部门 未填写', '', '  年度主要任务 { }', '}');
        expect(await format(services, text)).toBe(text);
    });
});
