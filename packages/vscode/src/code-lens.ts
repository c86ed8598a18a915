/**
 * “导出 Excel · 预览” above the document's first line (部门整体支出绩效目标 …, 项目支出绩效目标 … or 项目支出绩效自评 …):
 * two lenses, the two things an analyst does with a finished form.
 */
import * as vscode from 'vscode';

const DECLARATION_LINE = /^\s*(部门整体支出绩效目标|项目支出绩效目标|项目支出绩效自评)/;

export class DeclarationCodeLenses implements vscode.CodeLensProvider {
    provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
        const range = new vscode.Range(declarationLine(document), 0, declarationLine(document), 0);
        return [
            new vscode.CodeLens(range, {
                title: `$(export) ${vscode.l10n.t('Export Excel')}`,
                tooltip: vscode.l10n.t('Write the official workbook beside this file'),
                command: 'jixiao.exportExcel',
                arguments: [document.uri]
            }),
            new vscode.CodeLens(range, {
                title: `$(open-preview) ${vscode.l10n.t('Preview')}`,
                tooltip: vscode.l10n.t('Show the form as it will print'),
                command: 'jixiao.preview',
                arguments: [document.uri]
            })
        ];
    }
}

/** The line that opens the declaration, or the first line when there is none (yet). */
function declarationLine(document: vscode.TextDocument): number {
    const limit = Math.min(document.lineCount, 200);
    for (let line = 0; line < limit; line++) {
        if (DECLARATION_LINE.test(document.lineAt(line).text)) {
            return line;
        }
    }
    return 0;
}
