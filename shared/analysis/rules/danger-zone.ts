import type { Atlas, DangerZone } from '../../atlas/types';
import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import type { PathSample, ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import { ThreadList, dangerWords, mm } from '../words';

/**
 * Nerves, the parotid duct and arteries lie in known areas at known layers (domain.md gives the
 * average courses; people vary). A path inside a zone at or near the depth of its structure can
 * injure it: facial weakness, numbness, a salivary fistula, bleeding.
 */

const DEPTH_MARGIN: Threshold = {
  name: 'dangerDepthMarginMm',
  value: 1,
  unit: 'mm',
  description: "A path inside a danger zone is at risk from this far above the structure's depth downward.",
  source:
    'design choice: the structures\' positions and depths are averages and vary between people (domain.md), and a cannula tip is about 1 mm across.',
};

const HARM: Readonly<Record<DangerZone['structure'], string>> = {
  nerve: 'Injury to the nerve can weaken the muscles it supplies, sometimes for months.',
  duct: 'Piercing the duct can cause a salivary leak, a swelling (sialocele) or a fistula.',
  artery: 'Piercing the artery can cause a haematoma, and a thread inside it risks compromising the blood supply.',
};

/** Structures whose harm differs from their kind's: the great auricular nerve is sensory. */
const HARM_BY_KIND: Partial<Readonly<Record<DangerZone['kind'], string>>> = {
  'great-auricular-nerve':
    'This nerve carries feeling, not movement: injury numbs the lower ear, the jaw angle and the skin in front of the ear, or leaves it painful, sometimes for good.',
};

export const dangerZone: Rule = {
  description: {
    id: 'danger-zone',
    title: 'Path through a danger zone',
    description:
      "Critical when a path passes through a nerve, duct or artery zone of the atlas at or within a margin above the depth where that structure lies. Zone depths come from the atlas tissue table, the layer model the depth profile draws. The fixation zones are drawn clear of the nerves, so a subcutaneous path or an anchor bite there is not flagged for them; where an artery crosses an anchor zone (the superficial temporal artery over the deep temporal fascia band) a bite through the artery's layer is flagged.",
    thresholds: [DEPTH_MARGIN],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    const shallowest = shallowestZoneMm(context.lookup.atlas) - DEPTH_MARGIN.value;
    // The first sample of the path inside each structure's zone at the structure's depth.
    const hits: { zone: DangerZone; sample: PathSample }[] = [];
    for (const sample of g.samples) {
      // No zone lies shallower than the shallowest one: most samples stop here.
      if (sample.depthMm < shallowest) continue;
      for (const zone of context.lookup.dangerZonesReachedAt(sample, sample.depthMm + DEPTH_MARGIN.value)) {
        // One finding per structure: the facial artery, say, has two zones (jaw and fold).
        if (!hits.some((h) => h.zone.kind === zone.kind)) hits.push({ zone, sample });
      }
    }
    return hits.map(({ zone, sample }) => toFinding(g, zone, sample));
  },
};

const shallowest = new WeakMap<Atlas, number>();

/** The depth of the shallowest structure of the atlas's danger zones, once per atlas. */
function shallowestZoneMm(atlas: Atlas): number {
  let depth = shallowest.get(atlas);
  if (depth === undefined) {
    depth = Math.min(...atlas.dangerZones.map((z) => z.depthFromMm));
    shallowest.set(atlas, depth);
  }
  return depth;
}

function toFinding(g: ThreadGeometry, zone: DangerZone, sample: PathSample): Finding {
  const name = dangerWords(zone.kind);
  return makeFinding('danger-zone', 'critical', {
    title: `${ThreadList([g.number])} passes through the ${name} zone`,
    message: `${depthWords(sample.depthMm, zone.depthFromMm, name)} ${HARM_BY_KIND[zone.kind] ?? HARM[zone.structure]}`,
    fix: `Reroute the path around the zone, or keep it clearly shallower there (above ${mm(zone.depthFromMm - DEPTH_MARGIN.value)}) while still in its own layer.`,
    threads: [g.thread.id],
    location: sample,
    side: g.side,
    aspect: zone.kind,
  });
}

/** Never self-contradictory: "within 1 mm of" above the layer, "reaches" at or below it. */
function depthWords(depthMm: number, fromMm: number, name: string): string {
  if (depthMm < fromMm) {
    return `At ${mm(depthMm)} deep the path comes within ${mm(DEPTH_MARGIN.value)} of the layer of the ${name} (from about ${mm(fromMm)}).`;
  }
  return `At ${mm(depthMm)} deep the path lies in or below the layer of the ${name} (from about ${mm(fromMm)}).`;
}
