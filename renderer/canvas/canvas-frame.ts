/**
 * What the face canvas draws for one editor snapshot: the scene, the scene as the view shown
 * draws it (projected, on a photo), and its Konva layers (static, tissue map, live layers at rest
 * and moving: live-split.ts). Each step is memoised on its inputs by identity, as React's
 * useMemo would, so the same pipeline serves FaceCanvas's render and a drag's moves, which are
 * drawn without a React render (gesture-frames.ts). Nothing here is model state: every value
 * is derived from the snapshot.
 */
import type { Atlas } from '../../shared/atlas/types';
import { snapTargetName } from '../../shared/atlas/snap';
import type { ThreadType } from '../../shared/catalogue/types';
import type { FacePoint } from '../../shared/geometry/types';
import { buildScene, sceneLayer, type SceneLabels } from '../../shared/scene/build-scene';
import { triangleCount } from '../../shared/scene/layers/tissue';
import type { Scene, SceneItem, SceneLayer, SceneLayerId } from '../../shared/scene/types';
import { projectScene } from '../../shared/scene/view-projection';
import type { EditorSnapshot } from '../editor/api';
import { currentLocale } from '../i18n';
import type { PhotoOnCanvas } from '../photo/photo-canvas';
import { LiveLayerSplit, type LiveSplit } from './live-split';

const STATIC_LAYERS: readonly SceneLayerId[] = ['face', 'regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line'];
const LIVE_LAYERS: readonly SceneLayerId[] = ['threads', 'entry-points', 'highlight'];
/** The simulated tissue map has a Konva layer of its own: it changes at the Worker's pace, not on every edit. */
const TISSUE_LAYERS: readonly SceneLayerId[] = ['tissue'];

/** How many triangles each band of the tissue map in the view shown fills (e2e reads it to see the map change). */
function tissueDigest(items: readonly SceneItem[]): string {
  return items.map((i) => (i.type === 'triangles' ? `${i.style.fill}:${triangleCount(i)}` : '')).filter(Boolean).join(' ');
}

/** What the canvas's render supplies besides the snapshot (the same for a drag's moves). */
export interface FrameInputs {
  readonly atlas: Atlas;
  readonly catalogue: readonly ThreadType[];
  readonly labels: SceneLabels;
  /** The keyboard cursor (view state of the canvas, not of the plan); null with the select tool. */
  readonly keyboardCursor: FacePoint | null;
  /** The photo under the plan in the view shown, or null. */
  readonly photo: PhotoOnCanvas | null;
}

export interface CanvasFrame {
  /** The scene in frontal coordinates (the views not shown are projected from it). */
  readonly scene: Scene;
  /** The scene projected into the view shown (the scene itself in the frontal view). */
  readonly projected: Scene;
  /** The scene as the view shown draws it: projected, and on the photo when one is shown. */
  readonly shown: Scene;
  readonly staticLayers: readonly SceneLayer[];
  readonly tissueLayers: readonly SceneLayer[];
  /** The map's bands in the view shown (data-tissue), undefined with the map off. */
  readonly tissueDigest: string | undefined;
  readonly live: LiveSplit;
}

/** A function that recomputes only when an argument changes (compared with Object.is), like useMemo. */
function memoised<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A): R => {
    if (last === null || args.some((arg, i) => !Object.is(arg, last![i]))) {
      value = compute(...args);
      last = args;
    }
    return value;
  };
}

const layersOf = (scene: Scene, ids: readonly SceneLayerId[]): readonly SceneLayer[] => ids.map((id) => sceneLayer(scene, id));

/** One per canvas: its memos and its live split carry over from frame to frame. */
export class CanvasFramePipeline {
  private readonly splitter = new LiveLayerSplit();

  private readonly snapHint = memoised((hint: EditorSnapshot['snapHint'], atlas: Atlas) =>
    hint ? { point: hint.point, label: snapTargetName(hint, atlas, currentLocale()) } : null,
  );

