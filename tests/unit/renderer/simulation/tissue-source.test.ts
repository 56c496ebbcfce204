import { describe, expect, it, vi } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import type { PlanDocument } from '../../../../shared/plan/types';
import { TissueSimulator } from '../../../../shared/simulation';
import { tissueBands } from '../../../../shared/scene/tissue-bands';
import { knownTissueBands } from '../../../../shared/scene/layers/tissue';
import { tissueMeshInView } from '../../../../shared/scene/view-projection';
import { PlanBuilder, meta } from '../../../../cli/examples/builder';
import { TEMPLE, midfaceVector } from '../../../../cli/examples/plans';
import type { TissueReply, TissueRequest } from '../../../../renderer/simulation/tissue-protocol';
import { workerTissueSource, type TissueResult, type WorkerLike } from '../../../../renderer/simulation/tissue-source';
import { TISSUE_MAP_DRAG_INTERVAL_MS } from '../../../../renderer/editor/editor-state';
import { TestEditor, at, on } from '../harness';

/**
 * The editor's side of the Worker: a fake worker that answers when told to, running the real
 * simulation as the Worker script does.
 */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<TissueReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: TissueRequest[] = [];
  private readonly simulator = new TissueSimulator(CANONICAL_ATLAS);
  private meshSent = false;

  postMessage(message: TissueRequest): void {
    this.received.push(message);
  }

  /** Answer the oldest unanswered request. */
  answerNext(): void {
    const { id, plan, view } = this.received.shift()!;
    const { summary, field } = this.simulator.simulate(plan, THREAD_CATALOGUE);
    const mesh = this.meshSent ? null : { xy: this.simulator.model.mesh.xy, triangles: this.simulator.model.mesh.triangles, spacingMm: this.simulator.model.mesh.spacingMm };
    this.meshSent = true;
    const gathering = Float32Array.from(field.gathering);
    const displacement = Float32Array.from(field.displacement);
    const map = { ...this.simulator.model.mesh, gathering, displacement };
    const inView = view && view !== 'frontal' ? tissueMeshInView(CANONICAL_ATLAS, view, map) : null;
    const viewBands = view && inView ? { view, bands: tissueBands(inView) } : null;
    this.onmessage!({ data: { kind: 'result', id, summary, mesh, gathering, displacement, bands: tissueBands(map), viewBands } } as MessageEvent<TissueReply>);
  }
}

function cheekPlan(): PlanDocument {
  const b = new PlanBuilder(meta({ title: 'cheek', patientId: 'T-1' }));
  b.side('left', 'A', TEMPLE, [midfaceVector(12, 60)]);
  return b.build();
}

