/**
 * What a spreadsheet cell can hold, for the checker (which warns while the analyst types) and the
 * xlsx writer (which refuses at export) alike, so that `jixiao check` passes exactly what
 * `jixiao export` can write.
 *
 * - Text: at most 32,767 characters in a cell (Excel's limit). Control characters other than tab
 *   and line breaks cannot be stored in a workbook at all and are dropped from the cell's text.
 * - Amounts: a cell holds an IEEE double, which keeps 15 significant decimal digits exactly; an
 *   amount with more digits down to the fen (400000000000000.01 has 17) would be written rounded,
 *   or as Infinity. See `amountFitsSpreadsheet` in money.ts.
 */
export const MAX_CELL_TEXT = 32_767;

// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** The text as a cell stores it: without the characters a workbook cannot hold. */
export function spreadsheetCellText(text: string): string {
    return text.replace(UNSTORABLE, '');
}

/** True when the text fits one cell. */
export function fitsCell(text: string): boolean {
    return text.length <= MAX_CELL_TEXT || spreadsheetCellText(text).length <= MAX_CELL_TEXT;
}

/**
 * A long run of digits as a message shows it: the first digits, an ellipsis and how many there
 * are (`1000000000000…（共 1,000,004 位数字）`), so that a pasted number of a million digits is not
 * echoed whole into a diagnostic or a terminal.
 */
export function shortenLongNumbers(message: string, locale: 'zh' | 'en' = 'zh'): string {
    return message.replace(/\d[\d,，.]{39,}/g, run => {
        const digits = run.replace(/\D/g, '').length;
        const count = digits.toLocaleString('en-US');
        return `${run.slice(0, 16)}…${locale === 'zh' ? `（共 ${count} 位数字）` : ` (${count} digits)`}`;
    });
}
