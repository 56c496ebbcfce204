import type { Atlas } from '../atlas/types';
import { THREAD_CATALOGUE } from '../catalogue';
import type { ThreadType } from '../catalogue/types';
import type { PlanDocument, Side, Thread } from '../plan/types';
import { atlasLookup, type AtlasLookup } from './atlas-lookup';
import type { AnalysisContext, PairCheck, Rule, ThreadRuleContext } from './context';
import { groupRepeatedFindings } from './finding-groups';
import { sortFindings } from './findings';
import { analyzeMalarSide, type MalarSide } from './malar';
import { computeMetrics } from './metrics';
import { PairIndex } from './pair-index';
import { RULES } from './registry';
import { computeThreadGeometry, type ThreadGeometry } from './thread-geometry';
import type { AnalysisResult, Finding } from './types';
import type { SimulationSummary } from '../simulation/summary';

export interface AnalyzeOptions {
  /** Thread types to resolve `thread.typeId` against; the built-in catalogue by default. */
  readonly catalogue?: readonly ThreadType[];
  /**
   * The tissue simulation's summary for this plan (TissueSimulator.simulate), when the caller has
   * it: the cheekbone-concentration rule then also weighs the simulated gathering on the malar
   * prominence, and the metrics carry the per-side figures. analyze() never runs the simulation
   * itself, so it stays cheap on every edit; the editor gets the summary from its Worker, the CLI
   * runs the simulation before analyzing.
   */
  readonly simulation?: SimulationSummary | null;
}

export type Analyzer = (plan: PlanDocument, atlas: Atlas, options?: AnalyzeOptions) => AnalysisResult;

const typeMaps = new WeakMap<readonly ThreadType[], ReadonlyMap<string, ThreadType>>();

function typeMap(catalogue: readonly ThreadType[]): ReadonlyMap<string, ThreadType> {
  let map = typeMaps.get(catalogue);
  if (!map) {
    map = new Map(catalogue.map((t) => [t.id, t]));
    typeMaps.set(catalogue, map);
  }
  return map;
}

/**
 * Incremental analysis (issue 15). Plans are immutable and the editor shares every unchanged
 * thread object between successive plans, so what an analysis can reuse from earlier ones is
 * decided by object identity:
 *
 * - a thread's geometry (skin path, samples, traction) while the same Thread object sits at the
 *   same position with the same catalogue type;
 * - a rule's `checkThread` findings for that geometry while every non-thread field of the plan
 *   (meta, entry points, photos...) is `===` the last analysis's;
 * - a rule's `pairs` findings for two unchanged threads under the same fields: after a drag only
 *   the moved thread's pairs are checked again, found box by box (pair-index.ts).
 *
 * - a side's malar summary (analyzeMalarSide) while that side holds the same geometries in the
 *   same order: a drag changes one side, and the other side's crossings are not looked for again.
 *
 * Plan-level parts (`check`) and the metrics run on every analysis: they read every thread, and
 * they are cheap once the geometry is there. What is reused equals what a fresh analysis
 * computes (tests/unit/shared/analysis/incremental.test.ts, over random edit sequences).
 */
interface FieldsGeneration {
  /** The plan whose non-thread fields this generation stands for. */
  readonly plan: PlanDocument;
}

interface PairRun {
  readonly a: ThreadGeometry;
  readonly b: ThreadGeometry;
  readonly findings: readonly Finding[];
}

/** What one analyzer remembers about one atlas. */
interface AtlasState {
  readonly lookup: AtlasLookup;
  readonly context: ThreadRuleContextImpl;
  /**
   * The last analysis's threads and their geometry, by position. (Per-thread findings are kept on
   * each geometry, `memo.findings`: every rule with a `checkThread`, in THREAD_RULES order, with
   * the fields they were made under.)
   */
  lastThreads: readonly Thread[];
  lastGeometry: readonly ThreadGeometry[];
  readonly pairIndex: PairIndex;
  fields: FieldsGeneration | null;
  /** Per side, the last malar summary and the side's geometries it was made from. */
  readonly lastMalar: Record<Side, { readonly threads: readonly ThreadGeometry[]; readonly malar: MalarSide } | null>;
  /** The last analysis: its threads, its fields, and per pair rule the pairs that had findings. */
  last: { readonly fields: FieldsGeneration; readonly threads: ReadonlySet<ThreadGeometry>; readonly pairs: readonly (readonly PairRun[])[] } | null;
}

