import type { PlanDocument } from '../../shared/plan/types';
import { PlanBuilder, meta, mirrorSpec as mirror, ray, type ThreadSpec, type XY } from './builder';

/**
 * The example plans in assets/examples/, written as code so that each poor design is visibly
 * "the good design with one mistake". `npx tsx cli/examples/generate.ts` writes the files; a
 * unit test checks the committed files match this module and analyze as intended.
 *
 * Coordinates are the canonical face (shared/atlas): millimetres, origin on the midline at the
 * pupil line, +x = patient's left, +y down. Designs are written for the left side and mirrored.
 */

const COG = 'pdo-cog-bi-19g-100';
const COG_UNI = 'pdo-cog-uni-19g-100';

/** Temple entry inside the deep temporal fascia band (1-3 cm in front of the tragus). */
export const TEMPLE: XY = [68, -10];
/** Entry on the zygomatic arch periosteum, in front of the ear. */
export const ARCH: XY = [68, 19];

/** A midface vector from the temple entry: `angle` degrees from straight down toward the nose. */
export function midfaceVector(angle: number, length: number, extra: Partial<ThreadSpec> = {}): ThreadSpec {
  return {
    type: COG,
    to: [ray(TEMPLE, angle, length)],
    depth: 4.5,
    barbs: [15, length - 7],
    zone: 'deep-temporal-fascia',
    tension: 1,
    ...extra,
  };
}

/** The standard midface fan: three vectors 14 degrees apart into the submalar cheek. */
export const MIDFACE_FAN: readonly ThreadSpec[] = [midfaceVector(9, 65), midfaceVector(23, 65), midfaceVector(37, 62)];

export interface ExamplePlan {
  readonly file: string;
  readonly plan: PlanDocument;
}

function midfacePlan(title: string, patientId: string, build: (b: PlanBuilder) => void, notes = '', skin: 'thin' | 'normal' | 'thick' = 'normal', saggingGrade = 2): PlanDocument {
  const b = new PlanBuilder(meta({ title, patientId, notes, skinThickness: skin, saggingGrade }));
  build(b);
  return b.build();
}

/** A lower-face vector from the arch entry: down behind the risorius, then forward along the jaw. Barbs only on the lower leg. */
export function jawlineVector(via: XY, end: XY, barbStart: number): ThreadSpec {
  const length = dist(ARCH, via) + dist(via, end);
  return { type: COG, to: [via, end], depth: 4.5, barbs: [barbStart, round1(length - 7)], zone: 'zygomatic-arch', tension: 1 };
}

const dist = (a: XY, b: XY): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
const round1 = (v: number): number => Math.round(v * 10) / 10;

export const JAWLINE_PAIR: readonly ThreadSpec[] = [jawlineVector([64, 70], [44, 92], 52), jawlineVector([61, 83], [51, 102], 66)];

/** Brow entry high in the deep temporal fascia band, behind the temporal crest. */
export const BROW_ENTRY: XY = [64, -44];

export const BROW_VECTOR: ThreadSpec = {
  type: COG_UNI,
  to: [[55, -18], [30, -21]],
  depth: 3.5,
  barbs: [20, 47],
  zone: 'deep-temporal-fascia',
  tension: 0.8,
};

/** Forehead mono thread (tightening): short, subdermal, no tension, no anchor. */
export const FOREHEAD_MONO_SPEC: ThreadSpec = { type: 'pdo-mono-29g-38', to: [[30, -70]], depth: 2.5, barbs: null };

/** Neck mesh: smooth mono threads for skin laxity, subdermal, untensioned. */
const NECK_MONO = (to: XY): ThreadSpec => ({ type: 'pdo-mono-27g-60', to: [to], depth: 2.8, barbs: null });
export const NECK_ENTRY: XY = [14, 140];
export const NECK_MESH: readonly ThreadSpec[] = [NECK_MONO([44, 120]), NECK_MONO([46, 160])];

