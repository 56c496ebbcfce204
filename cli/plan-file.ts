import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { THREAD_CATALOGUE } from '../shared/catalogue';
import type { Locale } from '../shared/i18n/locale';
import { formatPlanError, parsePlanText } from '../shared/plan';
import { renderPlanErrorText, type PlanErrorKey } from '../shared/plan/error-text/render';
import { readPlanFileText } from '../shared/plan/plan-file';
import type { PlanDocument } from '../shared/plan/types';

export type LoadedPlan = { ok: true; plan: PlanDocument; fileName: string } | { ok: false; message: string };

/**
 * Read and validate a `.vlift` file with the loader the desktop uses (shared/plan/plan-file.ts):
 * regular files only, a size cap that does not trust stat, strict UTF-8. Never throws: failures
 * come back as one line for stderr, in `locale` (the command's --lang). The file is only read,
 * never written.
 */
export async function loadPlanFile(path: string, cwd: string, locale: Locale = 'en'): Promise<LoadedPlan> {
  const full = resolve(cwd, path);
  const fileName = basename(full);
  let read;
  try {
    read = await readPlanFileText(fs, full, constants);
  } catch (e) {
    const reason = readableFsError(e);
    const why = renderPlanErrorText({ key: 'read.cannotRead', ...('word' in reason ? { words: { reason: reason.word } } : { params: { reason: reason.code } }) }, locale);
    return { ok: false, message: `${fileName}: ${why}` };
  }
  if (!read.ok) return { ok: false, message: formatPlanError(read.error, fileName, locale) };
  const parsed = parsePlanText(read.text, { knownThreadTypeIds: new Set(THREAD_CATALOGUE.map((t) => t.id)) });
  if (!parsed.ok) return { ok: false, message: formatPlanError(parsed.error, fileName, locale) };
  return { ok: true, plan: parsed.plan, fileName };
}

/** Why the file system would not give the file: a word of the tables, or the system's own code. */
function readableFsError(e: unknown): { word: Extract<PlanErrorKey, `fs.${string}`> } | { code: string } {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return { word: 'fs.noSuchFile' };
    case 'EACCES':
    case 'EPERM':
      return { word: 'fs.permissionDenied' };
    case 'EISDIR':
      return { word: 'fs.isFolder' };
    default:
      return { code: code ?? (e instanceof Error ? e.message : String(e)) };
  }
}
