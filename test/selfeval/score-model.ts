/**
 * An independent model of the scoring rules for specs: figures as BigInt integers of a common
 * scale, half-up rounding written out with floor division, no code of the package. The sample
 * evaluation's expected scores are computed with it, not copied from the form.
 */

/** `1,187,500.00` → 118750000n at scale 2; `87.5` → 8750n at scale 2. */
export function scaled(text: string, scale: number): bigint {
    const [integer, fraction = ''] = text.replace(/,/g, '').split('.');
    if (fraction.length > scale) {
        throw new Error(`${text} has more than ${scale} decimals`);
    }
    return BigInt(integer + fraction.padEnd(scale, '0'));
}

/** round half-up of p / q (p ≥ 0, q > 0) to an integer. */
export const halfUp = (p: bigint, q: bigint): bigint => (2n * p + q) / (2n * q);

/** 分值 × min(实际 ÷ 目标, 1), in hundredths, from texts. */
export function positiveScore(weight: string, actual: string, target: string): bigint {
    const [w, a, t] = [scaled(weight, 2), scaled(actual, 4), scaled(target, 4)];
    return a >= t ? w : halfUp(w * a, t);
}

/** 反向: 分值 when 实际 ≤ 目标, else 分值 × 目标 ÷ 实际, in hundredths. */
export function negativeScore(weight: string, actual: string, target: string): bigint {
    const [w, a, t] = [scaled(weight, 2), scaled(actual, 4), scaled(target, 4)];
    if (t === 0n) {
        return a === 0n ? w : 0n;
    }
    return a <= t ? w : halfUp(w * t, a);
}

/** 分值 × min(执行数 ÷ 预算数, 1), in hundredths. */
export function budgetScore(weight: string, executed: string, budget: string): bigint {
    const [w, e, b] = [scaled(weight, 2), scaled(executed, 2), scaled(budget, 2)];
    return e >= b ? w : halfUp(w * e, b);
}

/** 执行率 in hundredths of a percent. */
export function executionRate(executed: string, budget: string): bigint {
    return halfUp(scaled(executed, 2) * 10000n, scaled(budget, 2));
}

/** Hundredths as the form prints them: `95.30`. */
export function hundredthsText(value: bigint): string {
    const text = value.toString().padStart(3, '0');
    return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

export function gradeOfHundredths(total: bigint): string {
    return total >= 9000n ? '优' : total >= 8000n ? '良' : total >= 6000n ? '中' : '差';
}

/**
 * The sample evaluation (DESIGN §2.2, ../shared/forms/sample-project-selfeval.txt),
 * scored by the model: the budget row and each indicator, the analyst's written scores where the
 * rules leave the score to the analyst (the two grades).
 */
export function sampleScores(): { budget: bigint; rate: bigint; indicators: Array<[string, bigint]>; total: bigint; grade: string } {
    const budget = budgetScore('10', '1,187,500.00', '1,250,000.00');
    const indicators: Array<[string, bigint]> = [
        ['政务信息化项目清单审核数量', positiveScore('8', '236', '200')],
        ['验收前符合性审查项目数量', positiveScore('6', '34', '30')],
        ['后评价项目数量', positiveScore('6', '4', '5')],
        ['项目应评尽评率', positiveScore('8', '100', '100')],
        ['审核意见采纳率', positiveScore('7', '92', '90')],
        ['项目审核平均办理时长', negativeScore('5', '8', '10')],
        // 2026年12月25日 is on or before 2026年12月31日: the full 分值.
        ['年度运营报告提交时间', scaled('5', 2)],
        ['运营服务采购成本', negativeScore('5', '118.75', '125')],
        ['政务信息化集约化、规范化水平', scaled('15', 2)],
        ['项目管理长效机制建设', scaled('12', 2)],
        ['项目建设单位满意度', positiveScore('10', '94', '90')]
    ];
    const total = indicators.reduce((sum, [, score]) => sum + score, budget);
    return { budget, rate: executionRate('1,187,500.00', '1,250,000.00'), indicators, total, grade: gradeOfHundredths(total) };
}
