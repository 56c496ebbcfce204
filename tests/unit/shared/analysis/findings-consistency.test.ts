import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, analyze } from '../../../../shared/analysis';
import type { Finding } from '../../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { cumulativeLengths, distanceToSegment, pointInPolygon } from '../../../../shared/geometry/polyline';
import type { FacePoint } from '../../../../shared/geometry/types';
import { parsePlanText, type PlanDocument, type Thread } from '../../../../shared/plan';
import { diffPlans, finishExercise, parseCaseText, recordEdit, startExercise } from '../../../../shared/training';

/**
 * Findings that never contradict themselves, checked over EVERY bundled example
 * (assets/examples) and both designs of EVERY training case (assets/cases):
 *
 * 1. Every quantity in a finding's title (a number with its unit: mm, N, °, %) appears, written
 *    identically, in its text: the title and the text print one computed value.
 * 2. No internal id (atlas structure ids and kinds, thread type ids, rule ids) appears in any
 *    user-visible string: the findings' title, text and fix, and the training mode's compare and
 *    exercise texts (what changed between the poor and the corrected design).
 * 3. The highlight location lies on the part of the thread the title names: the entry point, the
 *    far end, the fixation point, the barbed section, or else somewhere on the path; a finding
 *    about a crossing of traction lines lies on both lines.
 */

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const known = new Set(THREAD_CATALOGUE.map((t) => t.id));

