/**
 * Random amounts and the declarations that hold them, with an independent BigInt model of what the
 * checker should compute. Nothing here uses the package's money code, so a test that compares the
 * two really checks it.
 */
import fc from 'fast-check';
import { DEFAULT_INDICATORS } from '../language/jixiao-test-utils.js';

/** 10^12 元 in fen; in 万元 the same digits mean 10^12 万元 would be absurd, so 10^8 万元. */
export const MAX_HUNDREDTHS: Record<'元' | '万元', bigint> = { 元: 10n ** 14n, 万元: 10n ** 10n };

export type AmountUnit = '元' | '万元';

/** Hundredths as text the way analysts write them: `1234567.80`, `1,234,567.80`, `1234567.8`, `1234567`. */
export function writeHundredths(hundredths: bigint, style: { grouping: boolean; decimals: 0 | 1 | 2 }): string {
    const negative = hundredths < 0n;
    const magnitude = negative ? -hundredths : hundredths;
    let integer = (magnitude / 100n).toString();
    if (style.grouping) {
        const groups: string[] = [];
        while (integer.length > 3) {
            groups.unshift(integer.slice(-3));
            integer = integer.slice(0, -3);
        }
        groups.unshift(integer);
        integer = groups.join(',');
    }
    const cents = (magnitude % 100n).toString().padStart(2, '0');
    const fraction = style.decimals === 2 ? `.${cents}` : style.decimals === 1 ? `.${cents[0]}` : '';
    return (negative ? '-' : '') + integer + fraction;
}

/** The fraction a style can write: no decimals means whole units, one decimal means tens of fen. */
export function representable(hundredths: bigint, decimals: 0 | 1 | 2): bigint {
    return decimals === 2 ? hundredths : decimals === 1 ? hundredths - hundredths % 10n : hundredths - hundredths % 100n;
}

export const writingStyle = fc.record({
    grouping: fc.boolean(),
    decimals: fc.constantFrom<0 | 1 | 2>(2, 2, 2, 1, 0)
});

export interface TaskCase {
    total: bigint;
    fiscal: bigint;
    other: bigint;
    style: { grouping: boolean; decimals: 0 | 1 | 2 };
}

/** A task whose 总额 is, in most cases, exactly 财政拨款 + 其他资金, otherwise off by a random amount. */
export function taskCase(unit: AmountUnit): fc.Arbitrary<TaskCase> {
    const max = MAX_HUNDREDTHS[unit];
    return fc.record({
        fiscal: fc.bigInt({ min: 0n, max }),
        other: fc.bigInt({ min: 0n, max: max / 10n }),
        offBy: fc.oneof(fc.constant(0n), fc.constant(0n), fc.bigInt({ min: 1n, max: max / 100n })),
        style: writingStyle
    }).map(({ fiscal, other, offBy, style }) => {
        const f = representable(fiscal, style.decimals);
        const o = representable(other, style.decimals);
        const total = representable(f + o + offBy, style.decimals);
        return { total, fiscal: f, other: o, style };
    });
}

/** A declaration with these tasks, a valid default indicator tree and, optionally, a 金额合计 row. */
export function declarationWith(unit: AmountUnit, tasks: readonly TaskCase[], grandTotal: { total: bigint; fiscal: bigint; other: bigint } | undefined): string {
    const taskLines = tasks.flatMap((task, i) => [
        `    任务 "任务${i + 1}" {`,
        `      总额 ${writeHundredths(task.total, task.style)}  财政拨款 ${writeHundredths(task.fiscal, task.style)}  其他资金 ${writeHundredths(task.other, task.style)}`,
        '    }'
    ]);
    const style = { grouping: true, decimals: 2 } as const;
    const grand = grandTotal
        ? [`    金额合计 总额 ${writeHundredths(grandTotal.total, style)}  财政拨款 ${writeHundredths(grandTotal.fiscal, style)}  其他资金 ${writeHundredths(grandTotal.other, style)}`]
        : [];
    return [
        '部门整体支出绩效目标 2026 {',
        '  部门名称 "测试局"',
        '  主管部门 "测试局"',
        `  金额单位 ${unit}`,
        '  年度主要任务 {',
        ...taskLines,
        ...grand,
        '  }',
        '  年度总体目标 {',
        '    目标 服务 "2026年提供服务。"',
        '  }',
        '  年度绩效指标 {',
        DEFAULT_INDICATORS,
        '  }',
        '}',
        ''
    ].join('\n');
}

/** The independent model: column sums in BigInt hundredths. */
export function columnSums(tasks: readonly TaskCase[]): { total: bigint; fiscal: bigint; other: bigint } {
    return tasks.reduce((sum, task) => ({
        total: sum.total + task.total,
        fiscal: sum.fiscal + task.fiscal,
        other: sum.other + task.other
    }), { total: 0n, fiscal: 0n, other: 0n });
}
