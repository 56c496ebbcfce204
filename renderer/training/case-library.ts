/**
 * The training-case library inside the app. The case files (assets/cases/) are bundled by Vite
 * as text, each in a chunk of its own loaded on first use: the browser edition and Electron's
 * app:// scheme both read them without a network and without listing a folder. The index
 * (assets/cases/index.json) says which cases there are; shared/training parses everything.
 */
import type { AnalysisResult } from '../../shared/analysis/types';
import { formatPlanError } from '../../shared/plan/errors';
import { parsePlanText } from '../../shared/plan/parse';
import type { PlanDocument } from '../../shared/plan/types';
import { LOCALES, type Locale } from '../../shared/i18n/locale';
import { caseTitle, parseCaseIndexText, parseCaseText, type CaseIndex, type CaseIndexEntry, type TrainingCase } from '../../shared/training';

/** Reads one bundled file's text; keys are paths relative to the library folder ("<id>/case.json"). */
export type LibraryFiles = Readonly<Record<string, () => Promise<string>>>;

const LIBRARY_PREFIX = '../../assets/cases/';

/** The files Vite bundled, keyed by their path inside assets/cases/. */
function bundledFiles(): LibraryFiles {
  const globbed = import.meta.glob<string>(['../../assets/cases/index.json', '../../assets/cases/*/*'], {
    query: '?raw',
    import: 'default',
  });
  const files: Record<string, () => Promise<string>> = {};
  for (const [path, load] of Object.entries(globbed)) files[path.slice(LIBRARY_PREFIX.length)] = load;
  return files;
}

/** A case ready to show: its notes, both designs as plans, and the designs' file text. */
export interface LoadedCase {
  readonly entry: CaseIndexEntry;
  readonly case: TrainingCase;
  readonly poor: PlanDocument;
  readonly corrected: PlanDocument;
  readonly poorText: string;
  readonly correctedText: string;
  /** The case's title in each language (a built-in case's translations, else its own title). */
  readonly titles: Readonly<Record<Locale, string>>;
}

/** Both designs with their analyses (what the compare view and the thumbnails draw). */
export interface AnalyzedCase extends LoadedCase {
  readonly poorAnalysis: AnalysisResult;
  readonly correctedAnalysis: AnalysisResult;
}

export interface CaseLibrary {
  index(): Promise<CaseIndex>;
  load(entry: CaseIndexEntry): Promise<LoadedCase>;
}

export function createCaseLibrary(files: LibraryFiles = bundledFiles(), knownThreadTypeIds?: ReadonlySet<string>): CaseLibrary {
  const read = async (path: string): Promise<string> => {
    const load = files[path];
    if (!load) throw new Error(`${path} is not in the case library`);
    return load();
  };
  let indexPromise: Promise<CaseIndex> | null = null;
  const loaded = new Map<string, Promise<LoadedCase>>();

  const plan = (text: string, name: string): PlanDocument => {
    const parsed = parsePlanText(text, knownThreadTypeIds ? { knownThreadTypeIds } : {});
    if (!parsed.ok) throw new Error(`${name}: ${formatPlanError(parsed.error)}`);
    return parsed.plan;
  };

  async function loadUncached(entry: CaseIndexEntry): Promise<LoadedCase> {
    const [caseText, poorText, correctedText] = await Promise.all([read(entry.case), read(entry.poor), read(entry.corrected)]);
    const parsed = parseCaseText(caseText);
    if (!parsed.ok) throw new Error(`${entry.case}: ${formatPlanError(parsed.error)}`);
    const c = parsed.case;
    const titles = Object.fromEntries(LOCALES.map((locale) => [locale, caseTitle(c, locale)])) as Record<Locale, string>;
    return { entry, case: c, poor: plan(poorText, entry.poor), corrected: plan(correctedText, entry.corrected), poorText, correctedText, titles };
  }

  return {
    index() {
      indexPromise ??= read('index.json').then((text) => {
        const parsed = parseCaseIndexText(text);
        if (!parsed.ok) throw new Error(`index.json: ${formatPlanError(parsed.error)}`);
        return parsed.index;
      });
      return indexPromise;
    },
    load(entry) {
      let promise = loaded.get(entry.id);
      if (!promise) {
        promise = loadUncached(entry);
        // A failed read may succeed later (e.g. a chunk that failed to load); do not cache it.
        promise.catch(() => loaded.delete(entry.id));
        loaded.set(entry.id, promise);
      }
      return promise;
    },
  };
}
