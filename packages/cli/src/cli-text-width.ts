/** Display width in a terminal: CJK characters take two columns. */
import stringWidthImpl from 'string-width';

export function stringWidth(text: string): number {
    return stringWidthImpl(text);
}
