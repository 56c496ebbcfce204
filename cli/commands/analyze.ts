import { analyze } from '../../shared/analysis';
import { CANONICAL_ATLAS } from '../../shared/atlas';
import { THREAD_CATALOGUE } from '../../shared/catalogue';
import { simulatePlan } from '../../shared/simulation/plan-simulation';
import { parseCommandArgs, readLanguage } from '../args';
import { EXIT, type CliIo } from '../command';
import { loadPlanFile } from '../plan-file';
import { analysisJson, analysisText } from '../report';

/** `vectorlift analyze PLAN [--json] [--lang en|ko|ru]`: exit 0 without critical findings, 1 with, 2 on bad input. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, strings, positionals } = parseCommandArgs(args, { flags: ['json'], strings: ['lang'], positionals: ['PLAN'] });
  const lang = readLanguage(strings.lang);
  const loaded = await loadPlanFile(positionals[0]!, io.cwd, lang);
  if (!loaded.ok) {
    io.err(`vectorlift: ${loaded.message}\n`);
    return EXIT.usage;
  }
  // The simulated tissue map's summary feeds the cheekbone rule and the metrics (docs/simulation.md).
  const simulation = simulatePlan(loaded.plan, CANONICAL_ATLAS, THREAD_CATALOGUE).summary;
  const result = analyze(loaded.plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE, simulation });
  io.out(
    flags.json
      ? JSON.stringify(analysisJson(result, loaded.plan, CANONICAL_ATLAS, lang), null, 2) + '\n'
      : analysisText(result, loaded.plan, loaded.fileName, lang),
  );
  return result.findings.some((f) => f.severity === 'critical') ? EXIT.critical : EXIT.ok;
}

export const help = [
  'Checks a .vlift plan against every rule (vectorlift rules lists them) and prints the findings,',
  'grouped by severity, and the plan metrics. --json prints',
  '{ "findings": [{ "rule", "severity", "title", "message", "fix", "threads", "location", "side" }], "metrics": {...},',
  '  "threads": [{ "id", "number", "side", "surfaceLengthMm", "barbedFromEntryMm", "frankfortAngleDeg", "fixationEnd",',
  '  "entry", "fixation", "distal" }] }: each thread\'s length on the skin and the marks of its entry and fixation',
  '  points ({ "x", "y", "marks": [{ "landmark", "name", "distanceMm", "directions", "text" }], "text" }).',
  '',
  '--lang en|ko|ru writes the findings (and, without --json, the headings and metrics) in English, Korean',
  'or Russian; with --json each finding\'s title, message and fix are in that language. English by default.',
  '',
  'Exit codes: 0 no critical finding, 1 at least one critical finding, 2 unreadable or invalid plan.',
].join('\n');
