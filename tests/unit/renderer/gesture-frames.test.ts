import { describe, expect, it } from 'vitest';
import type { EditorSnapshot } from '../../../renderer/editor/api';
import { changesBesidesMove, GestureFrames, type SnapshotSource } from '../../../renderer/canvas/gesture-frames';

/**
 * A drag's moves are drawn without a React render of the canvas (renderer/canvas/gesture-frames.ts):
 * during a gesture, a snapshot that changes only the plan, its analysis or the simulation's
 * answer, and whose frame draws the same everywhere but on the moving layer, is drawn alone;
 * anything else renders.
 */

/** Just the fields these tests change; the class reads the snapshot's keys generically. */
const PHOTOS: readonly unknown[] = [];
const SELECTION = {};
function snapshot(fields: Partial<Record<keyof EditorSnapshot, unknown>> = {}): EditorSnapshot {
  return { plan: { photos: PHOTOS }, analysis: {}, tissue: null, selection: SELECTION, status: null, gestureInProgress: true, ...fields } as unknown as EditorSnapshot;
}

/** A fake editor store. */
class Source implements SnapshotSource {
  private listeners = new Set<() => void>();
  constructor(public snap: EditorSnapshot) {}
  getSnapshot = () => this.snap;
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  set(next: EditorSnapshot): void {
    this.snap = next;
    for (const l of this.listeners) l();
  }
}

/** A frame: its moving layer and what lies under it (`still`). */
interface Frame {
  readonly still: string;
  readonly moving: unknown;
}

function setup(first: EditorSnapshot, stillOf: (s: EditorSnapshot) => string = () => 'same') {
  const source = new Source(first);
  const drawn: Frame[] = [];
  let renders = 0;
  const frameOf = (s: EditorSnapshot): Frame => ({ still: stillOf(s), moving: s.plan });
  const frames = new GestureFrames<Frame>(source, (a, b) => a.still === b.still, (f) => drawn.push(f));
  frames.subscribe(() => renders++);
  /** What the canvas does when it renders: reads the latest snapshot and records what it drew. */
  const render = () => frames.rendered(source.snap, frameOf(source.snap), frameOf);
  render();
  return { source, frames, drawn, renders: () => renders, render };
}

describe('GestureFrames', () => {
  it('draws a move of a drag (a new plan and analysis) without a render, with the new frame', () => {
    const { source, frames, drawn, renders } = setup(snapshot());
    const version = frames.getVersion();
    const moved = snapshot({ plan: { photos: PHOTOS }, analysis: {}, tissue: {} });
    source.set(moved);
    expect(renders()).toBe(0);
    expect(frames.getVersion()).toBe(version);
    expect(drawn).toEqual([{ still: 'same', moving: moved.plan }]);
  });

  it('renders when the move changes what lies under the moving layer (a recoloured thread at rest, a new map)', () => {
    const { source, frames, drawn, renders } = setup(snapshot(), (s) => (s.tissue === null ? 'old map' : 'new map'));
    const version = frames.getVersion();
    source.set(snapshot({ tissue: {} }));
    expect(renders()).toBe(1);
    expect(frames.getVersion()).not.toBe(version);
    expect(drawn).toEqual([]);
  });

  it('renders any other change during a gesture: selection, status, the gesture ending, the plan\'s photos', () => {
    for (const change of [{ selection: {} }, { status: { kind: 'info', text: 'x' } }, { gestureInProgress: false }, { plan: { photos: [{}] } }]) {
      const { source, drawn, renders } = setup(snapshot());
      source.set(snapshot(change));
      expect(renders(), JSON.stringify(change)).toBe(1);
      expect(drawn).toEqual([]);
    }
  });

  it('renders every change outside a gesture, and before the canvas first rendered', () => {
    const idle = setup(snapshot({ gestureInProgress: false }));
    idle.source.set(snapshot({ gestureInProgress: false }));
    expect(idle.renders()).toBe(1);
    expect(idle.drawn).toEqual([]);

    const source = new Source(snapshot());
    let renders = 0;
    const frames = new GestureFrames<Frame>(source, () => true, () => {
      throw new Error('nothing drawn before the first render');
    });
    frames.subscribe(() => renders++);
    source.set(snapshot());
    expect(renders).toBe(1);
  });

  it('compares with the snapshot last rendered, not the last move drawn', () => {
    const { source, drawn, renders, render } = setup(snapshot());
    source.set(snapshot());
    source.set(snapshot());
    expect(drawn).toHaveLength(2);
    source.set(snapshot({ selection: {} }));
    expect(renders()).toBe(1);
    render();
    // The snapshot just rendered is not drawn again.
    source.set(source.snap);
    expect(drawn).toHaveLength(2);
    expect(renders()).toBe(1);
  });
});

describe('changesBesidesMove', () => {
  it('ignores the plan, the analysis and the simulation answer; sees every other field and the photos', () => {
    const a = snapshot();
    expect(changesBesidesMove(a, { ...a, plan: { photos: a.plan.photos } as never, analysis: {} as never, tissue: {} as never })).toBe(false);
    expect(changesBesidesMove(a, { ...a, plan: { photos: [] } as never })).toBe(true);
    expect(changesBesidesMove(a, { ...a, activeFinding: null })).toBe(true);
    expect(changesBesidesMove(a, { ...a, selection: {} as never })).toBe(true);
  });
});
