import type { FixationZone } from '../../atlas/types';
import type { FacePoint } from '../../geometry/types';
import { distanceToSegment, pointInPolygon } from '../../geometry/polyline';
import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import type { ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import { ThreadList, fixationWords } from '../words';

/**
 * A lifting thread holds only as well as its anchor. The upper end is usually fixed in a stable
 * zone (deep temporal fascia 1-3 cm in front of the tragus, zygomatic arch periosteum, lateral
 * orbital rim), behind the vertical line down from the lateral orbital rim where the retaining
 * ligaments are; in front of that line the face is mobile (domain.md). A thread ending in mobile
 * tissue with no fixation slides back and the lift is lost.
 */

const ZONE_EDGE_TOLERANCE: Threshold = {
  name: 'zoneEdgeToleranceMm',
  value: 2,
  unit: 'mm',
  description: 'A fixation point this close to a fixation zone\'s outline counts as inside it.',
  source: 'design choice: the zones are average positions drawn on a schematic face; 2 mm is the precision of placing a point on the diagram at normal zoom.',
};

export const weakFixation: Rule = {
  description: {
    id: 'weak-fixation',
    title: 'Weak fixation',
    description:
      "Flags lifting threads whose fixation end lies in the mobile face (in front of the fixed/mobile line), outside every fixation zone, or outside the fixation zone the plan names for it.",
    thresholds: [ZONE_EDGE_TOLERANCE],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    if (!g.isLifting) return [];
    const finding = checkFixation(g, context);
    return finding ? [finding] : [];
  },
};

function inZone(zone: FixationZone, p: FacePoint): boolean {
  if (pointInPolygon(p, zone.outline)) return true;
  const o = zone.outline;
  for (let i = 0, j = o.length - 1; i < o.length; j = i++) {
    if (distanceToSegment(p, o[j]!, o[i]!) <= ZONE_EDGE_TOLERANCE.value) return true;
  }
  return false;
}

function checkFixation(g: ThreadGeometry, context: ThreadRuleContext): Finding | null {
  const p = g.fixationPoint;
  const n = ThreadList([g.number]);
  const end = g.thread.fixationEnd === 'entry' ? 'entry end' : 'far end';
  const declaredId = g.thread.fixationZoneId;
  const declared = declaredId === null ? null : context.lookup.fixationZoneById(declaredId);
  const nearZone = context.lookup.atlas.fixationZones.some((z) => z.side === g.side && inZone(z, p));

  if (!nearZone && !context.lookup.isFixedFace(p)) {
    return makeFinding('weak-fixation', 'warning', {
      threads: [g.thread.id],
      location: p,
      side: g.side,
      title: `${n} is anchored in mobile tissue`,
      message: `Its fixation point (the ${end}) lies in front of the line down from the lateral orbital rim, in the mobile face, away from the retaining ligaments. Mobile tissue does not hold the thread: it slides back and the lift is lost, or the barbs tear through.`,
      fix: 'Move the fixation end behind the ligament line, into the deep temporal fascia band 1-3 cm in front of the tragus or onto the zygomatic arch.',
      aspect: 'mobile-face',
    });
  }
  if (declaredId !== null && (declared === null || declared.side !== g.side || !inZone(declared, p))) {
    const what = declared === null ? `a fixation zone the atlas does not know (${declaredId})` : `the ${fixationWords(declared.kind)}`;
    return makeFinding('weak-fixation', 'warning', {
      threads: [g.thread.id],
      location: p,
      side: g.side,
      title: `${n} is not anchored where the plan says`,
      message: `The plan anchors it in ${what}, but its fixation point (the ${end}) lies outside that zone${declared !== null && declared.side !== g.side ? ' (the zone is on the other side)' : ''}. The anchor the plan relies on is not where the thread ends.`,
      fix: 'Move the fixation end into the named zone, or name the zone the thread actually ends in.',
      aspect: 'zone-mismatch',
    });
  }
  if (!nearZone) {
    return makeFinding('weak-fixation', 'warning', {
      threads: [g.thread.id],
      location: p,
      side: g.side,
      title: `${n} has no stable anchor`,
      message: `Its fixation point (the ${end}) lies in the fixed lateral face but outside the deep temporal fascia band, the zygomatic arch and the lateral orbital rim. Without a firm anchor the thread can slip and lose its lift.`,
      fix: 'End the thread in one of the fixation zones shown on the diagram.',
      aspect: 'no-zone',
    });
  }
  return null;
}
