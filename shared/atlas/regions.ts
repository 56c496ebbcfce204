import type { FacePoint } from '../geometry/types';
import { englishSidedName } from './names';
import { mirrorId, mirrorPoints, symmetricFromHalf, withMirrors } from './mirror';
import { TISSUE_BY_KIND } from './tissue';
import type { FaceArea, Region, RegionKind } from './types';

/**
 * Regions of the canonical face. They TILE the silhouette: neighbouring regions are built from
 * the same shared vertices below, so a point is in exactly one region (points on a shared edge
 * go to whichever region regionAt tests first). Left-side regions are defined here and the right
 * side is their mirror; midline regions (nose, chin) are built symmetric from their left half.
 *
 * Boundaries are schematic: they follow the usual clinical description of each area (e.g. the
 * malar region is the zygomatic prominence between the infra-orbital rim and the submalar
 * hollow; the jawline is a band about 6-8 mm either side of the mandibular border).
 */

const v = (x: number, y: number): FacePoint => ({ x, y });

/** Shared vertices, left side (x >= 0). Names say where they lie. */
export const V = {
  // silhouette (head and neck outline, ears excluded), top to bottom
  // (the cranium follows the drawn head outline point for point, drawing.ts)
  vertex: v(0, -108),
  h1: v(20, -106.5),
  h2: v(38, -101),
  s2: v(53, -91),
  h4: v(64, -78),
  h5: v(71, -62),
  h6: v(75, -44),
  h7: v(76.5, -26),
  earTop: v(76, -12),
  s7: v(76, 6),
  tragus: v(76, 22),
  s9: v(75, 40),
  lobe: v(73, 50),
  ramus: v(69, 68),
  ramusLow: v(62, 86),
  gonion: v(56, 96),
  neckTop: v(53, 108),
  neck1: v(51, 125),
  neck2: v(51, 145),
  neck3: v(54, 162),
  neckBottom: v(58, 175),
  midNeckBottom: v(0, 175),
  // temporal line (forehead / temple boundary)
  tl1: v(55, -70),
  tl2: v(57, -45),
  // brow band
  b1: v(10, -22),
  b2: v(24, -28),
  b3: v(38, -32),
  b4: v(52, -27),
  b5: v(56, -22),
  b6: v(56, -8),
  b7: v(50, -12),
  b8: v(38, -15),
  b9: v(24, -12),
  b10: v(10, -10),
  // nose sidewall and base
  glabellaLow: v(0, -8),
  n0: v(11, 4),
  n1: v(13, 20),
  n2: v(18, 34),
  n3: v(21, 42),
  n4: v(20, 47),
  n5: v(14, 50),
  subnasale: v(0, 50),
  // infra-orbital rim (periorbital / cheek boundary)
  p1: v(22, 17),
  p2: v(33, 17),
  p3: v(46, 14),
  p4: v(54, 8),
  // temple floor (top of the zygomatic arch) and malar / preauricular boundary
  t1: v(62, 9),
  a1: v(63, 26),
  a2: v(58, 35),
  a3: v(44, 37),
  a4: v(33, 30),
  r1: v(62, 50),
  // nasolabial band
  l1: v(25, 33),
  l2: v(31, 48),
  l3: v(36, 62),
  l4: v(40, 76),
  q1: v(20.5, 56),
  q2: v(24.5, 64),
  q3: v(29, 73),
  // perioral, marionette, chin
  o1: v(28, 82),
  c0: v(20, 89),
  lipLow: v(0, 90),
  c1: v(22, 100),
  m1: v(38, 92),
  k2: v(48, 68),
  // jawline band (upper edge v10..v4, lower edge neckTop..v3)
  v10: v(67, 50),
  v9: v(64, 64),
  v8: v(58, 82),
  v7: v(52, 92),
  v6: v(44, 102),
  v5: v(32, 110),
  v4: v(22, 114),
  v1: v(44, 116),
  v2: v(32, 124),
  v3: v(22, 128),
  c2: v(12, 132),
  chinBottom: v(0, 133),
} as const;

/** Left half of the silhouette, midline top to midline bottom. */
export const SILHOUETTE_HALF: readonly FacePoint[] = [
  V.vertex, V.h1, V.h2, V.s2, V.h4, V.h5, V.h6, V.h7, V.earTop, V.s7, V.tragus, V.s9, V.lobe, V.ramus, V.ramusLow,
  V.gonion, V.neckTop, V.neck1, V.neck2, V.neck3, V.neckBottom, V.midNeckBottom,
];

export const SILHOUETTE = symmetricFromHalf(SILHOUETTE_HALF);

