// The built `jixiao` command line, run as its bin runs it, reporting its peak memory (resident set
// size, in kB) as the last line of stderr: bounded-memory.test.ts runs hostile inputs through it.
const { main } = await import('../../packages/cli/out/main.js');
const code = await main(['node', 'jixiao', ...process.argv.slice(2)]);
process.stderr.write(`maxrss-kb=${process.resourceUsage().maxRSS}\n`);
process.exitCode = code;
