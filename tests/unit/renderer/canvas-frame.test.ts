import { describe, expect, it } from 'vitest';
import { generatedPlan } from '../../../cli/examples/generated';
import { CANONICAL_ATLAS } from '../../../shared/atlas/canonical';
import { THREAD_CATALOGUE } from '../../../shared/catalogue';
import type { SceneLayer } from '../../../shared/scene/types';
import { CanvasFramePipeline, type CanvasFrame, type FrameInputs } from '../../../renderer/canvas/canvas-frame';
import { on, TestEditor } from './harness';

/**
 * The canvas's frames (renderer/canvas/canvas-frame.ts), one pipeline for its render and for a
 * drag's moves drawn without a render: memoised per input, and during a drag everything but the
 * moving layer keeps its identity, while the moving layer holds the dragged thread.
 */
const inputs: FrameInputs = { atlas: CANONICAL_ATLAS, catalogue: THREAD_CATALOGUE, labels: { patientRight: 'R', patientLeft: 'L', fixed: 'F', mobile: 'M' }, keyboardCursor: null, photo: null };
const items = (layers: readonly SceneLayer[]) => layers.flatMap((l) => l.items);

describe('CanvasFramePipeline', () => {
  it('reuses every part of the frame for a snapshot that changes nothing the canvas draws', () => {
    const ed = new TestEditor({ initialPlan: generatedPlan(12) });
    const pipeline = new CanvasFramePipeline();
    const a = pipeline.frame(ed.snapshot, inputs);
    const b = pipeline.frame({ ...ed.snapshot, status: { kind: 'info', text: 'saved' }, helpOpen: true }, inputs);
    expect(b.scene).toBe(a.scene);
    expect(b.shown).toBe(a.shown);
    expect(b.live).toBe(a.live);
    expect(b.staticLayers).toBe(a.staticLayers);
  });

  it('during a drag keeps the layers under the moving one, and moves the dragged thread onto it', () => {
    const plan = generatedPlan(12);
    const ed = new TestEditor({ initialPlan: plan });
    ed.key('a');
    const pipeline = new CanvasFramePipeline();
    const dragged = plan.threads[4]!;
    const from = dragged.path[1]!;
    const target = on.point(dragged.id, 1);
    const idle = pipeline.frame(ed.snapshot, inputs);
    ed.pointerDown([from.x, from.y], target);
    ed.pointerMove([from.x + 1, from.y + 1], target);
    expect(ed.snapshot.gestureInProgress).toBe(true);
    const frames: CanvasFrame[] = [];
    for (let i = 2; i <= 5; i++) {
      frames.push(pipeline.frame(ed.snapshot, inputs));
      ed.pointerMove([from.x + i, from.y + i / 2], target);
    }
    frames.push(pipeline.frame(ed.snapshot, inputs));
    const [first, ...rest] = frames;
    expect(items(idle.live.moving)).toEqual([]);
    for (const f of rest) {
      expect(f.scene).not.toBe(first!.scene);
      expect(f.staticLayers.every((l, i) => l === first!.staticLayers[i])).toBe(true);
      expect(f.tissueLayers.every((l, i) => l === first!.tissueLayers[i])).toBe(true);
      expect(f.live.rest.every((l, i) => l === first!.live.rest[i])).toBe(true);
      // The moving layer: the dragged thread's items (and its handles), and only items of this move's scene.
      const moving = items(f.live.moving);
      const now = new Set(f.scene.layers.flatMap((l) => l.items));
      expect(moving.length).toBeGreaterThan(0);
      expect(moving.every((item) => now.has(item))).toBe(true);
      expect(moving.some((item) => item.ref?.id === dragged.id)).toBe(true);
      expect(items(f.live.rest).some((item) => item.ref?.id === dragged.id && item.ref.kind === 'thread')).toBe(false);
    }
    ed.pointerUp([from.x + 5, from.y + 2.5], target);
    const released = pipeline.frame(ed.snapshot, inputs);
    expect(items(released.live.moving)).toEqual([]);
  });
});
