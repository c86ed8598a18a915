#!/usr/bin/env node
/**
 * `npm run bench [-- --json] [-- --quick]`: the performance targets of DESIGN §9, measured.
 *
 * Every ratio is computed from timings taken in this one run, interleaved round by round, because
 * the machine is shared: absolute milliseconds vary from run to run, ratios much less. Progress
 * goes to stderr; the table (and with --json a last line holding one JSON object) to stdout.
 * docs/performance.md explains each figure.
 */
import { ensureBuilt } from './ensure-built.mjs';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const log = (line) => process.stderr.write(line + '\n');

if (!ensureBuilt(log)) {
    process.exit(2);
}
// Imported after the build check: these load the compiled packages.
const { generateDeclaration, withUnsupportedGoals } = await import('./generate-declaration.mjs');
const { measureParseAndValidate, pairedGrowth } = await import('./measure-language.mjs');
const { measureExport } = await import('./measure-export.mjs');
const { measureCheckFolder } = await import('./measure-check.mjs');
const { measureKeystrokes } = await import('./measure-keystroke.mjs');
const { measureBurst } = await import('./measure-burst.mjs');
const { measureWorkspaceCheck, measureWorkspaceKeystrokes, withWorkspaceFolder } = await import('./measure-workspace.mjs');
const { measurePlayground } = await import('./measure-playground.mjs');
const { printTable } = await import('./report.mjs');

const SIZES = [100, 1000, 10000];
const documents = SIZES.map(indicators => ({ indicators, text: generateDeclaration(indicators) }));
const thousand = documents[1];

log(`parse versus full validation on ${SIZES.join(', ')} indicators…`);
const language = await measureParseAndValidate(documents, { rounds: quick ? 3 : 7, warmup: quick ? 1 : 2, log });
const [, atThousand, atTenThousand] = language;

log('goal.unsupported on 2,000 and 20,000 goals that no indicator measures…');
const GOAL_COUNTS = [2000, 20000];
const goalDocuments = GOAL_COUNTS.map(goals => ({ indicators: goals, text: withUnsupportedGoals(generateDeclaration(100), goals) }));
const [twoThousandGoals, twentyThousandGoals] = await measureParseAndValidate(goalDocuments, { rounds: quick ? 2 : 3, warmup: 1, log });

log('export of the 1,000-indicator document versus exceljs…');
const exported = await measureExport(thousand.text, { rounds: quick ? 3 : 7, warmup: 1 });
if (!exported.available) {
    log(`  export: n/a — ${exported.reason}`);
}

log('jixiao check over 1,000 files in one process…');
const checked = await measureCheckFolder(1000);

log('keystroke latency of the language server on the 1,000-indicator document…');
const keystrokes = await measureKeystrokes(thousand.text, { edits: 50, warmupEdits: 10 });
// For context: the largest real declarations have a few hundred indicators (DESIGN §9).
log('keystroke latency on a 300-indicator document…');
const keystrokes300 = await measureKeystrokes(generateDeclaration(300), { edits: 50, warmupEdits: 10 });

log('a burst of 1,000 changes, then a completion, against one change, on the 1,000-indicator document…');
const burst = await measureBurst(thousand.text, { burst: 1000, rounds: quick ? 3 : 5 });

log('a department workspace of 200 projects: keystroke in a project → the department\'s diagnostics…');
const workspaceKeystrokes = await withWorkspaceFolder(200, (folder, workspace) => measureWorkspaceKeystrokes(folder, workspace, { edits: quick ? 15 : 40, warmupEdits: 5 }));
log('jixiao check of that workspace, with and without the checks across files…');
const workspaceCheck = await withWorkspaceFolder(200, folder => measureWorkspaceCheck(folder, { rounds: quick ? 3 : 5, warmup: 1 }));
log('the browser page opened from disk in headless chromium, and keystrokes on the seed…');
const playground = await measurePlayground({ loads: quick ? 3 : 7, edits: quick ? 20 : 50, warmupEdits: 6 });
if (!playground.available) {
    log(`  playground: n/a — ${playground.reason}`);
}

const results = {
    validate_over_parse: atThousand.fullOverParse,
    growth_per_10x: pairedGrowth(atThousand, atTenThousand, 'full'),
    growth_per_10x_parse: pairedGrowth(atThousand, atTenThousand, 'parse'),
    growth_100_to_1000: pairedGrowth(language[0], atThousand, 'full'),
    goal_growth_per_10x: pairedGrowth(twoThousandGoals, twentyThousandGoals, 'full'),
    goal_diagnostics: [twoThousandGoals.diagnostics, twentyThousandGoals.diagnostics],
    export_over_exceljs: exported.available ? exported.exportOverExceljs : null,
    export_ms: exported.available ? exported.exportMs : null,
    exceljs_ms: exported.available ? exported.exceljsMs : null,
    keystroke_ms_median: keystrokes.medianMs,
    keystroke_ms_p95: keystrokes.p95Ms,
    keystroke_ms_max: keystrokes.maxMs,
    keystroke_300_ms_median: keystrokes300.medianMs,
    keystroke_300_ms_p95: keystrokes300.p95Ms,
    open_1000_ms: keystrokes.openMs,
    burst_over_single: burst.burstOverSingle,
    burst_1000_ms: burst.burstMs,
    burst_single_ms: burst.singleMs,
    check_1000_files_ms: checked.ms,
    playground_ready_ms: playground.available ? playground.readyMs : null,
    playground_ready_max_ms: playground.available ? playground.readyMax : null,
    playground_ready_breakdown_ms: playground.available ? playground.breakdown : null,
    playground_keystroke_ms_median: playground.available ? playground.keystrokeMedianMs : null,
    playground_keystroke_ms_p95: playground.available ? playground.keystrokeP95Ms : null,
    playground_bundle: playground.available ? playground.bundle : null,
    check_1000_files_indicators: checked.indicators,
    workspace_keystroke_ms_median: workspaceKeystrokes.medianMs,
    workspace_keystroke_ms_p95: workspaceKeystrokes.p95Ms,
    workspace_keystroke_server_cpu_ms: workspaceKeystrokes.serverCpuMsPerEdit ?? null,
    workspace_check_ratio: workspaceCheck.ratio,
    workspace_check_ms: workspaceCheck.withMs,
    workspace_check_without_cross_file_ms: workspaceCheck.withoutMs,
    sizes: language.map(({ indicators, characters, parseMs, fullMs, fullOverParse, diagnostics }) =>
        ({ indicators, characters, parse_ms: parseMs, full_ms: fullMs, full_over_parse: fullOverParse, diagnostics })),
    node: process.version,
    load_average: (await import('node:os')).loadavg().map(value => Math.round(value * 100) / 100),
    quick
};

printTable(results, exported, playground);
if (args.has('--json')) {
    process.stdout.write(JSON.stringify(results, (_, value) => typeof value === 'number' ? Math.round(value * 1000) / 1000 : value) + '\n');
}
