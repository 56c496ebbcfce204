import type { FixationZone } from '../../atlas/types';
import type { ThreadType } from '../../catalogue/types';
import type { FacePoint } from '../../geometry/types';
import { withinPolygonOrNear } from '../../geometry/polyline';
import type { Rule, ThreadRuleContext } from '../context';
import { makeFinding } from '../findings';
import type { ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import { ThreadList, fixationWords, newtons } from '../words';

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

const FLOATING_TENSION_MAX: Threshold = {
  name: 'floatingTensionMaxN',
  value: 1,
  unit: 'N',
  description:
    'A self-anchoring (bidirectional cog or cone) thread with no fixation zone and at most this tension is a floating design (an info note); with more it is a lift pulled from one end and its fixation end must hold.',
  source:
    "design choice: the usual setting tension of about 1 N per thread (over-tension rule: about 2.2 mm of displacement) is what gathers tissue onto opposed barbs; more than that pulls the tissue toward one end, and the far barb group alone, in mobile tissue, has to carry it. The self-holding of bidirectional barbs and the higher complication rate of floating designs: shared/domain.md (fixation).",
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

/**
 * Barbs that hold both ways: bidirectional cogs, and cone threads (the catalogue's cone threads
 * are double-needle sutures whose cones face the middle from both ends).
 */
export const holdsBothWays = (type: ThreadType | null): boolean =>
  type !== null && (type.configuration === 'cog-bi' || type.configuration === 'cone');

/** A self-anchoring thread placed with no anchor and no more than the usual setting tension. */
const isFloatingDesign = (g: ThreadGeometry): boolean =>
  holdsBothWays(g.type) && g.thread.fixationZoneId === null && g.thread.tensionN <= FLOATING_TENSION_MAX.value;

/** The fixation zones of one side in words: "a, b and c". */
function zoneList(context: ThreadRuleContext, side: ThreadGeometry['side']): string {
  const names = context.lookup.atlas.fixationZones.filter((z) => z.side === side).map((z) => `the ${fixationWords(z.kind)}`);
  if (names.length === 0) return 'a fixation zone';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function checkFixation(g: ThreadGeometry, context: ThreadRuleContext): Finding | null {
  const p = g.fixationPoint;
  const n = ThreadList([g.number]);
  if (isFloatingDesign(g)) {
    return makeFinding('weak-fixation', 'info', {
      threads: [g.thread.id],
      // The note is about the whole thread: it points at the middle of its grip.
      location: g.barbed?.centroid ?? p,
      side: g.side,
      title: `${n} is a floating thread`,
      message: `Its barbs hold both ways, so it grips the tissue without an anchor. Floating designs are common, but they report more complications than anchored ones (slipping, irregularities), so check the barbs lie where the tissue is to be held.`,
      fix: `To anchor it instead, end it in ${zoneList(context, g.side)} and name that zone for the thread.`,
      aspect: 'floating',
    });
  }
  const end = g.thread.fixationEnd === 'entry' ? 'entry end' : 'far end';
  // A self-anchoring thread only reaches here when tensioned as a lift from one end: say so.
  const oneEnd =
    holdsBothWays(g.type) && g.thread.fixationZoneId === null
      ? ` Its barbs hold both ways, but ${newtons(g.thread.tensionN)} of tension (a floating thread is set with at most ${newtons(FLOATING_TENSION_MAX.value)}) pulls it as a lift from this end.`
      : '';
  const declaredId = g.thread.fixationZoneId;
  const declared = declaredId === null ? null : context.lookup.fixationZoneById(declaredId);
  const nearZone = context.lookup.atlas.fixationZones.some((z) => z.side === g.side && inZone(z, p));

  if (!nearZone && !context.lookup.isFixedFace(p)) {
    return makeFinding('weak-fixation', 'warning', {
      threads: [g.thread.id],
      location: p,
      side: g.side,
      title: `${n} is anchored in mobile tissue`,
      message: `Its fixation point (the ${end}) lies in front of the line down from the lateral orbital rim, in the mobile face, away from the retaining ligaments. Mobile tissue does not hold the thread: it slides back and the lift is lost, or the barbs tear through.${oneEnd}`,
      fix: `Move the fixation end behind the ligament line, into ${zoneList(context, g.side)}.`,
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
      message: `Its fixation point (the ${end}) lies in the fixed lateral face but outside every fixation zone. Without a firm anchor the thread can slip and lose its lift.${oneEnd}`,
      fix: `End the thread in ${zoneList(context, g.side)}.`,
      aspect: 'no-zone',
    });
  }
  return null;
}
