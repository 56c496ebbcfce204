import type { FacePoint } from '../geometry/types';
import type { PhotoScale, PlanPhoto } from './photo-types';

export type * from './photo-types';

/**
 * The plan document: what a `.vlift` file holds. Readonly plain data, no classes, so it can be
 * saved as JSON, compared, mirrored and kept in undo history by reference.
 *
 * Sides are always the PATIENT'S sides. The patient's right is drawn on the viewer's left
 * (negative x on the canonical face).
 */

export const PLAN_FORMAT = 'vectorlift-plan';
/** Bump when the shape changes, and add a migration in migrations.ts. */
export const PLAN_SCHEMA_VERSION = 3;

export type Side = 'right' | 'left';

export type SkinThickness = 'thin' | 'normal' | 'thick';

/** Age bands, coarse on purpose: the plan is a planning aid, not a medical record. */
export type AgeBand = 'under-30' | '30-39' | '40-49' | '50-59' | '60-69' | '70-plus';

export interface PlanMeta {
  readonly title: string;
  /** ISO calendar date, yyyy-mm-dd */
  readonly date: string;
  readonly practitioner: string;
  /** A pseudonym or clinic ID, never required to be a real name. */
  readonly patientId: string;
  readonly ageBand: AgeBand | null;
  readonly skinThickness: SkinThickness;
  /** Tissue sagging grade, 0 (none) to 4 (severe); null when not graded. */
  readonly saggingGrade: number | null;
  readonly notes: string;
}

/** An insertion point; several threads may share one (fan technique). */
export interface EntryPoint {
  readonly id: string;
  /**
   * Short label shown on the diagram, e.g. "A" or "AR". A new entry point gets the next free
   * letter (shared/plan/entry-labels.ts); a label already saved, even a number, is shown as it is.
   */
  readonly label: string;
  readonly position: FacePoint;
  readonly side: Side;
}

/** Which end of the path is anchored: where the entry point is, or the far (distal) end. */
export type FixationEnd = 'entry' | 'distal';

export interface BarbedSection {
  /** Distance along the path from the entry point where barbs begin, millimetres. */
  readonly startMm: number;
  /** Distance along the path from the entry point where barbs end, millimetres. */
  readonly endMm: number;
}

export interface LotInfo {
  readonly number: string;
  /** ISO yyyy-mm-dd, or '' when unknown */
  readonly expiry: string;
}

export interface Thread {
  readonly id: string;
  readonly side: Side;
  /** Id of a thread type in the catalogue (shared/catalogue). */
  readonly typeId: string;
  /** The entry point this thread starts at; path[0] sits on it. */
  readonly entryPointId: string;
  /** Polyline on the canonical face, millimetres, starting at the entry point. At least 2 points. */
  readonly path: readonly FacePoint[];
  /** Default depth below the skin surface along the whole path, millimetres. */
  readonly depthMm: number;
  /**
   * Per-point depth overrides, same length as `path`; null keeps the default at that point.
   * Depth between points is interpolated linearly.
   */
  readonly pointDepthsMm: readonly (number | null)[];
  /** The barbed (cog/cone) section; null for smooth threads. */
  readonly barbed: BarbedSection | null;
  readonly fixationEnd: FixationEnd;
  /** Id of the atlas fixation zone the practitioner anchors in, or null for a floating thread. */
  readonly fixationZoneId: string | null;
  /** Tension applied when setting the thread, newtons. */
  readonly tensionN: number;
  readonly lot: LotInfo | null;
  readonly notes: string;
}

/** Who marked a revision final, and on which day (schema 3). */
export interface SignOff {
  readonly by: string;
  /** ISO calendar date, yyyy-mm-dd */
  readonly on: string;
}

/**
 * A revision that was marked final and then edited: kept read-only inside the plan so the record
 * that was signed off stays readable and exportable (schema 3). Photos are not copied: they
 * belong to the patient's plan, not to one revision of the design.
 */
export interface FinalRevision {
  readonly revision: number;
  readonly signOff: SignOff;
  readonly meta: PlanMeta;
  readonly entryPoints: readonly EntryPoint[];
  readonly threads: readonly Thread[];
}

export interface PlanDocument {
  readonly format: typeof PLAN_FORMAT;
  readonly schemaVersion: typeof PLAN_SCHEMA_VERSION;
  readonly meta: PlanMeta;
  readonly entryPoints: readonly EntryPoint[];
  readonly threads: readonly Thread[];
  /** The patient's photos, aligned to the canonical face by landmarks (schema 2; photo-types.ts). */
  readonly photos: readonly PlanPhoto[];
  /** The known distance that scales photo measurements; null uses the default (photo-types.ts). */
  readonly photoScale: PhotoScale | null;
  /** The current revision's number, from 1 (schema 3). */
  readonly revision: number;
  /** Set when the current revision is marked final; any edit then starts the next revision. */
  readonly signOff: SignOff | null;
  /** Earlier revisions that were final, oldest first (shared/plan/revisions.ts). */
  readonly finalRevisions: readonly FinalRevision[];
}
