/**
 * Token values: quoted text in either quote style (jixiao-strings.ts), and figures typed in full
 * width (１２０００, ２０２６年６月前) as ASCII, so that every check, the export and the form see one
 * spelling. The source keeps what was typed until the formatter writes the canonical form.
 */
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { asciiFigure } from './domain/decimal.js';
import { stringValue } from './jixiao-strings.js';

export class JixiaoValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        switch (rule.name) {
            case 'STRING': return stringValue(input);
            case 'NUMBER':
            case 'DEADLINE': return asciiFigure(input);
            default: return super.runConverter(rule, input, cstNode);
        }
    }
}
