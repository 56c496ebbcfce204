/* global require, process */
/**
 * Preloaded (`node -r`) into every process the CLI benchmark starts, the bare `node -e ''`
 * baseline included: when the process exits it writes its peak resident set size (KB) to file
 * descriptor 3, which the benchmark reads. A CommonJS preload costs well under a millisecond,
 * the same for the baseline and the CLI.
 */
process.on('exit', () => {
  // CommonJS on purpose: an ES module preload would start the ESM loader in the bare baseline.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('node:fs').writeSync(3, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
});
