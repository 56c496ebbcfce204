import type { ThreadType } from '../catalogue/types';
import type { ThreadGeometry } from './thread-geometry';
import type { Threshold } from './types';

/**
 * How a thread holds (domain.md, fixation): bidirectional cogs and two-way cone threads grip
 * against themselves, so placed with no anchor and the usual setting tension they are a floating
 * design, not an anchored lift. Shared by the rules that ask what a thread's fixation end does:
 * weak-fixation (a floating design is a note, not a fault) and the cheekbone rule (a floating
 * design is not anchored where its fixation end happens to lie).
 */

export const FLOATING_TENSION_MAX: Threshold = {
  name: 'floatingTensionMaxN',
  value: 1,
  unit: 'N',
  description:
    'A self-anchoring (bidirectional cog or cone) thread with no fixation zone and at most this tension is a floating design (an info note); with more it is a lift pulled from one end and its fixation end must hold.',
  source:
    "design choice: the usual setting tension of about 1 N per thread (over-tension rule: about 2.2 mm of displacement) is what gathers tissue onto opposed barbs; more than that pulls the tissue toward one end, and the far barb group alone, in mobile tissue, has to carry it. The self-holding of bidirectional barbs and the higher complication rate of floating designs: shared/domain.md (fixation).",
};

/**
 * Barbs that hold both ways: bidirectional cogs, and cone threads (the catalogue's cone threads
 * are double-needle sutures whose cones face the middle from both ends).
 */
export const holdsBothWays = (type: ThreadType | null): boolean =>
  type !== null && (type.configuration === 'cog-bi' || type.configuration === 'cone');

/** A self-anchoring thread placed with no anchor and no more than the usual setting tension. */
export const isFloatingDesign = (g: ThreadGeometry): boolean =>
  holdsBothWays(g.type) && g.thread.fixationZoneId === null && g.thread.tensionN <= FLOATING_TENSION_MAX.value;
