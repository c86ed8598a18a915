/** Comparing forms cell by cell: a pasted or read grid against the grid the writer lays out. */
import { cellDisplayText, cellText, labelKey, plainCellText, type FormGrid, type GridLayout } from 'jixiao-form';

/** A cell as compared: `<p>` paragraphs as lines, then no spaces (the pasted form writes `项目资金 （元）`). */
const normalize = (text: string) => labelKey(plainCellText(text));

/**
 * A worksheet holds amounts as numbers (1250000, shown 1,250,000.00); text holds them as written.
 * With `numbersByValue`, every decimal is compared by value: `1,250,000.00` and `1250000` alike.
 */
function byValue(text: string): string {
    const match = /^-?[\d,]+(\.\d+)?$/.exec(text);
    if (!match) {
        return text;
    }
    const [integer, fraction = ''] = text.replace(/,/g, '').split('.');
    const trimmed = fraction.replace(/0+$/, '');
    return `${BigInt(integer)}${trimmed ? '.' + trimmed : ''}`;
}

/** The non-blank rows of a grid, each as its non-empty cells `column:text`. */
export function gridCells(grid: FormGrid, options: { numbersByValue?: boolean } = {}): string[][] {
    const cell = (text: string) => options.numbersByValue ? byValue(normalize(text)) : normalize(text);
    return grid.rows
        .map(row => row.cells.flatMap((_, column) => cell(cellText(row, column)) === '' ? [] : [`${column}:${cell(cellText(row, column))}`]))
        .filter(cells => cells.length > 0);
}

export function layoutCells(layout: GridLayout): string[][] {
    const rows: string[][] = [];
    for (let row = 1; row <= layout.rowCount; row++) {
        const cells = layout.cells.filter(cell => cell.row === row).sort((a, b) => a.column - b.column)
            .flatMap(cell => normalize(cellDisplayText(cell)) === '' ? [] : [`${cell.column - 1}:${normalize(cellDisplayText(cell))}`]);
        if (cells.length > 0) {
            rows.push(cells);
        }
    }
    return rows;
}
