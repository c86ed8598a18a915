/**
 * A command of the command line as data: its name, argument and options with their help texts, and
 * the function that runs it. `addCommand` turns one into a commander command in the user's
 * language; each command's file holds its own description and its behaviour.
 */
import { Option, type Command } from 'commander';
import type { Locale, Message } from 'jixiao-language';

export interface CommandOption {
    /** `--force`, `-o, --output` */
    readonly flags: string;
    /** The value's placeholder (`<格式>`), for an option that takes one. */
    readonly value?: Message;
    readonly help: Message;
    readonly choices?: readonly string[];
    readonly default?: string;
    /** Accepted but not listed in the help (an old name of another option). */
    readonly hidden?: boolean;
}

/** What every command's options hold besides its own: the global --locale. */
export interface GlobalOptions {
    locale?: Locale;
}

export interface CommandSpec<Argument, Options> {
    readonly name: string;
    /** The command it is a subcommand of (`selfeval` for `selfeval init`), created with the first of its subcommands. */
    readonly parent?: { readonly name: string; readonly description: Message };
    readonly description: Message;
    /** The argument's placeholder (`<文件>`, `<路径...>`) and help. */
    readonly argument: readonly [Message, Message];
    readonly options: readonly CommandOption[];
    /** Runs the command; the exit code it returns is the program's. */
    readonly run: (argument: Argument, options: Options & GlobalOptions) => Promise<number>;
}

export function addCommand<Argument, Options>(
    program: Command, spec: CommandSpec<Argument, Options>, say: (message: Message) => string, exit: (code: number) => void
): void {
    const parent = spec.parent === undefined ? program
        : program.commands.find(command => command.name() === spec.parent!.name) ?? program.command(spec.parent.name).description(say(spec.parent.description));
    const command = parent.command(spec.name).description(say(spec.description)).argument(say(spec.argument[0]), say(spec.argument[1]));
    for (const option of spec.options) {
        const added = new Option(option.value ? `${option.flags} ${say(option.value)}` : option.flags, say(option.help));
        added.hidden = option.hidden === true;
        command.addOption(option.choices ? added.choices(option.choices).default(option.default) : added.default(option.default));
    }
    command.action(async (argument: Argument, options: Options, self: Command) => {
        exit(await spec.run(argument, { ...self.optsWithGlobals(), ...options }));
    });
}
