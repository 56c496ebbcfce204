import type { FacePoint } from '../../shared/geometry/types';
import type { EntryPoint, FixationEnd, PlanDocument, PlanMeta, Side, Thread } from '../../shared/plan/types';
import { FIRST_REVISION } from '../../shared/plan/factory';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION } from '../../shared/plan/types';

/**
 * A small builder for the example plans. Designs are written for the patient's LEFT side
 * (positive x) and mirrored to the right, so both sides of a symmetric plan are exact mirrors.
 */

export type XY = readonly [number, number];

export interface ThreadSpec {
  readonly type: string;
  /** Path from the entry point outward (the entry point itself is added first). */
  readonly to: readonly XY[];
  readonly depth?: number;
  /** Per-point depth overrides, one per point of the whole path (entry first). */
  readonly pointDepths?: readonly (number | null)[];
  /** Barbed section [start, end] in mm along the path, or null for a smooth thread. */
  readonly barbs?: readonly [number, number] | null;
  readonly fixationEnd?: FixationEnd;
  /** Fixation zone kind ('deep-temporal-fascia', ...); the side suffix is added. Null: none. */
  readonly zone?: string | null;
  readonly tension?: number;
  /** Lot number and expiry (yyyy-mm-dd); omitted: not recorded. */
  readonly lot?: { readonly number: string; readonly expiry: string };
  readonly notes?: string;
}

const pt = ([x, y]: XY): FacePoint => ({ x: round(x), y: round(y) });
const round = (v: number): number => Math.round(v * 100) / 100 + 0; // + 0 turns -0 into 0
const mirrorXY = ([x, y]: XY): XY => [0 - x, y];

export class PlanBuilder {
  private readonly entries: EntryPoint[] = [];
  private readonly threads: Thread[] = [];

  constructor(private readonly meta: PlanMeta) {}

  entry(side: Side, label: string, at: XY): string {
    const id = `e${this.entries.length + 1}`;
    this.entries.push({ id, label, position: pt(at), side });
    return id;
  }

  thread(side: Side, entryId: string, spec: ThreadSpec): string {
    const entry = this.entries.find((e) => e.id === entryId);
    if (!entry) throw new Error(`unknown entry ${entryId}`);
    const id = `t${this.threads.length + 1}`;
    const path = [entry.position, ...spec.to.map(pt)];
    const zone = spec.zone === undefined || spec.zone === null ? null : `${spec.zone}-${side}`;
    this.threads.push({
      id,
      side,
      typeId: spec.type,
      entryPointId: entryId,
      path,
      depthMm: spec.depth ?? 4.5,
      pointDepthsMm: spec.pointDepths ? [...spec.pointDepths] : path.map(() => null),
      barbed: spec.barbs === undefined || spec.barbs === null ? null : { startMm: spec.barbs[0], endMm: spec.barbs[1] },
      fixationEnd: spec.fixationEnd ?? 'entry',
      fixationZoneId: zone,
      tensionN: spec.tension ?? 0,
      lot: spec.lot ? { ...spec.lot } : null,
      notes: spec.notes ?? '',
    });
    return id;
  }

  /** One entry point per side (label + 'R' / 'L') with the same threads, left as written, right mirrored. */
  bilateral(label: string, at: XY, specs: readonly ThreadSpec[]): void {
    this.side('right', `${label}R`, mirrorXY(at), specs.map(mirrorSpec));
    this.side('left', `${label}L`, at, specs);
  }

  /** One entry point on one side with its threads (coordinates as given). */
  side(side: Side, label: string, at: XY, specs: readonly ThreadSpec[]): void {
    const entry = this.entry(side, label, at);
    for (const spec of specs) this.thread(side, entry, spec);
  }

  build(): PlanDocument {
    return { format: PLAN_FORMAT, schemaVersion: PLAN_SCHEMA_VERSION, meta: this.meta, entryPoints: this.entries, threads: this.threads, photos: [], photoScale: null, ...FIRST_REVISION };
  }
}

export const mirrorSpec = (spec: ThreadSpec): ThreadSpec => ({ ...spec, to: spec.to.map(mirrorXY) });

/** A straight path of `length` mm from `from` at `angleDeg` from straight down, toward the midline (left side). */
export function ray(from: XY, angleDeg: number, length: number): XY {
  const a = (angleDeg * Math.PI) / 180;
  return [from[0] - Math.sin(a) * length, from[1] + Math.cos(a) * length];
}

export function meta(overrides: Partial<PlanMeta> & Pick<PlanMeta, 'title' | 'patientId'>): PlanMeta {
  return {
    date: '2025-03-14',
    practitioner: 'Dr. A. Example',
    ageBand: '40-49',
    skinThickness: 'normal',
    saggingGrade: 2,
    notes: '',
    ...overrides,
  };
}
