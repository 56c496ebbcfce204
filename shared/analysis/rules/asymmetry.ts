import type { AnalysisContext, Rule } from '../context';
import { makeFinding } from '../findings';
import { angleDifferenceDeg } from '../metrics';
import type { Finding, Threshold } from '../types';
import { degrees, newtons, percent } from '../words';

/**
 * Left/right asymmetry of count, direction or force gives an uneven result (domain.md). Compared
 * on the metrics: thread count per side, total traction per side, and the direction of each
 * side's resultant measured from its own lateral horizontal (so a mirrored plan matches).
 * A one-sided plan may be deliberate (correcting an existing asymmetry): it gets an info note.
 */

const COUNT_WARNING: Threshold = {
  name: 'countDifferenceWarning',
  value: 2,
  unit: 'threads',
  description: 'A difference of this many threads between the sides is a warning; a difference of one is an info note.',
  source: 'design choice: one extra thread is a common way to correct an existing asymmetry; two or more usually means one side was forgotten or overloaded.',
};

const FORCE_DIFFERENCE: Threshold = {
  name: 'forceDifferenceMax',
  value: 0.25,
  unit: 'share',
  description: "Largest accepted difference in total traction, as a share of the stronger side's.",
  source: 'design choice: a quarter is about the tension of one of four threads; a larger imbalance lifts one side visibly more.',
};

const DIRECTION_DIFFERENCE: Threshold = {
  name: 'directionDifferenceMaxDeg',
  value: 15,
  unit: 'deg',
  description: "Largest accepted difference between the sides' resultant directions (each from its own lateral horizontal).",
  source: 'design choice: about a quarter of the 41-72 degree spread of the zygomaticus major direction between people (domain.md); beyond it the two sides are lifted along visibly different lines.',
};

export const asymmetry: Rule = {
  description: {
    id: 'asymmetry',
    title: 'Left/right asymmetry',
    description:
      'When both sides have threads, compares their thread count, total traction and resultant direction. A plan with threads on one side only gets an info note.',
    thresholds: [COUNT_WARNING, FORCE_DIFFERENCE, DIRECTION_DIFFERENCE],
  },
  check(context: AnalysisContext): Finding[] {
    const m = context.metrics;
    const { right, left } = m.threadCount;
    if (right === 0 && left === 0) return [];
    if (right === 0 || left === 0) {
      const planned = right > 0 ? 'right' : 'left';
      return [
        makeFinding('asymmetry', 'info', {
          title: `Only the patient's ${planned} side is planned`,
          message: 'A one-sided plan is fine when it corrects an existing asymmetry; otherwise the untreated side will look lower after the lift.',
          fix: "If both sides need lifting, mirror the plan to the other side (Mirror) and adjust it to that side's anatomy.",
          threads: [],
          location: null,
          side: null,
          aspect: 'one-sided',
        }),
      ];
    }
    const out: Finding[] = [];
    const ids = (side: 'right' | 'left'): string[] => context.threadsBySide[side].map((g) => g.thread.id);
    const difference = Math.abs(right - left);
    if (difference > 0) {
      out.push(
        makeFinding('asymmetry', difference >= COUNT_WARNING.value ? 'warning' : 'info', {
          title: `The sides have different numbers of threads (right ${right}, left ${left})`,
          message:
            difference >= COUNT_WARNING.value
              ? 'One side is lifted by noticeably more threads than the other, so the result is likely to be uneven.'
              : 'One thread more on one side can be right when it corrects an existing asymmetry; check that it is intended.',
          fix: 'Give both sides the same number of threads unless you are correcting an existing asymmetry.',
          threads: ids(right > left ? 'right' : 'left'),
          location: null,
          side: null,
          aspect: 'count',
        }),
      );
    }
    const fr = m.tractionBySide.right;
    const fl = m.tractionBySide.left;
    const stronger = Math.max(fr, fl);
    if (stronger > 0 && Math.abs(fr - fl) / stronger > FORCE_DIFFERENCE.value) {
      out.push(
        makeFinding('asymmetry', 'warning', {
          title: `The sides are pulled with different force (right ${newtons(fr)}, left ${newtons(fl)})`,
          message: `The threads on the right pull with ${newtons(fr)} in all, those on the left with ${newtons(fl)} (each thread's tension, at most what its type holds): the weaker side gets ${percent(Math.min(fr, fl) / stronger)} of the stronger side's pull, so one side will be lifted more than the other.`,
          fix: 'Balance the tension or the number of threads between the sides.',
          threads: ids(fr > fl ? 'right' : 'left'),
          location: null,
          side: null,
          aspect: 'force',
        }),
      );
    }
    const er = m.resultant.right.elevationDeg;
    const el = m.resultant.left.elevationDeg;
    if (er !== null && el !== null) {
      const diff = angleDifferenceDeg(er, el);
      if (diff > DIRECTION_DIFFERENCE.value) {
        out.push(
          makeFinding('asymmetry', 'warning', {
            title: `The sides are lifted in different directions (${degrees(diff)} apart)`,
            message: `The overall pull points ${slope(er)} on the right and ${slope(el)} on the left, so the two sides will be reshaped along different lines.`,
            fix: 'Mirror the vectors of one side onto the other, or adjust them until the directions match.',
            threads: context.threads.map((g) => g.thread.id),
            location: null,
            side: null,
            aspect: 'direction',
          }),
        );
      }
    }
    return out;
  },
};

/** "30° above the horizontal" / "5° below the horizontal", from the side's lateral horizontal. */
const slope = (elevation: number): string =>
  `${degrees(Math.abs(elevation))} ${elevation >= 0 ? 'above' : 'below'} the horizontal${Math.abs(elevation) > 90 ? ' (toward the midline)' : ''}`;
