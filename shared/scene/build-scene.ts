import { worstSeverityByThread } from '../analysis/findings';
import type { AnalysisResult, Finding } from '../analysis/types';
import type { Atlas } from '../atlas/types';
import type { ThreadType } from '../catalogue/types';
import type { FacePoint } from '../geometry/types';
import type { Locale } from '../i18n/locale';
import type { PlanDocument } from '../plan/types';
import { dangerZonesLayer } from './layers/danger-zones';
import { entryPointsLayer } from './layers/entry-points';
import { faceLayer } from './layers/face';
import { fixationLayer } from './layers/fixation';
import { fixedMobileLineLayer } from './layers/fixed-mobile-line';
import { highlightLayer, type SnapHint } from './layers/highlight';
import type { SceneLabels } from './layers/labels';
import { musclesLayer } from './layers/muscles';
import { regionsLayer } from './layers/regions';
import { threadsLayer } from './layers/threads';
import { tissueLayer } from './layers/tissue';
import type { TissueMap } from '../simulation/map';
import type { OverlayLayerId, Scene, SceneLayer, SceneLayerId } from './types';

export type { SceneLabels } from './layers/labels';

export interface SceneInput {
  readonly plan: PlanDocument;
  readonly atlas: Atlas;
  readonly analysis: AnalysisResult;
  /** Which overlay layers to draw; hidden overlays come back as empty layers. */
  readonly layers: Readonly<Record<OverlayLayerId, boolean>>;
  readonly catalogue: readonly ThreadType[];
  readonly selection?: { readonly threadIds: readonly string[]; readonly entryPointIds: readonly string[] } | null;
  readonly activeFinding?: Finding | null;
  readonly draft?: { readonly points: readonly FacePoint[]; readonly hover: FacePoint | null } | null;
  /**
   * Give every thread draggable path-point handles (the edit tool). Without it only selected
   * threads have handles.
   */
  readonly handlesOnAllThreads?: boolean;
  /** The keyboard cursor of the canvas (screen only; the PDF leaves it out). */
  readonly keyboardCursor?: FacePoint | null;
  /** Where a point placed now would snap, with the target's name (screen only). */
  readonly snapHint?: SnapHint | null;
  /** Words written on the diagram; omitted words are simply not drawn. */
  readonly labels?: SceneLabels;
  /** The language the atlas's structures are named in on the diagram (region labels): shared/atlas/names. English when omitted. */
  readonly locale?: Locale;
  /**
   * Size of the thread numbers, entry-point captions and the patient's right/left captions
   * relative to normal (1, the default).
   * The presenter view uses PRESENTER_LABEL_SCALE so they read across a room; values are clamped
   * to [1, MAX_LABEL_SCALE].
   */
  readonly labelScale?: number;
  /** Place thread numbers apart with leader lines where they would overlap (the presenter). */
  readonly separateNumbers?: boolean;
  /**
   * Width of the threads' strokes (path, barbed section, arrow, anchor bar) relative to normal
   * (1, the default). The presenter view uses PRESENTER_LINE_SCALE; values are clamped to
   * [1, MAX_LINE_SCALE].
   */
  readonly lineScale?: number;
  /**
   * Screen pixels per millimetre when the scene is drawn on a screen: thread numbers and entry
   * circles then grow as needed to stay at least MIN_LABEL_PX tall (screenLabelScale). Omitted
   * for print, where every label has its printed size.
   */
  readonly pixelsPerMm?: number;
  /**
   * The simulated tissue map to draw when the 'tissue' overlay is on (null or omitted: the
   * overlay is on but no map is ready yet, so nothing is drawn).
   */
  readonly tissue?: TissueMap | null;
}

/** Largest label scale: DESIGN CHOICE, beyond it the numbers of neighbouring threads overlap. */
export const MAX_LABEL_SCALE = 3;
/**
 * Labels in the presenter view. DESIGN CHOICE: a thread number of 3 mm on a face drawn about
 * 25 cm tall on a projector is too small to read from the back of a training room; twice that
 * reads from a few metres while neighbouring numbers still stay apart.
 */
