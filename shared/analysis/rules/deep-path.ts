import type { AnchorLayer, FixationZone, RegionKind } from '../../atlas/types';
import type { IntendedLayer } from '../../catalogue/types';
import type { Rule, ThreadRuleContext } from '../context';
import { DEEP_TOLERANCE, NERVE_PLANE, anchorLayerAt, deepLimitMm, nerveFromMm } from '../depth-window';
import { makeFinding } from '../findings';
import { type Stretch, longestOf, mainRegion, middleOf, stretchesWhere } from '../stretches';
import type { PathSample, ThreadGeometry } from '../thread-geometry';
import type { Finding } from '../types';
import { ThreadList, mm, regionWords } from '../words';

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

const WHY_DEEP =
  'Below its layer a thread grips tissue it is not made for: the barbs hold less predictably, the pull reaches the deeper layers, and the nerves that run under the SMAS come closer. The layer depths are averages: check the depth on the patient.';
const WHY_NERVE =
  'At this depth the cannula and the barbs can injure the nerve: weakness of the muscles a facial nerve branch supplies, or numbness where a sensory nerve (the great auricular) is hurt, sometimes for months.';

const LAYER_WORDS: Readonly<Record<IntendedLayer, string>> = {
  subdermal: 'layer just under the skin or the fat below it',
  subcutaneous: 'subcutaneous fat',
  smas: 'SMAS',
};

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

const inRegion = (kind: RegionKind | null): string => (kind ? `in the ${regionWords(kind)}` : `in ${regionWords(kind)}`);

function toFinding(g: ThreadGeometry, v: Verdict): Finding {
  const n = ThreadList([g.number]);
  const layer = layerOf(g);
  const length = mm(v.named.lengthMm);
  const kind = mainRegion(v.named);
  const where = inRegion(kind);
  const deepest = deepestOf(v.named);
  // The shallowest bottom of the plane over the stretch: above it the whole stretch is back in its layer.
  const bottom = Math.min(...v.named.samples.map((s) => deepLimitMm(layer, s.tissue, null) - DEEP_TOLERANCE.value));
  const others =
    v.stretchCount > 1
      ? ` In all, ${mm(v.totalMm)} of the path in ${v.stretchCount} separate stretches is too deep.`
      : v.totalMm > v.named.lengthMm + 0.05
        ? ` In all, ${mm(v.totalMm)} of the path lies below its layer.`
        : '';
  const fix = `Bring this stretch up to ${mm(bottom)} or shallower, into the ${LAYER_WORDS[layer]}.`;
  const common = { fix, threads: [g.thread.id], location: middleOf(v.named), side: g.side };
  if (v.critical) {
    const nerveKind = deepest.region?.kind ?? kind;
    const nerve = nerveKind ? NERVE_PLANE[nerveKind].nerve : 'a nerve branch';
    const from = nerveFromMm(deepest.region?.kind ?? null, deepest.tissue) ?? deepest.depthMm;
    return makeFinding('deep-path', 'critical', {
      ...common,
      title: `${n} runs too deep over ${length}, mostly ${where}, in the plane of a nerve`,
      message: `Over ${length}, mostly ${where}, it lies below the ${LAYER_WORDS[layer]} and reaches the plane of ${nerve} (at ${mm(deepest.depthMm)}, where that plane begins at about ${mm(from)}).${others} ${WHY_NERVE}`,
      aspect: 'nerve-plane',
    });
  }
  return makeFinding('deep-path', 'warning', {
    ...common,
    title: `${n} runs too deep over ${length}, mostly ${where}`,
    message: `Over ${length}, mostly ${where}, it lies below the ${LAYER_WORDS[layer]} (at ${mm(deepest.depthMm)}, where that layer ends at about ${mm(deepLimitMm(layer, deepest.tissue, null) - DEEP_TOLERANCE.value)}).${others} ${WHY_DEEP}`,
    aspect: 'too-deep',
  });
}
