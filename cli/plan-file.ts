import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { THREAD_CATALOGUE } from '../shared/catalogue';
import { MAX_PLAN_FILE_BYTES, formatPlanError, parsePlanText } from '../shared/plan';
import type { PlanDocument } from '../shared/plan/types';

export type LoadedPlan = { ok: true; plan: PlanDocument; fileName: string } | { ok: false; message: string };

/**
 * Read and validate a `.vlift` file. Never throws: failures come back as one line for stderr.
 * The file is only read, never written.
 */
export async function loadPlanFile(path: string, cwd: string): Promise<LoadedPlan> {
  const full = resolve(cwd, path);
  const fileName = basename(full);
  let text: string;
  try {
    const info = await stat(full);
    if (info.isDirectory()) return { ok: false, message: `${fileName}: is a folder, not a plan file` };
    // Refuse before reading a huge file into memory; the parser would refuse it anyway.
    if (info.size > MAX_PLAN_FILE_BYTES) {
      return { ok: false, message: `${fileName}: plan file is ${(info.size / 1e6).toFixed(1)} MB; the largest plan VectorLift opens is ${(MAX_PLAN_FILE_BYTES / 1e6).toFixed(1)} MB` };
    }
    text = await readFile(full, 'utf8');
  } catch (e) {
    return { ok: false, message: `${fileName}: cannot be read (${readableFsError(e)})` };
  }
  const parsed = parsePlanText(text, { knownThreadTypeIds: new Set(THREAD_CATALOGUE.map((t) => t.id)) });
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
