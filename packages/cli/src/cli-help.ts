/**
 * Commander in the user's language: help titles, `[选项]`, defaults and choices, and commander's own
 * usage errors (`jixiao: 缺少参数“路径”`), with the hint that says where help is. Every command of
 * the program is made by `JixiaoCommand`, so all of them speak one language.
 */
import { Command, Help, type Option } from 'commander';
import stringWidth from 'string-width';
import type { Locale, Message } from 'jixiao-language';
import { HelpTexts, UsageTexts } from './cli-messages.js';

const TITLES: Readonly<Record<string, Message>> = {
    'Usage:': HelpTexts.usage,
    'Options:': HelpTexts.options,
    'Global Options:': HelpTexts.globalOptions,
    'Arguments:': HelpTexts.arguments,
    'Commands:': HelpTexts.commands
};

class JixiaoHelp extends Help {
    constructor(private readonly locale: Locale) {
        super();
        this.showGlobalOptions = true;
    }

    private say(message: Message): string {
        return message[this.locale];
    }

    /** Columns line up by what a terminal shows: a CJK character takes two. */
    override displayWidth(text: string): number {
        return stringWidth(text);
    }

    /** `用法：jixiao …`: no space after a full-width colon. */
    override formatHelp(command: Command, helper: Help): string {
        return super.formatHelp(command, helper).replace(/^(\S+：) /, '$1');
    }

    override styleTitle(title: string): string {
        return TITLES[title] ? this.say(TITLES[title]) : title;
    }

    override commandUsage(command: Command): string {
        return this.words(super.commandUsage(command));
    }

    override subcommandTerm(command: Command): string {
        return this.words(super.subcommandTerm(command));
    }

    override optionDescription(option: Option): string {
        const extra: string[] = [];
        if (option.argChoices) {
            extra.push(this.say(HelpTexts.choices(option.argChoices)));
        }
        if (option.defaultValue !== undefined && (option.required || option.optional)) {
            extra.push(this.say(HelpTexts.defaultValue(String(option.defaultValue))));
        }
        return extra.length > 0 ? option.description + this.say(HelpTexts.extraInfo(extra)) : option.description;
    }

    private words(usage: string): string {
        return usage.replace('[options]', this.say(HelpTexts.optionsWord)).replace('[command]', this.say(HelpTexts.commandWord));
    }
}

/** Commander's error codes and how to read their English message. */
const ERRORS: Readonly<Record<string, { pattern: RegExp; text: (command: Command, ...found: string[]) => Message }>> = {
    'commander.missingArgument': { pattern: /missing required argument '(.+)'/, text: (_command, name) => UsageTexts.missingArgument(name) },
    'commander.optionMissingArgument': { pattern: /option '(.+)' argument missing/, text: (_command, flags) => UsageTexts.optionMissingArgument(flags) },
    'commander.unknownOption': { pattern: /unknown option '([^']+)'/, text: (_command, flag) => UsageTexts.unknownOption(flag) },
    'commander.unknownCommand': { pattern: /unknown command '([^']+)'/, text: (_command, name) => UsageTexts.unknownCommand(name) },
    'commander.excessArguments': {
        pattern: /Expected (\d+) arguments? but got (\d+)/,
        text: (command, expected, got) => UsageTexts.tooManyArguments(command.name(), Number(expected), Number(got))
    },
    'commander.invalidArgument': {
        pattern: /option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\./,
        text: (_command, flags, value, choices) => UsageTexts.invalidChoice(flags, value, choices.split(', '))
    }
};

export class JixiaoCommand extends Command {
    constructor(readonly locale: Locale, name?: string) {
        super(name);
    }

    override createCommand(name?: string): JixiaoCommand {
        return new JixiaoCommand(this.locale, name);
    }

    override createHelp(): Help {
        return Object.assign(new JixiaoHelp(this.locale), this.configureHelp());
    }

    /** Commander's usage errors, said as ours are: `jixiao: …`, in the user's language. */
    override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
        const known = errorOptions?.code ? ERRORS[errorOptions.code] : undefined;
        const found = known?.pattern.exec(message);
        let text = found ? known!.text(this, ...found.slice(1))[this.locale] : message.replace(/^error: /, '');
        const suggestion = /\(Did you mean (.+)\?\)/.exec(message)?.[1];
        if (found && suggestion) {
            text += UsageTexts.didYouMean(suggestion)[this.locale];
        }
        return super.error(`jixiao: ${text}`, errorOptions);
    }
}
