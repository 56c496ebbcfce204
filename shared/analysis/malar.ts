import type { FacePoint } from '../geometry/types';
import { segmentIntersection } from '../geometry/polyline';
import type { Side } from '../plan/types';
import type { AtlasLookup } from './atlas-lookup';
import { isFloatingDesign, rulePull, type RulePull } from './holding';
import type { ThreadGeometry } from './thread-geometry';

/**
 * Where each side's midface pull goes, relative to the malar (zygomatic) prominence. Shared by
 * the malar-share metric and the cheekbone-concentration rule, so both say the same thing.
 *
 * domain.md: when thread ends or pull directions converge on the malar prominence, tissue gathers
 * there and the midface widens (changes of 4.7-17.9 mm reported).
 *
 * A thread's pull "ends on" the prominence when its fixation point (unless it lies in a fixation
 * zone, or the thread is a floating design anchored nowhere) or either end of its barbed section
 * lies in a malar region; it "converges" there when its traction line crosses another same-side
 * thread's traction line inside a malar region.
 * The traction line is the pull every direction rule judges (holding.ts, rulePull): barbed
 * centroid to fixation point for a lift from one end; for a floating design, which pulls toward
 * neither end, the line of its barbed section (the same whichever end it was entered from).
 * A thread's midface pull is its traction times the fraction of its barbed samples that lie in
 * midface regions (atlas area 'midface').
 */

export interface MalarConvergence {
  readonly a: ThreadGeometry;
  readonly b: ThreadGeometry;
  readonly point: FacePoint;
}

export interface MalarSide {
  readonly side: Side;
  /** Lifting threads whose fixation point lies on the prominence. */
  readonly anchored: readonly ThreadGeometry[];
  /** Lifting threads whose barbed section starts or stops on the prominence (and are not anchored there). */
  readonly barbEnds: readonly ThreadGeometry[];
  readonly convergences: readonly MalarConvergence[];
  /** Ids of every thread whose pull ends or converges on the prominence. */
  readonly malarThreadIds: ReadonlySet<string>;
  /** Each lifting thread's midface pull, newtons, by thread id. */
  readonly midfacePullN: ReadonlyMap<string, number>;
  readonly totalMidfacePullN: number;
  /** Share (0..1) of the midface pull whose thread ends or converges on the prominence; null without midface pull. */
  readonly share: number | null;
}

const isMalar = (region: { readonly kind: string } | null): boolean => region !== null && region.kind === 'malar';

interface Box {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

const malarBoxes = new WeakMap<AtlasLookup, Box>();

/** The box around every malar region of the atlas (empty, min > max, when it has none). */
function malarBoxOf(lookup: AtlasLookup): Box {
  let box = malarBoxes.get(lookup);
  if (box === undefined) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const region of lookup.atlas.regions) {
      if (!isMalar(region)) continue;
      for (const p of region.outline) {
        minX = Math.min(minX, p.x);
        minY = Math.min(minY, p.y);
        maxX = Math.max(maxX, p.x);
        maxY = Math.max(maxY, p.y);
      }
    }
    box = { minX, minY, maxX, maxY };
    malarBoxes.set(lookup, box);
  }
  return box;
}

/** Whether the segment's own box meets `box` (a cheap test that never rejects a segment crossing it). */
const meetsBox = (t: { readonly from: FacePoint; readonly to: FacePoint }, box: Box): boolean =>
  Math.max(t.from.x, t.to.x) >= box.minX &&
  Math.min(t.from.x, t.to.x) <= box.maxX &&
  Math.max(t.from.y, t.to.y) >= box.minY &&
  Math.min(t.from.y, t.to.y) <= box.maxY;

/** What one lifting thread contributes, from its geometry alone: cached, a drag changes one thread. */
interface MalarPart {
  /** Its midface pull, newtons. */
  readonly pull: number;
  /** Whether its pull ends on the prominence: at its fixation point, at a barb end, or not at all. */
  readonly place: 'anchored' | 'barb-end' | null;
}

/** A thread's part, kept on its geometry (immutable; made with one atlas's lookup). */
function malarPartOf(g: ThreadGeometry, lookup: AtlasLookup): MalarPart {
  const memo = g.memo.malar;
  if (memo !== undefined && memo.lookup === lookup) return memo;
  let barbedCount = 0;
  let midfaceCount = 0;
  for (const sample of g.samples) {
    if (!sample.barbed) continue;
    barbedCount++;
    if (sample.region !== null && sample.region.area === 'midface') midfaceCount++;
  }
  const pull = barbedCount > 0 && g.traction !== null ? (g.traction.magnitudeN * midfaceCount) / barbedCount : 0;
  // Anchoring in a fixation zone (e.g. the zygomatic arch periosteum, which overlaps the
  // lateral malar region) transmits the pull to bone: that is the remedy, not the problem. A
  // floating design (holding.ts) is anchored nowhere: its barbs grip against each other, so the
  // end the plan names as its fixation end pulls nothing onto the cheekbone (its barb ends still
  // count, below; weak-fixation gives it its floating note).
  const place: MalarPart['place'] =
    isMalar(g.fixationRegion) && lookup.fixationZoneAt(g.fixationPoint) === null && !isFloatingDesign(g)
      ? 'anchored'
      : isMalar(g.barbed!.startRegion) || isMalar(g.barbed!.endRegion)
        ? 'barb-end'
        : null;
  const part = { lookup, pull, place, crossesMalar: undefined };
  g.memo.malar = part;
  return part;
}

