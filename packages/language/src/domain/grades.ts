/**
 * Qualitative grades (显著 / 明显 / 一般). A grade is only measurable when the 指标解释 says what
 * each grade means in figures (“显著”的量化标准为“80%-100%”).
 */

export const DEFAULT_GRADES: readonly string[] = ['显著', '明显', '一般'];

/** The usual scale, shown on hover when the document does not define its own. */
export const DEFAULT_GRADE_SCALE: Readonly<Record<string, string>> = {
    显著: '80%-100%',
    明显: '60%-80%',
    一般: '0%-60%'
};

/**
 * Reads the scale an explanation defines: each grade followed, within a short distance, by a
 * range like 80%-100% or 80%～100%.
 */
export function gradeScaleIn(explanation: string | undefined, grades: readonly string[] = DEFAULT_GRADES): Map<string, string> {
    const scale = new Map<string, string>();
    if (!explanation) {
        return scale;
    }
    for (const grade of grades) {
        const pattern = new RegExp(`${escapeRegExp(grade)}[^0-9]{0,12}?(\\d+(?:\\.\\d+)?\\s*[%％]?\\s*[-–—~～至到]\\s*\\d+(?:\\.\\d+)?\\s*[%％]?)`);
        const match = pattern.exec(explanation);
        if (match) {
            scale.set(grade, match[1].replace(/\s+/g, ''));
        }
    }
    return scale;
}

/** True when the explanation quantifies the given grade. */
export function explanationDefinesGrade(explanation: string | undefined, grade: string, grades: readonly string[] = DEFAULT_GRADES): boolean {
    return gradeScaleIn(explanation, grades.includes(grade) ? grades : [...grades, grade]).has(grade);
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
