/**
 * Export of the 1,000-indicator document versus exceljs writing the same cells unstyled.
 *
 * - export: `buildForm(declaration)` then `formToXlsxBuffer(model)` from packages/form, the code
 *   behind `jixiao export` and the VS Code command (the document is parsed once beforehand:
 *   parsing is measured on its own above);
 * - baseline: a new exceljs workbook with one sheet holding the same cell values (read back from
 *   the export's own workbook, so the grids match), no styles, merges or print setup, written to a
 *   buffer.
 *
 * Rounds alternate the order and the figure is the median of the per-round ratios.
 */
import { EmptyFileSystem, URI } from 'langium';
import { createJixiaoServices } from 'jixiao-language';
import { median, timed } from './statistics.mjs';

export async function measureExport(text, { rounds, warmup }) {
    let form;
    let ExcelJS;
    try {
        form = await import('jixiao-form');
        ExcelJS = (await import('exceljs')).default;
    } catch (error) {
        return { available: false, reason: `packages/form is not built or not importable (${error.message.split('\n')[0]})` };
    }
    if (typeof form.buildForm !== 'function' || typeof form.formToXlsxBuffer !== 'function' || typeof form.formToWorkbook !== 'function') {
        return { available: false, reason: 'packages/form does not export buildForm, formToWorkbook and formToXlsxBuffer yet' };
    }

    const { shared } = createJixiaoServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///bench/export.jixiao'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    const declaration = document.parseResult.value;

    const cells = cellsOf(form.formToWorkbook(form.buildForm(declaration)));
    const exportOnce = async () => {
        const model = form.buildForm(declaration);
        return form.formToXlsxBuffer(model);
    };
    const baselineOnce = async () => {
        const workbook = new ExcelJS.Workbook();
        const sheet = workbook.addWorksheet('Sheet1');
        for (const { row, column, value } of cells) {
            sheet.getCell(row, column).value = value;
        }
        return workbook.xlsx.writeBuffer();
    };

    const exportMs = [];
    const baselineMs = [];
    for (let round = -warmup; round < rounds; round++) {
        const exportFirst = round % 2 === 0;
        const first = await timed(exportFirst ? exportOnce : baselineOnce);
        const second = await timed(exportFirst ? baselineOnce : exportOnce);
        if (round >= 0) {
            exportMs.push(exportFirst ? first : second);
            baselineMs.push(exportFirst ? second : first);
        }
    }
    return {
        available: true,
        cells: cells.length,
        exportMs: median(exportMs),
        exceljsMs: median(baselineMs),
        exportOverExceljs: median(exportMs.map((ms, round) => ms / baselineMs[round]))
    };
}

/** Every non-empty cell that holds its own value (merged cells' followers hold none). */
function cellsOf(workbook) {
    const sheet = workbook.worksheets[0];
    const cells = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
            if (cell.isMerged && cell.master !== cell) {
                return;
            }
            cells.push({ row: rowNumber, column: columnNumber, value: cell.value });
        });
    });
    return cells;
}
