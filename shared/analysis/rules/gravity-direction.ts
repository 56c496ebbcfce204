import type { Rule } from '../context';
import type { ThreadGeometry } from '../thread-geometry';
import { makeFinding } from '../findings';
import { barbedMiddle } from '../highlight';
import type { Finding, Threshold } from '../types';
import { ThreadList, degrees } from '../words';

/**
 * Sagging tissue has descended: a lift pulls it back up, against gravity. A vector that points
 * down pulls tissue further down (domain.md lists "vector pointing with gravity instead of
 * against it" among the failure modes). +y is down on the canonical face.
 */

const BELOW_HORIZONTAL_MAX: Threshold = {
  name: 'belowHorizontalMaxDeg',
  value: 10,
  unit: 'deg',
  description: 'A lifting pull may point at most this far below the horizontal.',
  source:
    'design choice: a nearly horizontal pull (e.g. a jawline thread drawn slightly downward toward the ear) still tightens without dragging tissue down; beyond 10 degrees the downward part of the pull (sin 10 = 17%) starts to work with gravity.',
};

export const gravityDirection: Rule = {
  description: {
    id: 'gravity-direction',
    title: 'Pull with gravity',
    description: 'Flags lifting threads whose traction (from the barbs toward the fixation point) points downward beyond a small tolerance.',
    thresholds: [BELOW_HORIZONTAL_MAX],
  },
  checkThread(g: ThreadGeometry): Finding[] {
    const out: Finding[] = [];
    const traction = g.traction;
    if (!g.isLifting || traction === null) return out;
    const below = (Math.asin(Math.max(-1, Math.min(1, traction.direction.y))) * 180) / Math.PI;
    if (below <= BELOW_HORIZONTAL_MAX.value) return out;
    out.push(
      makeFinding('gravity-direction', 'warning', {
        title: `${ThreadList([g.number])} pulls downward`,
        message: `Its pull points ${degrees(below)} below the horizontal, toward its fixation point. It drags the tissue the way gravity already does, deepening the sag it was meant to lift.`,
        fix:
          g.thread.fixationEnd === 'distal'
            ? 'Anchor the upper end instead (set the fixation end to the entry point), so the barbs pull the tissue up toward a stable zone.'
            : 'Place the fixation end above the barbed section, in a stable zone, so the pull runs upward and outward.',
        threads: [g.thread.id],
        location: barbedMiddle(g) ?? traction.from,
        side: g.side,
        aspect: 'downward',
      }),
    );
    return out;
  },
};
