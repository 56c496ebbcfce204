import type { AnchorLayer, FixationZone, RegionKind } from '../../atlas/types';
import type { IntendedLayer } from '../../catalogue/types';
import type { Rule, ThreadRuleContext } from '../context';
import { DEEP_TOLERANCE, anchorLayerAt, deepLimitMm, nerveFromMm } from '../depth-window';
import type { FindingParam } from '../finding-text';
import { makeFinding } from '../findings';
import { type Stretch, longestOf, mainRegion, middleOf, stretchesWhere } from '../stretches';
import { isSmoothType, type PathSample, type ThreadGeometry } from '../thread-geometry';
import type { Finding } from '../types';

/**
 * Each thread type has its plane (domain.md): lifting threads in the subcutaneous fat (or the
 * SMAS where that is the technique), mono threads just under the dermis or in the fat. A path
 * below its plane grips the wrong tissue; below the SMAS it runs where the facial nerve branches
 * run (domain.md, danger zones: they lie at or under the SMAS), and in the temple the branch lies
 * on the undersurface of the temporoparietal fascia, the SMAS itself. The plane limits and the
 * nerve planes per region are in depth-window.ts, shared with the depth profile.
 *
 * A warning where only the plane is wrong; critical where the path reaches the plane of a nerve
 * branch. Inside a fixation zone the anchor bite may go down to the zone's layer.
 */

interface Verdict {
  /** The stretch the finding names: the longest in a nerve's plane when there is one, else the longest too deep. */
  readonly named: Stretch;
  readonly critical: boolean;
  readonly totalMm: number;
  readonly stretchCount: number;
}

export const deepPath: Rule = {
  description: {
    id: 'deep-path',
    title: 'Path too deep',
    description:
      "Compares the depth along each path with the bottom of the thread type's plane in the region it crosses (subdermal and subcutaneous threads: the bottom of the fat; SMAS threads: the bottom of the SMAS): a warning below it, critical where the path reaches the plane of a nerve branch (under the SMAS in the cheek, jowl, jaw, chin, brow and neck; the SMAS itself in the temple). Inside a fixation zone the anchor bite may go down to the zone's layer. The finding names one stretch, its length and the region it mostly lies in, in title and text, and points at its middle; the depth profile marks the same stretches.",
    thresholds: [DEEP_TOLERANCE],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    // Most paths lie above the bottom of their plane everywhere: then no sample is too deep
    // whatever the anchor zones allow (an anchor only lowers the limit), and nothing is made.
    if (!belowPlaneAnywhere(g)) return [];
    const zones = g.isLifting ? context.lookup.atlas.fixationZones.filter((z) => z.side === g.side) : [];
    const verdict = judge(g, zones);
    return verdict ? [toFinding(g, verdict)] : [];
  },
};

const layerOf = (g: ThreadGeometry): IntendedLayer => g.type?.layer ?? 'subcutaneous';

/** Too deep at this sample: below the plane (the anchor zone is looked up only when that is so). */
function tooDeep(layer: IntendedLayer, sample: PathSample, zones: readonly FixationZone[]): boolean {
  if (sample.depthMm - deepLimitMm(layer, sample.tissue, null) <= 1e-9) return false;
  const anchor: AnchorLayer | null = zones.length === 0 ? null : anchorLayerAt(zones, sample);
  return anchor === null || sample.depthMm - deepLimitMm(layer, sample.tissue, anchor) > 1e-9;
}

/** Whether any sample lies below the plane's bottom without an anchor (tooDeep's first test). */
function belowPlaneAnywhere(g: ThreadGeometry): boolean {
  const layer = layerOf(g);
  const samples = g.samples;
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i]!;
    if (!(sample.depthMm - deepLimitMm(layer, sample.tissue, null) <= 1e-9)) return true;
  }
  return false;
}

