/**
 * The server's document text (lsp/jixiao-text-document.ts, kept in lines so that a change costs
 * the lines it touches) behaves exactly as the standard TextDocument: random texts with LF, CRLF
 * and lone CR line breaks and CJK, random edits (ranges reversed, across line breaks, joining a CR
 * and an LF, whole-text replacements), and after each edit the same text, lines, offsets and
 * positions, also for positions past the end. Edits use positions inside the document, as a
 * client sends them: for a range beyond the last line the standard TextDocument's line table goes
 * wrong (it counts lines the text does not have), while this one stays true to its text.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { JixiaoTextDocument } from '../../packages/language/src/lsp/jixiao-text-document.js';

const SEED = 9009;
const text = fc.array(fc.constantFrom('a', '测', ' ', '\n', '\r', '\r\n', '"', '𠀀'), { maxLength: 40 }).map(parts => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 14 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
    { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
    { weight: 1, arbitrary: fc.record({ text }) }
);

describe('the server\'s document text', () => {
    test('matches the standard TextDocument after any sequence of edits', () => {
        fc.assert(fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.array(position, { minLength: 4, maxLength: 4 }),
            (initial, edits, probes) => {
                const standard = TextDocument.create('file:///a.jixiao', 'jixiao', 1, initial);
                const ours = JixiaoTextDocument.create('file:///a.jixiao', 'jixiao', 1, initial);
                edits.forEach((changes, index) => {
                    for (const change of changes) {
                        // A position as a client sends it: within the document.
                        const inside = (at: { line: number; character: number }) => standard.positionAt(standard.offsetAt(at));
                        const valid = 'range' in change ? { range: { start: inside(change.range.start), end: inside(change.range.end) }, text: change.text } : change;
                        TextDocument.update(standard, [valid], index + 2);
                        JixiaoTextDocument.update(ours, [valid], index + 2);
                    }
                    expect(ours.getText()).toBe(standard.getText());
                    expect(ours.lineCount).toBe(standard.lineCount);
                    expect(ours.version).toBe(standard.version);
                    for (const probe of probes) {
                        expect(ours.offsetAt(probe)).toBe(standard.offsetAt(probe));
                        const offset = probe.line * 3 + probe.character;
                        expect(ours.positionAt(offset)).toEqual(standard.positionAt(offset));
                        expect(ours.getLineRange(probe.line)).toEqual(standard.getLineRange(probe.line));
                        expect(ours.getEOLCharacters(probe.line)).toBe(standard.getEOLCharacters(probe.line));
                    }
                    expect(ours.getText({ start: probes[0], end: probes[1] })).toBe(standard.getText({ start: probes[0], end: probes[1] }));
                });
            }), { seed: SEED, numRuns: 1000 });
    });

    test('a range read between edits sees the same text before the whole text is joined again', () => {
        const ours = JixiaoTextDocument.create('file:///a.jixiao', 'jixiao', 1, '第一行\r\n第二行\n第三行');
        JixiaoTextDocument.update(ours, [{ range: { start: { line: 1, character: 3 }, end: { line: 1, character: 3 } }, text: '测' }], 2);
        expect(ours.getText({ start: { line: 0, character: 2 }, end: { line: 2, character: 1 } })).toBe('行\r\n第二行测\n第');
        expect(ours.getText()).toBe('第一行\r\n第二行测\n第三行');
    });
});
