/**
 * A document typed the way a person writes it in an editor with auto-closing brackets and quotes
 * (VS Code and most editors): top to bottom, line by line; `"` inserts `""` and the closing quote
 * is typed over; `{` at the end of a line inserts `{}` and Enter puts `}` on its own line below, so
 * closing-brace lines are never typed. The states are computed from the target text, so that the
 * last one is exactly the target; each is sent to the server as the one edit that leads to it.
 */

export type TypingStep =
    /** The text after a whole line was typed (and Enter pressed). */
    | { kind: 'line-done'; line: number; text: string }
    /** The text while a line is being typed. */
    | { kind: 'typing'; line: number; text: string };

/** Where inside a long text the typist pauses: every `stride` characters (every character elsewhere). */
export interface TypingOptions {
    readonly stride?: number;
}

export function typingSteps(target: string, options: TypingOptions = {}): TypingStep[] {
    const lines = target.replace(/\n$/, '').split('\n');
    const closers = matchingCloseLines(lines);
    const steps: TypingStep[] = [];
    const done: string[] = [];
    const open: number[] = [];
    const stride = options.stride ?? 6;
    const tail = () => [...open].reverse().map(index => lines[index]);
    const compose = (current: string[]) => [...done, ...current, ...tail()].join('\n');
    /** After a line: Enter opens an empty line for the next one, unless the next is a `}` the editor already wrote. */
    const finishLine = (index: number) => {
        const nextIsCloser = open.length > 0 && open[open.length - 1] === index + 1;
        steps.push({ kind: 'line-done', line: index, text: compose(nextIsCloser ? [] : ['']) });
    };
    lines.forEach((line, index) => {
        if (open.length > 0 && open[open.length - 1] === index) {
            // The closing line an earlier `{` inserted: the cursor moves past it.
            open.pop();
            done.push(line);
            const nextIsCloser = open.length > 0 && open[open.length - 1] === index + 1;
            if (!nextIsCloser) {
                finishLine(index);
            }
            return;
        }
        for (const partial of partialsOf(line, stride)) {
            steps.push({ kind: 'typing', line: index, text: compose([partial]) });
        }
        if (closers.has(index)) {
            // `{` typed: the editor closes it on the same line, Enter moves `}` to a line of its own.
            steps.push({ kind: 'typing', line: index, text: compose([`${line}}`]) });
            open.push(closers.get(index)!);
        }
        done.push(line);
        finishLine(index);
    });
    return steps;
}

/** The line as typed so far: its indentation at once (the editor indents), then character by character, with `""` auto-closed. */
function partialsOf(line: string, stride: number): string[] {
    const indent = /^\s*/.exec(line)![0];
    const body = line.slice(indent.length).replace(/\{$/, '');
    const partials: string[] = [];
    let inString = false;
    let sinceStop = 0;
    for (let end = 1; end <= body.length; end++) {
        const typed = body[end - 1];
        if (typed === '"') {
            inString = !inString;
            sinceStop = 0;
            if (!inString) {
                // The closing quote is typed over the one the editor inserted: no new state.
                continue;
            }
        } else if (inString && ++sinceStop < stride && end < body.length && body[end] !== '"') {
            continue;
        }
        partials.push(indent + body.slice(0, end) + (inString ? '"' : ''));
    }
    return partials.length > 0 || body === '' ? partials : [indent];
}

/** For each line ending with `{`, the line of its matching `}` (braces inside quotes and comments ignored). */
function matchingCloseLines(lines: string[]): Map<number, number> {
    const result = new Map<number, number>();
    const stack: number[] = [];
    lines.forEach((line, index) => {
        const code = line.replace(/"(?:\\.|[^"\\])*"/g, '""').replace(/\/\/.*$/, '');
        for (const ch of code) {
            if (ch === '{') {
                stack.push(index);
            } else if (ch === '}') {
                const opened = stack.pop();
                if (opened !== undefined && opened !== index) {
                    result.set(opened, index);
                }
            }
        }
    });
    return result;
}
