import type { FacePoint } from '../geometry/types';
import type { MidlineLandmarkKey, SidedLandmarkKey } from './names';
import { mirrorId, mirrorX } from './mirror';

/**
 * Named landmarks of the canonical face (millimetres; origin on the midline at the pupil line,
 * +x = patient's left, +y down). Proportions follow an average adult face in a schematic frontal
 * view. Lateral landmarks (tragus, ear, zygomatic arch) are placed where they appear in a frontal
 * view, not at their distance along the skin: the side of the face is foreshortened, so about
 * 10 mm along the skin in front of the tragus is drawn as about 4 mm in x (see docs/atlas.md).
 *
 * Source: design choice, average adult facial proportions (interpupillary distance ~62 mm,
 * bizygomatic width ~140 mm, pupil-to-chin ~124 mm); positions on the right are mirrors.
 */

/** Left-side landmarks (the patient's left, positive x). */
const LEFT: Readonly<Record<`${SidedLandmarkKey}-left`, FacePoint>> = {
  'pupil-left': { x: 31, y: 0 },
  'medial-canthus-left': { x: 16, y: 1 },
  'lateral-canthus-left': { x: 45, y: 1 },
  'brow-head-left': { x: 14, y: -14 },
  'brow-peak-left': { x: 38, y: -21 },
  'brow-tail-left': { x: 54, y: -13 },
  'alar-base-left': { x: 17, y: 45 },
  'mouth-corner-left': { x: 25, y: 72 },
  'zygion-left': { x: 70, y: 10 },
  'gonion-left': { x: 56, y: 96 },
  'tragus-left': { x: 76, y: 22 },
  'ear-top-left': { x: 80, y: -14 },
  'ear-lobe-left': { x: 76, y: 49 },
  'lateral-orbital-rim-top-left': { x: 49, y: -12 },
  'lateral-orbital-rim-bottom-left': { x: 49, y: 14 },
  'zygomatic-arch-front-left': { x: 52, y: 16 },
  'zygomatic-arch-back-left': { x: 72, y: 20 },
  'malar-prominence-left': { x: 46, y: 22 },
  'temporal-crest-left': { x: 57, y: -45 },
  'mastoid-left': { x: 74, y: 56 },
};

/** Landmarks on the midline. */
const MIDLINE: Readonly<Record<MidlineLandmarkKey, FacePoint>> = {
  vertex: { x: 0, y: -108 },
  'hairline-top': { x: 0, y: -70 },
  glabella: { x: 0, y: -14 },
  nasion: { x: 0, y: -6 },
  'nose-tip': { x: 0, y: 40 },
  subnasale: { x: 0, y: 50 },
  stomion: { x: 0, y: 72 },
  'labiomental-crease': { x: 0, y: 90 },
  pogonion: { x: 0, y: 116 },
  menton: { x: 0, y: 124 },
  'neck-base': { x: 0, y: 175 },
};

function build(): Readonly<Record<string, FacePoint>> {
  const out: Record<string, FacePoint> = { ...MIDLINE };
  for (const [name, p] of Object.entries(LEFT)) {
    out[name] = p;
    out[mirrorId(name)] = mirrorX(p);
  }
  return out;
}

export const LANDMARKS = build();

/** A landmark by name; throws on a typo so atlas data never silently uses a missing point. */
export function landmark(name: string): FacePoint {
  const p = LANDMARKS[name];
  if (!p) throw new Error(`Unknown atlas landmark: ${name}`);
  return p;
}
