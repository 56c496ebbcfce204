/**
 * Plans at the loader's limits, built from the limits themselves (shared/plan/limits.ts), for the
 * size tests, the property test at the limits and the plan-loader fuzz.
 */
import * as L from '../../../../shared/plan/limits';
import { PLAN_FORMAT, PLAN_SCHEMA_VERSION } from '../../../../shared/plan/types';
import type { EntryPoint, PlanDocument, PlanPhoto, Thread } from '../../../../shared/plan/types';
import { KEY_LANDMARK_IDS, MEDIAPIPE_LANDMARK_COUNT, mediapipeId } from '../../../../shared/photo/landmark-ids';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The longest numbers JSON.stringify writes for the ranges the validator allows: 17 significant
 * digits with a three-digit exponent (a non-negative value is one character shorter).
 */
export const LONGEST_NEGATIVE = -1.4760331481553172e-300;
export const LONGEST_POSITIVE = 1.4760331481553172e-300;

/**
 * A string of `length` UTF-16 units that JSON.stringify writes at 6 bytes a unit (a control
 * character becomes \u00XX), the worst any text field can cost.
 */
export const costliestText = (length: number): string => '\u0001'.repeat(length);

/** Splits `total` into `parts` near-equal whole shares of at least `min`. */
function shares(total: number, parts: number, min: number): number[] {
  const base = Math.max(min, Math.floor(total / parts));
  const out = Array.from({ length: parts }, () => base);
  let left = total - base * parts;
  for (let i = 0; left > 0; i = (i + 1) % parts, left--) out[i]! += 1;
  return out;
}

/**
 * The largest plan the validator accepts, written as large as serializePlan can make it: every
 * list at its cap, every text at its longest with the costliest characters, every number at its
 * longest representation. Its pretty-printed size is the bound the file cap must cover.
 */
export function worstCasePlan(): PlanDocument {
  const threadCount = Math.min(L.MAX_THREADS, L.MAX_ENTRY_POINTS);
  const entryPoints: EntryPoint[] = Array.from({ length: L.MAX_ENTRY_POINTS }, (_, i) => ({
    id: `e${String(i).padStart(L.MAX_ID_LENGTH - 1, '0')}`,
    label: costliestText(L.MAX_LABEL_LENGTH),
    position: { x: LONGEST_NEGATIVE, y: LONGEST_NEGATIVE },
    side: 'right',
  }));
  const points = shares(L.MAX_PLAN_PATH_POINTS, threadCount, L.MIN_PATH_POINTS).map((n) => Math.min(n, L.MAX_PATH_POINTS));
  const threads: Thread[] = points.map((n, i) => ({
    id: `t${String(i).padStart(L.MAX_ID_LENGTH - 1, '0')}`,
    side: 'right',
    typeId: 'x'.repeat(L.MAX_ID_LENGTH),
    entryPointId: entryPoints[i]!.id,
    path: Array.from({ length: n }, () => ({ x: LONGEST_NEGATIVE, y: LONGEST_NEGATIVE })),
    depthMm: LONGEST_POSITIVE,
    pointDepthsMm: Array.from({ length: n }, () => LONGEST_POSITIVE),
    barbed: { startMm: LONGEST_POSITIVE, endMm: LONGEST_POSITIVE },
    fixationEnd: 'distal',
    fixationZoneId: 'z'.repeat(L.MAX_ID_LENGTH),
    tensionN: LONGEST_POSITIVE,
    lot: { number: costliestText(L.MAX_LOT_NUMBER_LENGTH), expiry: '2030-12-31' },
    notes: costliestText(L.MAX_THREAD_NOTES_LENGTH),
  }));
  const meta = {
    title: costliestText(L.MAX_TITLE_LENGTH),
    date: '2025-01-01',
    practitioner: costliestText(L.MAX_PRACTITIONER_LENGTH),
    patientId: costliestText(L.MAX_PATIENT_ID_LENGTH),
    ageBand: '70-plus',
    skinThickness: 'normal',
    saggingGrade: 4,
    notes: costliestText(L.MAX_PLAN_NOTES_LENGTH),
  } as const;
  const signOff = { by: costliestText(L.MAX_PRACTITIONER_LENGTH), on: '2025-01-01' };
  // The threads, entry points and path points budget is shared with the kept revisions, so the
  // costliest revisions keep the most text (their plan details) and none of the budget.
  const finalRevisions = Array.from({ length: L.MAX_FINAL_REVISIONS }, (_, i) => ({ revision: L.MAX_REVISION - 1 - L.MAX_FINAL_REVISIONS + i, signOff, meta, entryPoints: [], threads: [] }));
  return {
    format: PLAN_FORMAT,
    schemaVersion: PLAN_SCHEMA_VERSION,
    meta,
    entryPoints,
    threads,
    photos: [],
    photoScale: null,
    revision: L.MAX_REVISION,
    signOff,
    finalRevisions,
  };
}

/**
 * A JPEG of exactly `bytes` bytes that the loader accepts: the small face fixture with zero bytes
 * added to its entropy-coded data before the end-of-image marker. The loader reads headers only,
 * so this stands in for a detailed 2048 px photo at the size cap.
 */
export function jpegOfSize(bytes: number): Uint8Array {
  const face = new Uint8Array(readFileSync(join(__dirname, '../../../fixtures/photos/face-small.jpg')));
  const out = new Uint8Array(bytes);
  out.set(face.subarray(0, face.length - 2));
  out[bytes - 2] = 0xff;
  out[bytes - 1] = 0xd9;
  return out;
}

/** Every landmark id a photo can hold: the 478 face-mesh points and the key landmarks. */
function allLandmarkIds(): string[] {
  return [...Array.from({ length: MEDIAPIPE_LANDMARK_COUNT }, (_, k) => mediapipeId(k)), ...KEY_LANDMARK_IDS];
}

/** The worst-case plan with the most photos, each at the size cap with every landmark at its longest number. */
export function worstCasePlanWithPhotos(): PlanDocument {
  const data = Buffer.from(jpegOfSize(L.MAX_PHOTO_BYTES)).toString('base64');
  // 17 significant digits inside the range a 96 px wide photo allows (-48 to 144 px).
  const longest = -47.12345678901234;
  const photos: PlanPhoto[] = Array.from({ length: L.MAX_PHOTOS }, (_, i) => ({
    id: `p${i}`.padEnd(L.MAX_ID_LENGTH, '9'),
    angle: 'oblique-right',
    kind: 'follow-up',
    date: '2025-12-31',
    interval: { value: L.MAX_FOLLOW_UP_VALUE, unit: 'months' },
    image: { mediaType: 'image/jpeg', width: 96, height: 96, data },
    landmarks: allLandmarkIds().slice(0, L.MAX_PHOTO_LANDMARKS).map((id) => ({ id, x: longest, y: longest, source: 'detected' })),
  }));
  return { ...worstCasePlan(), photos, photoScale: { fromLandmark: 'lateral-canthus-right', toLandmark: 'lateral-canthus-left', distanceMm: L.MAX_PHOTO_SCALE_MM } };
}
