import { LANDMARKS } from '../atlas/landmarks';
import type { Locale } from '../i18n/locale';
import { MARK_REFERENCE_EN, distancePhrase, frankfortPhrase, joinDistances, referenceLabel, type MarkDirection, type MarkReferenceKey } from './mark-words';
import type { FacePoint } from '../geometry/types';
import { SkinPath, chordDistance, skinGeodesic, surfaceLength } from './measure';
import type { FaceSurface, Point3 } from './types';

/**
 * Marks for the skin: where to put a skin pen so the plan can be transferred to the patient with
 * a ruler or a tape, as manufacturers' marking guides do.
 *
 * - A point (entry point, fixation or distal end) is given as its skin distances from the two
 *   nearest named landmarks, each with direction words: "24 mm in front of the tragus, 12 mm
 *   above the zygomatic arch". Two distances from two known marks fix a point (the direction
 *   words pick which of the two crossings of the circles is meant).
 * - A thread is given its skin length, where its barbed section starts and ends (skin mm from the
 *   entry) and its direction as an angle to the Frankfort horizontal.
 *
 * Distances are taken along the skin (skinGeodesic: the way a tape laid on the skin runs), in
 * whole millimetres in the text because that is what a ruler on skin and a pen mark resolve.
 * docs/atlas.md, "Marks for the skin".
 */

/** A named landmark a practitioner can find on the skin by sight or touch. */
export interface MarkReference {
  /** Atlas landmark id ('tragus-left'), or a line's id ('zygomatic-arch-left'). */
  readonly id: string;
  /** English words for the text: "tragus" (other languages: mark-words.ts, by the id without its side). */
  readonly name: string;
  /** A point, or a line (polyline of atlas landmarks) measured to its nearest point. */
  readonly points: readonly FacePoint[];
  readonly side: 'left' | 'right' | 'midline';
}

/** Left-side references: atlas landmark ids without the side (their words: mark-words.ts). */
const SIDE_POINTS: readonly MarkReferenceKey[] = [
  'tragus',
  'ear-lobe',
  'ear-top',
  'mastoid',
  'lateral-canthus',
  'medial-canthus',
  'brow-tail',
  'brow-peak',
  'temporal-crest',
  'malar-prominence',
  'alar-base',
  'mouth-corner',
  'gonion',
];

const MIDLINE_POINTS: readonly MarkReferenceKey[] = ['hairline-top', 'glabella', 'nasion', 'nose-tip', 'subnasale', 'pogonion', 'menton'];

/** Lines: the zygomatic arch, from its front to its back (atlas landmarks). */
const SIDE_LINES: readonly (readonly [MarkReferenceKey, readonly string[]])[] = [['zygomatic-arch', ['zygomatic-arch-front', 'zygomatic-arch-back']]];

const at = (name: string): FacePoint => {
  const p = LANDMARKS[name];
  if (!p) throw new Error(`marks: unknown atlas landmark ${name}`);
  return p;
};

function buildReferences(): MarkReference[] {
  const out: MarkReference[] = [];
  const name = (key: MarkReferenceKey): string => MARK_REFERENCE_EN[key];
  for (const id of MIDLINE_POINTS) out.push({ id, name: name(id), points: [at(id)], side: 'midline' });
  for (const side of ['left', 'right'] as const) {
    for (const id of SIDE_POINTS) out.push({ id: `${id}-${side}`, name: name(id), points: [at(`${id}-${side}`)], side });
    for (const [id, ids] of SIDE_LINES) out.push({ id: `${id}-${side}`, name: name(id), points: ids.map((l) => at(`${l}-${side}`)), side });
  }
  return out;
}

/** Every landmark a mark may be measured from. */
export const MARK_REFERENCES: readonly MarkReference[] = buildReferences();

/**
 * Direction words. Design choice: one word when the way from the landmark is within 30 degrees
 * of the horizontal or of the vertical ("24 mm in front of the tragus"), both words in between
 * ("in front of and above"), so a mark is never described by a direction it mostly is not.
 */
export const SINGLE_DIRECTION_DEG = 30;
/**
 * Design choice: "in front of/behind" only where the way runs within about 27 degrees (atan 1/2)
 * of the front-back axis; elsewhere the medial/lateral words clinicians use on the face.
 */
export const FRONT_BACK_RATIO = 2;

/** One distance of a mark: from which landmark, how far over the skin and which way. */
export interface LandmarkDistance {
  readonly landmark: string;
  readonly name: string;
  /** Skin (geodesic) distance, millimetres. */
  readonly distanceMm: number;
  /** Direction words from the landmark to the point, e.g. ['above', 'in front of']; [] when on it. */
  readonly directions: readonly MarkDirection[];
  /** "24 mm in front of the tragus" (other languages: pointMarkText). */
  readonly text: string;
}

