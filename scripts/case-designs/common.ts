import { PlanBuilder, meta, type ThreadSpec, type XY } from '../../cli/examples/builder';
import type { PlanDocument, PlanMeta } from '../../shared/plan/types';
import type { TrainingCase } from '../../shared/training';

/**
 * Building blocks of the training-case designs (scripts/make-cases.ts writes them to
 * assets/cases/). Coordinates are the canonical face: millimetres, origin on the midline at the
 * pupil line, +x = the patient's LEFT, +y down. Designs are written for the left side; the
 * builder mirrors them to the right, so symmetric plans are exact mirrors.
 */

export type { ThreadSpec, XY };

/** A case as written here: the case.json fields, with the two designs as plans, not file names. */
export interface CaseDesign extends Pick<TrainingCase, 'id' | 'title' | 'area' | 'rules' | 'mistakes' | 'summary' | 'teaching'> {
  readonly poor: PlanDocument;
  readonly corrected: PlanDocument;
}

export const COG = 'pdo-cog-bi-19g-100';
export const COG_UNI = 'pdo-cog-uni-19g-100';
export const COG_LONG = 'pdo-cog-bi-18g-150';
export const MONO = 'pdo-mono-27g-60';
export const SCREW = 'pdo-screw-26g-60';

/** Every case plan is dated the same day so regenerating the library changes no bytes. */
const CASE_DATE = '2025-05-20';
const FACULTY = 'VectorLift training faculty';

/** A plan with one case's details; `build` adds the entry points and threads. */
export function design(details: Partial<PlanMeta> & Pick<PlanMeta, 'title' | 'patientId'>, build: (b: PlanBuilder) => void): PlanDocument {
  const b = new PlanBuilder(meta({ date: CASE_DATE, practitioner: FACULTY, ...details }));
  build(b);
  return b.build();
}

// ---- Midface -------------------------------------------------------------------------------

/** Temple entry in the deep temporal fascia band, 1-3 cm in front of the tragus. */
export const TEMPLE: XY = [68, -20];

/**
 * The corrected midface fan: three vectors from the temple entry, first straight down in front of
 * the ear (smooth, through the fixed lateral face), then forward into the mid-cheek where the
 * barbs hold. The pull runs up and back at 75-85 degrees, along the zygomaticus major rather than
 * across it, and the barbs start below the cheekbone and stop 6 mm short of the far end.
 */
export function midfaceFan(extra: Partial<ThreadSpec> = {}): ThreadSpec[] {
  const base = { type: COG, depth: 4.5, zone: 'deep-temporal-fascia', tension: 1, ...extra };
  return [
    { ...base, to: [[63, 30], [38, 58]], barbs: [55, 82] },
    { ...base, to: [[65, 32], [47, 64]], barbs: [55, 82] },
    { ...base, to: [[67, 34], [58, 68]], barbs: [57, 82] },
  ];
}

// ---- Jawline -------------------------------------------------------------------------------

/** Entry on the zygomatic arch periosteum in front of the ear. */
export const ARCH: XY = [68, 19];

/**
 * The corrected jawline pair: from the arch straight down behind the end of the risorius
 * (smooth), then forward into the jowl and along the jaw, where the barbs hold.
 */
export function jawlinePair(extra: Partial<ThreadSpec> = {}): ThreadSpec[] {
  const base = { type: COG, depth: 4.5, zone: 'zygomatic-arch', tension: 1, ...extra };
  return [
    { ...base, to: [[63, 64], [45, 94]], barbs: [52, 74] },
    { ...base, to: [[67, 64], [57, 97]], barbs: [50, 72] },
  ];
}

// ---- Brow ----------------------------------------------------------------------------------

/** Brow entry high in the deep temporal fascia band. */
export const BROW_ENTRY: XY = [66, -42];

/** The corrected lateral brow vector: down behind the brow tail, then along the brow. */
export function browVector(extra: Partial<ThreadSpec> = {}): ThreadSpec {
  return { type: COG_UNI, to: [[54, -17], [30, -20]], depth: 4, barbs: [18, 44], zone: 'deep-temporal-fascia', tension: 0.8, ...extra };
}

// ---- Neck ----------------------------------------------------------------------------------

/** Neck mesh entry beside the midline, below the chin. */
export const NECK_ENTRY: XY = [12, 142];

/** Untensioned, unanchored mono threads fanned over the neck for skin quality (not lifting). */
export function neckMesh(extra: Partial<ThreadSpec> = {}): ThreadSpec[] {
  const base = { type: MONO, depth: 2.8, barbs: null, zone: null, tension: 0, ...extra };
  return [
    { ...base, to: [[42, 124]] },
    { ...base, to: [[46, 146]] },
    { ...base, to: [[40, 166]] },
  ];
}
