import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { THREAD_CATALOGUE } from '../shared/catalogue';
import { formatPlanError, parsePlanText } from '../shared/plan';
import { readPlanFileText } from '../shared/plan/plan-file';
import type { PlanDocument } from '../shared/plan/types';

export type LoadedPlan = { ok: true; plan: PlanDocument; fileName: string } | { ok: false; message: string };

/**
 * Read and validate a `.vlift` file with the loader the desktop uses (shared/plan/plan-file.ts):
 * regular files only, a size cap that does not trust stat, strict UTF-8. Never throws: failures
 * come back as one line for stderr. The file is only read, never written.
 */
export async function loadPlanFile(path: string, cwd: string): Promise<LoadedPlan> {
  const full = resolve(cwd, path);
  const fileName = basename(full);
  let read;
  try {
    read = await readPlanFileText(fs, full, constants);
  } catch (e) {
    return { ok: false, message: `${fileName}: cannot be read (${readableFsError(e)})` };
  }
  if (!read.ok) return { ok: false, message: formatPlanError(read.error, fileName) };
  const parsed = parsePlanText(read.text, { knownThreadTypeIds: new Set(THREAD_CATALOGUE.map((t) => t.id)) });
  if (!parsed.ok) return { ok: false, message: formatPlanError(parsed.error, fileName) };
  return { ok: true, plan: parsed.plan, fileName };
}

function readableFsError(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return code ?? (e instanceof Error ? e.message : String(e));
  }
}
