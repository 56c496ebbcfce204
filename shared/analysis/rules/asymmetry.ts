import type { AnalysisContext, Rule } from '../context';
import type { FindingParam } from '../finding-text';
import { makeFinding } from '../findings';
import type { RegionKind } from '../../atlas/types';
import { barbedMiddle } from '../highlight';
import { FLOATING_TENSION_MAX, rulePull, type RulePull } from '../holding';
import { angleDifferenceDeg } from '../metrics';
import { MAX_MIRROR_PAIR_COST, pairMirrored, type MirrorPair } from '../mirror-pairs';
import type { ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';

/**
 * Left/right asymmetry of count, direction or force gives an uneven result (domain.md).
 *
 * Thread by thread first: each right thread is paired with its mirror counterpart on the left
 * (mirror-pairs.ts), and each pair's pull direction (from its own side's lateral horizontal, so
 * mirrored vectors match) and tension (as the inspector shows it) are compared. Then the areas:
 * when both sides have as many threads but some have no counterpart, the sides treat different
 * areas. Then the sides as a whole (the metrics: count, total traction, resultant direction),
 * which catches what no single pair shows; a side-level force or direction finding is left out
 * when pair findings of that kind already say where the difference is.
 * Directions are the pulls every direction rule judges (holding.ts, rulePull): a floating design
 * pulls toward neither end, so the end it was entered from is not an asymmetry. Its counterpart is
 * found whichever end each was entered from (mirror-pairs.ts), a pair with a floating thread is
 * compared as two lines, and it adds no net pull to its side's resultant (metrics.ts).
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
  description:
    "Largest accepted difference in total traction, as a share of the stronger side's; when the sides have different numbers of threads, in the mean traction per pulling thread (the thread-count finding speaks for the pull an extra thread adds).",
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
      "When both sides have threads, pairs each thread with its mirror counterpart on the other side and compares each pair's pull direction and tension; flags threads without a counterpart when the counts match (the sides treat different areas); then compares the sides' thread count, total traction and resultant direction. A plan with threads on one side only gets an info note. A floating design (a bidirectional cog or cone thread with no fixation zone and at most floatingTensionMaxN of tension) pulls toward neither end, so the end it was entered from does not count: its counterpart is found with its path taken either way round, a pair with a floating thread is compared as two lines (at most 90 degrees apart; a lift's own pull downward is gravity-direction's), and the sides' resultant directions are those of their lifts from one end (a floating thread's barbs pull the tissue toward each other: no net pull).",
    thresholds: [COUNT_WARNING, FORCE_DIFFERENCE, DIRECTION_DIFFERENCE, MAX_MIRROR_PAIR_COST, FLOATING_TENSION_MAX],
  },
  check(context: AnalysisContext): Finding[] {
    const m = context.metrics;
    const { right, left } = m.threadCount;
    if (right === 0 && left === 0) return [];
    if (right === 0 || left === 0) {
      const planned = right > 0 ? 'right' : 'left';
      return [
        makeFinding('asymmetry', 'info', {
          text: { id: 'asymmetry.one-sided', params: { side: { side: planned } } },
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
          text: {
            id: 'asymmetry.count',
            params: { right, left, why: { text: difference >= COUNT_WARNING.value ? 'asymmetry.count.why.warning' : 'asymmetry.count.why.info' } },
          },
          threads: ids(right > left ? 'right' : 'left'),
          location: null,
          side: null,
          aspect: 'count',
        }),
      );
    }
    const pairing = pairMirrored(context.threadsBySide.right, context.threadsBySide.left);
    const pairFindings = pairing.pairs.flatMap(comparePair);
    out.push(...pairFindings);
    if (difference === 0 && pairing.unpairedRight.length + pairing.unpairedLeft.length > 0) {
      out.push(unmatched(pairing.unpairedRight, pairing.unpairedLeft));
    }
    const pairForce = pairFindings.some((f) => f.aspect === 'pair-force');
    const pairDirection = pairFindings.some((f) => f.aspect === 'pair-direction');
    if (!pairForce) {
      const force = sideForce(context, difference > 0);
      if (force !== null) out.push(force);
    }
    const er = m.resultant.right.elevationDeg;
    const el = m.resultant.left.elevationDeg;
    if (er !== null && el !== null) {
      const diff = angleDifferenceDeg(er, el);
      if (!pairDirection && diff > DIRECTION_DIFFERENCE.value) {
        out.push(
          makeFinding('asymmetry', 'warning', {
            text: { id: 'asymmetry.direction', params: { apart: { deg: diff }, right: { direction: er }, left: { direction: el } } },
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

/**
 * The sides' pull compared: their totals when both have as many threads; when they do not, the
 * count finding already speaks for the pull an extra thread brings (one more thread can be a
 * deliberate correction), so the mean pull per pulling thread is compared instead: a side whose
 * threads are also tensioned differently is still found, an extra thread tensioned like the rest
 * is not a force fault.
 */
function sideForce(context: AnalysisContext, countsDiffer: boolean): Finding | null {
  const pulling = (side: 'right' | 'left'): number => context.threadsBySide[side].filter((g) => g.traction !== null && g.traction.magnitudeN > 0).length;
  const total = context.metrics.tractionBySide;
  const perThread = countsDiffer && pulling('right') > 0 && pulling('left') > 0;
  const fr = perThread ? total.right / pulling('right') : total.right;
  const fl = perThread ? total.left / pulling('left') : total.left;
  const stronger = Math.max(fr, fl);
  if (!(stronger > 0) || Math.abs(fr - fl) / stronger <= FORCE_DIFFERENCE.value) return null;
  const strongerSide = fr > fl ? 'right' : 'left';
  return makeFinding('asymmetry', 'warning', {
    text: {
      id: perThread ? 'asymmetry.force-per-thread' : 'asymmetry.force',
      params: { right: { newtons: fr }, left: { newtons: fl }, share: { percent: Math.min(fr, fl) / stronger } },
    },
    threads: context.threadsBySide[strongerSide].map((g) => g.thread.id),
    location: null,
    side: null,
    aspect: 'force',
  });
}

/** The threads of a pair in plan order (the finding's lead thread first). */
const inOrder = (p: MirrorPair): [ThreadGeometry, ThreadGeometry] => (p.right.number < p.left.number ? [p.right, p.left] : [p.left, p.right]);

/** A pair's pull directions and tensions, each compared once and printed from the same values. */
function comparePair(p: MirrorPair): Finding[] {
  const out: Finding[] = [];
  const [first, second] = inOrder(p);
  const numbers = [first.number, second.number];
  const ids = [first.thread.id, second.thread.id];
  // The pair as the text names it: "Thread 1 on the right and its mirror counterpart thread 6 on the left".
  const pair = { rightThread: { threads: [p.right.number], start: true }, leftThread: { threads: [p.left.number] } };
  const tr = rulePull(p.right);
  const tl = rulePull(p.left);
  if (p.right.isLifting && p.left.isLifting && tr !== null && tl !== null) {
    const { diff, right, left } = pairDirections(tr, tl);
    if (diff > DIRECTION_DIFFERENCE.value) {
      out.push(
        makeFinding('asymmetry', 'warning', {
          text: {
            id: 'asymmetry.pair-direction',
            params: {
              threads: { threads: numbers, start: true },
              ...pair,
              apart: { deg: diff },
              right: { direction: right },
              left: { direction: left },
              max: { deg: DIRECTION_DIFFERENCE.value },
            },
          },
          threads: ids,
          location: barbedMiddle(first) ?? first.entry,
          side: null,
          aspect: 'pair-direction',
        }),
      );
    }
  }
  const a = p.right.thread.tensionN;
  const b = p.left.thread.tensionN;
  const stronger = Math.max(a, b);
  // A thread tensioned beyond what it holds is already critical (over-tension), and its fix changes
  // the tension anyway: the pair is compared once both are within what they hold, so fixing one
  // side of a doubly over-tensioned pair does not read as a new asymmetry.
  const beyondHold = (g: ThreadGeometry): boolean => g.type !== null && g.thread.tensionN > g.type.holdingForceN;
  if (p.right.isLifting && p.left.isLifting && !beyondHold(p.right) && !beyondHold(p.left) && stronger > 0 && Math.abs(a - b) / stronger > FORCE_DIFFERENCE.value) {
    out.push(
      makeFinding('asymmetry', 'warning', {
        text: {
          id: 'asymmetry.pair-force',
          params: { threads: { threads: numbers, start: true }, ...pair, right: { newtons: a }, left: { newtons: b }, share: { percent: Math.min(a, b) / stronger } },
        },
        threads: ids,
        location: barbedMiddle(first) ?? first.entry,
        side: null,
        aspect: 'pair-force',
      }),
    );
  }
  return out;
}

/**
 * How far apart a pair's pulls point (each from its own side's lateral horizontal), and the two
 * directions the finding prints, which differ by exactly that.
 * - Two lifts from one end: their traction directions, 0-180 degrees apart.
 * - A pair with a floating design: its pull is a line with no sense (holding.ts, rulePull), so
 *   the pair is compared as two lines, at most 90 degrees apart: are the two sides laid along
 *   mirrored lines? Compared as pulls, the upward sense given to a floating line would set a
 *   nearly horizontal line tipped one way almost 180 degrees from its counterpart tipped the
 *   other way. A lift's own sense is still judged, by gravity-direction: a lift pulled down
 *   beside a floating thread on the same line is warned of there, not twice. The floating
 *   thread's line (the left one's, when both float) is printed the way round nearer the other's,
 *   so the texts agree with the difference.
 */
function pairDirections(r: RulePull, l: RulePull): { readonly diff: number; readonly right: number; readonly left: number } {
  const directed = angleDifferenceDeg(r.elevationDeg, l.elevationDeg);
  if (!(r.axis || l.axis) || directed <= 90) return { diff: directed, right: r.elevationDeg, left: l.elevationDeg };
  const turned = (deg: number): number => (deg > 0 ? deg - 180 : deg + 180);
  return l.axis
    ? { diff: 180 - directed, right: r.elevationDeg, left: turned(l.elevationDeg) }
    : { diff: 180 - directed, right: turned(r.elevationDeg), left: l.elevationDeg };
}

/** Threads with no counterpart while both sides have as many threads: the sides treat different areas. */
function unmatched(right: readonly ThreadGeometry[], left: readonly ThreadGeometry[]): Finding {
  const all = [...right, ...left].sort((x, y) => x.number - y.number);
  const describe = (g: ThreadGeometry): FindingParam => ({
    text: 'asymmetry.unmatched.thread',
    params: { thread: { threads: [g.number] }, side: { text: `asymmetry.side.${g.side}` }, region: { region: mainRegion(g) } },
  });
  return makeFinding('asymmetry', 'warning', {
    text: {
      id: 'asymmetry.unmatched',
      params: { threads: { threads: all.map((g) => g.number), start: true }, count: all.length, described: { series: all.map(describe) } },
    },
    threads: all.map((g) => g.thread.id),
    location: barbedMiddle(all[0]!) ?? all[0]!.entry,
    side: null,
    aspect: 'unmatched',
  });
}

/** The region where most of a thread lies (its barbed section when it has one). */
function mainRegion(g: ThreadGeometry): RegionKind | null {
  const counts = new Map<RegionKind, number>();
  const barbed = g.barbed !== null;
  for (const s of g.samples) {
    if ((barbed && !s.barbed) || s.region === null) continue;
    counts.set(s.region.kind, (counts.get(s.region.kind) ?? 0) + 1);
  }
  let best: RegionKind | null = null;
  for (const [kind, n] of counts) if (best === null || n > counts.get(best)!) best = kind;
  return best;
}