export function analyzeMalarSide(side: Side, threads: readonly ThreadGeometry[], lookup: AtlasLookup): MalarSide {
  const anchored: ThreadGeometry[] = [];
  const barbEnds: ThreadGeometry[] = [];
  const convergences: MalarConvergence[] = [];
  const malarThreadIds = new Set<string>();
  const midfacePullN = new Map<string, number>();
  let totalMidfacePullN = 0;

  const lifting = threads.filter((g) => g.isLifting && g.barbed !== null);
  for (const g of lifting) {
    const { pull, place } = malarPartOf(g, lookup);
    midfacePullN.set(g.thread.id, pull);
    totalMidfacePullN += pull;
    if (place === 'anchored') anchored.push(g);
    else if (place === 'barb-end') barbEnds.push(g);
    if (place !== null) malarThreadIds.add(g.thread.id);
  }

  // Traction lines crossing on the prominence. Pairs are few: only threads with a pull that
  // reaches the midface take part, and a side has a handful of those.
  // A crossing inside a malar region lies on both lines and in the regions' box, so lines that
  // miss the box cannot take part.
  const box = malarBoxOf(lookup);
  const pulling: ThreadGeometry[] = [];
  const lines: RulePull[] = [];
  for (const g of lifting) {
    const line = rulePull(g);
    if (line === null || (midfacePullN.get(g.thread.id) ?? 0) <= 0 || !meetsBox(line, box)) continue;
    pulling.push(g);
    lines.push(line);
  }
  for (let i = 0; i < pulling.length; i++) {
    const a = pulling[i]!;
    for (let j = i + 1; j < pulling.length; j++) {
      const b = pulling[j]!;
      const point = segmentIntersection(lines[i]!.from, lines[i]!.to, lines[j]!.from, lines[j]!.to);
      if (point === null || !isMalar(lookup.regionAt(point))) continue;
      convergences.push({ a, b, point });
      malarThreadIds.add(a.thread.id);
      malarThreadIds.add(b.thread.id);
    }
  }

  let malarPull = 0;
  for (const id of malarThreadIds) malarPull += midfacePullN.get(id) ?? 0;
  const share = totalMidfacePullN > 0 ? malarPull / totalMidfacePullN : null;
  return { side, anchored, barbEnds, convergences, malarThreadIds, midfacePullN, totalMidfacePullN, share };
}

/** Spacing of the points a traction line is checked at, millimetres (the analysis's sample step). */
const PULL_STEP_MM = 2;

/**
 * Whether a thread's pull runs over the cheekbone: its traction line (rulePull: barbed centroid to
 * fixation point, or a floating design's barbed line) passes through a malar region. One thread doing all the pulling gathers tissue along
 * its pull toward its anchor (domain.md; the seed on prominent cheekbones), so it piles onto the
 * cheekbone only when that line crosses it: a lower-cheek thread pulled back to the pre-auricular
 * SMAS passes below it. Kept on the geometry (asked for a side's strongest threads only).
 */
export function pullCrossesMalar(g: ThreadGeometry, lookup: AtlasLookup): boolean {
  const memo = g.memo.malar;
  if (memo !== undefined && memo.lookup === lookup && memo.crossesMalar !== undefined) return memo.crossesMalar;
  // The pull every direction rule judges (a floating design's is its barbed line, holding.ts).
  const t = rulePull(g);
  let crosses = false;
  // A line that misses the malar regions' box crosses none of them (most lines of a jowl or neck thread).
  if (t !== null && meetsBox(t, malarBoxOf(lookup))) {
    const length = Math.hypot(t.to.x - t.from.x, t.to.y - t.from.y);
    const steps = Math.max(1, Math.ceil(length / PULL_STEP_MM));
    const probe = { x: 0, y: 0 };
    for (let i = 0; i <= steps && !crosses; i++) {
      probe.x = t.from.x + ((t.to.x - t.from.x) * i) / steps;
      probe.y = t.from.y + ((t.to.y - t.from.y) * i) / steps;
      crosses = isMalar(lookup.regionAt(probe));
    }
  }
  if (memo !== undefined && memo.lookup === lookup) memo.crossesMalar = crosses;
  return crosses;
}