function load(path: string): PlanDocument {
  const parsed = parsePlanText(readFileSync(path, 'utf8'), { knownThreadTypeIds: known });
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.path} ${parsed.error.message}`);
  return parsed.plan;
}

interface NamedPlan {
  readonly name: string;
  readonly plan: PlanDocument;
}

const EXAMPLES: NamedPlan[] = readdirSync(join(ROOT, 'assets/examples'))
  .filter((f) => f.endsWith('.vlift'))
  .sort()
  .map((f) => ({ name: `examples/${f}`, plan: load(join(ROOT, 'assets/examples', f)) }));

interface CaseDesigns {
  readonly id: string;
  readonly poor: PlanDocument;
  readonly corrected: PlanDocument;
}

const CASES: CaseDesigns[] = readdirSync(join(ROOT, 'assets/cases'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
  .map((id) => {
    const parsed = parseCaseText(readFileSync(join(ROOT, 'assets/cases', id, 'case.json'), 'utf8'));
    if (!parsed.ok) throw new Error(`${id}: ${parsed.error.message}`);
    const c = parsed.case;
    return { id, poor: load(join(ROOT, 'assets/cases', id, c.poor)), corrected: load(join(ROOT, 'assets/cases', id, c.corrected)) };
  });

const PLANS: NamedPlan[] = [
  ...EXAMPLES,
  ...CASES.flatMap((c) => [
    { name: `cases/${c.id}/poor`, plan: c.poor },
    { name: `cases/${c.id}/corrected`, plan: c.corrected },
  ]),
];

const findingsOf = (plan: PlanDocument): readonly Finding[] => analyze(plan, CANONICAL_ATLAS).findings;

// ---- 1. quantities -------------------------------------------------------------------------

/** "65 mm", "1.8 N", "59°", "50%": a number with the unit it is printed with. */
const QUANTITY = /-?\d+(?:\.\d+)?(?: mm| N|°|%)(?![A-Za-z0-9])/g;

export const quantitiesIn = (text: string): string[] => text.match(QUANTITY) ?? [];

// ---- 2. internal ids -----------------------------------------------------------------------

/** Every id a user should never read: atlas structure ids and (hyphenated) kinds, thread types, rules. */
const INTERNAL_IDS: readonly string[] = (() => {
  const a = CANONICAL_ATLAS;
  const ids = new Set<string>();
  const structures = [...a.regions, ...a.muscles, ...a.dangerZones, ...a.fixationZones, ...a.ligaments] as readonly { id: string; kind?: string }[];
  for (const s of structures) {
    ids.add(s.id);
    // A one-word kind ("malar", "jowl") is also a plain word; only hyphenated kinds are ids.
    if (s.kind !== undefined && s.kind.includes('-')) ids.add(s.kind);
  }
  for (const t of THREAD_CATALOGUE) ids.add(t.id);
  for (const r of RULE_IDS) ids.add(r);
  // Plain words that happen to be the id of a one-word region stay allowed.
  return [...ids].filter((id) => id.includes('-'));
})();

export function internalIdsIn(text: string): string[] {
  return INTERNAL_IDS.filter((id) => new RegExp(`(^|[^a-z0-9-])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^a-z0-9-])`).test(text));
}

// ---- plural agreement -----------------------------------------------------------------------

/** The verbs findings use after a thread list, in their singular (-s) form. */
const VERBS = ['end', 'meet', 'pull', 'run', 'cross', 'carry', 'pass', 'sit', 'stop', 'lie', 'hold', 'point', 'give', 'need', 'is', 'has', 'was'];
const SINGULAR: Readonly<Record<string, string>> = { carry: 'carries', cross: 'crosses', pass: 'passes', is: 'is', has: 'has', was: 'was' };
const PLURAL: Readonly<Record<string, string>> = { is: 'are', has: 'have', was: 'were' };
const singularOf = (v: string): string => SINGULAR[v] ?? `${v}s`;
const pluralOf = (v: string): string => PLURAL[v] ?? v;

/**
 * "Thread 1 end" and "Threads 1 and 2 ends": a thread list as the subject, followed by a verb of
 * the wrong number. A list after "of" is not the subject ("Barbs of thread 1 sit").
 */
export function disagreements(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<!\bof )\b([Tt]hreads?) (\d+(?:(?:, | and )\d+)*) ([a-z]+)\b/g)) {
    const plural = m[1]!.endsWith('s');
    const word = m[3]!;
    for (const v of VERBS) {
      if (plural ? word === singularOf(v) && word !== pluralOf(v) : word === pluralOf(v) && word !== singularOf(v)) out.push(m[0]);
    }
  }
  return out;
}

// ---- 3. location on the named part ---------------------------------------------------------

/** Where a point lies relative to a path: distance from it and drawn millimetres from the entry to its foot. */
function project(p: FacePoint, path: readonly FacePoint[]): { distance: number; along: number } {
  const cum = cumulativeLengths(path);
  let best = { distance: Infinity, along: 0 };
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const d = distanceToSegment(p, a, b);
    if (d < best.distance) {
      const len = cum[i]! - cum[i - 1]!;
      const t = len > 0 ? Math.max(0, Math.min(1, ((p.x - a.x) * (b.x - a.x) + (p.y - a.y) * (b.y - a.y)) / (len * len))) : 0;
      best = { distance: d, along: cum[i - 1]! + t * len };
    }
  }
  return best;
}

type Part = 'entry point' | 'far end' | 'fixation point' | 'barbed section' | 'path';

/** The part of the thread a title names. */
export function namedPart(title: string): Part {
  if (/entry point/.test(title)) return 'entry point';
  if (/far end/.test(title)) return 'far end';
  if (/\banchor(ed)?\b/.test(title)) return 'fixation point';
  if (/\bbarb(s|ed)?\b/.test(title)) return 'barbed section';
  return 'path';
}

/**
 * Tolerances. ON_PATH_MM: a highlight drawn from the analysis's own samples lies on the drawn
 * polyline to rounding; 0.5 mm is far below the ring's size. NEAR_END_MM: "close to its entry
 * point" findings look at barbs within 5 mm of skin (entry-dimpling), which is at most that much
 * drawing; 10 mm allows for the skin-to-drawing ratio in front of the ear.
 */
const ON_PATH_MM = 0.5;
const NEAR_END_MM = 10;

/** Why the finding's location is not on the named part of its thread, or null when it is. */
function locationProblem(f: Finding, plan: PlanDocument): string | null {
  if (f.location === null || f.threads.length === 0) return null;
  const threads = f.threads.map((id) => plan.threads.find((t) => t.id === id)!);
  if (f.aspect === 'converging' || f.aspect === 'malar-share' || f.aspect === 'simulated-gathering') return null; // a place on the face, checked below
  const lead = threads[0]!;
  const part = namedPart(f.title);
  return partProblem(f.location, lead, part, f.threads.length > 1 ? threads : [lead]);
}

function partProblem(p: FacePoint, t: Thread, part: Part, any: readonly Thread[]): string | null {
  const onSome = any.map((x) => ({ t: x, at: project(p, x.path) })).sort((a, b) => a.at.distance - b.at.distance)[0]!;
  if (onSome.at.distance > ON_PATH_MM) return `${onSome.at.distance.toFixed(2)} mm off the path`;
  const at = onSome.t === t ? onSome.at : project(p, t.path);
  const length = cumulativeLengths(t.path).at(-1)!;
  const fixation = t.fixationEnd === 'entry' ? 0 : length;
  switch (part) {
    case 'entry point':
      return at.along <= NEAR_END_MM ? null : `${at.along.toFixed(1)} mm from the entry point`;
    case 'far end':
      return length - at.along <= NEAR_END_MM ? null : `${(length - at.along).toFixed(1)} mm from the far end`;
    case 'fixation point':
      return Math.abs(at.along - fixation) <= ON_PATH_MM ? null : `${Math.abs(at.along - fixation).toFixed(1)} mm from the fixation point`;
    case 'barbed section':
      if (t.barbed === null) return 'no barbed section';
      return at.along >= t.barbed.startMm - ON_PATH_MM && at.along <= t.barbed.endMm + ON_PATH_MM ? null : `at ${at.along.toFixed(1)} mm, outside the barbed section ${t.barbed.startMm}-${t.barbed.endMm} mm`;
    case 'path':
      return null;
  }
}

// ---- the checks ----------------------------------------------------------------------------


describe('findings never contradict themselves (every example and training case)', () => {
  it('finds plans to check', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(17);
    expect(CASES.length).toBeGreaterThanOrEqual(12);
  });

  it('prints every quantity of a title identically in its text', () => {
    const problems: string[] = [];
    for (const { name, plan } of PLANS) {
      for (const f of findingsOf(plan)) {
        const missing = quantitiesIn(f.title).filter((q) => !f.message.includes(q));
        if (missing.length > 0) problems.push(`${name} ${f.rule}/${f.aspect}: "${missing.join('", "')}" of "${f.title}" not in "${f.message}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows no internal id in any finding', () => {
    const problems: string[] = [];
    for (const { name, plan } of PLANS) {
      for (const f of findingsOf(plan)) {
        for (const text of [f.title, f.message, f.fix]) {
          const ids = internalIdsIn(text);
          if (ids.length > 0) problems.push(`${name} ${f.rule}/${f.aspect}: ${ids.join(', ')} in "${text}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows no internal id in the compare and exercise texts of any training case', () => {
    const problems: string[] = [];
    for (const c of CASES) {
      const diff = diffPlans(c.poor, c.corrected, CANONICAL_ATLAS);
      const summary = finishExercise(recordEdit(startExercise(c.poor), c.corrected), CANONICAL_ATLAS);
      const texts = [
        ...[diff, summary.diff].flatMap((d) => [
          ...d.threadsMoved.flatMap((m) => [m.description, ...m.changes.map((ch) => ch.description)]),
          ...d.entryPointsMoved.map((m) => m.description),
          ...[...d.findingsResolved, ...d.findingsIntroduced, ...d.findingsRemaining].flatMap((f) => [f.title, f.message, f.fix]),
        ]),
      ];
      for (const text of texts) {
        const ids = internalIdsIn(text);
        if (ids.length > 0) problems.push(`${c.id}: ${ids.join(', ')} in "${text}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('makes every verb agree with the threads it follows ("Thread 1 ends", "Threads 1 and 2 end")', () => {
    const problems: string[] = [];
    for (const { name, plan } of PLANS) {
      for (const f of findingsOf(plan)) {
        for (const text of [f.title, f.message, f.fix]) {
          const wrong = disagreements(text);
          if (wrong.length > 0) problems.push(`${name} ${f.rule}/${f.aspect}: "${wrong.join('", "')}" in "${text}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('places every highlight on the part of the thread its title names', () => {
    const problems: string[] = [];
    for (const { name, plan } of PLANS) {
      for (const f of findingsOf(plan)) {
        const problem = locationProblem(f, plan);
        if (problem) problems.push(`${name} ${f.rule}/${f.aspect} "${f.title}": ${namedPart(f.title)} expected, location ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('places a finding about a place on the cheekbone on the malar prominence', () => {
    const malar = CANONICAL_ATLAS.regions.filter((r) => r.kind === 'malar');
    const problems: string[] = [];
    for (const { name, plan } of PLANS) {
      for (const f of findingsOf(plan)) {
        if (f.rule !== 'cheekbone-concentration' || f.location === null || !(f.aspect === 'converging' || f.aspect === 'malar-share')) continue;
        const loc = f.location;
        const inside = malar.some((r) => pointInPolygon(loc, r.outline));
        if (!inside) problems.push(`${name} ${f.aspect} "${f.title}" at ${loc.x.toFixed(1)},${loc.y.toFixed(1)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('read quantities, ids and named parts as intended', () => {
    expect(quantitiesIn('Thread 1 runs too shallow for 65 mm, at 59°, 50% and 1.8 N')).toEqual(['65 mm', '59°', '50%', '1.8 N']);
    expect(quantitiesIn('Thread 12 and threads 3, 4')).toEqual([]);
    expect(internalIdsIn('fixation in deep-temporal-fascia-right')).toContain('deep-temporal-fascia-right');
    expect(internalIdsIn('fixation in the deep temporal fascia')).toEqual([]);
    expect(namedPart('Barbs of thread 1 sit close to its entry point')).toBe('entry point');
    expect(namedPart('The barbs of thread 2 stop on the cheekbone')).toBe('barbed section');
    expect(namedPart('Thread 1 is anchored in mobile tissue')).toBe('fixation point');
    expect(disagreements('Thread 1 end or meet on the malar prominence')).toEqual(['Thread 1 end']);
    expect(disagreements('Threads 1 and 2 crosses each other; threads 3, 4 and 5 are close')).toEqual(['Threads 1 and 2 crosses']);
    expect(disagreements('Thread 1 ends or meets; threads 2 and 3 end or meet; thread 4 carries all; thread 5 is')).toEqual([]);
    expect(disagreements('Barbs of thread 1 sit close to its entry point')).toEqual([]);
  });
});
