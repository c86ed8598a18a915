/**
 * A static check: no module on a money path turns an amount into a binary floating-point number.
 * A money module is any source file that handles amounts (it names Hundredths, parseAmount,
 * amountOf, columnSum, formatAmount…) or scores (roundHalfUp, scoreIndicator, scoreBudget…). In those files parseFloat, parseInt, Number(…), toFixed and
 * Math.round are refused unless listed below with the reason they do not touch an amount; the one
 * conversion of an amount to a number is `amountToSpreadsheetNumber`, the documented spreadsheet
 * boundary, and only the xlsx writer calls it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const MONEY_MARKERS = /\b(Hundredths|parseAmount|amountOf|columnSum|formatAmount|formatAmountGrouped|sumHundredths|toYuanHundredths|readAmountCell|grandTotalOf|roundHalfUp|scoreIndicator|scoreBudget|sumScores)\b/;
const FLOAT_CONVERSIONS = /\bparseFloat\s*\(|\bparseInt\s*\(|\bNumber\s*\(|\.toFixed\s*\(|\bMath\.round\s*\(|\bNumber\.parse(Float|Int)\s*\(/g;

/** Conversions that are not of amounts, each with its reason: file, the line's text, why. */
const ALLOWED: Array<{ file: RegExp; line: RegExp; reason: string }> = [
    { file: /domain\/money\.ts$/, line: /return Number\(formatAmount\(hundredths\)\);/, reason: 'amountToSpreadsheetNumber: the spreadsheet boundary, after all arithmetic' },
    { file: /jixiao-indicator-validator\.ts$/, line: /date\.year !== Number\(year\)/, reason: 'a four-digit year, not an amount' }
];

function sourceFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const full = path.join(folder, name);
        if (statSync(full).isDirectory()) {
            return name === 'generated' || name === 'node_modules' || name === 'out' ? [] : sourceFiles(full);
        }
        return /\.(ts|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
    });
}

const packagesFolder = path.join(ROOT, 'packages');
const files = readdirSync(packagesFolder)
    .map(name => path.join(packagesFolder, name, 'src'))
    .filter(folder => { try { return statSync(folder).isDirectory(); } catch { return false; } })
    .flatMap(sourceFiles);

describe('money stays exact', () => {
    test('there are money modules to check', () => {
        expect(files.filter(file => MONEY_MARKERS.test(readFileSync(file, 'utf8'))).length).toBeGreaterThan(5);
    });

    test('no money module converts to a binary float except where listed', () => {
        const found: string[] = [];
        for (const file of files) {
            const text = readFileSync(file, 'utf8');
            if (!MONEY_MARKERS.test(text)) {
                continue;
            }
            text.split('\n').forEach((line, index) => {
                const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
                if (FLOAT_CONVERSIONS.test(code) && !ALLOWED.some(allowed => allowed.file.test(file) && allowed.line.test(line))) {
                    found.push(`${path.relative(ROOT, file)}:${index + 1}: ${line.trim()}`);
                }
                FLOAT_CONVERSIONS.lastIndex = 0;
            });
        }
        expect(found).toEqual([]);
    });

    test('amountToSpreadsheetNumber is called only by the xlsx writer', () => {
        const callers = files
            .filter(file => !file.endsWith(path.join('domain', 'money.ts')) && /amountToSpreadsheetNumber\s*\(/.test(readFileSync(file, 'utf8')))
            .map(file => path.relative(ROOT, file));
        expect(callers).toEqual(['packages/form/src/xlsx-writer.ts']);
    });
});
