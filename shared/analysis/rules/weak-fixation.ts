import type { FixationZone } from '../../atlas/types';
import type { FacePoint } from '../../geometry/types';
import { withinPolygonOrNear } from '../../geometry/polyline';
import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import { FLOATING_TENSION_MAX, holdsBothWays, isFloatingDesign } from '../holding';
import type { ThreadGeometry } from '../thread-geometry';
import type { FindingParam } from '../finding-text';
import type { Finding, Threshold } from '../types';

/**
 * A lifting thread holds only as well as its anchor. The upper end is usually fixed in a stable
 * zone (deep temporal fascia 1-3 cm in front of the tragus, zygomatic arch periosteum, lateral
 * orbital rim; and, for the lower face, neck and brow, the fixed pre-auricular SMAS, the mastoid
 * fascia and the temporal scalp), behind the vertical line down from the lateral orbital rim
 * where the retaining ligaments are; in front of that line the face is mobile (domain.md). A
 * thread pulled from an end in mobile tissue slides back and the lift is lost.
 *
 * How a thread holds decides what "no anchor" means (domain.md, fixation):
 * - Bidirectional cogs and cone threads whose cones face both ways hold themselves: the two barb
 *   groups grip against each other. Placed floating (no fixation zone) and set with no more than
 *   the usual setting tension, that is a recognized design, not a fault; floating designs report
 *   more complications than anchored ones, so it gets an info note.
 * - The same thread tensioned beyond that is being used as a lift from one end, and the end it
 *   pulls from must hold like any other anchor.
 * - Unidirectional cogs always pull toward their fixation end.
 * - Smooth threads do not lift at all (smooth-thread-lift).
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
      "Flags lifting threads whose fixation end lies in the mobile face (in front of the fixed/mobile line), outside every fixation zone, or outside the fixation zone the plan names for it. Fixation zones: the deep temporal fascia band, the zygomatic arch, the lateral orbital rim, the pre-auricular SMAS (jawline and jowl), the mastoid fascia (neck) and the temporal scalp (brow). Bidirectional cogs and two-way cone threads hold themselves: placed floating with no more than the usual setting tension they get an info note (floating designs report more complications), not a warning.",
    thresholds: [ZONE_EDGE_TOLERANCE, FLOATING_TENSION_MAX],
  },
  checkThread(g: ThreadGeometry, context: ThreadRuleContext): Finding[] {
    if (!g.isLifting) return [];
    const finding = checkFixation(g, context);
    return finding ? [finding] : [];
  },
};

const inZone = (zone: FixationZone, p: FacePoint): boolean => withinPolygonOrNear(p, zone.outline, ZONE_EDGE_TOLERANCE.value);

/** One fixation zone named in a sentence ("the zygomatic arch"). */
const zoneName = (kind: FixationZone['kind']): FindingParam => ({ text: 'weak-fixation.zone', params: { zone: { fixation: kind } } });

/** The fixation zones of one side in words: "a, b or c". */
function zoneList(context: ThreadRuleContext, side: ThreadGeometry['side']): FindingParam {
  const names = context.lookup.atlas.fixationZones.filter((z) => z.side === side).map((z) => zoneName(z.kind));
  return names.length === 0 ? { text: 'weak-fixation.anyZone' } : { orList: names };
}

function checkFixation(g: ThreadGeometry, context: ThreadRuleContext): Finding | null {
  const p = g.fixationPoint;
  const thread = { threads: [g.number], start: true };
  if (isFloatingDesign(g)) {
    return makeFinding('weak-fixation', 'info', {
      threads: [g.thread.id],
      // The note is about the whole thread: it points at the middle of its grip.
      location: g.barbed?.centroid ?? p,
      side: g.side,
      text: { id: 'weak-fixation.floating', params: { thread, zones: zoneList(context, g.side) } },
      aspect: 'floating',
    });
  }
  const end: FindingParam = { text: g.thread.fixationEnd === 'entry' ? 'weak-fixation.entryEnd' : 'weak-fixation.farEnd' };
  // A self-anchoring thread only reaches here when tensioned as a lift from one end: say so.
  const oneEnd: FindingParam =
    holdsBothWays(g.type) && g.thread.fixationZoneId === null
      ? { text: 'weak-fixation.oneEnd', params: { tension: { newtons: g.thread.tensionN }, max: { newtons: FLOATING_TENSION_MAX.value } } }
      : '';
  const declaredId = g.thread.fixationZoneId;
  const declared = declaredId === null ? null : context.lookup.fixationZoneById(declaredId);
  const nearZone = context.lookup.atlas.fixationZones.some((z) => z.side === g.side && inZone(z, p));

  if (!nearZone && !context.lookup.isFixedFace(p)) {
    return makeFinding('weak-fixation', 'warning', {
      threads: [g.thread.id],
      location: p,
      side: g.side,
      text: { id: 'weak-fixation.mobile-face', params: { thread, end, oneEnd, zones: zoneList(context, g.side) } },
      aspect: 'mobile-face',
    });
  }
  if (declaredId !== null && (declared === null || declared.side !== g.side || !inZone(declared, p))) {
    const what: FindingParam = declared === null ? { text: 'weak-fixation.unknownZone', params: { id: declaredId } } : zoneName(declared.kind);
    const otherSide: FindingParam = declared !== null && declared.side !== g.side ? { text: 'weak-fixation.otherSide' } : '';
    return makeFinding('weak-fixation', 'warning', {
      threads: [g.thread.id],
      location: p,
      side: g.side,
      text: { id: 'weak-fixation.zone-mismatch', params: { thread, what, end, otherSide } },
      aspect: 'zone-mismatch',
    });
  }
  if (!nearZone) {
    return makeFinding('weak-fixation', 'warning', {
      threads: [g.thread.id],
      location: p,
      side: g.side,
      text: { id: 'weak-fixation.no-zone', params: { thread, end, oneEnd, zones: zoneList(context, g.side) } },
      aspect: 'no-zone',
    });
  }
  return null;
}
