/** The results table: each figure, its target from DESIGN §9, and whether it is met. */

const ms = (value) => value === null || value === undefined ? 'n/a' : `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const times = (value) => value === null || value === undefined ? 'n/a' : `${value.toFixed(2)}×`;

export function printTable(results, exported, playground) {
    const verdict = (value, limit) => value === null || value === undefined ? 'n/a' : value <= limit ? 'met' : 'MISSED';
    const rows = [
        ['figure', 'value', 'target', ''],
        ...results.sizes.map(size => [
            `${size.indicators} indicators (${Math.round(size.characters / 1000)} kB): parse / full, CPU`,
            `${ms(size.parse_ms)} / ${ms(size.full_ms)}`, '', `${size.diagnostics} diagnostics`
        ]),
        ['validate_over_parse (full/parse, 1,000)', times(results.validate_over_parse), '≤ 2×', verdict(results.validate_over_parse, 2)],
        ['growth_per_10x (full, 10,000 / 1,000)', times(results.growth_per_10x), '≤ 11×', verdict(results.growth_per_10x, 11)],
        ['  parse only, 10,000 / 1,000', times(results.growth_per_10x_parse), '', ''],
        ['  full, 1,000 / 100', times(results.growth_100_to_1000), '', ''],
        [`goal_growth_per_10x (20,000 / 2,000 unsupported goals; ${results.goal_diagnostics.join(' / ')} diagnostics)`, times(results.goal_growth_per_10x), '≤ 11×', verdict(results.goal_growth_per_10x, 11)],
        ['export_over_exceljs (1,000)', times(results.export_over_exceljs), '≤ 2×', verdict(results.export_over_exceljs, 2)],
        ['  export / exceljs unstyled', exported.available ? `${ms(results.export_ms)} / ${ms(results.exceljs_ms)}` : `n/a: ${exported.reason}`, '', ''],
        ['keystroke_ms_median (didChange → diagnostics)', ms(results.keystroke_ms_median), '< 50 ms', verdict(results.keystroke_ms_median, 50)],
        ['keystroke_ms_p95', ms(results.keystroke_ms_p95), '< 50 ms', verdict(results.keystroke_ms_p95, 50)],
        ['  open the 1,000-indicator document', ms(results.open_1000_ms), '', ''],
        ['  keystroke median / p95, 300 indicators', `${ms(results.keystroke_300_ms_median)} / ${ms(results.keystroke_300_ms_p95)}`, '', ''],
        ['burst_over_single (1,000 changes then completion / one change)', times(results.burst_over_single), '≤ 3×', verdict(results.burst_over_single, 3)],
        ['  answer after 1,000 changes / after one', `${ms(results.burst_1000_ms)} / ${ms(results.burst_single_ms)}`, '', ''],
        [`check_1000_files_ms (${results.check_1000_files_indicators} indicators, one process)`, ms(results.check_1000_files_ms), 'one process', 'met'],
        ['workspace_keystroke_ms_median (project edit → department diagnostics, 200 projects)', ms(results.workspace_keystroke_ms_median), '< 50 ms', verdict(results.workspace_keystroke_ms_median, 50)],
        ['  p95', ms(results.workspace_keystroke_ms_p95), '', ''],
        ['  the server\'s CPU time per edit', ms(results.workspace_keystroke_server_cpu_ms), '', ''],
        ['workspace_check_ratio (check with / without checks across files, CPU)', times(results.workspace_check_ratio), '≤ 2×', verdict(results.workspace_check_ratio, 2)],
        ['  with / without', `${ms(results.workspace_check_ms)} / ${ms(results.workspace_check_without_cross_file_ms)}`, '', ''],
        ...playgroundRows(results, playground, verdict)
    ];
    const widths = rows[0].map((_, column) => Math.max(...rows.map(row => [...row[column]].length)));
    const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
    process.stdout.write([line(rows[0]), widths.map(w => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n') + '\n');
    process.stdout.write(`node ${results.node}, load average ${results.load_average.join(' ')} at the end of the run\n`);
}

/** The browser page's rows: time to the seed's diagnostics from disk, keystrokes, bundle sizes. */
function playgroundRows(results, playground, verdict) {
    if (!playground.available) {
        return [['playground_ready_ms (page from disk → seed diagnostics)', `n/a: ${playground.reason}`, '< 3000 ms', '']];
    }
    const breakdown = results.playground_ready_breakdown_ms;
    const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
    const total = results.playground_bundle.reduce((sum, file) => sum + file.bytes, 0);
    const totalGzip = results.playground_bundle.reduce((sum, file) => sum + file.gzip, 0);
    return [
        ['playground_ready_ms (page from disk → seed diagnostics)', ms(results.playground_ready_ms), '< 3000 ms', verdict(results.playground_ready_ms, 3000)],
        ['  slowest load', ms(results.playground_ready_max_ms), '', ''],
        ['  worker started / page script evaluated / editor created / diagnostics arrived', ['worker-started', 'script-evaluated', 'editor-created', 'diagnostics-arrived'].map(mark => ms(breakdown[mark])).join(' / '), '', ''],
        ['playground_keystroke_ms_median (seed, keystroke → markers)', ms(results.playground_keystroke_ms_median), '< 100 ms', verdict(results.playground_keystroke_ms_median, 100)],
        ['playground_keystroke_ms_p95', ms(results.playground_keystroke_ms_p95), '< 100 ms', verdict(results.playground_keystroke_ms_p95, 100)],
        [`playground bundle (${results.playground_bundle.length} files)`, `${mb(total)}, gzip ${mb(totalGzip)}`, '', ''],
        ...results.playground_bundle.filter(file => file.bytes > 50_000)
            .map(file => [`  ${file.file}`, `${mb(file.bytes)}, gzip ${mb(file.gzip)}`, '', ''])
    ];
}