interface ThreadRuleContextImpl extends ThreadRuleContext {
  plan: PlanDocument;
}

const THREAD_RULES: readonly Rule[] = RULES.filter((r) => r.checkThread !== undefined);
const PAIR_RULES: readonly Rule[] = RULES.filter((r) => r.pairs !== undefined);
/** Per rule of RULES: its index in THREAD_RULES and PAIR_RULES (-1 when it has no such part). */
const THREAD_INDEX = RULES.map((r) => THREAD_RULES.indexOf(r));
const PAIR_INDEX = RULES.map((r) => PAIR_RULES.indexOf(r));

/**
 * A side's malar summary, reused while the side holds the same geometries in the same order.
 * It reads only the side, its threads' geometry and the atlas (one per state), so the same
 * geometries give the same summary.
 */
function malarOf(state: AtlasState, side: Side, threads: readonly ThreadGeometry[]): MalarSide {
  const last = state.lastMalar[side];
  if (last !== null && last.threads.length === threads.length && last.threads.every((g, i) => g === threads[i])) return last.malar;
  const malar = analyzeMalarSide(side, threads, state.lookup);
  state.lastMalar[side] = { threads, malar };
  return malar;
}

/** The same non-thread fields (every field but `threads` is the same value or object). */
function sameFields(a: PlanDocument, b: PlanDocument): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const key of ka) {
    if (key !== 'threads' && (a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/**
 * A new analyze() with caches of its own. `analyze` (below) is one shared by the whole program;
 * a separate one never sees the other's caches (the property test compares the two).
 */
export function createAnalyzer(): Analyzer {
  const states = new WeakMap<AtlasLookup, AtlasState>();

  /** The caches for one atlas, made on its first analysis (of `plan`, which every call sets anew). */
  const stateOf = (lookup: AtlasLookup, plan: PlanDocument): AtlasState => {
    let state = states.get(lookup);
    if (state === undefined) {
      state = {
        lookup,
        context: { plan, lookup },
        lastThreads: [],
        lastGeometry: [],
        pairIndex: new PairIndex(),
        lastMalar: { right: null, left: null },
        fields: null,
        last: null,
      };
      states.set(lookup, state);
    }
    return state;
  };

  return (plan, atlas, options = {}) => {
    const types = typeMap(options.catalogue ?? THREAD_CATALOGUE);
    const lookup = atlasLookup(atlas);
    const state = stateOf(lookup, plan);
    if (state.fields === null || !sameFields(state.fields.plan, plan)) state.fields = { plan };
    const fields = state.fields;
    const ruleContext = state.context;
    ruleContext.plan = fields.plan;

    // Geometry: reused per Thread object (of the last analysis) while its position and type are
    // unchanged. A drag keeps every other thread at its place; threads that moved place (added,
    // removed, reordered) are found by object, in a map made only then.
    const count = plan.threads.length;
    const threads: ThreadGeometry[] = new Array<ThreadGeometry>(count);
    const threadsBySide: Record<Side, ThreadGeometry[]> = { right: [], left: [] };
    const { lastThreads, lastGeometry } = state;
    let lastByThread: Map<Thread, ThreadGeometry> | null = null;
    // A drag replaces one thread in place: no other thread moved, so there is nothing to find by
    // object (the replaced one is new) and the map is not made.
    let moved = lastThreads.length === count ? 0 : 2;
    for (let i = 0; i < count && moved < 2; i++) if (lastThreads[i] !== plan.threads[i]) moved++;
    for (let i = 0; i < count; i++) {
      const t = plan.threads[i]!;
      const type = types.get(t.typeId) ?? null;
      let g: ThreadGeometry | undefined;
      if (lastThreads[i] === t) g = lastGeometry[i];
      else if (lastThreads.length > 0 && moved > 1) {
        lastByThread ??= new Map(lastThreads.map((thread, k) => [thread, lastGeometry[k]!]));
        g = lastByThread.get(t);
      }
      if (g === undefined || g.number !== i + 1 || g.type !== type) {
        g = computeThreadGeometry(t, i + 1, type, lookup, g ?? lastGeometry[i] ?? null);
      }
      threads[i] = g;
      threadsBySide[g.side].push(g);
    }
    state.lastThreads = plan.threads;
    state.lastGeometry = threads;

    const malar = { right: malarOf(state, 'right', threadsBySide.right), left: malarOf(state, 'left', threadsBySide.left) };
    const simulation = options.simulation ?? null;
    const metrics = computeMetrics(threadsBySide, malar, simulation);
    const context: AnalysisContext = { plan, lookup, threads, threadsBySide, malar, metrics, simulation };

    // Per-thread findings of every thread rule, reused while the geometry and the fields are.
    const perThread: (readonly (readonly Finding[])[])[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const g = threads[i]!;
      const cached = g.memo.findings;
      if (cached !== undefined && cached.fields === fields) {
        perThread[i] = cached.findings;
        continue;
      }
      const findings = THREAD_RULES.map((rule) => rule.checkThread!(g, ruleContext));
      g.memo.findings = { fields, findings };
      perThread[i] = findings;
    }

    const present = new Set(threads);
    const pairs = PAIR_RULES.map((rule, r) => pairFindings(rule.pairs!, r, threads, present, state, fields));
    state.last = { fields, threads: present, pairs };

    // Every rule's findings in registry order: plan-level, then per thread, then per pair (sorted below).
    const findings: Finding[] = [];
    RULES.forEach((rule, k) => {
      if (rule.check !== undefined) for (const f of rule.check(context)) findings.push(f);
      const r = THREAD_INDEX[k]!;
      if (r >= 0) for (let i = 0; i < count; i++) for (const f of perThread[i]![r]!) findings.push(f);
      const p = PAIR_INDEX[k]!;
      if (p >= 0) for (const pair of pairs[p]!) for (const f of pair.findings) findings.push(f);
    });
    return { findings: groupRepeatedFindings(sortFindings(findings, plan), plan), metrics };
  };
}

/**
 * One pair rule's findings, pairs ordered by their threads' positions. Pairs of two threads that
 * both took part in the last analysis (same geometry, same fields) keep their findings; a pair
 * without findings then still has none, since neither thread moved. Only the pairs of the other
 * threads are looked for (pair-index.ts) and checked.
 */
function pairFindings(
  check: PairCheck,
  rule: number,
  threads: readonly ThreadGeometry[],
  present: ReadonlySet<ThreadGeometry>,
  state: AtlasState,
  fields: FieldsGeneration,
): PairRun[] {
  const last = state.last !== null && state.last.fields === fields ? state.last : null;
  const changed = new Uint8Array(threads.length);
  let changes = 0;
  for (let i = 0; i < threads.length; i++) {
    if (last === null || !last.threads.has(threads[i]!)) {
      changed[i] = 1;
      changes++;
    }
  }
  const out: PairRun[] = [];
  if (last !== null) {
    for (const pair of last.pairs[rule]!) {
      // Both unchanged: each is in the last analysis and at the same position (its geometry holds its number).
      if (present.has(pair.a) && present.has(pair.b)) out.push(pair);
    }
  }
  if (changes > 0) {
    state.pairIndex.candidates(check, threads, changed, (a, b) => {
      const ga = threads[a]!;
      const gb = threads[b]!;
      const findings = check.check(ga, gb, state.context);
      if (findings.length > 0) out.push({ a: ga, b: gb, findings });
    });
  }
  out.sort((p, q) => p.a.number - q.a.number || p.b.number - q.b.number);
  return out;
}

/** The program's analyze(): pure in what it returns (a fresh analysis gives a deep-equal result), incremental in what it costs. */
export const analyze: Analyzer = createAnalyzer();