export const GOOD: readonly ExamplePlan[] = [
  {
    file: 'good-midface.vlift',
    plan: midfacePlan(
      'Midface lift: three bidirectional cog threads per side',
      'MF-0412',
      (b) => b.bilateral('A', TEMPLE, MIDFACE_FAN),
      'Fan of three vectors from one temple entry in the deep temporal fascia band, subcutaneous at 4.5 mm, into the submalar cheek. Barbs start 15 mm from the entry and stop 7 mm short of the far end. 1 N each.',
    ),
  },
  {
    file: 'good-jawline.vlift',
    plan: midfacePlan(
      'Jawline and jowl: two cog threads per side from the zygomatic arch',
      'JL-0927',
      (b) => b.bilateral('B', ARCH, JAWLINE_PAIR),
      'Entry on the zygomatic arch periosteum in front of the ear. Each thread runs down behind the risorius (smooth part) and forward into the jowl and along the jaw, where the barbs hold. Subcutaneous 4.5 mm, 1 N each.',
    ),
  },
  {
    file: 'good-brow.vlift',
    plan: midfacePlan(
      'Lateral brow lift with forehead tightening',
      'BR-1180',
      (b) => {
        b.bilateral('C', BROW_ENTRY, [BROW_VECTOR]);
        b.bilateral('F', [30, -40], [FOREHEAD_MONO_SPEC]);
      },
      'One unidirectional cog thread per side from the upper deep temporal fascia band down behind the tail of the brow and along it, pulling the lateral brow up and out; one mono thread per side in the forehead for fine lines.',
    ),
  },
  {
    file: 'good-neck.vlift',
    plan: midfacePlan(
      'Neck skin laxity: mono thread mesh',
      'NK-2203',
      (b) => {
        b.bilateral('N', NECK_ENTRY, NECK_MESH);
      },
      'Smooth PDO mono threads laid subdermally in a fan over each side of the neck for skin tightening and collagen stimulation. No tension and no anchor: they are not lifting threads.',
    ),
  },
];

/**
 * Designs on the anchors added for the lower face, neck and brow (shared/atlas/fixation.ts), and
 * a floating design of self-holding threads. Each follows the usual technique for its area:
 * - pre-auricular jawline: entry in the fixed SMAS 1-2 cm in front of the tragus, down and
 *   forward into the jowl and along the jaw, barbs on the lower part;
 * - mastoid neck: entry over the mastoid fascia behind the lobe, down behind the angle and
 *   forward under the mandibular border, parallel to it;
 * - temporal-scalp brow: entry in the hair-bearing temporal scalp, down to the tail of the brow
 *   and along it, barbs along the brow;
 * - floating jowl: short bidirectional cogs laid across the jowl with no anchor and a light
 *   setting tension; the two barb groups hold against each other.
 */
export const PREAURICULAR_ENTRY: XY = [71.5, 42];
export const PREAURICULAR_PAIR: readonly ThreadSpec[] = [
  { type: COG, to: [[60, 76], [47, 96]], depth: 4.5, barbs: [28, 52], zone: 'preauricular-smas', tension: 1 },
  { type: COG, to: [[62, 82], [54, 104]], depth: 4.5, barbs: [30, 57], zone: 'preauricular-smas', tension: 1 },
];
export const MASTOID_ENTRY: XY = [70.5, 57];
const COG_LONG = 'pdo-cog-bi-18g-150';
export const MASTOID_PAIR: readonly ThreadSpec[] = [
  { type: COG_LONG, to: [[54, 110], [30, 132]], depth: 4.5, barbs: [58, 88], zone: 'mastoid-fascia', tension: 0.8 },
  { type: COG_LONG, to: [[52, 120], [38, 134]], depth: 4.5, barbs: [60, 84], zone: 'mastoid-fascia', tension: 0.8 },
];
export const SCALP_ENTRY: XY = [64, -60];
export const SCALP_BROW_VECTOR: ThreadSpec = { type: COG_UNI, to: [[55, -18], [30, -21]], depth: 3.5, barbs: [35, 60], zone: 'temporal-scalp', tension: 0.8 };
/** Floating jowl threads: [entry, spec] pairs, each its own entry. */
export const FLOATING_JOWL: readonly (readonly [XY, ThreadSpec])[] = [
  [[47, 60], { type: COG, to: [[37, 120]], depth: 4.5, barbs: [6, 54], zone: null, tension: 0.6 }],
  [[55, 62], { type: COG, to: [[47, 118]], depth: 4.5, barbs: [6, 50], zone: null, tension: 0.6 }],
];