export interface PointMark {
  readonly point: FacePoint;
  /** The two nearest landmarks by skin distance, nearest first. */
  readonly distances: readonly LandmarkDistance[];
  /** "24 mm in front of the tragus, 12 mm above the zygomatic arch". */
  readonly text: string;
}

/** Whole millimetres, as a ruler on skin reads them; the text and the JSON use this one value. */
export const markMm = (mm: number): number => Math.round(mm);

/** The reference's point nearest to p, by 3-D distance between skin points (lines sampled every mm). */
function nearestOn(surface: FaceSurface, ref: MarkReference, p: Point3): FacePoint {
  if (ref.points.length === 1) return ref.points[0]!;
  let best = ref.points[0]!;
  let bestD = Infinity;
  for (let i = 1; i < ref.points.length; i++) {
    const a = ref.points[i - 1]!;
    const b = ref.points[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y)));
    for (let k = 0; k <= steps; k++) {
      const t = k / steps;
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      const d = (x - p.x) ** 2 + (y - p.y) ** 2 + (surface.heightAt(x, y) - p.z) ** 2;
      if (d < bestD) {
        bestD = d;
        best = { x, y };
      }
    }
  }
  return best;
}

/**
 * Which way p lies from the landmark point l, in words a practitioner uses on the skin, from the
 * two points on the skin (3-D). Vertical: above/below. Horizontal: "in front of"/"behind" when the
 * way runs mostly toward the face or the back of the head (its depth change more than
 * FRONT_BACK_RATIO times its change in distance from the midline: beside the ear, over the
 * temple, under the chin), else "lateral to"/"medial to" (across the front and side of the face,
 * where practitioners measure from the canthus or the mouth corner that way).
 */
export function directionWords(surface: FaceSurface, l: FacePoint, p: FacePoint): MarkDirection[] {
  const depth = surface.heightAt(p.x, p.y) - surface.heightAt(l.x, l.y);
  const lateral = Math.abs(p.x) - Math.abs(l.x);
  const up = l.y - p.y;
  const horizontal: MarkDirection =
    Math.abs(depth) > FRONT_BACK_RATIO * Math.abs(lateral) ? (depth >= 0 ? 'in front of' : 'behind') : lateral >= 0 ? 'lateral to' : 'medial to';
  const horizontalMm = Math.hypot(p.x - l.x, depth);
  const angle = (Math.atan2(Math.abs(up), horizontalMm) * 180) / Math.PI;
  const vertical: MarkDirection = up >= 0 ? 'above' : 'below';
  if (angle >= 90 - SINGLE_DIRECTION_DEG) return [vertical];
  if (angle <= SINGLE_DIRECTION_DEG) return [horizontal];
  return [vertical, horizontal];
}

/** Within this skin distance a point is "on" the landmark, millimetres (half a pen mark). */
const ON_LANDMARK_MM = 1;

/**
 * Marks already worked out, per surface, by frontal position: threads of a fan share their entry
 * point, and the inspector asks again on every render. Bounded so a long session cannot grow it.
 */
const pointMarks = new WeakMap<FaceSurface, Map<string, PointMark>>();
const MAX_CACHED_MARKS = 4096;

