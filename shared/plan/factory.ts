import { DEFAULT_PLAN_TITLE } from './file-name';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION, type PlanDocument, type PlanMeta } from './types';

/** A plan's record fields before anything was marked final (schema 3). */
export const FIRST_REVISION = { revision: 1, signOff: null, finalRevisions: [] } as const;

/** Today's local calendar date as yyyy-mm-dd. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A new, empty, valid plan. `today` (yyyy-mm-dd) is a parameter so callers and tests can be
 * deterministic; it defaults to the local date.
 */
export function createEmptyPlan(overrides: Partial<PlanMeta> = {}, today: string = todayIso()): PlanDocument {
  const meta: PlanMeta = {
    title: DEFAULT_PLAN_TITLE,
    date: today,
    practitioner: '',
    patientId: '',
    ageBand: null,
    skinThickness: 'normal',
    saggingGrade: null,
    notes: '',
    ...overrides,
  };
  return { format: PLAN_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION, meta, entryPoints: [], threads: [], photos: [], photoScale: null, ...FIRST_REVISION };
}

/**
 * The next id with this prefix: one more than the highest `<prefix><n>` in use, so 't1', 't2'...
 * Gaps left by deleted items are never filled, but once the highest-numbered item is deleted its
 * id can come back. That is harmless: undo history restores whole plan snapshots, so an id
 * always means the thread in the snapshot it came from. Deterministic for equal input.
 */
export function nextId(prefix: string, existing: Iterable<string>): string {
  let highest = 0;
  for (const id of existing) {
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length);
    if (/^[1-9][0-9]{0,14}$/.test(rest)) highest = Math.max(highest, Number(rest));
  }
  return `${prefix}${highest + 1}`;
}
