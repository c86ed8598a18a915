/**
 * Reading single cells back into the model: amounts, and an indicator's 指标值 / 度量单位 pair. The
 * inverse of form-cells.ts: a pair written by `valueCellText` / `unitCellText` reads back to the
 * same value and unitCell (except `100 度量单位 %`, which reads back as the equivalent `100 %`); a
 * pair typed by hand (unit only in its own cell, full-width signs, a unit the language cannot
 * write) reads to the closest value that keeps every character.
 */
import {
    AMOUNT_DECIMALS, isIdentifier, normalizeFullWidth, normalizeUnit, parseDecimal, parseValueText, type Hundredths
} from 'jixiao-language/domain';
import type { FormIndicator, FormValue } from './form-model.js';
import { impliedUnitCell } from './form-cells.js';
import type { Message } from 'jixiao-language';
import { ImportMessages } from './form-import-messages.js';

export type AmountReading = { ok: true; amount: Hundredths | undefined } | { ok: false; problem: Message };

/**
 * An amount cell: empty, or digits with optional thousands separators and at most two decimals
 * (`11782800.00`, `11,782,800`, full-width digits). A negative amount is kept: the checker reports it.
 */
export function readAmountCell(text: string, column: string): AmountReading {
    const trimmed = normalizeFullWidth(text).replace(/[\s¥￥]/g, '');
    if (trimmed === '') {
        return { ok: true, amount: undefined };
    }
    const decimal = parseDecimal(trimmed);
    if (!decimal) {
        return { ok: false, problem: ImportMessages.notAnAmount(column, text) };
    }
    if (decimal.scale > AMOUNT_DECIMALS) {
        return { ok: false, problem: ImportMessages.amountPrecision(column, text, decimal.scale) };
    }
    return { ok: true, amount: decimal.units * 10n ** BigInt(AMOUNT_DECIMALS - decimal.scale) };
}

export type DecimalReading = { ok: true; text: string } | { ok: false; problem: Message };

/** A score, weight or rate cell as decimal text (`8`, `4.80`, `95.00%` for a rate). */
export function readDecimalCell(text: string, label: string, percent = false): DecimalReading {
    const cleaned = text.replace(/[\s\u3000]/g, '').replace(/％/g, '%');
    const number = percent ? cleaned.replace(/%$/, '') : cleaned;
    if (!parseDecimal(number)) {
        return { ok: false, problem: ImportMessages.notADecimal(label, text) };
    }
    return { ok: true, text: percent ? `${number}%` : number };
}

/** A unit the language can write after a value: a word (not a keyword), `%` or `‰`. */
export function isWritableUnit(unit: string): boolean {
    return unit === '%' || unit === '‰' || isIdentifier(unit);
}

/** The value and unitCell of an indicator from its 指标值 and 度量单位 cells. */
export function readIndicatorCells(valueCell: string, unitCellRaw: string): Pick<FormIndicator, 'value' | 'unitCell'> {
    const unitText = normalizeUnit(normalizeFullWidth(unitCellRaw).replace(/[\s\u3000]+/g, ''));
    let value: FormValue = parseValueText(valueCell);
    if (value.kind === 'quantity' && value.unit !== undefined && !isWritableUnit(value.unit)) {
        // `≤100元/人`: no unit token can hold it; the whole cell is kept as text.
        value = { kind: 'text', text: valueCell.trim() };
    }
    if (value.kind === 'grade' && !isIdentifier(value.grade)) {
        value = { kind: 'text', text: value.grade };
    }
    if (unitText === '' || unitText === impliedUnitCell(value)) {
        return { value };
    }
    if (!isWritableUnit(unitText)) {
        // A 度量单位 such as 元/人 cannot be written as a unit: it joins the value's text instead
        // of being dropped.
        const text = valueCell.trim();
        return { value: { kind: 'text', text: text.endsWith(unitText) ? text : text + unitText } };
    }
    if (value.kind === 'quantity' && value.unit === undefined) {
        // `100` | `%`: the unit only in its own cell, as forms made by hand write it. The document
        // writes `100 %` (a `100 度量单位 %` exported by us reads back so too: the same indicator).
        return { value: { ...value, unit: unitText } };
    }
    return { value, unitCell: unitText };
}