const inNervePlane = (sample: PathSample): boolean => {
  const from = nerveFromMm(sample.region?.kind ?? null, sample.tissue);
  return from !== null && sample.depthMm - from >= -1e-9;
};

function judge(g: ThreadGeometry, zones: readonly FixationZone[]): Verdict | null {
  const layer = layerOf(g);
  const deep = g.samples.map((sample) => tooDeep(layer, sample, zones));
  const stretches = stretchesWhere(g, deep);
  if (stretches.length === 0) return null;
  const nerve = stretchesWhere(g, g.samples.map((sample, i) => deep[i]! && inNervePlane(sample)));
  return {
    named: nerve.length > 0 ? longestOf(nerve) : longestOf(stretches),
    critical: nerve.length > 0,
    totalMm: stretches.reduce((sum, st) => sum + st.lengthMm, 0),
    stretchCount: stretches.length,
  };
}

const deepestOf = (stretch: Stretch): PathSample => stretch.samples.reduce((best, s) => (s.depthMm > best.depthMm ? s : best));

/** Where a stretch mostly lies, as the depth findings say it ("in the jowl"). */
const inRegion = (kind: RegionKind | null): FindingParam => (kind ? { text: 'region.in', params: { region: { region: kind } } } : { text: 'region.outside' });

function toFinding(g: ThreadGeometry, v: Verdict): Finding {
  const layer = layerOf(g);
  const kind = mainRegion(v.named);
  const deepest = deepestOf(v.named);
  // The shallowest bottom of the plane over the stretch: above it the whole stretch is back in its layer.
  let bottomMm = Infinity;
  for (const s of v.named.samples) bottomMm = Math.min(bottomMm, deepLimitMm(layer, s.tissue, null) - DEEP_TOLERANCE.value);
  const others: FindingParam =
    v.stretchCount > 1
      ? { text: 'deep-path.others.stretches', params: { total: { mm: v.totalMm }, count: v.stretchCount } }
      : v.totalMm > v.named.lengthMm + 0.05
        ? { text: 'deep-path.others.below', params: { total: { mm: v.totalMm } } }
        : '';
  // The parameters, every one named (no spreads: a finding is made on every analysis that has it).
  const thread = { threads: [g.number], start: true };
  const length = { mm: v.named.lengthMm };
  const where = inRegion(kind);
  const depth = { mm: deepest.depthMm };
  const layerWords = { text: `deep-path.layer.${layer}` as const };
  const bottom = { mm: bottomMm };
  // A smooth thread has no barbs and lifts nothing: its reasons say what it does lose.
  const smooth = isSmoothType(g.type);
  const deepWhy = { text: smooth ? ('deep-path.why.smooth' as const) : ('deep-path.why.barbed' as const) };
  const nerveWhy = { text: smooth ? ('deep-path.nerve.smooth' as const) : ('deep-path.nerve.barbed' as const) };
  if (v.critical) {
    const nerveKind = deepest.region?.kind ?? kind;
    const from = nerveFromMm(deepest.region?.kind ?? null, deepest.tissue) ?? deepest.depthMm;
    return makeFinding('deep-path', 'critical', {
      threads: [g.thread.id],
      location: middleOf(v.named),
      side: g.side,
      text: {
        id: 'deep-path.nerve-plane',
        params: { thread, length, where, depth, layer: layerWords, bottom, others, nerve: { nerve: nerveKind }, from: { mm: from }, why: nerveWhy },
      },
      aspect: 'nerve-plane',
    });
  }
  return makeFinding('deep-path', 'warning', {
    threads: [g.thread.id],
    location: middleOf(v.named),
    side: g.side,
    text: {
      id: 'deep-path.too-deep',
      params: { thread, length, where, depth, layer: layerWords, bottom, others, end: { mm: deepLimitMm(layer, deepest.tissue, null) - DEEP_TOLERANCE.value }, why: deepWhy },
    },
    aspect: 'too-deep',
  });
}
