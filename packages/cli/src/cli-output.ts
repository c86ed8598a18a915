/**
 * Everything the command line prints goes through here. Names and texts come from documents and
 * workbooks anyone can write, and file names may hold anything: `ESC ] 0 ; … BEL` retitles a
 * terminal window, `ESC [ 31m` recolours it, a CR overwrites the line before. So C0 control
 * characters (except line feed and tab), DEL and C1 controls are printed as visible escapes
 * (`\x1B`), and JSON output escapes the ones JSON.stringify leaves raw (DEL, C1).
 */

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const JSON_RAW_CONTROLS = /[\u007f-\u009f]/g;

/** The text with every control character but line feed and tab written as `\xNN`. */
export function terminalSafe(text: string): string {
    return text.replace(TERMINAL_CONTROLS, char => `\\x${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** JSON text whose strings hold no raw control character (still the same JSON value). */
export function jsonSafe(json: string): string {
    return json.replace(JSON_RAW_CONTROLS, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function printOut(text: string): void {
    process.stdout.write(terminalSafe(text));
}

export function printErr(text: string): void {
    process.stderr.write(terminalSafe(text));
}

/** `value` as indented JSON, then a line break. */
export function printJson(value: unknown): void {
    process.stdout.write(jsonSafe(JSON.stringify(value, null, 2)) + '\n');
}
