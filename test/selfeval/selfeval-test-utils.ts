/**
 * A complete, correct self-evaluation around the given parts, so that a spec writes only the lines
 * it is about. Its 分值 follow the default split (预算执行率 10, 产出 50, 效益 30, 满意度 10) and
 * every indicator reaches its target: it has no diagnostics, and scores 100.
 */
import { indicatorsWith, type DefaultSecondLevel as SecondLevel } from '../language/jixiao-test-utils.js';

export type { SecondLevel };

export const DEFAULT_FUNDS = [
    '    年度资金总额 年初预算数 100.00  全年预算数 100.00  全年执行数 100.00  分值 10',
    '    当年财政拨款 年初预算数 100.00  全年预算数 100.00  全年执行数 100.00',
    '    上年结转资金 年初预算数 0.00  全年预算数 0.00  全年执行数 0.00',
    '    其他资金 年初预算数 0.00  全年预算数 0.00  全年执行数 0.00'
].join('\n');

const EVALUATED_SECOND_LEVEL: Record<SecondLevel, string> = {
    数量指标: '指标 "服务人次" ≥100 人次 实际 100 人次 分值 20',
    质量指标: '指标 "服务合格率" 100 % 实际 100 % 分值 10',
    时效指标: '指标 "按时完成" 2026年6月前 实际 2026年6月1日 分值 10',
    成本指标: '指标 "运营成本" ≤50 万元 实际 50 万元 分值 10',
    社会效益指标: '指标 "安全事故发生数" ≤0 起 实际 0 起 分值 30',
    服务对象满意度指标: '指标 "服务对象满意度" ≥90 % 实际 95 % 分值 10'
};

/** The default indicator tree (the declarations' specs' tree) with 实际 and 分值, the given 二级 replaced. */
export function evaluatedIndicators(contents: Partial<Record<SecondLevel, string>> = {}): string {
    return indicatorsWith(contents, EVALUATED_SECOND_LEVEL);
}

export function evaluation(parts: { header?: string; funds?: string; goals?: string; indicators?: string; total?: string } = {}): string {
    const header = parts.header ?? '  项目名称 "测试项目"\n  主管部门 "测试局"\n  实施单位 "测试局（本级）"';
    const goals = parts.goals ?? '    预期目标 "1、提供服务。"\n    实际完成情况 "1、已提供服务。"';
    return [
        '项目支出绩效自评 2026 {',
        header,
        '  项目资金 {',
        parts.funds ?? DEFAULT_FUNDS,
        '  }',
        '  年度总体目标 {',
        goals,
        '  }',
        '  年度绩效指标 {',
        parts.indicators ?? evaluatedIndicators(),
        '  }',
        ...(parts.total === undefined ? [] : [`  总分 ${parts.total}`]),
        '}',
        ''
    ].join('\n');
}

/** An evaluation whose only notable indicator is the given one, filed under the given 二级. */
export function evaluationWith(second: SecondLevel, indicator: string): string {
    return evaluation({ indicators: evaluatedIndicators({ [second]: indicator }) });
}
