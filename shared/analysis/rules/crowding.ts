import type { FacePoint } from '../../geometry/types';
import { segmentIntersection } from '../../geometry/polyline';
import type { AnalysisContext, Rule } from '../context';
import { makeFinding } from '../findings';
import { SpatialHash } from '../spatial-hash';
import type { PathSample, ThreadGeometry } from '../thread-geometry';
import type { Finding, Threshold } from '../types';
import { ThreadList, mm } from '../words';

/**
 * Threads crowded together or laid unevenly give lumps and irregularities (domain.md). Checked
 * between the barbed sections of threads on the same side: crossing, or running closer than a
 * safe spacing over some length. Threads that share an entry point (fan technique) necessarily
 * start together, so the first millimetres around a shared entry are ignored.
 *
 * Cost: barbed samples and segments go into a uniform grid, so each is compared only with its
 * neighbours: linear in the number of threads, not quadratic.
 */

const SAFE_SPACING: Threshold = {
  name: 'safeSpacingMm',
  value: 4,
  unit: 'mm',
  description: 'Barbed sections of two threads closer than this are crowded.',
  source:
    'design choice: about twice the superficial fat thickness over the nasal root and less than the fat of the cheek (domain.md); barbs closer than this gather the same strip of fat and raise a ridge.',
};

const MIN_CLOSE_RUN: Threshold = {
  name: 'minCrowdedLengthMm',
  value: 10,
  unit: 'mm',
  description: 'Two barbed sections must stay within the safe spacing for at least this length to count.',
  source: 'design choice: a brief approach is harmless; a centimetre of barbs side by side is felt as a cord or lump.',
};

const FAN_RADIUS: Threshold = {
  name: 'sharedEntryRadiusMm',
  value: 10,
  unit: 'mm',
  description: 'Around an entry point that threads share, closeness and crossings within this radius are ignored.',
  source: 'design choice: fanned threads leave one puncture together; 10 mm lets threads 20 degrees apart separate to the safe spacing.',
};

interface BarbPoint {
  readonly thread: number;
  readonly sample: number;
  readonly point: FacePoint;
}

interface BarbSegment {
  readonly thread: number;
  readonly a: FacePoint;
  readonly b: FacePoint;
}

interface PairState {
  readonly a: number;
  readonly b: number;
  /** Sample indices of thread a that have a barb of thread b within the safe spacing. */
  readonly close: Set<number>;
  crossing: FacePoint | null;
}

export const crowding: Rule = {
  description: {
    id: 'crowding',
    title: 'Crowded or crossing threads',
    description:
      'Flags barbed sections of two threads on the same side that cross each other, or run closer than a safe spacing over a minimum length. The area around an entry point the threads share (fan technique) is ignored.',
    thresholds: [SAFE_SPACING, MIN_CLOSE_RUN, FAN_RADIUS],
  },
  check(context: AnalysisContext): Finding[] {
    const threads = context.threads;
    const spacing = SAFE_SPACING.value;
    const points = new SpatialHash<BarbPoint>(spacing);
    const segments = new SpatialHash<BarbSegment>(spacing * 2);
    threads.forEach((g, t) => {
      if (g.barbed === null) return;
      const samples = g.samples;
      for (let i = 0; i < samples.length; i++) {
        const s = samples[i]!;
        if (!s.barbed) continue;
        points.insert({ thread: t, sample: i, point: s.point }, s.point.x, s.point.y, s.point.x, s.point.y);
        const next = samples[i + 1];
        if (next && next.barbed) {
          segments.insert({ thread: t, a: s.point, b: next.point }, ...box(s.point, next.point));
        }
      }
    });

    const pairs = new Map<number, PairState>();
    const pairOf = (a: number, b: number): PairState => {
      const key = a * 1_000_003 + b;
      let state = pairs.get(key);
      if (!state) {
        state = { a, b, close: new Set(), crossing: null };
        pairs.set(key, state);
      }
      return state;
    };

    threads.forEach((ga, a) => {
      if (ga.barbed === null) return;
      const samples = ga.samples;
      for (let i = 0; i < samples.length; i++) {
        const s = samples[i]!;
        if (!s.barbed) continue;
        const p = s.point;
        points.query(p.x - spacing, p.y - spacing, p.x + spacing, p.y + spacing, (other) => {
          if (other.thread <= a) return;
          const gb = threads[other.thread]!;
          if (gb.side !== ga.side) return;
          const dx = other.point.x - p.x;
          const dy = other.point.y - p.y;
          if (dx * dx + dy * dy >= spacing * spacing) return;
          if (nearSharedEntry(ga, gb, p) || nearSharedEntry(ga, gb, other.point)) return;
          pairOf(a, other.thread).close.add(i);
        });
        const next = samples[i + 1];
        if (!next || !next.barbed) continue;
        segments.query(...box(p, next.point), (seg) => {
          if (seg.thread <= a) return;
          const gb = threads[seg.thread]!;
          if (gb.side !== ga.side) return;
          const state = pairOf(a, seg.thread);
          if (state.crossing !== null) return;
          const hit = segmentIntersection(p, next.point, seg.a, seg.b);
          if (hit !== null && !nearSharedEntry(ga, gb, hit)) state.crossing = hit;
        });
      }
    });

    const out: Finding[] = [];
    for (const state of pairs.values()) {
      const finding = toFinding(threads[state.a]!, threads[state.b]!, state);
      if (finding) out.push(finding);
    }
    return out;
  },
};