export const ANCHOR_EXAMPLES: readonly ExamplePlan[] = [
  {
    file: 'good-jawline-preauricular.vlift',
    plan: midfacePlan(
      'Jawline and jowl: two cog threads per side from the pre-auricular SMAS',
      'JL-1042',
      (b) => b.bilateral('P', PREAURICULAR_ENTRY, PREAURICULAR_PAIR),
      'Entry 1-2 cm in front of the tragus, in the fixed pre-auricular SMAS over the parotid. Each thread runs down and forward into the jowl and along the jaw, where the barbs hold; the smooth upper part passes behind the cheek muscles. Subcutaneous 4.5 mm, 1 N each.',
    ),
  },
  {
    file: 'good-neck-mastoid.vlift',
    plan: midfacePlan(
      'Upper neck under the jaw line: two cog threads per side from the mastoid',
      'NK-2318',
      (b) => b.bilateral('M', MASTOID_ENTRY, MASTOID_PAIR),
      'Entry over the mastoid fascia just below and behind the ear lobe. The threads run down behind the angle of the jaw and forward under the mandibular border, parallel to it; the barbs hold the upper neck and lift it back toward the mastoid. Subcutaneous 4.5 mm, 0.8 N each.',
    ),
  },
  {
    file: 'good-brow-scalp.vlift',
    plan: midfacePlan(
      'Lateral brow lift from the temporal scalp',
      'BR-1215',
      (b) => b.bilateral('S', SCALP_ENTRY, [SCALP_BROW_VECTOR]),
      'One unidirectional cog thread per side entered in the hair-bearing temporal scalp and anchored in the galea, run down to the tail of the brow and along it; the barbs hold the lateral brow and lift it up and back.',
    ),
  },
  {
    file: 'good-jowl-floating.vlift',
    plan: midfacePlan(
      'Jowl: floating bidirectional cog threads',
      'JL-1107',
      (b) => FLOATING_JOWL.forEach(([at, spec], i) => b.bilateral(`J${i + 1}`, at, [spec])),
      'Two short bidirectional cog threads per side laid across the jowl with no anchor. Their barbs face both ways and hold against each other; set with a light 0.6 N. A recognized design; floating threads report more complications than anchored ones, which the analysis notes.',
    ),
  },
];

/** High in the forehead, in the mobile face: no firm anchor. */
const FOREHEAD_ENTRY: XY = [40, -75];

/** The midface fan with some threads changed; `change(index, spec)` returns the new spec (left side). */
const fanWith = (change: (i: number, spec: ThreadSpec) => ThreadSpec): ThreadSpec[] => MIDFACE_FAN.map((spec, i) => change(i, spec));

