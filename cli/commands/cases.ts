import { parseCommandArgs } from '../args';
import { DEFAULT_CASES_DIR, loadCaseLibrary, type LoadedCase } from '../case-library';
import { EXIT, type CliIo } from '../command';

/** `vectorlift cases [--json]`: the training-case library, with the paths of both designs. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { flags } = parseCommandArgs(args, { flags: ['json'], positionals: [] });
  return listCases(io, flags.json === true, DEFAULT_CASES_DIR);
}

/** The command's work, with the library folder as a parameter (tests point it elsewhere). */
export async function listCases(io: CliIo, json: boolean, dir: string): Promise<number> {
  const library = await loadCaseLibrary(dir);
  io.out(json ? JSON.stringify(library.cases.map(caseJson), null, 2) + '\n' : casesText(library.cases, dir));
  for (const problem of library.problems) io.err(`vectorlift cases: ${problem}\n`);
  return library.problems.length > 0 ? EXIT.usage : EXIT.ok;
}

/** The `cases --json` contract: exactly these fields; poor and corrected are absolute paths. */
function caseJson(c: LoadedCase): { id: string; title: string; poor: string; corrected: string; rules: readonly string[] } {
  return { id: c.case.id, title: c.case.title, poor: c.poorPath, corrected: c.correctedPath, rules: c.case.rules };
}

function casesText(cases: readonly LoadedCase[], dir: string): string {
  if (cases.length === 0) return `No training cases in ${dir}\n`;
  const idWidth = Math.max(2, ...cases.map((c) => c.case.id.length));
  const areaWidth = Math.max(4, ...cases.map((c) => c.case.area.length));
  const lines = [
    `${cases.length} training case${cases.length === 1 ? '' : 's'} in ${dir}`,
    '',
    `${'ID'.padEnd(idWidth)}  ${'AREA'.padEnd(areaWidth)}  TITLE`,
  ];
  for (const c of cases) {
    lines.push(`${c.case.id.padEnd(idWidth)}  ${c.case.area.padEnd(areaWidth)}  ${c.case.title}`);
    lines.push(`${''.padEnd(idWidth)}  ${''.padEnd(areaWidth)}  rules: ${c.case.rules.join(', ')}`);
  }
  lines.push('', 'Each case folder holds case.json, poor.vlift and corrected.vlift. Check a design with', `  vectorlift analyze ${cases[0]!.poorPath}`);
  return lines.join('\n') + '\n';
}

export const help = [
  'Lists the training cases: each a poor design, its corrected design and teaching notes',
  '(assets/cases/<id>/case.json, poor.vlift, corrected.vlift).',
  '',
  '--json prints [{ "id", "title", "poor", "corrected", "rules" }], where poor and corrected are',
  'ABSOLUTE paths to the two .vlift plans, so they work from any directory, e.g. with',
  '`vectorlift analyze`, and rules lists the rule ids the poor design demonstrates (each gives a',
  'warning or critical finding on the poor design and none on the corrected one).',
  '',
  'Exit codes: 0 the cases are listed; 2 the library folder cannot be read or a case in it is',
  'broken (one line per broken case on stderr; the others are still listed).',
].join('\n');