const box = (a: FacePoint, b: FacePoint): [number, number, number, number] => [
  Math.min(a.x, b.x),
  Math.min(a.y, b.y),
  Math.max(a.x, b.x),
  Math.max(a.y, b.y),
];

function nearSharedEntry(a: ThreadGeometry, b: ThreadGeometry, p: FacePoint): boolean {
  const shared = a.thread.entryPointId === b.thread.entryPointId || Math.hypot(a.entry.x - b.entry.x, a.entry.y - b.entry.y) < 1;
  return shared && Math.hypot(p.x - a.entry.x, p.y - a.entry.y) < FAN_RADIUS.value;
}

/** Longest stretch of consecutive samples of `samples` whose indices are in `marked`. */
function longestRun(samples: readonly PathSample[], marked: ReadonlySet<number>): { length: number; at: FacePoint | null } {
  let best = 0;
  let bestAt: FacePoint | null = null;
  let start = -1;
  for (let i = 0; i <= samples.length; i++) {
    if (i < samples.length && marked.has(i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const length = samples[i - 1]!.s - samples[start]!.s;
      if (length > best || bestAt === null) {
        best = length;
        bestAt = samples[Math.floor((start + i - 1) / 2)]!.point;
      }
      start = -1;
    }
  }
  return { length: best, at: bestAt };
}

function toFinding(ga: ThreadGeometry, gb: ThreadGeometry, state: PairState): Finding | null {
  const numbers = [ga.number, gb.number];
  const common = { threads: [ga.thread.id, gb.thread.id], side: ga.side };
  if (state.crossing !== null) {
    return makeFinding('crowding', 'warning', {
      ...common,
      title: `${ThreadList(numbers)} cross each other`,
      message:
        'Their barbed sections cross. Where two barbed threads cross, the tissue is gathered twice and a lump or an irregular contour forms; the threads can also rub and extrude.',
      fix: 'Fan the threads so they run side by side, or move one so the barbed sections no longer cross.',
      location: state.crossing,
      aspect: 'crossing',
    });
  }
  const run = longestRun(ga.samples, state.close);
  if (run.length < MIN_CLOSE_RUN.value) return null;
  return makeFinding('crowding', 'warning', {
    ...common,
    title: `${ThreadList(numbers)} run too close together`,
    message: `Their barbed sections stay within ${mm(SAFE_SPACING.value)} of each other for about ${mm(run.length)}. Barbs this close gather the same strip of tissue, which can show as a ridge, a lump or an uneven surface.`,
    fix: `Spread the threads to at least ${mm(SAFE_SPACING.value)} apart, or shorten one barbed section where they run together.`,
    location: run.at,
    aspect: 'close',
  });
}