export const POOR: readonly ExamplePlan[] = [
  {
    file: 'poor-cheekbone-concentration.vlift',
    plan: midfacePlan(
      'Midface lift: all vectors stop on the cheekbone',
      'MF-0518',
      (b) => b.bilateral('A', TEMPLE, [midfaceVector(12, 50, { type: COG_UNI }), midfaceVector(22, 52, { type: COG_UNI }), midfaceVector(32, 52, { type: COG_UNI })]),
      'Three short cog threads per side whose barbs end on the malar prominence: the pull gathers tissue on the cheekbone and widens the midface.',
    ),
  },
  {
    file: 'poor-superficial-path.vlift',
    plan: midfacePlan(
      'Midface lift with threads laid too shallow',
      'MF-0733',
      (b) => {
        b.side('right', 'AR', [-TEMPLE[0], TEMPLE[1]], fanWith((i, t) => (i === 1 ? { ...t, depth: 1.6 } : t)).map(mirror));
        b.side('left', 'AL', TEMPLE, fanWith((i, t) => (i === 1 ? { ...t, depth: 2.6 } : t)));
      },
      'Standard fan, but the middle thread on the right runs in the dermis (1.6 mm) and the middle thread on the left just under it (2.6 mm), in a patient with thin skin.',
      'thin',
    ),
  },
  {
    file: 'poor-deep-path.vlift',
    plan: midfacePlan(
      'Midface lift with the medial thread diving under the SMAS',
      'MF-0928',
      (b) =>
        b.bilateral('A', TEMPLE, fanWith((i, t) => {
          if (i !== 2) return t;
          // Same vector, with a point 60% of the way along: subcutaneous to there, then down to
          // 8 mm at its end in the medial cheek, below the fat and the SMAS.
          const end = t.to[0]!;
          const mid: XY = [TEMPLE[0] + (end[0] - TEMPLE[0]) * 0.6, TEMPLE[1] + (end[1] - TEMPLE[1]) * 0.6];
          return { ...t, to: [mid, end], pointDepths: [null, 4.5, 8] };
        })),
      'Standard fan, but the most medial thread dives from 4.5 mm to 8 mm over its last third, in the medial cheek: below the fat and the SMAS, where the zygomatic and buccal branches of the facial nerve run.',
    ),
  },
  {
    file: 'poor-entry-dimpling.vlift',
    plan: midfacePlan(
      'Midface lift with barbs starting at the puncture',
      'MF-0291',
      (b) => b.bilateral('A', TEMPLE, fanWith((i, t) => (i === 0 ? { ...t, barbs: [2, t.barbs![1]] } : t))),
      'Standard fan, but the barbs of the first thread on each side start 2 mm from the entry point, where the thread is still close to the surface.',
    ),
  },
  {
    file: 'poor-muscle-conflict.vlift',
    plan: midfacePlan(
      'Midface lift with a vector across zygomaticus major',
      'MF-0655',
      (b) => {
        b.bilateral('A', TEMPLE, [midfaceVector(23, 65)]);
        b.bilateral('B', [64, 20], [{ type: COG_UNI, to: [[60, 46], [31, 46]], depth: 5, barbs: [30, 49], zone: 'zygomatic-arch', tension: 1 }]);
      },
      'A second thread from the zygomatic arch turns and runs horizontally across the cheek toward the nasolabial fold, across the line of zygomaticus major: it will hold the smile.',
    ),
  },
  {
    file: 'poor-danger-zone.vlift',
    plan: midfacePlan(
      'Midface lift with a vector into the nasolabial fold',
      'MF-0874',
      (b) => b.bilateral('A', TEMPLE, fanWith((i, t) => (i === 2 ? midfaceVector(37, 73) : t))),
      'Standard fan, but the most medial thread is extended into the nasolabial fold, where the facial artery runs within the fat at the depth of the thread.',
    ),
  },
  {
    file: 'poor-weak-fixation.vlift',
    plan: midfacePlan(
      'Brow lift anchored in the mobile forehead',
      'BR-1044',
      (b) => b.bilateral('C', FOREHEAD_ENTRY, [{ type: COG_UNI, to: [[40, -22]], depth: 3.5, barbs: [15, 46], zone: null, tension: 0.8 }]),
      'The brow threads are started high in the forehead and anchored there, in front of the fixed lateral face: the forehead moves with every raise of the brows, so the anchor does not hold and the lift is lost.',
    ),
  },
  {
    file: 'poor-smooth-thread-lift.vlift',
    plan: midfacePlan(
      'Midface "lift" with smooth mono threads',
      'MF-0366',
      (b) => b.bilateral('A', TEMPLE, [9, 23, 37].map((angle) => ({ type: 'pdo-mono-27g-60', to: [ray(TEMPLE, angle, 48)], depth: 3, barbs: null, zone: 'deep-temporal-fascia', tension: 0.15 }))),
      'Smooth mono threads laid along lifting vectors, anchored and tensioned as if they were cog threads.',
    ),
  },
  {
    file: 'poor-over-tension.vlift',
    plan: midfacePlan(
      'Midface lift with too much tension',
      'MF-0187',
      (b) => b.bilateral('A', TEMPLE, fanWith((i, t) => (i === 0 ? { ...t, tension: 2.6 } : i === 1 ? { ...t, tension: 1.8 } : t))),
      'Standard fan, but the first thread is pulled with 2.6 N (more than a cog thread holds) and the second with 1.8 N (overcorrection beyond what settles).',
    ),
  },
  {
    file: 'poor-crowding.vlift',
    plan: midfacePlan(
      'Midface lift with threads bunched together',
      'MF-0450',
      (b) => b.bilateral('A', TEMPLE, [midfaceVector(14, 65), midfaceVector(18, 65), midfaceVector(37, 62)]),
      'The first two threads leave the entry only 4 degrees apart and run side by side for most of their length.',
    ),
  },
  {
    file: 'poor-length-mismatch.vlift',
    plan: midfacePlan(
      'Midface lift with a cone thread on a short path',
      'MF-0603',
      (b) => b.bilateral('A', TEMPLE, fanWith((i, t) => (i === 1 ? { ...t, type: 'plla-cone-16' } : t))),
      'The middle thread is a 16-cone thread, which needs at least 11 cm from entry to exit, laid on a path of about 7.5 cm on the skin (6.5 cm as drawn on the frontal diagram).',
    ),
  },
  {
    file: 'poor-gravity-direction.vlift',
    plan: midfacePlan(
      'Temple thread anchored on the arch, pulling down',
      'BR-1302',
      (b) => b.bilateral('G', [62, 18], [
        { type: COG_UNI, to: [[68, -36]], depth: 4.5, barbs: [15, 48], zone: 'zygomatic-arch', tension: 0.8 },
      ]),
      'Intended to lift the tail of the brow, but the thread is anchored on the zygomatic arch below its barbs, so it pulls the temple down.',
    ),
  },
  {
    file: 'poor-asymmetry.vlift',
    plan: midfacePlan(
      'Midface lift with unequal sides',
      'MF-0799',
      (b) => {
        b.side('right', 'AR', [-TEMPLE[0], TEMPLE[1]], MIDFACE_FAN.map((t) => ({ ...t, tension: 0.6 })).map(mirror));
        b.side('left', 'AL', TEMPLE, MIDFACE_FAN.map((t) => ({ ...t, tension: 1.2 })));
      },
      'The same three vectors on each side, but the left is tensioned twice as hard as the right.',
    ),
  },
  {
    file: 'poor-asymmetry-pair-direction.vlift',
    plan: midfacePlan(
      'Midface lift with one left vector turned away from its mirror',
      'MF-0802',
      (b) => {
        b.side('right', 'AR', [-TEMPLE[0], TEMPLE[1]], [midfaceVector(9, 65), midfaceVector(37, 62)].map(mirror));
        b.side('left', 'AL', TEMPLE, [midfaceVector(5, 65), midfaceVector(17, 65)]);
      },
      'Two vectors per side from the temple, but on the left the second is laid 20 degrees further toward the ear than its mirror on the right (the first pair differs by 4 degrees). The two sides\' overall pull differs by only about 12 degrees, so only the thread-by-thread comparison shows it.',
    ),
  },
  {
    file: 'poor-asymmetry-pair-tension.vlift',
    plan: midfacePlan(
      'Midface lift with mirrored threads tensioned the other way round',
      'MF-0803',
      (b) => {
        b.side('right', 'AR', [-TEMPLE[0], TEMPLE[1]], MIDFACE_FAN.map((t, i) => ({ ...t, tension: [0.6, 1, 1.4][i]! })).map(mirror));
        b.side('left', 'AL', TEMPLE, MIDFACE_FAN.map((t, i) => ({ ...t, tension: [1.4, 1, 0.6][i]! })));
      },
      'The standard fan on both sides, but the tensions run 0.6, 1 and 1.4 N on the right and 1.4, 1 and 0.6 N on the left: each side pulls 3 N in all, so only the thread-by-thread comparison shows that the lateral vector lifts one side and the medial vector the other.',
    ),
  },
  {
    file: 'poor-thread-count.vlift',
    plan: midfacePlan(
      'Midface lift with two threads for marked sagging',
      'MF-0921',
      (b) => b.bilateral('A', TEMPLE, [MIDFACE_FAN[0]!, MIDFACE_FAN[2]!]),
      'A sound two-vector midface design on each side, but the patient has moderate to severe sagging (grade 3), for which three to four threads per side are usual.',
      'normal',
      3,
    ),
  },
  {
    file: 'poor-product-expiry.vlift',
    plan: midfacePlan(
      'Midface lift from an out-of-date box of threads',
      'MF-0812',
      (b) =>
        b.bilateral(
          'A',
          TEMPLE,
          // The standard fan, recorded from two lots: the second box expired a month before the treatment date (2025-03-14).
          fanWith((i, spec) => ({ ...spec, lot: i === 0 ? { number: 'PDO-24-0917', expiry: '2026-09-30' } : { number: 'PDO-23-0211', expiry: '2025-02-14' } })),
        ),
      'Two of the three threads per side were taken from a box whose lot expired before the treatment date.',
    ),
  },
];

export const ALL_EXAMPLES: readonly ExamplePlan[] = [...GOOD, ...ANCHOR_EXAMPLES, ...POOR];
