import { describe, expect, it } from 'vitest';
import { analyze, findingKey, type Finding } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import type { PlanDocument } from '../../../../shared/plan';
import { diffPlans, matchFindings } from '../../../../shared/training';
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
    expect(moved.description).toBe('Thread 2 (right): tension 2.5 N -> 1 N');
    expect(d.findingsResolved.map((f) => [f.rule, f.threads])).toEqual([['over-tension', ['t2']]]);
    expect(d.findingsIntroduced).toEqual([]);
  });

  it('reports depth changes and the superficial-path findings they resolve', () => {
    const before = libraryPlan('midface-threads-in-dermis', 'poor');
    const after = libraryPlan('midface-threads-in-dermis', 'corrected');
    const d = diff(before, after);
    expect(d.threadsMoved.map((m) => m.id)).toEqual(after.threads.map((t) => t.id));
    for (const m of d.threadsMoved) expect(m.changes).toEqual([{ kind: 'depth', description: 'depth 1.8 mm -> 4.5 mm' }]);
    expect(rules(d.findingsResolved)).toEqual(['superficial-path']);
    expect(d.findingsResolved).toHaveLength(6);
    expect(d.findingsRemaining).toEqual([]);
  });

  it('reports a moved path end in plain words', () => {
    const before = fanPlan();
    const after = withThread(before, 't4', (t) => ({ ...t, path: [...t.path.slice(0, -1), { x: t.path.at(-1)!.x, y: t.path.at(-1)!.y - 12 }] }));
    const [moved] = diff(before, after).threadsMoved;
    expect(moved!.changes.map((c) => c.kind)).toEqual(['path']);
    expect(moved!.description).toBe('Thread 4 (left): path far end moved 12 mm up, length 88 mm -> 80 mm');
  });

  it('matches threads by id: a removed and a new thread are removed plus added, not moved', () => {
    const before = fanPlan();
    const removed = before.threads[2]!;
    const after: PlanDocument = {
      ...before,
      threads: [...before.threads.filter((t) => t.id !== removed.id), { ...removed, id: 't9', typeId: 'pdo-cog-uni-19g-100' }],
    };
    const d = diff(before, after);
    expect(d.threadsRemoved.map((r) => [r.id, r.number])).toEqual([['t3', 3]]);
    expect(d.threadsAdded.map((r) => [r.id, r.number])).toEqual([['t9', 6]]);
    expect(d.threadsMoved).toEqual([]);
  });

  it('describes a type, barb and fixation change in one line', () => {
    const before = fanPlan();
    const after = withThread(before, 't1', (t) => ({ ...t, typeId: 'pdo-mono-27g-60', barbed: null, fixationZoneId: null }));
    const [moved] = diff(before, after).threadsMoved;
    expect(moved!.changes.map((c) => c.kind)).toEqual(['type', 'barbs', 'fixation']);
    expect(moved!.description).toMatch(/^Thread 1 \(right\): thread type .+ -> .+; barbed section 55-82 mm -> none; fixation entry end in deep-temporal-fascia-right -> entry end in no zone$/);
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
    expect(d.entryPointsMoved.map((m) => [m.id, m.distanceMm, m.description])).toEqual([[right!.id, 5, `Entry point ${right!.label}: moved 5 mm outward`]]);
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

  it('resolves and introduces findings of different rules or sides', () => {
    const a = finding({ rule: 'over-tension', aspect: 'beyond-hold', side: 'left' });
    const b = finding({ rule: 'over-tension', aspect: 'beyond-hold', side: 'right' });
    expect(matchFindings([a], [b])).toEqual({ resolved: [a], introduced: [b], remaining: [] });
  });
});
