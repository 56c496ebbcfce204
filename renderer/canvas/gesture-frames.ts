/**
 * A pointer move of a drag is drawn without a React render (issue 15). FaceCanvas subscribes to
 * the editor through this object instead of re-rendering on every snapshot:
 *
 * - outside a gesture every new snapshot renders the canvas, as any view would;
 * - during a gesture (a drag), a new snapshot whose only changes are the plan, its analysis and
 *   the simulation's answer (what a move changes) is turned into a frame by the canvas's own pipeline (canvas-frame.ts,
 *   the one its render uses) and, when the frame's Konva layers other than the stored ones (the
 *   moving layer, the tissue map: CanvasStage.tsx) are the ones drawn already, handed to
 *   `drawAlone` (which fills those stores and the input's scene): no React render, no commit;
 * - anything else (a finding that recoloured a thread at rest, the gesture's start and end, a
 *   changed selection, view or tool) renders as before.
 *
 * The editor's store stays the one truth: this holds only which snapshot the canvas last
 * rendered, and the render always reads the editor's latest snapshot.
 */
import type { EditorSnapshot } from '../editor/api';

export interface SnapshotSource {
  getSnapshot(): EditorSnapshot;
  subscribe(listener: () => void): () => void;
}

/**
 * What a drag's move may change in a snapshot without a render: the plan and its analysis, and
 * the simulation's answer (the Worker answers a drag's plans as they come: whether the map's
 * Konva layer changes, when the map is shown at all, is for the frames to say).
 */
const DRAWN_WITHOUT_RENDER: ReadonlySet<keyof EditorSnapshot> = new Set(['plan', 'analysis', 'tissue']);

/**
 * Whether `next` differs from `shown` in more than a drag's move changes. The plan's photos are
 * drawn outside the scene (the underlay), so they count.
 */
export function changesBesidesMove(shown: EditorSnapshot, next: EditorSnapshot): boolean {
  if (next.plan.photos !== shown.plan.photos) return true;
  for (const key of Object.keys(next) as (keyof EditorSnapshot)[]) {
    if (!DRAWN_WITHOUT_RENDER.has(key) && !Object.is(next[key], shown[key])) return true;
  }
  return Object.keys(shown).length !== Object.keys(next).length;
}

export class GestureFrames<F> {
  private version = 0;
  private shown: { readonly snapshot: EditorSnapshot; readonly frame: F; readonly frameOf: (snapshot: EditorSnapshot) => F } | null = null;

  constructor(
    private readonly editor: SnapshotSource,
    /** Whether two frames draw the same everywhere but on the layers drawn from stores. */
    private readonly sameBesidesMoving: (a: F, b: F) => boolean,
    /** Draws a frame's stored layers without React (and keeps the input's scene current). */
    private readonly drawAlone: (frame: F) => void,
  ) {}

  /** Changes only when the canvas must render (useSyncExternalStore's snapshot). */
  readonly getVersion = (): number => this.version;

  readonly subscribe = (listener: () => void): (() => void) =>
    this.editor.subscribe(() => {
      if (!this.drawnWithoutRender()) {
        this.version++;
        listener();
      }
    });

  /** The canvas rendered (committed) `frame` for `snapshot`; `frameOf` builds a move's frame with the same inputs. */
  rendered(snapshot: EditorSnapshot, frame: F, frameOf: (snapshot: EditorSnapshot) => F): void {
    this.shown = { snapshot, frame, frameOf };
  }

  /** True when the latest snapshot needs no render: already shown, or a move drawn here. */
  private drawnWithoutRender(): boolean {
    const latest = this.editor.getSnapshot();
    const shown = this.shown;
    if (shown === null) return false;
    if (latest === shown.snapshot) return true;
    if (latest.gestureInProgress !== true || changesBesidesMove(shown.snapshot, latest)) return false;
    const frame = shown.frameOf(latest);
    if (!this.sameBesidesMoving(shown.frame, frame)) return false;
    this.drawAlone(frame);
    return true;
  }
}
