import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue/thread-types';
import { problemsOf } from '../../../../shared/training';
import { createCaseLibrary } from '../../../../renderer/training/case-library';
import { lazyCaseLibrary } from '../../../../renderer/training/lazy-case-library';
import { ExerciseTracker } from '../../../../renderer/training/exercise-tracker';
import { exerciseSummary } from '../../../../renderer/training/exercise-summary';
import { presenterStep, stepForKey } from '../../../../renderer/training/presenter-steps';
import { TestEditor } from '../harness';
import type { PlanDocument } from '../../../../shared/plan/types';
import { simulatePlan } from '../../../../shared/simulation';
import type { TissueResult, TissueSource } from '../../../../renderer/simulation/tissue-source';

const analyzePlan = (plan: Parameters<typeof analyze>[0]) => analyze(plan, CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE });

describe('case library (files bundled by Vite)', () => {
  it('lists every case of the index and loads both designs of one', async () => {
    const library = createCaseLibrary();
    const index = await library.index();
    expect(index.cases.length).toBeGreaterThanOrEqual(12);
    const entry = index.cases.find((c) => c.id === 'jawline-over-tension')!;
    const loaded = await library.load(entry);
    expect(loaded.case.rules).toEqual(['over-tension']);
    expect(loaded.poor.threads.length).toBeGreaterThan(0);
    expect(problemsOf(analyzePlan(loaded.poor)).some((f) => f.rule === 'over-tension')).toBe(true);
    expect(problemsOf(analyzePlan(loaded.corrected))).toEqual([]);
    // Loaded once: the same object the second time.
    expect(await library.load(entry)).toBe(loaded);
  });

  it('reads the same library when its code is loaded on first use', async () => {
    const lazy = lazyCaseLibrary(new Set(THREAD_CATALOGUE.map((t) => t.id)));
    const index = await lazy.index();
    expect(index).toEqual(await createCaseLibrary().index());
    const entry = index.cases[0]!;
    const loaded = await lazy.load(entry);
    expect(loaded.entry.id).toBe(entry.id);
    expect(loaded.poorText).toBe((await createCaseLibrary().load(entry)).poorText);
  });

  it('refuses a broken case file with the file and the problem, and tries again later', async () => {
    let caseText = '{ "format": "vectorlift-case" ';
    const files = {
      'index.json': async () =>
        JSON.stringify({
          format: 'vectorlift-case-index',
          schemaVersion: 1,
          cases: [{ id: 'x', title: 'X', area: 'brow', rules: [], mistakes: [], summary: '', case: 'x/case.json', poor: 'x/poor.vlift', corrected: 'x/corrected.vlift' }],
        }),
      'x/case.json': async () => caseText,
      'x/poor.vlift': async () => 'not json',
      'x/corrected.vlift': async () => 'not json',
    };
    const library = createCaseLibrary(files);
    const [entry] = (await library.index()).cases;
    await expect(library.load(entry!)).rejects.toThrow(/x\/case\.json: .*JSON/);
    caseText = 'still broken';
    await expect(library.load(entry!)).rejects.toThrow(/x\/case\.json/);
  });
});

describe('presenter steps', () => {
  it('reveals the threads one at a time in plan order, each with its own findings', async () => {
    const library = createCaseLibrary();
    const entry = (await library.index()).cases.find((c) => c.id === 'midface-threads-in-dermis')!;
    const { poor } = await library.load(entry);
    const analysis = analyzePlan(poor);
    const n = poor.threads.length;
    expect(n).toBeGreaterThan(1);

    const overview = presenterStep(poor, analysis, 0);
    expect(overview.plan.threads).toEqual([]);
    expect(overview.plan.entryPoints).toEqual(poor.entryPoints);
    expect(overview.thread).toBeNull();
    expect(overview.analysis.findings).toEqual([]);

    for (let k = 1; k <= n; k++) {
      const step = presenterStep(poor, analysis, k);
      expect(step.plan.threads.map((t) => t.id)).toEqual(poor.threads.slice(0, k).map((t) => t.id));
      expect(step.thread?.id).toBe(poor.threads[k - 1]!.id);
      for (const f of step.findings) expect(f.threads.length === 0 || f.threads.includes(step.thread!.id)).toBe(true);
      expect(step.findings).toEqual(analysis.findings.filter((f) => f.threads.includes(step.thread!.id) || (k === n && f.threads.length === 0)));
      // Only findings about revealed threads colour the diagram.
      const shown = new Set(step.plan.threads.map((t) => t.id));
      for (const f of step.analysis.findings) expect(f.threads.every((id) => shown.has(id))).toBe(true);
    }
    expect(presenterStep(poor, analysis, n + 5).index).toBe(n);
    expect(presenterStep(poor, analysis, n).plan).toBe(poor);
  });

  it('maps keys to steps and stops at both ends', () => {
    expect(stepForKey('ArrowRight', 0, 3)).toBe(1);
    expect(stepForKey(' ', 2, 3)).toBe(3);
    expect(stepForKey(' ', 3, 3)).toBe(3);
    expect(stepForKey('ArrowLeft', 0, 3)).toBe(0);
    expect(stepForKey('ArrowLeft', 2, 3)).toBe(1);
    expect(stepForKey('Home', 2, 3)).toBe(0);
    expect(stepForKey('End', 0, 3)).toBe(3);
    expect(stepForKey('x', 1, 3)).toBeNull();
  });
});

