import type { FacePoint } from '../../geometry/types';
import type { Side } from '../../plan/types';
import type { AnalysisContext, Rule } from '../context';
import { makeFinding } from '../findings';
import { mainArea } from '../main-area';
import { pullCrossesMalar, type MalarSide } from '../malar';
import type { AtlasLookup } from '../atlas-lookup';
import type { ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import type { SideGathering } from '../../simulation/summary';
import { barbedMiddle } from '../highlight';

/**
 * Pull that ends or converges on the malar (zygomatic) prominence gathers tissue there: the
 * cheekbones look more prominent and the midface wider (domain.md: changes of 4.7-17.9 mm
 * reported). So does one thread doing all the pulling. The geometry (what "ends" and
 * "converges" mean) lives in analysis/malar.ts and is shared with the malar-share metric.
 */

const MALAR_SHARE_MAX: Threshold = {
  name: 'malarShareMax',
  value: 0.5,
  unit: 'share',
  description:
    "Above this share of a side's midface pull ending or converging on the malar prominence, the side gets one summary finding instead of one per thread.",
  source:
    'design choice: when most of the pull gathers on the prominence, widening of the midface (4.7-17.9 mm reported, domain.md) is the main effect of the plan, and the fix is a redesign of that side rather than one thread.',
};

const DOMINANT_SHARE_MAX: Threshold = {
  name: 'dominantThreadShareMax',
  value: 0.6,
  unit: 'share',
  description: "Largest share of a side's midface pull one midface thread (most of its barbs in the midface) whose pull runs over the cheekbone (its traction line crosses a malar region) may carry.",
  source:
    'design choice: domain.md names "one thread doing all the pulling" as a cause and advises spreading the pull over several threads (2-4 per side for the midface); 0.6 allows two threads of moderately unequal tension.',
};

const DOMINANCE_MIN_PULL: Threshold = {
  name: 'dominanceMinPullN',
  value: 0.5,
  unit: 'N',
  description: "The one-thread check applies only when the side's midface pull reaches this.",
  source: 'design choice: a smaller pull (about a quarter of a cog thread\'s ~1.9 N hold, domain.md) is too weak to gather tissue noticeably.',
};

const SIMULATED_GATHERING_MAX: Threshold = {
  name: 'simulatedProminenceGatheringPerNMax',
  value: 0.011,
  unit: 'share per N',
  description:
    "Largest simulated gathering averaged over a side's malar prominence (area lost, shared/simulation) per newton of that side's midface pull. Checked only when the analysis has the simulation's summary and the side's midface pull reaches dominanceMinPullN.",
  source:
    "design choice, calibrated on designs whose verdict is known (docs/rules.md): the bundled examples' good designs and every training case's corrected design gather at most 0.9% per N on the prominence, the poor designs of the two cheekbone cases (threads converging on the cheekbone, one thread doing all the pulling) 1.4% and 1.65% per N; 1.1% lies between them with a margin on both sides. Per newton, because the model is linear up to its stiffening term: more tension gathers more everywhere (over-tension has its own rule), while the share per newton says where the design sends the pull.",
};

export const cheekboneConcentration: Rule = {
  description: {
    id: 'cheekbone-concentration',
    title: 'Force concentrating on the cheekbone',
    description:
      "Flags lifting threads whose fixation point or barb ends lie on the malar prominence, traction lines that cross on it, a side where most midface pull gathers there, a side where one thread whose pull runs over the cheekbone carries most of the midface pull, and (when the tissue simulation has run) a side whose simulated map gathers tissue on the prominence beyond a threshold per newton of midface pull.",
    thresholds: [MALAR_SHARE_MAX, DOMINANT_SHARE_MAX, DOMINANCE_MIN_PULL, SIMULATED_GATHERING_MAX],
  },
  check(context: AnalysisContext): Finding[] {
    const out: Finding[] = [];
    const byId = new Map(context.threads.map((g) => [g.thread.id, g]));
    for (const side of ['right', 'left'] as const) {
      const malar = context.malar[side];
      if (malar.share !== null && malar.share > MALAR_SHARE_MAX.value) out.push(summaryFinding(malar, byId));
      else out.push(...perThreadFindings(malar));
      const dominant = dominance(malar, byId, context.lookup);
      if (dominant) out.push(dominant);
      const simulated = context.simulation ? simulatedGathering(malar, context.simulation.right.side === side ? context.simulation.right : context.simulation.left, byId) : null;
      if (simulated) out.push(simulated);
    }
    return out;
  },
};

function summaryFinding(malar: MalarSide, byId: ReadonlyMap<string, ThreadGeometry>): Finding {
  const threads = [...malar.malarThreadIds].map((id) => byId.get(id)!).sort((a, b) => a.number - b.number);
  const points: FacePoint[] = [
    ...malar.anchored.map((g) => g.fixationPoint),
    ...malar.barbEnds.map((g) => malarBarbEnd(g)),
    ...malar.convergences.map((c) => c.point),
  ];
  const numbers = threads.map((g) => g.number);
  return makeFinding('cheekbone-concentration', 'warning', {
    text: {
      id: 'cheekbone-concentration.malar-share',
      params: { share: { percent: malar.share! }, side: { side: malar.side }, threads: { threads: numbers, start: true }, count: numbers.length },
    },
    threads: threads.map((g) => g.thread.id),
    location: mean(points),
    side: malar.side,
    aspect: 'malar-share',
  });
}

function perThreadFindings(malar: MalarSide): Finding[] {
  const out: Finding[] = [];
  for (const g of malar.anchored) {
    out.push(
      makeFinding('cheekbone-concentration', 'warning', {
        text: { id: 'cheekbone-concentration.anchored', params: { thread: { threads: [g.number], start: true } } },
        threads: [g.thread.id],
        location: g.fixationPoint,
        side: malar.side,
        aspect: 'anchored',
      }),
    );
  }
  for (const g of malar.barbEnds) {
    out.push(
      makeFinding('cheekbone-concentration', 'warning', {
        text: { id: 'cheekbone-concentration.barb-end', params: { thread: { threads: [g.number] } } },
        threads: [g.thread.id],
        location: malarBarbEnd(g),
        side: malar.side,
        aspect: 'barb-end',
      }),
    );
  }
  for (const c of malar.convergences) {
    const numbers = [c.a.number, c.b.number];
    out.push(
      makeFinding('cheekbone-concentration', 'warning', {
        text: { id: 'cheekbone-concentration.converging', params: { threads: { threads: numbers, start: true } } },
        threads: [c.a.thread.id, c.b.thread.id].sort((x, y) => byNumber(x, y, c)),
        location: c.point,
        side: malar.side,
        aspect: 'converging',
      }),
    );
  }
  return out;
}

function dominance(malar: MalarSide, byId: ReadonlyMap<string, ThreadGeometry>, lookup: AtlasLookup): Finding | null {
  const total = malar.totalMidfacePullN;
  if (total < DOMINANCE_MIN_PULL.value) return null;
  // The one thread doing the midface's lifting: a midface thread (most of its barbs in the
  // midface; a jawline thread from in front of the ear only crosses the lower midface on its way
  // to the jaw), whose pull runs over the cheekbone, where it piles the tissue it gathers (a
  // lower-cheek thread pulled back to the pre-auricular SMAS passes below it). Every thread's
  // pull still counts in the side's total. The strongest midface thread first (ties to the lower
  // thread number, so the result does not depend on map order); its line is followed only then.
  const midface: { readonly g: ThreadGeometry; readonly pull: number }[] = [];
  for (const [id, pull] of malar.midfacePullN) {
    const g = byId.get(id)!;
    if (pull > 0 && mainArea(g) === 'midface') midface.push({ g, pull });
  }
  midface.sort((a, b) => b.pull - a.pull || a.g.number - b.g.number);
  const top = midface.find(({ g }) => pullCrossesMalar(g, lookup));
  if (top === undefined) return null;
  const share = top.pull / total;
  if (share <= DOMINANT_SHARE_MAX.value) return null;
  const g = top.g;
  const side: Side = malar.side;
  const all = share > 0.999;
  // One printed share for title and text. Forces are said as the inspector shows them: the
  // thread's planned tension, not the part of its capped traction that acts in the midface.
  const shareWords = { percent: share };
  // The threads that give the rest: those with some midface pull besides this one.
  let others = 0;
  for (const [id, pull] of malar.midfacePullN) if (id !== g.thread.id && pull > 0) others++;
  return makeFinding('cheekbone-concentration', 'warning', {
    text: {
      id: 'cheekbone-concentration.single-thread',
      params: {
        thread: { threads: [g.number], start: true },
        amount: all ? { text: 'cheekbone-concentration.amount.all' } : { text: 'cheekbone-concentration.amount.share', params: { share: shareWords } },
        side: { side },
        tension: { newtons: g.thread.tensionN },
        share: shareWords,
        rest: others > 0 && !all ? { text: 'cheekbone-concentration.rest', params: { others } } : '',
      },
    },
    threads: [g.thread.id],
    location: barbedMiddle(g) ?? g.entry,
    side,
    aspect: 'single-thread',
  });
}

/**
 * The simulation's evidence: the side's map gathers tissue on the prominence beyond the threshold
 * per newton of midface pull. The geometric reason stays in the words: where the pull ends or
 * meets decides where the tissue bunches.
 */
function simulatedGathering(malar: MalarSide, simulated: SideGathering, byId: ReadonlyMap<string, ThreadGeometry>): Finding | null {
  const pull = malar.totalMidfacePullN;
  if (pull < DOMINANCE_MIN_PULL.value) return null;
  const perN = simulated.prominenceMean / pull;
  if (!(perN > SIMULATED_GATHERING_MAX.value)) return null;
  const threads = [...malar.midfacePullN.keys()].map((id) => byId.get(id)!).sort((a, b) => a.number - b.number);
  return makeFinding('cheekbone-concentration', 'warning', {
    text: {
      id: 'cheekbone-concentration.simulated-gathering',
      params: {
        side: { side: malar.side },
        mean: { percent: simulated.prominenceMean, decimals: 1 },
        perN: { percent: perN, decimals: 1 },
        pull: { newtons: pull },
        peak: { percent: simulated.prominencePeak, decimals: 1 },
      },
    },
    threads: threads.map((g) => g.thread.id),
    location: simulated.prominencePeakAt,
    side: malar.side,
    aspect: 'simulated-gathering',
  });
}

/** The barb end that lies on the prominence (the start if both do). */
function malarBarbEnd(g: ThreadGeometry): FacePoint {
  const b = g.barbed!;
  return b.startRegion?.kind === 'malar' ? b.startPoint : b.endPoint;
}

function byNumber(a: string, b: string, c: { a: ThreadGeometry; b: ThreadGeometry }): number {
  const n = (id: string): number => (id === c.a.thread.id ? c.a.number : c.b.number);
  return n(a) - n(b);
}

function mean(points: readonly FacePoint[]): FacePoint | null {
  if (points.length === 0) return null;
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}