  private readonly scene = memoised(
    (
      snap: Pick<EditorSnapshot, 'plan' | 'analysis' | 'layers' | 'selection' | 'activeFinding' | 'draft' | 'tool' | 'tissue'>,
      atlas: Atlas,
      catalogue: readonly ThreadType[],
      labels: SceneLabels,
      keyboardCursor: FacePoint | null,
      snapHint: ReturnType<CanvasFramePipeline['snapHint']>,
      zoom: number,
    ) =>
      buildScene({
        plan: snap.plan,
        atlas,
        analysis: snap.analysis,
        layers: snap.layers,
        catalogue,
        selection: snap.selection,
        activeFinding: snap.activeFinding,
        draft: snap.draft,
        handlesOnAllThreads: snap.tool === 'edit',
        keyboardCursor: snap.tool === 'select' ? null : keyboardCursor,
        snapHint,
        labels,
        locale: currentLocale(),
        // Thread numbers and entry circles keep a legible size on screen at any zoom.
        pixelsPerMm: zoom,
        tissue: snap.tissue?.map ?? null,
      }),
  );

  // The scene as the chosen view shows it (the frontal view draws the scene itself). Static
  // layers keep their identity per view, so their cached bitmaps survive edits in every view.
  private readonly projected = memoised(projectScene);
  // A photo of the view's angle under the plan (issue 11): the view's scene is drawn on it.
  private readonly onPhoto = memoised((photo: PhotoOnCanvas | null, projected: Scene) => (photo ? photo.sceneOn(projected) : projected));
  private readonly staticLayers = memoised((shown: Scene) => layersOf(shown, STATIC_LAYERS));
  private readonly tissueLayers = memoised((shown: Scene) => layersOf(shown, TISSUE_LAYERS));
  // The map as the view shows it (in a turned view the frontal bands are never built: layers/tissue.ts).
  private readonly tissueDigest = memoised((shownMap: boolean, map: SceneLayer) => (shownMap ? tissueDigest(map.items) : undefined));
  // During a drag only the items that changed are redrawn (live-split.ts), on the moving layer.
  private readonly live = memoised((shown: Scene, gesture: boolean) => this.splitter.split(layersOf(shown, LIVE_LAYERS), gesture));

  frame(snap: EditorSnapshot, inputs: FrameInputs): CanvasFrame {
    const { atlas } = inputs;
    // One memo key per snapshot field the scene reads (the snapshot itself changes with the status bar too).
    const sceneInputs = this.sceneInputs(snap.plan, snap.analysis, snap.layers, snap.selection, snap.activeFinding, snap.draft, snap.tool, snap.tissue);
    const scene = this.scene(sceneInputs, atlas, inputs.catalogue, inputs.labels, inputs.keyboardCursor, this.snapHint(snap.snapHint, atlas), snap.view.zoom);
    const projected = this.projected(scene, atlas, snap.faceView);
    const shown = this.onPhoto(inputs.photo, projected);
    return {
      scene,
      projected,
      shown,
      staticLayers: this.staticLayers(shown),
      tissueLayers: this.tissueLayers(shown),
      tissueDigest: this.tissueDigest(snap.layers.tissue, sceneLayer(projected, 'tissue')),
      live: this.live(shown, snap.gestureInProgress === true),
    };
  }

  private readonly sceneInputs = memoised(
    (
      plan: EditorSnapshot['plan'],
      analysis: EditorSnapshot['analysis'],
      layers: EditorSnapshot['layers'],
      selection: EditorSnapshot['selection'],
      activeFinding: EditorSnapshot['activeFinding'],
      draft: EditorSnapshot['draft'],
      tool: EditorSnapshot['tool'],
      tissue: EditorSnapshot['tissue'],
    ) => ({ plan, analysis, layers, selection, activeFinding, draft, tool, tissue }),
  );
}
