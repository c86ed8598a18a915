/**
 * Whether export or import may write OUT, and if not, the sentence that says why (DESIGN §6):
 * nothing is there, or it is a workbook an export wrote and nobody changed since; any other file
 * needs --overwrite; a read-only file is never replaced, not even with --overwrite.
 */
import type { ExistingOutput } from 'jixiao-form';

/**
 * undefined: go ahead (a folder is left to the write, which says so). `verb` is what was not done
 * (导出, 导入, 生成); for a .jixiao output, `what` says whose work it may be.
 */
export function refusedOutput(output: string, existing: ExistingOutput, overwrite: boolean | undefined, verb: '导出' | '导入' | '生成', what = '申报表'): string | undefined {
    const elsewhere = '或用 -o 指定另一个文件';
    switch (existing) {
        case 'none':
        case 'directory':
        case 'ours':
            return undefined;
        case 'read-only':
            return `“${output}”是只读文件，未${verb}（Jixiao 从不替换只读文件；请${elsewhere.slice(1)}）`;
        case 'changed':
            return overwrite ? undefined
                : `“${output}”是 Jixiao 导出的，但之后在其他程序中修改过，未${verb}（确要用新的结果替换它，请加 --overwrite；${elsewhere}）`;
        case 'foreign':
            return overwrite ? undefined : verb === '导出'
                ? `“${output}”已存在，且不是 Jixiao 导出的工作簿，未导出（它可能是您自己的表格，或导入申报表时用的原表；确要替换它，请加 --overwrite；${elsewhere}）`
                : `“${output}”已存在，未${verb}（它可能是您编辑过的${what}；确要替换它，请加 --overwrite；${elsewhere}）`;
    }
}
