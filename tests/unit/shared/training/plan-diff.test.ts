import { describe, expect, it } from 'vitest';
import { analyze, findingKey, type Finding } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { polylineLength } from '../../../../shared/geometry/polyline';
import { CANONICAL_SURFACE, surfaceLength } from '../../../../shared/surface';
import type { PlanDocument, Thread } from '../../../../shared/plan';
import { describeThreadMoved, diffPlans, matchFindings, MAX_PAIR_COST_MM, pairThreadsByGeometry, threadPairCost } from '../../../../shared/training';
import { fanPlan, libraryPlan, withThread } from './fixtures';

const diff = (a: PlanDocument, b: PlanDocument) => diffPlans(a, b, CANONICAL_ATLAS);
const rules = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

describe('diffPlans', () => {
  it('finds nothing between a plan and itself; every finding remains', () => {
    const plan = withThread(fanPlan(), 't1', (t) => ({ ...t, tensionN: 2.5 }));
    const d = diff(plan, plan);
    expect(d.threadsAdded).toEqual([]);
    expect(d.threadsRemoved).toEqual([]);
    expect(d.threadsMoved).toEqual([]);
    expect(d.entryPointsAdded).toEqual([]);
    expect(d.entryPointsRemoved).toEqual([]);
    expect(d.entryPointsMoved).toEqual([]);
    expect(d.findingsResolved).toEqual([]);
    expect(d.findingsIntroduced).toEqual([]);
    expect(d.findingsRemaining.length).toBe(d.analysis.after.findings.length);
    expect(d.findingsRemaining.length).toBeGreaterThan(0);
  });

  it('reports a tension change with its numbers and the over-tension finding it resolves', () => {
    const before = withThread(fanPlan(), 't2', (t) => ({ ...t, tensionN: 2.5 }));
    const d = diff(before, fanPlan());
    expect(d.threadsMoved).toHaveLength(1);
    const moved = d.threadsMoved[0]!;
    expect(moved.id).toBe('t2');
    expect(moved.changes.map((c) => c.kind)).toEqual(['tension']);
    expect(moved.description).toBe("Thread 2 (patient's right): tension 2.5 N → 1 N");
    // Beyond what it holds, t2 is an over-tension problem; the pair is not also called uneven.
    expect(d.findingsResolved.map((f) => [f.rule, f.threads])).toEqual([['over-tension', ['t2']]]);
    expect(d.findingsIntroduced).toEqual([]);
  });

  it('reports a corrected lot (midface-out-of-date-threads), instead of saying nothing changed', () => {
    const before = libraryPlan('midface-out-of-date-threads', 'poor');
    const d = diff(before, libraryPlan('midface-out-of-date-threads', 'corrected'));
    // Threads 2, 3, 5 and 6 of the poor design, the ones the expired-lot finding names.
    expect(d.threadsMoved.map((m) => m.beforeNumber)).toEqual([2, 3, 5, 6]);
    for (const m of d.threadsMoved) {
      expect(m.changes.map((c) => c.kind)).toEqual(['lot']);
      expect(m.description).toMatch(/^Thread \d \(patient's (left|right)\): lot PDO-23-0118, expiry 2025-04-30 → PDO-25-0311, expiry 2027-03-31$/);
      // The expiry as each language writes a day.
      expect(describeThreadMoved(m, 'ru', { atlas: CANONICAL_ATLAS })).toMatch(/: серия PDO-23-0118, срок годности 30\.04\.2025 → PDO-25-0311, срок годности 31\.03\.2027$/);
      expect(describeThreadMoved(m, 'ko', { atlas: CANONICAL_ATLAS })).toMatch(/: 로트 PDO-23-0118, 유효기간 2025년 4월 30일 → PDO-25-0311, 유효기간 2027년 3월 31일$/);
    }
    expect(d.findingsResolved.map((f) => f.rule)).toEqual(['product-expiry']);
  });

  it('reports a change to every property a thread has (a new property must be added here and to threadChanges)', () => {
    const plan = fanPlan();
    const base = plan.threads[1]!;
    const changed: { readonly [K in keyof Thread]: ((t: Thread) => Thread) | null } = {
      id: null, // what matches the threads
      side: (t) => ({ ...t, side: t.side === 'left' ? 'right' : 'left' }),
      typeId: (t) => ({ ...t, typeId: 'pdo-cog-uni-19g-100' }),
      entryPointId: (t) => ({ ...t, entryPointId: 'other' }),
      path: (t) => ({ ...t, path: t.path.map((p, i) => (i === t.path.length - 1 ? { x: p.x, y: p.y - 5 } : p)) }),
      depthMm: (t) => ({ ...t, depthMm: 3 }),
      pointDepthsMm: (t) => ({ ...t, pointDepthsMm: t.pointDepthsMm.map((d, i) => (i === 0 ? 3.5 : d)) }),
      barbed: (t) => ({ ...t, barbed: null }),
      fixationEnd: (t) => ({ ...t, fixationEnd: t.fixationEnd === 'entry' ? 'distal' : 'entry' }),
      fixationZoneId: (t) => ({ ...t, fixationZoneId: null }),
      tensionN: (t) => ({ ...t, tensionN: 0.5 }),
      lot: (t) => ({ ...t, lot: { number: 'X-1', expiry: '2030-01-31' } }),
      notes: (t) => ({ ...t, notes: 'checked with the patient' }),
    };
    // Every key of a real thread is listed above.
    expect(Object.keys(changed).sort()).toEqual(Object.keys(base).sort());
    for (const [key, change] of Object.entries(changed)) {
      if (!change) continue;
      const d = diff(plan, withThread(plan, base.id, change));
      expect(d.threadsMoved.map((m) => m.id), key).toEqual([base.id]);
    }
    // Nothing recorded is nothing recorded, with or without an empty lot object.
    const empty = withThread(plan, base.id, (t) => ({ ...t, lot: null }));
    expect(diff(empty, withThread(plan, base.id, (t) => ({ ...t, lot: { number: ' ', expiry: '' } }))).threadsMoved).toEqual([]);
  });

  it('reports depth changes and the superficial-path findings they resolve', () => {
    const before = libraryPlan('midface-threads-in-dermis', 'poor');
    const after = libraryPlan('midface-threads-in-dermis', 'corrected');
    const d = diff(before, after);
    expect(d.threadsMoved.map((m) => m.id)).toEqual(after.threads.map((t) => t.id));
    for (const m of d.threadsMoved) expect(m.changes).toEqual([{ kind: 'depth', from: { lowMm: 1.8, highMm: 1.8 }, to: { lowMm: 4.5, highMm: 4.5 }, description: 'depth 1.8 mm → 4.5 mm' }]);
    expect(rules(d.findingsResolved)).toEqual(['superficial-path']);
    expect(d.findingsResolved).toHaveLength(6);
    expect(d.findingsRemaining).toEqual([]);
  });

  it('reports a moved path end in plain words', () => {
    const before = fanPlan();
    const after = withThread(before, 't4', (t) => ({ ...t, path: [...t.path.slice(0, -1), { x: t.path.at(-1)!.x, y: t.path.at(-1)!.y - 12 }] }));
    const [moved] = diff(before, after).threadsMoved;
    expect(moved!.changes.map((c) => c.kind)).toEqual(['path']);
    // Lengths on the skin, as the inspector and the findings give them, not on the diagram.
    const skin = (id: string, plan: PlanDocument) => surfaceLength(CANONICAL_SURFACE, plan.threads.find((t) => t.id === id)!.path);
    const drawn = polylineLength(before.threads.find((t) => t.id === 't4')!.path);
    expect(skin('t4', before)).toBeGreaterThan(drawn + 5);
    expect(moved!.description).toBe(`Thread 4 (patient's left): path far end moved 12 mm up, length ${Math.round(skin('t4', before))} mm → ${Math.round(skin('t4', after))} mm`);
  });

  it('matches threads by id first: a thread that keeps its id is never paired by geometry', () => {
    const before = fanPlan();
    // t1 keeps its id though its path now lies where t2 was; t2 is gone.
    const t2 = before.threads[1]!;
    const after: PlanDocument = { ...before, threads: before.threads.filter((t) => t.id !== 't2').map((t) => (t.id === 't1' ? { ...t, path: t2.path } : t)) };
    const d = diff(before, after);
    expect(d.threadsMoved.map((m) => [m.id, m.beforeId, m.matchedBy])).toEqual([['t1', 't1', 'id']]);
    expect(d.threadsRemoved.map((r) => r.id)).toEqual(['t2']);
    expect(d.threadsAdded).toEqual([]);
  });

  it('pairs a redrawn thread (new id, same place) with the one it replaces: changed, not removed plus added', () => {
    const before = fanPlan();
    const old = before.threads[2]!;
    const redrawn = { ...old, id: 't9', typeId: 'pdo-cog-uni-19g-100', depthMm: 1, path: old.path.map((p) => ({ x: p.x - 3, y: p.y })) };
    const after: PlanDocument = { ...before, threads: [...before.threads.filter((t) => t.id !== old.id), redrawn] };
    const d = diff(before, after);
    expect(d.threadsRemoved).toEqual([]);
    expect(d.threadsAdded).toEqual([]);
    expect(d.threadsMoved).toHaveLength(1);
    const moved = d.threadsMoved[0]!;
    expect([moved.id, moved.number, moved.beforeId, moved.beforeNumber, moved.matchedBy]).toEqual(['t9', 6, 't3', 3, 'geometry']);
    expect(moved.changes.map((c) => c.kind)).toEqual(['type', 'path', 'depth']);
    // Each end moved 3 mm outward on the diagram; the description gives the move on the skin.
    const start = surfaceLength(CANONICAL_SURFACE, [old.path[0]!, redrawn.path[0]!]);
    expect(start).toBeGreaterThan(3);
    expect(moved.description).toMatch(new RegExp(`^Thread 3 \\(patient's right; thread 6 in the corrected design\\): thread type .+; path start moved ${Math.round(start)} mm outward, far end moved \\d+ mm (outward|toward the midline); depth 4\\.5 mm → 1 mm$`));
    // The redrawn thread's depth problem is new; nothing of the old thread is "resolved" by the redraw.
    expect(d.findingsIntroduced.map((f) => [f.rule, f.threads])).toEqual([['superficial-path', ['t9']]]);
    expect(d.findingsResolved).toEqual([]);
  });

  it('keeps a problem that a redrawn thread still has as remaining, not resolved plus introduced', () => {
    const before = withThread(fanPlan(), 't2', (t) => ({ ...t, tensionN: 2.5 }));
    const after: PlanDocument = { ...before, threads: before.threads.map((t) => (t.id === 't2' ? { ...t, id: 't20' } : t)) };
    const d = diff(before, after);
    expect(d.threadsMoved).toEqual([]); // same geometry and settings: nothing to say
    expect(d.threadsAdded).toEqual([]);
    expect(d.threadsRemoved).toEqual([]);
    expect(d.findingsResolved).toEqual([]);
    expect(d.findingsIntroduced).toEqual([]);
    expect(d.findingsRemaining.map((f) => [f.rule, f.threads])).toEqual([['over-tension', ['t20']]]);
  });

  it('shows a genuinely new thread as added, and pairs only the one that corresponds', () => {
    const before = fanPlan();
    const old = before.threads[0]!; // right side, temple fan
    const redrawn = { ...old, id: 't10', tensionN: 1.5 };
    // A new right-side neck thread, far from anything in the old design.
    const neck = { ...old, id: 't11', entryPointId: old.entryPointId, path: [{ x: -30, y: 150 }, { x: -60, y: 120 }] };
    // t1 and t2 (both right) are gone; t2 has no counterpart, and the neck thread is too far from it to pair.
    const after: PlanDocument = { ...before, threads: [...before.threads.filter((t) => t.id !== old.id && t.id !== 't2'), neck, redrawn] };
    const d = diff(before, after);
    expect(d.threadsMoved.map((m) => [m.id, m.beforeId, m.changes.map((c) => c.kind)])).toEqual([['t10', 't1', ['tension']]]);
    expect(d.threadsAdded.map((r) => [r.id, r.number, r.side])).toEqual([['t11', 5, 'right']]);
    expect(d.threadsRemoved.map((r) => [r.id, r.number, r.side])).toEqual([['t2', 2, 'right']]);
  });

  it('never pairs a thread with its mirror on the other side', () => {
    const before = fanPlan();
    const rightThread = before.threads.find((t) => t.side === 'right')!;
    const mirrored = { ...rightThread, id: 't12', side: 'left' as const, path: rightThread.path.map((p) => ({ x: -p.x, y: p.y })) };
    // Remove a right thread and add its exact mirror on the left.
    const after: PlanDocument = { ...before, threads: [...before.threads.filter((t) => t.id !== rightThread.id), mirrored] };
    const d = diff(before, after);
    expect(d.threadsMoved).toEqual([]);
    expect(d.threadsRemoved.map((r) => [r.id, r.side])).toEqual([[rightThread.id, 'right']]);
    expect(d.threadsAdded.map((r) => [r.id, r.side])).toEqual([['t12', 'left']]);
    // Even a left thread lying exactly on the right thread is not paired with it.
    expect(threadPairCost(rightThread, { ...rightThread, side: 'left' })).toBe(Infinity);
  });

  it('leaves threads unpaired beyond the maximum cost', () => {
    const before = fanPlan();
    const old = before.threads[0]!;
    const far = { ...old, id: 't13', path: old.path.map((p) => ({ x: p.x, y: p.y + MAX_PAIR_COST_MM })) };
    expect(threadPairCost(old, far)).toBeGreaterThan(MAX_PAIR_COST_MM);
    expect(pairThreadsByGeometry([old], [far])).toEqual([]);
    const near = { ...far, path: old.path.map((p) => ({ x: p.x, y: p.y + 20 })) };
    expect(threadPairCost(old, near)).toBeCloseTo(40, 6); // entry 20 mm + every sample 20 mm
    expect(pairThreadsByGeometry([old], [far, near]).map((p) => p.after.id)).toEqual(['t13']);
  });

  it('pairs the redrawn library case threads by geometry: converging midface vectors show as changed', () => {
    const before = libraryPlan('midface-converging-on-cheekbone', 'poor');
    const after = libraryPlan('midface-converging-on-cheekbone', 'corrected');
    const d = diff(before, after);
    expect(d.threadsAdded).toEqual([]);
    expect(d.threadsRemoved).toEqual([]);
    expect(d.threadsMoved).toHaveLength(6);
    for (const m of d.threadsMoved) {
      expect(m.matchedBy).toBe('geometry');
      expect(m.before.side).toBe(m.after.side);
      expect(m.changes.map((c) => c.kind)).toEqual(expect.arrayContaining(['entry', 'path', 'fixation']));
      expect(m.changes.map((c) => c.kind)).not.toContain('depth'); // both 4.5 mm: not a change
    }
    expect(new Set(d.threadsMoved.map((m) => m.beforeId)).size).toBe(6);
    expect(rules(d.findingsResolved)).toEqual(['cheekbone-concentration', 'weak-fixation']);
  });

  it('describes a type, barb and fixation change in one line', () => {
    const before = fanPlan();
    const after = withThread(before, 't1', (t) => ({ ...t, typeId: 'pdo-mono-27g-60', barbed: null, fixationZoneId: null }));
    const [moved] = diff(before, after).threadsMoved;
    expect(moved!.changes.map((c) => c.kind)).toEqual(['type', 'barbs', 'fixation']);
    expect(moved!.description).toMatch(/^Thread 1 \(patient's right\): thread type .+ → .+; barbed section 55-82 mm → none; fixation entry end in the deep temporal fascia → entry end in no fixation zone$/);
  });

  it('reports entry points added, removed and moved', () => {
    const before = fanPlan();
    const [right, left] = before.entryPoints;
    const after: PlanDocument = {
      ...before,
      entryPoints: [{ ...right!, position: { x: right!.position.x - 5, y: right!.position.y } }, { id: 'e9', label: 'Z', position: { x: 40, y: 40 }, side: 'left' }],
      threads: before.threads.map((t) => (t.entryPointId === left!.id ? { ...t, entryPointId: 'e9', path: [{ x: 40, y: 40 }, ...t.path.slice(1)] } : t)),
    };
    const d = diff(before, after);
    expect(d.entryPointsAdded.map((e) => e.id)).toEqual(['e9']);
    expect(d.entryPointsRemoved.map((e) => e.id)).toEqual([left!.id]);
    // 5 mm outward on the diagram, beside the ear, is far more on the skin (the face turns away there).
    const skinMove = surfaceLength(CANONICAL_SURFACE, [right!.position, { x: right!.position.x - 5, y: right!.position.y }]);
    expect(skinMove).toBeGreaterThan(8);
    expect(d.entryPointsMoved.map((m) => [m.id, m.distanceMm, m.description])).toEqual([[right!.id, 5, `Entry point ${right!.label}: moved ${Math.round(skinMove)} mm outward`]]);
  });

  it('lists the findings a change introduces', () => {
    const before = fanPlan();
    const after = withThread(before, 't5', (t) => ({ ...t, depthMm: 1.5 }));
    const d = diff(before, after);
    expect(d.findingsResolved).toEqual([]);
    expect(d.findingsIntroduced.map((f) => [f.rule, f.severity, f.threads])).toEqual([['superficial-path', 'critical', ['t5']]]);
  });

  it('shows what the library correction changed: threads removed and crowding resolved', () => {
    const d = diff(libraryPlan('jawline-crowded-threads', 'poor'), libraryPlan('jawline-crowded-threads', 'corrected'));
    expect(rules(d.findingsResolved)).toEqual(['crowding']);
    expect(d.findingsIntroduced).toEqual([]);
    expect(d.threadsRemoved.length).toBe(2);
  });

  it('uses analyses it is given instead of running its own', () => {
    const plan = fanPlan();
    const empty = { findings: [], metrics: analyze(plan, CANONICAL_ATLAS).metrics };
    const before = withThread(plan, 't1', (t) => ({ ...t, tensionN: 2.5 }));
    const d = diffPlans(before, plan, CANONICAL_ATLAS, { analysis: { before: empty } });
    expect(d.analysis.before).toBe(empty);
    expect(d.findingsResolved).toEqual([]);
  });
});

describe('matchFindings', () => {
  const finding = (over: Partial<Finding>): Finding => ({
    rule: 'asymmetry',
    severity: 'warning',
    title: 'x',
    message: 'x',
    fix: 'x',
    threads: ['t1'],
    location: null,
    side: null,
    aspect: 'count',
    ...over,
  });

  it('pairs the same finding by key, and a finding whose thread list changed by rule, check and side', () => {
    const a = finding({ threads: ['t1', 't2'] });
    const b = finding({ threads: ['t1', 't2', 't7'], title: 'other words' });
    expect(findingKey(a)).not.toBe(findingKey(b));
    expect(matchFindings([a], [b])).toEqual({ resolved: [], introduced: [], remaining: [b] });
  });

  it('keeps exact pairs ahead of loose ones, and never pairs findings about different threads', () => {
    const x1 = finding({ rule: 'crowding', aspect: 'close', side: 'left', threads: ['t1', 't2'] });
    const x2 = finding({ rule: 'crowding', aspect: 'close', side: 'left', threads: ['t2', 't3'] });
    // After: t2/t3 still crowded, t1/t2 fixed, a new pair t5/t6 crowded.
    const y2 = { ...x2, title: 'reworded' };
    const y3 = finding({ rule: 'crowding', aspect: 'close', side: 'left', threads: ['t5', 't6'] });
    expect(matchFindings([x1, x2], [y3, y2])).toEqual({ resolved: [x1], introduced: [y3], remaining: [y2] });
  });

  it('pairs whole-plan findings with each other', () => {
    const a = finding({ rule: 'asymmetry', aspect: 'one-sided', severity: 'info', threads: [] });
    const b = { ...a, title: 'Only the left side' };
    expect(matchFindings([a], [b]).remaining).toEqual([b]);
  });

  it('compares thread ids through the geometry pairing it is given', () => {
    const a = finding({ rule: 'over-tension', aspect: 'beyond-hold', side: 'left', threads: ['t3'] });
    const b = { ...a, threads: ['t9'] };
    expect(matchFindings([a], [b])).toEqual({ resolved: [a], introduced: [b], remaining: [] });
    expect(matchFindings([a], [b], new Map([['t9', 't3']]))).toEqual({ resolved: [], introduced: [], remaining: [b] });
  });

  it('resolves and introduces findings of different rules or sides', () => {
    const a = finding({ rule: 'over-tension', aspect: 'beyond-hold', side: 'left' });
    const b = finding({ rule: 'over-tension', aspect: 'beyond-hold', side: 'right' });
    expect(matchFindings([a], [b])).toEqual({ resolved: [a], introduced: [b], remaining: [] });
  });
});