const AREA: Readonly<Record<RegionKind, FaceArea>> = {
  forehead: 'upper-face',
  temple: 'upper-face',
  brow: 'upper-face',
  periorbital: 'upper-face',
  nose: 'midface',
  malar: 'midface',
  submalar: 'midface',
  nasolabial: 'midface',
  preauricular: 'midface',
  perioral: 'lower-face',
  marionette: 'lower-face',
  jowl: 'lower-face',
  jawline: 'lower-face',
  chin: 'lower-face',
  neck: 'neck',
};

/** The treatment area a region kind belongs to. */
export const atlasArea = (kind: RegionKind): FaceArea => AREA[kind];


function region(kind: RegionKind, side: Region['side'], outline: readonly FacePoint[]): Region {
  const id = side === 'midline' ? kind : `${kind}-${side}`;
  const t = TISSUE_BY_KIND[kind];
  return { id, kind, side, name: englishSidedName('region', kind, side), area: AREA[kind], outline, tissue: t.tissue, source: t.source };
}

/**
 * Left-side region outlines. The order matters only on shared edges: regionAt tests regions in
 * this order (small, clinically specific regions first).
 */
const LEFT_OUTLINES: readonly (readonly [RegionKind, readonly FacePoint[]])[] = [
  ['malar', [V.p2, V.p3, V.p4, V.t1, V.a1, V.a2, V.a3, V.a4]],
  ['nasolabial', [V.n2, V.l1, V.l2, V.l3, V.l4, V.q3, V.q2, V.q1, V.n4, V.n3]],
  ['perioral', [V.subnasale, V.n5, V.n4, V.q1, V.q2, V.q3, V.o1, V.c0, V.lipLow]],
  ['marionette', [V.q3, V.l4, V.m1, V.v5, V.v4, V.c1, V.c0, V.o1]],
  ['jowl', [V.k2, V.v9, V.v8, V.v7, V.v6, V.v5, V.m1, V.l4]],
  ['brow', [V.b1, V.b2, V.b3, V.b4, V.b5, V.b6, V.b7, V.b8, V.b9, V.b10]],
  ['periorbital', [V.b10, V.b9, V.b8, V.b7, V.b6, V.p4, V.p3, V.p2, V.p1, V.n1, V.n0]],
  ['preauricular', [V.t1, V.s7, V.tragus, V.s9, V.lobe, V.v10, V.r1, V.a1]],
  ['submalar', [V.n1, V.p1, V.p2, V.a4, V.a3, V.a2, V.a1, V.r1, V.v10, V.v9, V.k2, V.l4, V.l3, V.l2, V.l1, V.n2]],
  ['jawline', [V.lobe, V.ramus, V.ramusLow, V.gonion, V.neckTop, V.v1, V.v2, V.v3, V.v4, V.v5, V.v6, V.v7, V.v8, V.v9, V.v10]],
  ['temple', [V.s2, V.h4, V.h5, V.h6, V.h7, V.earTop, V.s7, V.t1, V.p4, V.b6, V.b5, V.tl2, V.tl1]],
  ['forehead', [V.vertex, V.h1, V.h2, V.s2, V.tl1, V.tl2, V.b5, V.b4, V.b3, V.b2, V.b1, V.b10, V.glabellaLow]],
  ['neck', [V.chinBottom, V.c2, V.v3, V.v2, V.v1, V.neckTop, V.neck1, V.neck2, V.neck3, V.neckBottom, V.midNeckBottom]],
];

/** Midline regions, each from its left half (midline point to midline point). */
const MIDLINE_HALVES: readonly (readonly [RegionKind, readonly FacePoint[]])[] = [
  ['nose', [V.glabellaLow, V.b10, V.n0, V.n1, V.n2, V.n3, V.n4, V.n5, V.subnasale]],
  ['chin', [V.lipLow, V.c0, V.c1, V.v4, V.v3, V.c2, V.chinBottom]],
];

function mirrorRegion(r: Region): Region {
  return { ...r, id: mirrorId(r.id), side: 'right', name: englishSidedName('region', r.kind, 'right'), outline: mirrorPoints(r.outline) };
}

const sided = withMirrors(
  LEFT_OUTLINES.map(([kind, outline]) => region(kind, 'left', outline)),
  mirrorRegion,
);
const midline = MIDLINE_HALVES.map(([kind, half]) => region(kind, 'midline', symmetricFromHalf(half)));

/**
 * All regions in lookup order: midline nose and chin first, then the sided regions in the order
 * of LEFT_OUTLINES, each left region next to its right twin.
 */
export const REGIONS: readonly Region[] = [
  ...midline,
  ...LEFT_OUTLINES.flatMap((_, i) => [sided[i]!, sided[i + LEFT_OUTLINES.length]!]),
];
