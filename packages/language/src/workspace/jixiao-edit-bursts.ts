/**
 * A burst of edits costs about one rebuild (DESIGN §9). Langium starts a rebuild for every
 * didChange and cancels it when the next change arrives; but the cancellation is only seen
 * between the build's steps, and parsing the document is one synchronous step, so a client that
 * sent 1,000 one-character changes at once (a paste, a macro, a fast typist on a slow machine)
 * paid 1,000 parses: 35 s before the next completion answered, against 0.5 s for the same edits
 * in one change.
 *
 * So a rebuild after a change first lets the changes already on their way arrive: it yields to
 * the event loop once (the language connection handles one queued message per turn, and every
 * change cancels the rebuild before), and when the changes come close together (a burst) it
 * waits a short quiet time before it parses. A lone keystroke pays one turn of the event loop;
 * a burst pays one parse and the quiet time. Documents stay marked as changed meanwhile, so a
 * request that needs them waits for the rebuild instead of answering from the old tree.
 */
import { Cancellation, DefaultDocumentBuilder, delayNextTick, DocumentState, OperationCancelled, type BuildOptions, type LangiumDocument, type URI } from 'langium';

type CancellationToken = Cancellation.CancellationToken;
const { CancellationToken } = Cancellation;

/** Changes closer together than this are one burst. */
export const BURST_GAP_MS = 50;
/** In a burst, how long a rebuild waits for the next change before it starts parsing. */
export const BURST_QUIET_MS = 20;

/** The base of JixiaoDocumentBuilder (jixiao-document-builder.ts), which adds the checks across files. */
export class EditBurstDocumentBuilder extends DefaultDocumentBuilder {
    private lastUpdateAt = -Infinity;
    private inBurst = false;

    override async update(changed: URI[], deleted: URI[], cancelToken: CancellationToken = CancellationToken.None): Promise<void> {
        const now = performance.now();
        this.inBurst = now - this.lastUpdateAt < BURST_GAP_MS;
        this.lastUpdateAt = now;
        return super.update(changed, deleted, cancelToken);
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: CancellationToken): Promise<void> {
        // Only the rebuilds that follow changes and parse wait; `build` (a workspace, the CLI) and
        // the re-validation of dependents do not.
        const parses = documents.some(document => document.state < DocumentState.Parsed);
        if (options === this.updateBuildOptions && cancelToken !== CancellationToken.None && parses) {
            await settle(cancelToken, this.inBurst ? BURST_QUIET_MS : 0);
        }
        return super.buildDocuments(documents, options, cancelToken);
    }
}

/** Lets queued messages run, then waits `quietMs`; throws OperationCancelled if a change came meanwhile. */
async function settle(cancelToken: CancellationToken, quietMs: number): Promise<void> {
    await delayNextTick();
    if (!cancelToken.isCancellationRequested && quietMs > 0) {
        await new Promise<void>(resolve => {
            const timer = setTimeout(done, quietMs);
            const subscription = cancelToken.onCancellationRequested(done);
            function done() {
                clearTimeout(timer);
                subscription.dispose();
                resolve();
            }
        });
    }
    if (cancelToken.isCancellationRequested) {
        throw OperationCancelled;
    }
}