describe('exercise tracker', () => {
  it('counts one edit per finished change (a drag is one), and the summary shows what was fixed', async () => {
    const library = createCaseLibrary();
    const entry = (await library.index()).cases.find((c) => c.id === 'jawline-over-tension')!;
    const loaded = await library.load(entry);
    const t = await TestEditor.create();
    await t.editor.loadPlanText(loaded.poorText, { documentId: null, name: 'exercise.vlift' });
    const tracker = new ExerciseTracker(t.editor);
    tracker.start({ caseId: entry.id, caseTitle: entry.title, fileName: 'exercise.vlift' });
    const atStart = problemsOf(t.snapshot.analysis).length;
    expect(atStart).toBeGreaterThan(0);

    // Fix the tension of every over-tensioned thread: one edit each.
    const tight = t.plan.threads.filter((th) => th.tensionN > 1);
    for (const th of tight) t.editor.updateThread(th.id, { tensionN: 1 });
    expect(tracker.getSnapshot()!.state.edits).toBe(tight.length);

    // A drag of an entry point: several moves, one edit.
    const ep = t.plan.entryPoints[0]!;
    t.drag([ep.position.x, ep.position.y], [ep.position.x + 2, ep.position.y], { kind: 'entry-point', id: ep.id });
    expect(tracker.getSnapshot()!.state.edits).toBe(tight.length + 1);

    const summary = exerciseSummary(tracker, CANONICAL_ATLAS)!;
    expect(summary.edits).toBe(tight.length + 1);
    expect(summary.findingsAtStart).toHaveLength(atStart);
    expect(summary.resolved.some((f) => f.rule === 'over-tension')).toBe(true);
    expect(summary.findingsRemaining.every((f) => f.rule !== 'over-tension')).toBe(true);
  });

  it('starts from the design\'s simulated evidence once the simulation answers, so it is not counted as introduced', async () => {
    const library = createCaseLibrary();
    const entry = (await library.index()).cases.find((c) => c.id === 'midface-converging-on-cheekbone')!;
    const loaded = await library.load(entry);
    // A tissue source that answers only when told to, with the real simulation.
    const requested: PlanDocument[] = [];
    const listeners = new Set<(r: TissueResult) => void>();
    const tissue: TissueSource = {
      request: (plan) => void requested.push(plan),
      subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    };
    const answerLatest = () => {
      const plan = requested[requested.length - 1]!;
      const { summary, map } = simulatePlan(plan, CANONICAL_ATLAS, THREAD_CATALOGUE);
      for (const l of listeners) l({ plan, summary, map });
    };
    const t = await TestEditor.create({ tissue });
    await t.editor.loadPlanText(loaded.poorText, { documentId: null, name: 'exercise.vlift' });
    const tracker = new ExerciseTracker(t.editor);
    tracker.start({ caseId: entry.id, caseTitle: entry.title, fileName: 'exercise.vlift' });
    const simulated = (a: { findings: readonly { aspect?: string }[] }) => a.findings.filter((f) => f.aspect === 'simulated-gathering').length;
    expect(simulated(tracker.getSnapshot()!.startAnalysis)).toBe(0);
    answerLatest();
    expect(simulated(t.snapshot.analysis)).toBe(2);
    expect(simulated(tracker.getSnapshot()!.startAnalysis)).toBe(2);
    expect(tracker.getSnapshot()!.state.edits).toBe(0);
    const summary = exerciseSummary(tracker, CANONICAL_ATLAS)!;
    expect(summary.introduced).toEqual([]);
  });

  it('ends when another plan is opened', async () => {
    const t = await TestEditor.create();
    const tracker = new ExerciseTracker(t.editor);
    tracker.start({ caseId: 'x', caseTitle: 'X', fileName: t.snapshot.file.name });
    expect(tracker.getSnapshot()).not.toBeNull();
    await t.editor.loadPlanText(JSON.stringify(t.plan), { documentId: null, name: 'other.vlift' });
    expect(tracker.getSnapshot()).toBeNull();
  });
});

describe('presenter overlay keys', () => {
  it('1-5 switch the overlays in the View menu order; other keys none', async () => {
    const { overlayForKey, PRESENTER_OVERLAYS } = await import('../../../../renderer/training/presenter-steps');
    expect(['1', '2', '3', '4', '5'].map(overlayForKey)).toEqual([...PRESENTER_OVERLAYS]);
    expect(PRESENTER_OVERLAYS).toEqual(['regions', 'muscles', 'danger-zones', 'fixation', 'fixed-mobile-line']);
    expect(overlayForKey('6')).toBeNull();
    expect(overlayForKey('0')).toBeNull();
    expect(overlayForKey('a')).toBeNull();
  });
});