export const PRESENTER_LABEL_SCALE = 2;

/** Widest thread stroke: DESIGN CHOICE, beyond it the barbed section hides neighbouring paths of a fan. */
export const MAX_LINE_SCALE = 3;
/**
 * Thread strokes in the presenter view. DESIGN CHOICE: the face fills most of a 720-1080 px tall
 * projector image at about 3-4 px per millimetre, so a normal 0.6 mm path is 2 px wide and
 * vanishes at the back of a room; 2.5 times that (about 5 px, 4 mm for the barbed section) reads
 * like the large numbers (PRESENTER_LABEL_SCALE) while a fan's paths stay apart.
 */
export const PRESENTER_LINE_SCALE = 2.5;

/**
 * Smallest on-screen size of an entry point's caption, CSS pixels. DESIGN CHOICE: 11 px is about
 * the smallest UI text read comfortably at laptop distance (common UI guidance puts body text at
 * 12-16 px); the thread numbers (3 mm against the caption's 2.5 mm) come out larger still.
 */
export const MIN_LABEL_PX = 11;
/** The entry-point caption's size at labelScale 1, mm (layers/entry-points.ts): the smallest label. */
const SMALLEST_LABEL_MM = 2.5;

/**
 * The label scale that keeps thread numbers and entry circles at least MIN_LABEL_PX on screen
 * when the diagram is drawn at `pixelsPerMm`, and never below `base` (the presenter's larger
 * labels). Rounded up to tenths, so zooming does not rebuild the labels on every wheel step.
 * Clamped to MAX_LABEL_SCALE by buildScene: zoomed far out the labels would bury the face.
 */
export function screenLabelScale(pixelsPerMm: number, base = 1): number {
  if (!(pixelsPerMm > 0)) return clampLabelScale(base);
  const needed = MIN_LABEL_PX / (SMALLEST_LABEL_MM * pixelsPerMm);
  return clampLabelScale(Math.max(base, Math.ceil(needed * 10 - 1e-9) / 10));
}

function clampLabelScale(scale: number | undefined): number {
  return scale === undefined || !Number.isFinite(scale) ? 1 : Math.min(MAX_LABEL_SCALE, Math.max(1, scale));
}

function clampLineScale(scale: number | undefined): number {
  return scale === undefined || !Number.isFinite(scale) ? 1 : Math.min(MAX_LINE_SCALE, Math.max(1, scale));
}

/**
 * The atlas layers depend only on the atlas, the labels and whether they are shown. They are
 * memoised per atlas so a back-end can tell by identity that a layer did not change (the
 * canvas then keeps its cached bitmap instead of redrawing the face on every pointer move).
 */
type StaticLayerId = 'face' | Exclude<OverlayLayerId, 'tissue'>;
const staticCache = new WeakMap<Atlas, Map<string, SceneLayer>>();

