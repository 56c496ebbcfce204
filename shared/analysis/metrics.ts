import type { Region, RegionKind } from '../atlas/types';
import type { Side } from '../plan/types';
import { rulePull } from './holding';
import type { MalarSide } from './malar';
import { elevationDeg, type ThreadGeometry } from './thread-geometry';
import type { Metrics, RegionTraction, SideVector } from './types';
import type { SimulationSummary } from '../simulation/summary';

/**
 * Plan-level figures the findings panel, the PDF and the asymmetry rule share.
 *
 * Symmetry (0..1) is the product of three likenesses, each 1 when the sides match:
 *   count     = fewer threads / more threads
 *   force     = weaker side's total traction / stronger side's (1 when neither side pulls)
 *   direction = 1 - |difference of the resultants' elevation angles| / 180 (1 when either side has no pull)
 * A product, so one badly mismatched aspect pulls the figure down however well the others match.
 *
 * A side's resultant is the net pull of its lifts from one end: each thread's pull as the direction
 * rules judge it (holding.ts, rulePull), leaving out floating designs, whose pull is an axis.
 * Why not at all, rather than the axis pointing upward: a floating thread's barbs pull the tissue
 * toward each other, so it adds no net pull to the face; and a line has no sense of its own, so
 * any sense given to it flips for a nearly horizontal line: two mirrored floating threads tipped a
 * few degrees opposite ways would add up to sides lifted almost 180 degrees apart. Floating
 * threads' directions are compared pair by pair instead, as lines (asymmetry). Their tension still
 * counts in the side's total traction: it is the force they hold the tissue with.
 */

const REGION_ORDER: readonly RegionKind[] = [
  'forehead', 'temple', 'brow', 'periorbital', 'malar', 'submalar', 'nasolabial',
  'perioral', 'marionette', 'jowl', 'jawline', 'chin', 'preauricular', 'neck',
];
const SIDES: readonly Side[] = ['right', 'left'];
const REGION_INDEX = new Map<RegionKind, number>(REGION_ORDER.map((kind, i) => [kind, i]));

/**
 * Per thread (kept on the geometry: it is immutable, and a drag changes one thread): the region of
 * each barbed sample that lies in one (REGION_ORDER indices, in sample order) and the pull per
 * barbed sample.
 */
function barbedRegionsOf(g: ThreadGeometry): { readonly regions: readonly number[]; readonly perSample: number } {
  let cached = g.memo.metrics;
  if (cached === undefined) {
    const kinds: number[] = [];
    let barbedCount = 0;
    // Neighbouring samples mostly share a region: its index is looked up when the region changes.
    let region: Region | null = null;
    let index: number | undefined;
    const samples = g.samples;
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i]!;
      if (!sample.barbed) continue;
      barbedCount++;
      if (sample.region !== region) {
        region = sample.region;
        index = region === null ? undefined : REGION_INDEX.get(region.kind);
      }
      if (index !== undefined) kinds.push(index);
    }
    cached = { regions: kinds, perSample: (g.traction?.magnitudeN ?? 0) / barbedCount };
    g.memo.metrics = cached;
  }
  return cached;
}

export function computeMetrics(
  threadsBySide: Readonly<Record<Side, readonly ThreadGeometry[]>>,
  malar: Readonly<Record<Side, MalarSide>>,
  simulation: SimulationSummary | null = null,
): Metrics {
  const tractionByRegion: RegionTraction[] = [];
  const bySide = { right: 0, left: 0 };
  const resultant = {} as Record<Side, SideVector>;

  for (const side of SIDES) {
    let sum = 0;
    let rx = 0;
    let ry = 0;
    // (a plain array: a Float64Array's buffer lies outside the JS heap and costs more to make
    // than these few sums; the sums are the same doubles either way)
    const perRegion: number[] = new Array<number>(REGION_ORDER.length).fill(0);
    for (const g of threadsBySide[side]) {
      const traction = g.traction;
      if (traction === null || traction.magnitudeN === 0) continue;
      sum += traction.magnitudeN;
      // (a floating design adds no net pull: see above)
      const pull = rulePull(g);
      if (pull !== null && !pull.axis) {
        rx += pull.x;
        ry += pull.y;
      }
      // Spread the thread's pull evenly over its barbed samples, then add it up by region.
      const { regions, perSample } = barbedRegionsOf(g);
      for (let i = 0; i < regions.length; i++) perRegion[regions[i]!]! += perSample;
    }
    REGION_ORDER.forEach((region, i) => {
      const forceN = perRegion[i]!;
      if (forceN > 0) tractionByRegion.push({ region, side, forceN });
    });
    bySide[side] = sum;
    const magnitudeN = Math.hypot(rx, ry);
    resultant[side] = { x: rx, y: ry, magnitudeN, elevationDeg: magnitudeN > 1e-9 ? elevationDeg(side, rx, ry) : null };
  }

  const threadCount = { right: threadsBySide.right.length, left: threadsBySide.left.length };
  return {
    threadCount,
    tractionByRegion,
    tractionBySide: bySide,
    malarShare: { right: malar.right.share, left: malar.left.share },
    resultant,
    symmetry: symmetryOf(threadCount, bySide, resultant),
    simulation,
  };
}

function symmetryOf(
  count: { right: number; left: number },
  force: { right: number; left: number },
  resultant: Record<Side, SideVector>,
): number | null {
  if (count.right === 0 || count.left === 0) return null;
  const ratio = (a: number, b: number): number => (Math.max(a, b) === 0 ? 1 : Math.min(a, b) / Math.max(a, b));
  const r = resultant.right.elevationDeg;
  const l = resultant.left.elevationDeg;
  const direction = r === null || l === null ? 1 : 1 - angleDifferenceDeg(r, l) / 180;
  return ratio(count.right, count.left) * ratio(force.right, force.left) * direction;
}

/** Smallest difference between two angles, 0..180 degrees. */
export function angleDifferenceDeg(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}
