/** The `jixiao` command line. Exit codes: 0 no errors, 1 errors (or refused), 2 bad usage or unreadable path. */
import { createRequire } from 'node:module';
import { CommanderError, Option } from 'commander';
import type { Message } from 'jixiao-language';
import { UsageError } from './cli-documents.js';
import { printErr, printOut } from './cli-output.js';
import { addCommand } from './cli-command.js';
import { JixiaoCommand } from './cli-help.js';
import { HelpTexts, localeOf, UsageTexts } from './cli-messages.js';
import { checkCommand } from './check-command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { fmtCommand } from './fmt-command.js';
import { scoreCommand } from './score-command.js';
import { selfevalInitCommand } from './selfeval-command.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export async function main(argv: readonly string[]): Promise<number> {
    const locale = localeOf(argv);
    const say = (message: Message) => message[locale];
    let exitCode = 0;
    const exit = (code: number) => {
        exitCode = code;
    };
    const program = new JixiaoCommand(locale, 'jixiao')
        .description(say(HelpTexts.program))
        .exitOverride()
        .configureOutput({ writeOut: printOut, writeErr: printErr })
        .showHelpAfterError(say(HelpTexts.helpHint))
        .version(version, '-V, --version', say(HelpTexts.version))
        // Set before the commands are added, so that every command inherits the help texts.
        .helpOption('-h, --help', say(HelpTexts.help))
        .helpCommand(`help ${say(HelpTexts.commandWord)}`, say(HelpTexts.helpCommand))
        // Read before anything else (localeOf), so that help and errors are in that language too.
        .addOption(new Option(`--locale ${say(HelpTexts.localeValue)}`, say(HelpTexts.locale)).choices(['zh', 'en']));
    addCommand(program, checkCommand, say, exit);
    addCommand(program, exportCommand, say, exit);
    addCommand(program, importCommand, say, exit);
    addCommand(program, fmtCommand, say, exit);
    addCommand(program, scoreCommand, say, exit);
    addCommand(program, selfevalInitCommand, say, exit);
    try {
        await program.parseAsync(argv);
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : 2;
        }
        if (error instanceof UsageError) {
            printErr(`jixiao: ${say(error.text)}\n`);
            return 2;
        }
        // Never a stack trace: say what happened, in one line.
        printErr(`jixiao: ${say(UsageTexts.internalError((error as Error)?.message ?? String(error)))}\n`);
        return 1;
    }
}