describe('the live tissue map in the editor', () => {
  it('starts the worker on the first request, and pairs each answer with its plan and the mesh', () => {
    let made = 0;
    const worker = new FakeWorker();
    const source = workerTissueSource(() => {
      made++;
      return worker;
    });
    const results: TissueResult[] = [];
    source.subscribe((r) => results.push(r));
    expect(made).toBe(0);
    const plan = cheekPlan();
    source.request(plan);
    source.request({ ...plan });
    expect(made).toBe(1);
    expect(worker.received.length).toBe(1);
    worker.answerNext();
    expect(results[0]!.plan).toBe(plan);
    expect(results[0]!.map.xy.length).toBe(2 * results[0]!.map.gathering.length);
    // the second plan was held, and is sent now; its answer reuses the mesh sent once
    expect(worker.received.length).toBe(1);
    worker.answerNext();
    expect(results[1]!.map.xy).toBe(results[0]!.map.xy);
  });

  it('asks for the map in the view shown, and hands the scene the bands the worker built for it', async () => {
    const worker = new FakeWorker();
    const test = await TestEditor.create({ tissue: workerTissueSource(() => worker), initialPlan: cheekPlan() });
    const { editor } = test;
    expect(worker.received.map((r) => r.view)).toEqual(['frontal']);
    worker.answerNext();
    const frontal = editor.getSnapshot().tissue!.map;
    expect(knownTissueBands(frontal)).toBeDefined();
    expect(knownTissueBands(frontal, 'left-oblique', CANONICAL_ATLAS)).toBeUndefined();
    editor.setFaceView('left-oblique');
    const thread = editor.getSnapshot().plan.threads[0]!;
    test.drag(at(thread.path[1]!), [thread.path[1]!.x + 2, thread.path[1]!.y], on.point(thread.id, 1));
    expect(worker.received.map((r) => r.view)).toEqual(['left-oblique']);
    worker.answerNext();
    const turned = editor.getSnapshot().tissue!.map;
    expect(knownTissueBands(turned)).toBeDefined();
    expect(knownTissueBands(turned, 'left-oblique', CANONICAL_ATLAS)).toBeDefined();
  });

  it('leaves the editor working without a map when the worker cannot start', () => {
    const source = workerTissueSource(() => {
      throw new Error('no workers here');
    });
    const results: TissueResult[] = [];
    source.subscribe((r) => results.push(r));
    expect(() => source.request(cheekPlan())).not.toThrow();
    expect(results).toEqual([]);
  });

  it('gives the snapshot the map and the analysis the simulated figures; the drag never waits for the worker', async () => {
    vi.useFakeTimers();
    try {
      const worker = new FakeWorker();
      const test = await TestEditor.create({ tissue: workerTissueSource(() => worker), initialPlan: cheekPlan() });
      const { editor } = test;
      expect(editor.getSnapshot().tissue).toBeNull();
      expect(editor.getSnapshot().analysis.metrics.simulation).toBeNull();
      worker.answerNext();
      const first = editor.getSnapshot();
      expect(first.tissue?.plan).toBe(first.plan);
      expect(first.analysis.metrics.simulation).toBe(first.tissue!.summary);

      // Drag the thread's distal point in several steps while the worker answers nothing.
      const thread = first.plan.threads[0]!;
      const end = thread.path[thread.path.length - 1]!;
      test.drag(at(end), [end.x - 10, end.y - 15], on.point(thread.id, thread.path.length - 1));
      const moved = editor.getSnapshot();
      expect(moved.plan).not.toBe(first.plan);
      // The map of the same document stays shown (a frame or two old) until the answer comes.
      expect(moved.tissue).toBe(first.tissue);
      // The map had just been shown, so no step of the drag had its turn (tissue-requests.ts):
      // the release sent the last position, once.
      expect(worker.received.map((r) => r.plan)).toEqual([moved.plan]);
      worker.answerNext();
      const settled = editor.getSnapshot();
      expect(settled.tissue?.plan).toBe(settled.plan);
      expect(settled.analysis.metrics.simulation).toBe(settled.tissue!.summary);
    } finally {
      vi.useRealTimers();
    }
  });

  it('during a drag the plan goes to the worker once per map turn, a round trip before it; the map follows at a paced rate while the simulated figures hold; both take the latest answer on release, and the drag is one undo step', async () => {
    vi.useFakeTimers();
    try {
      const worker = new FakeWorker();
      const test = await TestEditor.create({ tissue: workerTissueSource(() => worker), initialPlan: cheekPlan() });
      const { editor } = test;
      worker.answerNext();
      const first = editor.getSnapshot();
      const thread = first.plan.threads[0]!;
      const end = thread.path[thread.path.length - 1]!;
      const target = on.point(thread.id, thread.path.length - 1);
      vi.advanceTimersByTime(2 * TISSUE_MAP_DRAG_INTERVAL_MS);

      // The map was shown long ago: the drag's first step goes out at once.
      test.pointerDown(at(end), target);
      test.pointerMove([end.x - 4, end.y - 6], target);
      expect(editor.getSnapshot().gestureInProgress).toBe(true);
      expect(worker.received.map((r) => r.plan)).toEqual([editor.getSnapshot().plan]);
      // Answered 80 ms later: the map may take it, so it shows; the figures stay those from before the drag.
      vi.advanceTimersByTime(80);
      worker.answerNext();
      const followed = editor.getSnapshot();
      expect(followed.tissue).not.toBe(first.tissue);
      expect(followed.tissue!.plan).toBe(followed.plan);
      expect(followed.analysis.metrics.simulation).toBe(first.tissue!.summary);

      // The next steps wait for the map's next turn less the 80 ms round trip; only the last goes out.
      test.pointerMove([end.x - 6, end.y - 9], target);
      test.pointerMove([end.x - 8, end.y - 12], target);
      expect(worker.received).toEqual([]);
      vi.advanceTimersByTime(TISSUE_MAP_DRAG_INTERVAL_MS - 80);
      const last = editor.getSnapshot();
      expect(worker.received.map((r) => r.plan)).toEqual([last.plan]);

      // An answer that comes within the pacing interval of the map shown last is held back...
      worker.answerNext();
      const held = editor.getSnapshot();
      expect(held.tissue).toBe(followed.tissue);
      // ...and shown when its turn comes, with the pointer still.
      vi.advanceTimersByTime(80);
      const turned = editor.getSnapshot();
      expect(turned.gestureInProgress).toBe(true);
      expect(turned.tissue!.plan).toBe(last.plan);
      expect(turned.analysis.metrics.simulation).toBe(first.tissue!.summary);

      test.pointerUp([end.x - 8, end.y - 12], target);
      while (worker.received.length > 0) worker.answerNext();
      const settled = editor.getSnapshot();
      expect(settled.gestureInProgress).toBe(false);
      expect(settled.tissue?.plan).toBe(settled.plan);
      expect(settled.analysis.metrics.simulation).toBe(settled.tissue!.summary);
      editor.run('edit.undo');
      expect(editor.getSnapshot().plan.threads).toEqual(first.plan.threads);
    } finally {
      vi.useRealTimers();
    }
  });

  it('starts no worker for a blank plan, and shows no map once the last thread is deleted', async () => {
    let made = 0;
    const worker = new FakeWorker();
    const test = await TestEditor.create({
      tissue: workerTissueSource(() => {
        made++;
        return worker;
      }),
    });
    expect(made).toBe(0);
    await test.editor.loadPlanText(JSON.stringify(cheekPlan()), { documentId: null, name: 'cheek.vlift' });
    expect(made).toBe(1);
    worker.answerNext();
    expect(test.editor.getSnapshot().tissue).not.toBeNull();
    const id = test.editor.getSnapshot().plan.threads[0]!.id;
    test.editor.select({ threadIds: [id], entryPointIds: [] });
    test.key('Delete');
    expect(test.editor.getSnapshot().plan.threads).toEqual([]);
    expect(worker.received).toEqual([]);
    expect(test.editor.getSnapshot().tissue).toBeNull();
    expect(test.editor.getSnapshot().analysis.metrics.simulation).toBeNull();
  });
});
