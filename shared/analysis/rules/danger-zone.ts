import { shallowestZoneDepth, zoneDepthIn } from '../../atlas/queries';
import type { DangerZone } from '../../atlas/types';
import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import type { AtlasLookup } from '../atlas-lookup';
import { OutlineCells } from '../outline-cells';
import { CELL_MM } from '../atlas-raster';
import type { PathSample, ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import type { FindingParam, FindingTextKey } from '../finding-text';

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

/** What injury to each kind of structure does (the texts: messages/*.ts, danger-zone.harm.*). */
const HARM: Readonly<Record<DangerZone['structure'], FindingTextKey>> = {
  nerve: 'danger-zone.harm.nerve',
  duct: 'danger-zone.harm.duct',
  artery: 'danger-zone.harm.artery',
};

/** Structures whose harm differs from their kind's: the great auricular nerve is sensory. */
const HARM_BY_KIND: Partial<Readonly<Record<DangerZone['kind'], FindingTextKey>>> = {
  'great-auricular-nerve': 'danger-zone.harm.great-auricular-nerve',
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
    const atlas = zonesOf(context.lookup);
    const shallowest = atlas.shallowestMm - DEPTH_MARGIN.value;
    // The first sample of the path inside each structure's zone at the structure's depth.
    const hits: { zone: DangerZone; sample: PathSample; fromMm: number }[] = [];
    const samples = g.samples;
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i]!;
      // No zone lies shallower than the shallowest one.
      if (sample.depthMm < shallowest) continue;
      const reach = sample.depthMm + DEPTH_MARGIN.value;
      // No zone that may hold this sample lies within reach: most samples stop here.
      if (atlas.cells.leastAt(sample) > reach) continue;
      for (const zone of context.lookup.dangerZonesReachedAt(sample, reach)) {
        // Where the structure begins here: a structure that changes layer along its course
        // (the temporal branch) lies at its depth in this sample's region.
        const fromMm = zoneDepthIn(zone, sample.region?.kind ?? null);
        if (fromMm > reach) continue;
        // One finding per structure: the facial artery, say, has two zones (jaw and fold).
        if (!hits.some((h) => h.zone.kind === zone.kind)) hits.push({ zone, sample, fromMm });
      }
    }
    return hits.map(({ zone, sample, fromMm }) => toFinding(g, zone, sample, fromMm));
  },
};

/** Per atlas lookup: the depth of its shallowest danger zone's structure, and each place's shallowest zone (outline-cells.ts). */
interface AtlasZones {
  readonly shallowestMm: number;
  readonly cells: OutlineCells;
}

const zonesByLookup = new WeakMap<AtlasLookup, AtlasZones>();

function zonesOf(lookup: AtlasLookup): AtlasZones {
  let zones = zonesByLookup.get(lookup);
  if (zones === undefined) {
    const all = lookup.atlas.dangerZones;
    const depths = all.map(shallowestZoneDepth);
    zones = { shallowestMm: Math.min(...depths), cells: new OutlineCells(lookup.outlineIndex('dangerZones'), zoneDepthInCell(lookup)) };
    zonesByLookup.set(lookup, zones);
  }
  return zones;
}

/**
 * The shallowest a zone's structure lies within one cell: for a zone whose depth depends on the
 * region (DangerZone.depthByRegionMm), the least over the regions that may hold a point of the
 * cell and its own depth (for a point outside them), so the temporal branch's shallower depth
 * above the brow does not send every temple sample to the exact lookup. The region index lies on
 * the same 2 mm lattice (atlas-raster.ts), so the cell is one cell of it.
 */
function zoneDepthInCell(lookup: AtlasLookup): (item: number, x0: number, y0: number) => number {
  const zones = lookup.atlas.dangerZones;
  const regions = lookup.atlas.regions;
  const index = lookup.outlineIndex('regions');
  return (item, x0, y0) => {
    const zone = zones[item]!;
    if (zone.depthByRegionMm === undefined) return zone.depthFromMm;
    const col = Math.floor((x0 + CELL_MM / 2 - index.minX) / CELL_MM);
    const row = Math.floor((y0 + CELL_MM / 2 - index.minY) / CELL_MM);
    // Off the regions' grid no region holds a point: the zone's own depth.
    if (!(col >= 0 && col < index.cols && row >= 0 && row < index.rows)) return zone.depthFromMm;
    const cell = row * index.cols + col;
    let least = zone.depthFromMm;
    for (let k = index.cellStart[cell]!, end = index.cellStart[cell + 1]!; k < end; k++) least = Math.min(least, zoneDepthIn(zone, regions[index.entryItem[k]!]!.kind));
    return least;
  };
}

/** The finding for the first sample of a path at a structure's depth (`fromMm`, where the structure begins there). */
function toFinding(g: ThreadGeometry, zone: DangerZone, sample: PathSample, fromMm: number): Finding {
  const structure = { danger: zone.kind };
  return makeFinding('danger-zone', 'critical', {
    text: {
      id: 'danger-zone',
      params: {
        thread: { threads: [g.number], start: true },
        structure,
        depth: depthWords(sample.depthMm, fromMm, structure),
        harm: { text: HARM_BY_KIND[zone.kind] ?? HARM[zone.structure] },
        aboveMm: { mm: fromMm - DEPTH_MARGIN.value },
      },
    },
    threads: [g.thread.id],
    location: sample,
    side: g.side,
    aspect: zone.kind,
  });
}

/** Never self-contradictory: "within 1 mm of" above the layer, "reaches" at or below it. */
function depthWords(depthMm: number, fromMm: number, structure: FindingParam): FindingParam {
  const params = { depthMm: { mm: depthMm }, fromMm: { mm: fromMm }, structure };
  if (depthMm < fromMm) return { text: 'danger-zone.depth.near', params: { ...params, marginMm: { mm: DEPTH_MARGIN.value } } };
  return { text: 'danger-zone.depth.in', params };
}