function staticLayer(atlas: Atlas, id: StaticLayerId, visible: boolean, labels: SceneLabels | undefined, labelScale = 1, locale: Locale = 'en'): SceneLayer {
  let byKey = staticCache.get(atlas);
  if (!byKey) {
    byKey = new Map();
    staticCache.set(atlas, byKey);
  }
  const key = `${id}|${visible ? 1 : 0}|${labels ? JSON.stringify(labels) : ''}|${labelScale}|${locale}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const layer = visible ? buildStatic(atlas, id, labels, labelScale, locale) : { id, items: [] };
  byKey.set(key, layer);
  return layer;
}

function buildStatic(atlas: Atlas, id: StaticLayerId, labels: SceneLabels | undefined, labelScale: number, locale: Locale): SceneLayer {
  switch (id) {
    case 'face':
      return faceLayer(atlas, labels, labelScale);
    case 'regions':
      return regionsLayer(atlas, locale);
    case 'muscles':
      return musclesLayer(atlas);
    case 'danger-zones':
      return dangerZonesLayer(atlas);
    case 'fixation':
      return fixationLayer(atlas);
    case 'fixed-mobile-line':
      return fixedMobileLineLayer(atlas, labels);
  }
}

/** Layers bottom to top. Overlays sit between the face and the threads. */
export const LAYER_ORDER: readonly SceneLayerId[] = [
  'face',
  'regions',
  'muscles',
  'fixation',
  'danger-zones',
  'fixed-mobile-line',
  'tissue',
  'threads',
  'entry-points',
  'highlight',
];

/** Describe the whole diagram as plain drawing data. Pure: same input, equal scene. */
export function buildScene(input: SceneInput): Scene {
  const { plan, atlas, analysis, catalogue } = input;
  const selectedThreads = new Set(input.selection?.threadIds ?? []);
  const selectedEntries = new Set(input.selection?.entryPointIds ?? []);
  const handleThreadIds = input.handlesOnAllThreads ? new Set(plan.threads.map((t) => t.id)) : selectedThreads;
  const severity = worstSeverityByThread(analysis.findings);
  const labelScale = clampLabelScale(input.labelScale);
  // Thread numbers and entry circles keep a minimum size on screen; the side captions do not
  // need it (they are large already) and would crowd the face.
  const markScale = input.pixelsPerMm === undefined ? labelScale : screenLabelScale(input.pixelsPerMm, labelScale);

  const byId: Record<SceneLayerId, () => SceneLayer> = {
    face: () => staticLayer(atlas, 'face', true, input.labels, labelScale),
    regions: () => staticLayer(atlas, 'regions', input.layers.regions, input.labels, 1, input.locale),
    muscles: () => staticLayer(atlas, 'muscles', input.layers.muscles, input.labels),
    fixation: () => staticLayer(atlas, 'fixation', input.layers.fixation, input.labels),
    'danger-zones': () => staticLayer(atlas, 'danger-zones', input.layers['danger-zones'], input.labels),
    'fixed-mobile-line': () => staticLayer(atlas, 'fixed-mobile-line', input.layers['fixed-mobile-line'], input.labels),
    tissue: () => tissueLayer(input.layers.tissue ? (input.tissue ?? null) : null),
    threads: () => threadsLayer({ plan, catalogue, severity, selectedThreadIds: selectedThreads, labelScale: markScale, separateNumbers: input.separateNumbers, lineScale: clampLineScale(input.lineScale) }),
    'entry-points': () => entryPointsLayer(plan, selectedEntries, markScale),
    highlight: () =>
      highlightLayer({
        plan,
        activeFinding: input.activeFinding ?? null,
        handleThreadIds,
        draft: input.draft ?? null,
        keyboardCursor: input.keyboardCursor ?? null,
        snapHint: input.snapHint ?? null,
      }),
  };
  return { bounds: atlas.bounds, layers: LAYER_ORDER.map((id) => byId[id]()), tissueShown: input.layers.tissue };
}

/**
 * The atlas's layers alone (face and the overlays chosen), with no plan: what the key to the
 * diagram (legend.ts) explains when it is shown apart from a plan's scene.
 */
export function atlasScene(atlas: Atlas, layers: Readonly<Record<OverlayLayerId, boolean>>): Scene {
  const ids: readonly StaticLayerId[] = ['face', 'regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line'];
  return { bounds: atlas.bounds, layers: ids.map((id) => staticLayer(atlas, id, id === 'face' || layers[id], undefined)), tissueShown: layers.tissue };
}

/** The layer with this id (every scene has all of them, possibly empty). */
export function sceneLayer(scene: Scene, id: SceneLayerId): SceneLayer {
  const layer = scene.layers.find((l) => l.id === id);
  if (!layer) throw new Error(`scene has no layer ${id}`);
  return layer;
}
