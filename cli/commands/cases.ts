import type { Locale } from '../../shared/i18n/locale';
import { caseTitle } from '../../shared/training/case-text';
import { parseCommandArgs, readLanguage } from '../args';
import { DEFAULT_CASES_DIR, loadCaseLibrary, type LoadedCase } from '../case-library';
import { CASES_WORDS } from '../cases-words';
import { EXIT, type CliIo } from '../command';
import { padToWidth, terminalWidth } from '../terminal-width';

/** `vectorlift cases [--json] [--lang en|ko|ru]`: the training-case library, with the paths of both designs. */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, strings } = parseCommandArgs(args, { flags: ['json'], strings: ['lang'], positionals: [] });
  return listCases(io, flags.json === true, DEFAULT_CASES_DIR, readLanguage(strings.lang));
}

/** The command's work, with the library folder as a parameter (tests point it elsewhere). */
export async function listCases(io: CliIo, json: boolean, dir: string, locale: Locale = 'en'): Promise<number> {
  const library = await loadCaseLibrary(dir, locale);
  io.out(json ? JSON.stringify(library.cases.map((c) => caseJson(c, locale)), null, 2) + '\n' : casesText(library.cases, dir, locale));
  for (const problem of library.problems) io.err(`vectorlift cases: ${problem}\n`);
  return library.problems.length > 0 ? EXIT.usage : EXIT.ok;
}

/**
 * The `cases --json` contract: exactly these fields; poor and corrected are absolute paths. The
 * title is in the --lang language (a built-in case's translation; a trainer's case as written).
 */
function caseJson(c: LoadedCase, locale: Locale): { id: string; title: string; poor: string; corrected: string; rules: readonly string[] } {
  return { id: c.case.id, title: caseTitle(c.case, locale), poor: c.poorPath, corrected: c.correctedPath, rules: c.case.rules };
}

function casesText(cases: readonly LoadedCase[], dir: string, locale: Locale): string {
  const W = CASES_WORDS[locale];
  if (cases.length === 0) return `${W.noCases(dir)}\n`;
  // Columns padded by the cells each text takes on a terminal (Hangul two), so Korean lines up too.
  const idWidth = Math.max(terminalWidth(W.idHeader), ...cases.map((c) => terminalWidth(c.case.id)));
  const areaWidth = Math.max(terminalWidth(W.areaHeader), ...cases.map((c) => terminalWidth(W.area[c.case.area])));
  const lines = [W.count(cases.length, dir), '', `${padToWidth(W.idHeader, idWidth)}  ${padToWidth(W.areaHeader, areaWidth)}  ${W.titleHeader}`];
  for (const c of cases) {
    lines.push(`${padToWidth(c.case.id, idWidth)}  ${padToWidth(W.area[c.case.area], areaWidth)}  ${caseTitle(c.case, locale)}`);
    lines.push(`${padToWidth('', idWidth)}  ${padToWidth('', areaWidth)}  ${W.rules}: ${c.case.rules.join(', ')}`);
  }
  lines.push('', W.footer, `  vectorlift analyze ${cases[0]!.poorPath}`);
  return lines.join('\n') + '\n';
}

export const help = [
  'Lists the training cases: each a poor design, its corrected design and teaching notes',
  '(assets/cases/<id>/case.json, poor.vlift, corrected.vlift).',
  '',
  '--lang en|ko|ru writes the headings, areas and the built-in cases\' titles in that language',
  '(English by default); ids, rule ids and paths are the same in every language.',
  '',
  '--json prints [{ "id", "title", "poor", "corrected", "rules" }], where poor and corrected are',
  'ABSOLUTE paths to the two .vlift plans, so they work from any directory, e.g. with',
  '`vectorlift analyze`, and rules lists the rule ids the poor design demonstrates (each gives a',
  'warning or critical finding on the poor design and none on the corrected one).',
  '',
  'Exit codes: 0 the cases are listed; 2 the library folder cannot be read or a case in it is',
  'broken (one line per broken case on stderr; the others are still listed).',
].join('\n');
