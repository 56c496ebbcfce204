import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale } from '../shared/i18n/locale';
import { formatPlanError } from '../shared/plan';
import { CASES_WORDS } from './cases-words';
import { installPath } from './install-root';
import { CASE_FILE, CASE_LIMITS, parseCaseText, type TrainingCase } from '../shared/training';

/**
 * The Node-side loader of the training-case library: reads every `<folder>/case.json` under the
 * library folder (assets/cases/ by default). The browser edition reads assets/cases/index.json
 * instead (shared/training/library.ts). Files are only read, never written.
 */

/** assets/cases/ of this installation (not the cwd). */
export const DEFAULT_CASES_DIR = installPath('assets', 'cases');

export interface LoadedCase {
  readonly case: TrainingCase;
  /** Absolute path of the case folder. */
  readonly dir: string;
  /** Absolute paths of the two designs. */
  readonly poorPath: string;
  readonly correctedPath: string;
}

export interface CaseLibrary {
  /** Sorted by id. */
  readonly cases: readonly LoadedCase[];
  /** One line per case that could not be loaded: "<folder>/case.json: <what is wrong>". */
  readonly problems: readonly string[];
}

/** The library under `dir`; each problem line is written in `locale` (paths, ids and error codes as they are). */
export async function loadCaseLibrary(dir: string = DEFAULT_CASES_DIR, locale: Locale = 'en'): Promise<CaseLibrary> {
  const W = CASES_WORDS[locale];
  let folders: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    folders = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch (e) {
    return { cases: [], problems: [`${dir}: ${W.unreadableFolder((e as { code?: string }).code ?? String(e))}`] };
  }
  const cases: LoadedCase[] = [];
  const problems: string[] = [];
  for (const folder of folders) {
    const loaded = await loadCase(join(dir, folder), folder, locale);
    if (typeof loaded === 'string') problems.push(loaded);
    else cases.push(loaded);
  }
  cases.sort((a, b) => (a.case.id < b.case.id ? -1 : a.case.id > b.case.id ? 1 : 0));
  return { cases, problems };
}

/** One case folder, or the line that says why it cannot be used. */
async function loadCase(caseDir: string, folder: string, locale: Locale): Promise<LoadedCase | string> {
  const W = CASES_WORDS[locale];
  const where = `${folder}/${CASE_FILE}`;
  let text: string;
  try {
    const info = await stat(join(caseDir, CASE_FILE));
    if (info.size > CASE_LIMITS.maxFileBytes) return `${where}: ${W.tooLarge(info.size)}`;
    text = await readFile(join(caseDir, CASE_FILE), 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    return `${where}: ${W.unreadable(code === 'ENOENT' ? W.noSuchFile : (code ?? String(e)))}`;
  }
  const parsed = parseCaseText(text);
  if (!parsed.ok) return formatPlanError(parsed.error, where, locale);
  const c = parsed.case;
  if (c.id !== folder) return `${where}: ${W.idNotFolder(c.id, folder)}`;
  const poorPath = join(caseDir, c.poor);
  const correctedPath = join(caseDir, c.corrected);
  for (const [key, path] of [['poor', poorPath], ['corrected', correctedPath]] as const) {
    try {
      if (!(await stat(path)).isFile()) return `${where}: ${W.designNotFile(key, c[key])}`;
    } catch {
      return `${where}: ${W.designMissing(key, c[key])}`;
    }
  }
  return { case: c, dir: caseDir, poorPath, correctedPath };
}
