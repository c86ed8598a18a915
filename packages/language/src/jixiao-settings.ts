/**
 * User settings that change what the checker reports. The language client forwards VS Code's
 * settings here; the CLI sets them from its options. Defaults follow DESIGN §4.
 */
import { DEFAULT_GRADES } from './domain/grades.js';
import { DEFAULT_SEVERITIES, isIssueCode, type IssueCode, type Severity } from './validation/jixiao-issue-codes.js';

export type Locale = 'zh' | 'en';

export interface JixiaoSettingsValues {
    locale: Locale;
    grades: readonly string[];
    /** Satisfaction targets below this percentage are warned. */
    satisfactionThreshold: number;
    /** Per-code severity, or 'off' to silence a code. */
    severities: Partial<Record<IssueCode, Severity | 'off'>>;
    /** Forces a profile ('classic' | '2021'); otherwise detected from each document. */
    profile?: string;
}

export class JixiaoSettings {
    private values: JixiaoSettingsValues = {
        locale: localeFromEnvironment(),
        grades: DEFAULT_GRADES,
        satisfactionThreshold: 85,
        severities: {}
    };

    private changes = 0;

    /** Counts updates, so that what was computed under other settings can tell it is stale. */
    get revision(): number { return this.changes; }
    get locale(): Locale { return this.values.locale; }
    get grades(): readonly string[] { return this.values.grades; }
    get satisfactionThreshold(): number { return this.values.satisfactionThreshold; }
    get profile(): string | undefined { return this.values.profile; }

    severityOf(code: IssueCode): Severity | 'off' {
        return this.values.severities[code] ?? DEFAULT_SEVERITIES[code];
    }

    /** Accepts partial, untrusted input (from a client's configuration) and keeps what is valid. */
    update(input: Partial<Record<keyof JixiaoSettingsValues, unknown>>): void {
        const next = { ...this.values };
        if (input.locale !== undefined) {
            next.locale = toLocale(input.locale);
        }
        if (Array.isArray(input.grades) && input.grades.every(grade => typeof grade === 'string' && grade.length > 0)) {
            next.grades = [...input.grades] as string[];
        }
        if (typeof input.satisfactionThreshold === 'number' && input.satisfactionThreshold >= 0 && input.satisfactionThreshold <= 100) {
            next.satisfactionThreshold = input.satisfactionThreshold;
        }
        if (input.severities && typeof input.severities === 'object') {
            const severities: JixiaoSettingsValues['severities'] = {};
            for (const [code, severity] of Object.entries(input.severities as Record<string, unknown>)) {
                if (isIssueCode(code) && (severity === 'error' || severity === 'warning' || severity === 'info' || severity === 'hint' || severity === 'off')) {
                    severities[code] = severity;
                }
            }
            next.severities = severities;
        }
        if (input.profile !== undefined) {
            next.profile = typeof input.profile === 'string' && input.profile !== '' && input.profile !== 'auto' ? input.profile : undefined;
        }
        this.values = next;
        this.changes++;
    }
}

/** VS Code passes `zh-cn`, `en`, `en-us`…; anything that is not English is shown in Chinese. */
export function toLocale(value: unknown): Locale {
    return typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

function localeFromEnvironment(): Locale {
    const requested = typeof process !== 'undefined' ? process.env.JIXIAO_LOCALE : undefined;
    return requested ? toLocale(requested) : 'zh';
}
