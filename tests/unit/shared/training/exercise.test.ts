import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { finishExercise, problemsOf, recordEdit, startExercise } from '../../../../shared/training';
import { fanPlan, libraryPlan, withThread } from './fixtures';

describe('training exercise', () => {
  const poor = libraryPlan('jawline-over-tension', 'poor');
  const corrected = libraryPlan('jawline-over-tension', 'corrected');

  it('starts with no edits and, finished at once, fails with every problem remaining', () => {
    const summary = finishExercise(startExercise(poor), CANONICAL_ATLAS);
    expect(summary.edits).toBe(0);
    expect(summary.passed).toBe(false);
    expect(summary.findingsAtStart.length).toBe(4);
    expect(summary.findingsRemaining).toEqual(summary.findingsAtStart);
    expect(summary.resolved).toEqual([]);
    expect(summary.introduced).toEqual([]);
  });

  it('counts each changed design as one edit and ignores an unchanged one', () => {
    let state = startExercise(poor);
    state = recordEdit(state, poor);
    expect(state.edits).toBe(0);
    const step1 = withThread(poor, 't1', (t) => ({ ...t, tensionN: 1 }));
    state = recordEdit(state, step1);
    state = recordEdit(state, step1);
    expect(state.edits).toBe(1);
    expect(state.start).toBe(poor);
    expect(state.current).toBe(step1);
  });

  it('passes when the trainee removes every problem, and lists them as resolved', () => {
    let state = startExercise(poor);
    let plan = poor;
    for (const id of ['t1', 't2', 't3', 't4']) {
      plan = withThread(plan, id, (t) => ({ ...t, tensionN: 1 }));
      state = recordEdit(state, plan);
    }
    expect(plan.threads.map((t) => t.tensionN)).toEqual(corrected.threads.map((t) => t.tensionN));
    const summary = finishExercise(state, CANONICAL_ATLAS);
    expect(summary.edits).toBe(4);
    expect(summary.passed).toBe(true);
    expect(summary.findingsRemaining).toEqual([]);
    expect(summary.resolved).toEqual(summary.findingsAtStart);
    expect(summary.introduced).toEqual([]);
    expect(summary.diff.threadsMoved.map((m) => m.changes.map((c) => c.kind))).toEqual([['tension'], ['tension'], ['tension'], ['tension']]);
  });

  it('reports problems the edits introduced, and does not pass while any is left', () => {
    let state = startExercise(poor);
    state = recordEdit(state, { ...corrected, threads: corrected.threads.map((t) => (t.id === 't2' ? { ...t, depthMm: 1 } : t)) });
    const summary = finishExercise(state, CANONICAL_ATLAS);
    expect(summary.resolved.map((f) => f.rule)).toEqual(['over-tension', 'over-tension', 'over-tension', 'over-tension']);
    expect(summary.introduced.map((f) => [f.rule, f.threads])).toEqual([['superficial-path', ['t2']]]);
    expect(summary.passed).toBe(false);
  });

  it('counts a thread deleted and redrawn as the same thread: changed, its problem left over not resolved', () => {
    // The trainee deletes over-tensioned t1 and draws it again in place (new id, still 2.5 N), then fixes t2
    // and its mirror counterpart t4 (fixing one side only would leave the pair tensioned unevenly).
    const t1 = poor.threads.find((t) => t.id === 't1')!;
    const redrawn = { ...t1, id: 't99', path: t1.path.map((p) => ({ x: p.x + 1, y: p.y })) };
    let state = startExercise(poor);
    state = recordEdit(state, { ...poor, threads: poor.threads.filter((t) => t.id !== 't1') });
    const finished = withThread(withThread({ ...state.current, threads: [...state.current.threads, redrawn] }, 't2', (t) => ({ ...t, tensionN: 1 })), 't4', (t) => ({ ...t, tensionN: 1 }));
    state = recordEdit(state, finished);
    const summary = finishExercise(state, CANONICAL_ATLAS);
    expect(summary.diff.threadsAdded).toEqual([]);
    expect(summary.diff.threadsRemoved).toEqual([]);
    expect(summary.diff.threadsMoved.map((m) => [m.id, m.beforeId, m.matchedBy])).toEqual([
      ['t2', 't2', 'id'],
      ['t4', 't4', 'id'],
      ['t99', 't1', 'geometry'],
    ]);
    const t1Problems = summary.findingsAtStart.filter((f) => f.threads.includes('t1'));
    expect(t1Problems.length).toBeGreaterThan(0);
    expect(summary.resolved.filter((f) => f.threads.includes('t1'))).toEqual([]);
    expect(summary.introduced).toEqual([]);
    expect(summary.findingsRemaining.filter((f) => f.threads.includes('t99')).map((f) => f.rule)).toEqual(t1Problems.map((f) => f.rule));
    expect(summary.resolved.map((f) => f.threads)).toEqual([['t2'], ['t4']]);
  });

  it('does not count info notes as problems: a one-sided plan can pass', () => {
    const full = fanPlan();
    const oneSided = { ...full, entryPoints: full.entryPoints.filter((e) => e.side === 'left'), threads: full.threads.filter((t) => t.side === 'left') };
    const analysis = analyze(oneSided, CANONICAL_ATLAS);
    expect(analysis.findings.map((f) => f.severity)).toEqual(['info']);
    expect(problemsOf(analysis)).toEqual([]);
    const summary = finishExercise(recordEdit(startExercise(full), oneSided), CANONICAL_ATLAS);
    expect(summary.passed).toBe(true);
    expect(summary.introduced).toEqual([]);
    expect(summary.diff.threadsRemoved.length).toBe(3);
  });
});
