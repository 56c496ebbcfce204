import type { Rule } from '../context';
import { makeFinding } from '../findings';
import { isSmoothType, type ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import type { FindingParam } from '../finding-text';

/**
 * Smooth mono and screw threads are made for tightening and collagen stimulation, not lifting:
 * they hold about 0.2 N against about 1.9 N for a cog thread (domain.md, cadaver data) and, with
 * nothing to grip, a smooth thread under load migrates "like a needle through oil".
 */

const SMOOTH_TENSION_MAX: Threshold = {
  name: 'smoothTensionMaxN',
  value: 0,
  unit: 'N',
  description: 'Any tension above this on a smooth thread, or a fixation zone for it, means it is being used to lift.',
  source: 'design choice: smooth threads are laid without tension; any planned tension or anchor shows a lifting intent they cannot hold (0.2 N vs ~1.9 N for a cog thread, domain.md).',
};

export const smoothThreadLift: Rule = {
  description: {
    id: 'smooth-thread-lift',
    title: 'Smooth thread used to lift',
    description: 'Flags a smooth (mono or screw) thread planned with tension or with a fixation zone, that is, used as a lifting vector.',
    thresholds: [SMOOTH_TENSION_MAX],
  },
  checkThread(g: ThreadGeometry): Finding[] {
    const out: Finding[] = [];
    if (!isSmoothType(g.type)) return out;
    const tensioned = g.thread.tensionN > SMOOTH_TENSION_MAX.value;
    const anchored = g.thread.fixationZoneId !== null;
    if (!tensioned && !anchored) return out;
    const tension = { newtons: g.thread.tensionN };
    const how: FindingParam = tensioned
      ? { text: anchored ? 'smooth-thread-lift.how.both' : 'smooth-thread-lift.how.tension', params: { tension } }
      : { text: 'smooth-thread-lift.how.anchor' };
    out.push(
      makeFinding('smooth-thread-lift', 'warning', {
        text: { id: 'smooth-thread-lift', params: { thread: { threads: [g.number], start: true }, how } },
        threads: [g.thread.id],
        location: g.fixationPoint,
        side: g.side,
        aspect: tensioned ? 'tensioned' : 'anchored',
      }),
    );
    return out;
  },
};
