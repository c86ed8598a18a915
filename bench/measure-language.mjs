/**
 * Parse only versus full validation, in this process, on the same documents.
 *
 * - parse: `LangiumDocumentFactory.fromString` (lexing, parsing, the document object): what the
 *   server does before anything else on every change.
 * - full: the same parse, then `DocumentBuilder.build(…, { validation: true })`: indexing, scopes,
 *   linking of 对应 and every validation category (built-in, fast and slow).
 *
 * Times are CPU time of this process (see timedCpu), wall time is kept for the table.
 * Each round measures every size in both modes back to back, so that ratios compare timings taken
 * moments apart: on a shared, noisy machine a ratio of medians from separate runs means little.
 */
import { URI } from 'langium';
import { EmptyFileSystem } from 'langium';
import { createJixiaoServices } from 'jixiao-language';
import { median, timedCpu } from './statistics.mjs';

/**
 * @param {{ indicators: number, text: string }[]} documents
 * @param {{ rounds: number, warmup: number, log?: (line: string) => void }} options
 */
export async function measureParseAndValidate(documents, { rounds, warmup, log = () => {} }) {
    const { shared } = createJixiaoServices(EmptyFileSystem);
    const factory = shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = shared.workspace.LangiumDocuments;
    const builder = shared.workspace.DocumentBuilder;
    let serial = 0;
    const freshUri = () => URI.parse(`memory:///bench/declaration-${serial++}.jixiao`);
    const forget = (document) => {
        langiumDocuments.deleteDocument(document.uri);
        shared.workspace.IndexManager.remove(document.uri);
    };

    const parseOnce = async (text) => {
        let document;
        const { wallMs, cpuMs } = await timedCpu(() => { document = factory.fromString(text, freshUri()); });
        return { wallMs, cpuMs, document };
    };
    const buildOnce = async (text) => {
        let document;
        const { wallMs, cpuMs } = await timedCpu(async () => {
            document = factory.fromString(text, freshUri());
            langiumDocuments.addDocument(document);
            await builder.build([document], { validation: true });
        });
        forget(document);
        return { wallMs, cpuMs, document };
    };

    const samples = documents.map(() => ({ parse: [], full: [], parseWall: [], fullWall: [] }));
    let diagnosticsBySize = documents.map(() => 0);
    for (let round = -warmup; round < rounds; round++) {
        for (const [index, { text }] of documents.entries()) {
            // Alternate which mode goes first, so that neither always runs on a warmer heap.
            const parseFirst = round % 2 === 0;
            const first = parseFirst ? await parseOnce(text) : await buildOnce(text);
            const second = parseFirst ? await buildOnce(text) : await parseOnce(text);
            const [parse, full] = parseFirst ? [first, second] : [second, first];
            if (round >= 0) {
                samples[index].parse.push(parse.cpuMs);
                samples[index].full.push(full.cpuMs);
                samples[index].parseWall.push(parse.wallMs);
                samples[index].fullWall.push(full.wallMs);
                diagnosticsBySize[index] = full.document.diagnostics?.length ?? 0;
            }
        }
        if (round >= 0) {
            log(`  round ${round + 1}/${rounds}: ` + documents.map((d, i) =>
                `${d.indicators}: parse ${samples[i].parse.at(-1).toFixed(1)} ms, full ${samples[i].full.at(-1).toFixed(1)} ms (CPU)`).join('; '));
        }
    }

    return documents.map((document, index) => {
        const { parse, full, parseWall, fullWall } = samples[index];
        const pairedRatios = parse.map((p, round) => full[round] / p);
        return {
            indicators: document.indicators,
            characters: document.text.length,
            /** CPU milliseconds (medians): what ratios and growth are computed from. */
            parseMs: median(parse),
            fullMs: median(full),
            /** Wall-clock milliseconds (medians), for the table. */
            parseWallMs: median(parseWall),
            fullWallMs: median(fullWall),
            /** Median over rounds of full/parse, each pair measured back to back. */
            fullOverParse: median(pairedRatios),
            diagnostics: diagnosticsBySize[index],
            samples: { parse, full }
        };
    });
}

/** time(larger) / time(smaller) per round, then the median: growth for 10× the indicators. */
export function pairedGrowth(smaller, larger, key) {
    const ratios = larger.samples[key].map((ms, round) => ms / smaller.samples[key][round]);
    return median(ratios);
}
