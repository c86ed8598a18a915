/** The `jixiao` command line. Exit codes: 0 no errors, 1 errors (or refused), 2 bad usage or unreadable path. */
import { Command, CommanderError } from 'commander';
import { UsageError } from './cli-documents.js';
import { printErr, printOut } from './cli-output.js';
import { registerCheckCommand } from './check-command.js';
import { registerExportCommand } from './export-command.js';
import { registerImportCommand } from './import-command.js';
import { registerFmtCommand } from './fmt-command.js';
import { registerScoreCommand } from './score-command.js';
import { registerSelfevalCommand } from './selfeval-command.js';

export async function main(argv: readonly string[]): Promise<number> {
    let exitCode = 0;
    const run = async (action: () => Promise<number>): Promise<void> => {
        exitCode = await action();
    };
    const program = new Command('jixiao')
        .description('绩效目标申报表与自评表：检查、导出 Excel、导入、格式化、计分')
        .exitOverride()
        .configureOutput({ writeOut: printOut, writeErr: printErr })
        .showHelpAfterError('（用 jixiao --help 查看用法）')
        // Set before the commands are added, so that every command inherits the Chinese help text.
        .helpOption('-h, --help', '显示帮助')
        .helpCommand('help [command]', '显示某个命令的帮助');
    registerCheckCommand(program, run);
    registerExportCommand(program, run);
    registerImportCommand(program, run);
    registerFmtCommand(program, run);
    registerScoreCommand(program, run);
    registerSelfevalCommand(program, run);
    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof UsageError) {
            printErr(`jixiao: ${error.message}\n`);
            return 2;
        }
        // Never a stack trace: say what happened, in one line.
        printErr(`jixiao: 内部错误：${(error as Error)?.message ?? String(error)}\n`);
        return 1;
    }
}