/** The two nearest landmarks of a frontal point, by skin distance, with direction words. */
export function markPoint(surface: FaceSurface, p: FacePoint): PointMark {
  let cache = pointMarks.get(surface);
  if (cache === undefined) {
    cache = new Map();
    pointMarks.set(surface, cache);
  }
  const key = `${p.x},${p.y}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const mark = measureMark(surface, p);
  if (cache.size >= MAX_CACHED_MARKS) cache.clear();
  cache.set(key, mark);
  return mark;
}

function measureMark(surface: FaceSurface, p: FacePoint): PointMark {
  const p3: Point3 = { x: p.x, y: p.y, z: surface.heightAt(p.x, p.y) };
  const side = p.x >= 0 ? 'left' : 'right';
  const candidates = MARK_REFERENCES.filter((r) => r.side === 'midline' || r.side === side)
    .map((ref) => {
      const q = nearestOn(surface, ref, p3);
      return { ref, q, chord: chordDistance(surface, p, q) };
    })
    .sort((a, b) => a.chord - b.chord || (a.ref.id < b.ref.id ? -1 : 1));
  // The skin distance lies between the straight 3-D distance and the skin length of the straight
  // frontal line. Only landmarks whose straight distance is within the second-shortest such line
  // can be among the two nearest over the skin: the rest need no (costlier) geodesic.
  const reach = secondShortestLine(surface, p, candidates);
  const measured = candidates
    .filter((c) => c.chord <= reach + 1e-9)
    .map((c) => ({ ...c, skin: c.chord < 1e-9 ? 0 : skinGeodesic(surface, c.q, p).lengthMm }))
    .sort((a, b) => a.skin - b.skin || (a.ref.id < b.ref.id ? -1 : 1))
    .slice(0, 2);
  const distances: LandmarkDistance[] = measured.map(({ ref, q, skin }) => {
    const directions = skin < ON_LANDMARK_MM ? [] : directionWords(surface, q, p);
    return { landmark: ref.id, name: ref.name, distanceMm: skin, directions, text: distancePhrase('en', markMm(skin), directions, referenceKey(ref.id)) };
  });
  return { point: { x: p.x, y: p.y }, distances, text: joinDistances(distances.map((d) => d.text)) };
}

/**
 * The second-shortest skin length of the straight frontal lines from the candidates' nearest
 * points to p (Infinity with fewer than two). A line is never shorter than its candidate's chord
 * (the straight 3-D distance between the same ends), so a candidate whose chord is beyond the
 * second-shortest line found so far cannot change it and its line is not lifted: the same value
 * as lifting every line, for a fraction of the lifts. The margin covers the rounding of a lifted
 * length (a sum of a few hundred chords, each within 1e-16 relative) many times over.
 */
export function secondShortestLine(surface: FaceSurface, p: FacePoint, candidates: readonly { readonly q: FacePoint; readonly chord: number }[]): number {
  let first = Infinity;
  let second = Infinity;
  for (const c of candidates) {
    if (c.chord > second + LINE_MARGIN_MM) continue;
    const line = surfaceLength(surface, [c.q, p]);
    if (line < first) {
      second = first;
      first = line;
    } else if (line < second) second = line;
  }
  return second;
}

/** See secondShortestLine: far above a lifted length's rounding, far below a millimetre. */
const LINE_MARGIN_MM = 1e-6;

/** 'tragus-left' -> 'tragus': the key of a reference's words in every language. */
const referenceKey = (id: string): string => id.replace(/-(left|right)$/, '');

/** A reference's name as a label on its own in `locale` (the marking sheet's drawings), the landmark its phrases name. */
export const referenceLabelOf = (ref: MarkReference, locale: Locale): string => referenceLabel(referenceKey(ref.id), locale);

/**
 * A point's mark in `locale`: "24 mm in front of the tragus, 12 mm above the zygomatic arch",
 * "이주에서 앞쪽으로 24 mm, …", "24 мм кпереди от козелка, …". The same distances and directions
 * as `mark.text`, which is the English.
 */
export function pointMarkText(mark: PointMark, locale: Locale): string {
  if (locale === 'en') return mark.text;
  return joinDistances(mark.distances.map((d) => distancePhrase(locale, markMm(d.distanceMm), d.directions, referenceKey(d.landmark))));
}

/**
 * The Frankfort horizontal: the plane through both porions and the left orbitale, the reference
 * plane of cephalometry and of clinical photographs. On the skin: tragion (the atlas's tragus
 * landmarks, as in soft-tissue anthropometry) and soft-tissue orbitale, the skin over the lowest
 * point of the orbital rim, taken below the pupil (x of the pupil) at the height of the atlas's
 * lower orbital rim (y of 'lateral-orbital-rim-bottom'). Design choice: the atlas has no orbitale
 * of its own and the infraorbital margin is lowest about below the pupil.
 */
export const ORBITALE_LEFT: FacePoint = { x: at('pupil-left').x, y: at('lateral-orbital-rim-bottom-left').y };

export interface FrankfortPlane {
  /** Unit normal pointing up (toward the top of the head). */
  readonly up: Point3;
  readonly porionLeft: Point3;
  readonly porionRight: Point3;
  readonly orbitaleLeft: Point3;
  /** Tilt of the plane from the frontal diagram's horizontal (x-z plane), degrees; + when the front is higher. */
  readonly tiltDeg: number;
}

const lift3 = (surface: FaceSurface, p: FacePoint): Point3 => ({ x: p.x, y: p.y, z: surface.heightAt(p.x, p.y) });

export function frankfortPlane(surface: FaceSurface): FrankfortPlane {
  const pl = lift3(surface, at('tragus-left'));
  const pr = lift3(surface, at('tragus-right'));
  const ol = lift3(surface, ORBITALE_LEFT);
  const a = { x: pr.x - pl.x, y: pr.y - pl.y, z: pr.z - pl.z };
  const b = { x: ol.x - pl.x, y: ol.y - pl.y, z: ol.z - pl.z };
  let n = { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x };
  const len = Math.hypot(n.x, n.y, n.z) || 1;
  n = { x: n.x / len, y: n.y / len, z: n.z / len };
  // +y is down, so "up" has a negative y.
  if (n.y > 0) n = { x: -n.x, y: -n.y, z: -n.z };
  // On the flat diagram (z = 0 everywhere) the three points span the picture plane itself: there
  // is no profile to find the plane from, so the diagram's horizontal stands in for it.
  if (-n.y < 0.5) n = { x: 0, y: -1, z: 0 };
  const tiltDeg = (Math.atan2(-n.z, -n.y) * 180) / Math.PI;
  return { up: n, porionLeft: pl, porionRight: pr, orbitaleLeft: ol, tiltDeg };
}

/**
 * Angle of the straight line from a to b (skin points) to the Frankfort horizontal plane,
 * degrees: 0 level, +90 straight up, -90 straight down.
 */
export function frankfortAngleDeg(plane: FrankfortPlane, a: Point3, b: Point3): number {
  const d = { x: b.x - a.x, y: b.y - a.y, z: b.z - a.z };
  const len = Math.hypot(d.x, d.y, d.z);
  if (len < 1e-9) return 0;
  const s = (d.x * plane.up.x + d.y * plane.up.y + d.z * plane.up.z) / len;
  return (Math.asin(Math.max(-1, Math.min(1, s))) * 180) / Math.PI;
}

/** What the marks need of a thread (a plan Thread has all of it). */
export interface MarkableThread {
  readonly path: readonly FacePoint[];
  /** The barbed section in millimetres along the DRAWN path (as plans store it), or null. */
  readonly barbed: { readonly startMm: number; readonly endMm: number } | null;
  readonly fixationEnd: 'entry' | 'distal';
}

export interface ThreadMarks {
  /** Length of the path on the skin, millimetres. */
  readonly surfaceLengthMm: number;
  /** The barbed section in skin millimetres from the entry (clamped to the path), or null. */
  readonly barbedFromEntryMm: { readonly startMm: number; readonly endMm: number } | null;
  /** Angle of the thread (entry to distal end, on the skin) to the Frankfort horizontal, degrees; + rising. */
  readonly frankfortAngleDeg: number;
  readonly entry: PointMark;
  readonly distal: PointMark;
  /** The mark of the fixation point: the entry's or the distal end's. */
  readonly fixation: PointMark;
}

/**
 * A barbed section stored along the drawn path, in skin millimetres from the entry (clamped to the
 * path): what the marking sheet, the inspector's marks and its barbed-section hint all print.
 */
export function barbedOnSkin(skin: SkinPath, barbed: MarkableThread['barbed']): ThreadMarks['barbedFromEntryMm'] {
  if (barbed === null) return null;
  return {
    startMm: Math.min(skin.length, skin.skinDistanceOfDrawn(barbed.startMm)),
    endMm: Math.min(skin.length, skin.skinDistanceOfDrawn(barbed.endMm)),
  };
}

/** Thread marks, with the Frankfort plane computed once per surface. */
const planes = new WeakMap<FaceSurface, FrankfortPlane>();

export function threadMarks(surface: FaceSurface, thread: MarkableThread): ThreadMarks {
  let plane = planes.get(surface);
  if (plane === undefined) {
    plane = frankfortPlane(surface);
    planes.set(surface, plane);
  }
  const skin = SkinPath.of(surface, thread.path);
  const length = skin.length;
  const barbed = barbedOnSkin(skin, thread.barbed);
  const first = thread.path[0] ?? { x: 0, y: 0 };
  const last = thread.path[thread.path.length - 1] ?? first;
  const entry = markPoint(surface, first);
  const distal = markPoint(surface, last);
  return {
    surfaceLengthMm: length,
    barbedFromEntryMm: barbed,
    frankfortAngleDeg: frankfortAngleDeg(plane, lift3(surface, first), lift3(surface, last)),
    entry,
    distal,
    fixation: thread.fixationEnd === 'entry' ? entry : distal,
  };
}

/** "34° above the Frankfort horizontal" / "52° below …" / "level with …" (entry to distal end), in `locale`. */
export function frankfortWords(angleDeg: number, locale: Locale = 'en'): string {
  return frankfortPhrase(locale, angleDeg);
}
