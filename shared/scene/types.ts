import type { FaceBounds, FacePoint } from '../geometry/types';

/**
 * The scene: what to draw, as plain data in face millimetres. Built once in shared/ from the
 * plan, the atlas and the findings; the Konva canvas, the PDF and any snapshot are thin
 * back-ends over it, so a change to how a vector looks shows everywhere.
 *
 * Colours are tokens resolved through a palette (scene/palette.ts), so the canvas can be dark
 * while the PDF is always light.
 */

export type ColorToken =
  | 'face.skin'
  | 'face.line'
  | 'face.feature'
  | 'face.iris'
  | 'face.lips'
  | 'face.hair'
  | 'region.fill'
  | 'region.line'
  | 'region.label'
  | 'muscle.fill'
  | 'muscle.line'
  | 'muscle.arrow'
  | 'danger.nerve'
  | 'danger.duct'
  | 'danger.artery'
  | 'fixation.fill'
  | 'fixation.line'
  | 'ligament'
  | 'fixed-mobile-line'
  | 'thread.ok'
  | 'thread.info'
  | 'thread.warning'
  | 'thread.critical'
  | 'thread.smooth'
  | 'entry.fill'
  | 'entry.line'
  | 'entry.text'
  /** Text on a filled severity badge (the "!" on warning and critical threads). */
  | 'badge.text'
  | 'highlight'
  | 'label.text'
  | 'label.halo'
  /** The tissue map's gathering scale, least to most (scene/tissue-scale.ts), and its arrows. */
  | 'tissue.1'
  | 'tissue.2'
  | 'tissue.3'
  | 'tissue.4'
  | 'tissue.5'
  | 'tissue.arrow';

export interface SceneStyle {
  readonly stroke?: ColorToken;
  /** millimetres on the face (scaled with zoom) */
  readonly strokeWidth?: number;
  readonly fill?: ColorToken;
  readonly opacity?: number;
  /** dash pattern in millimetres */
  readonly dash?: readonly number[];
}

/** Lets a back-end map a drawn item to the model object it shows (hit testing, selection). */
export interface SceneRef {
  readonly kind:
    | 'face'
    | 'region'
    | 'muscle'
    | 'danger-zone'
    | 'fixation-zone'
    | 'ligament'
    | 'fixed-mobile-line'
    | 'thread'
    | 'thread-point'
    | 'entry-point'
    | 'finding';
  readonly id: string;
  /** For thread-point: index in the thread's path. */
  readonly index?: number;
}

export interface ScenePath {
  readonly type: 'path';
  readonly points: readonly FacePoint[];
  readonly closed: boolean;
  /** Draw a smooth curve through the points (Catmull-Rom) instead of straight segments. */
  readonly smooth: boolean;
  readonly style: SceneStyle;
  readonly ref?: SceneRef;
}

export interface SceneCircle {
  readonly type: 'circle';
  readonly centre: FacePoint;
  readonly radiusMm: number;
  readonly style: SceneStyle;
  readonly ref?: SceneRef;
}

/** A straight shaft with a filled head at `to` (head in the stroke colour). */
export interface SceneArrow {
  readonly type: 'arrow';
  readonly from: FacePoint;
  readonly to: FacePoint;
  /** Head length, millimetres. */
  readonly headMm: number;
  readonly style: SceneStyle;
  readonly ref?: SceneRef;
}

export interface SceneText {
  readonly type: 'text';
  /** Anchor: the text is centred vertically on it; `align` places it horizontally. */
  readonly at: FacePoint;
  readonly text: string;
  /** Font size, millimetres on the face. */
  readonly sizeMm: number;
  readonly align: 'left' | 'center' | 'right';
  readonly color: ColorToken;
  readonly bold: boolean;
  /** Draw a halo behind the text so it reads over lines. */
  readonly halo: boolean;
  readonly ref?: SceneRef;
  /**
   * Set on text that belongs to the diagram's frame rather than to a point of the face (the
   * patient's right/left captions in the top corners). A back-end that moves the face under the
   * text (a photo's warp, shared/photo/warp-scene.ts) keeps a row of it level.
   */
  readonly frame?: true;
}

/**
 * Many short, separate straight strokes in one style (a thread's barb ticks). `points` holds
 * pairs: segment k runs from points[2k] to points[2k+1]. One item instead of dozens keeps
 * back-ends fast.
 */
export interface SceneSegments {
  readonly type: 'segments';
  readonly points: readonly FacePoint[];
  readonly style: SceneStyle;
  readonly ref?: SceneRef;
}

/**
 * Many filled triangles in one style (a band of the tissue map's colour scale). `points` holds
 * triples: triangle k has corners points[3k], points[3k+1], points[3k+2]. One item per colour
 * instead of thousands of paths keeps every back-end fast.
 */
export interface SceneTriangles {
  readonly type: 'triangles';
  readonly points: readonly FacePoint[];
  readonly style: SceneStyle;
  readonly ref?: SceneRef;
}

export type SceneItem = ScenePath | SceneCircle | SceneArrow | SceneText | SceneSegments | SceneTriangles;

export type SceneLayerId =
  | 'face'
  | 'regions'
  | 'muscles'
  | 'danger-zones'
  | 'fixation'
  | 'fixed-mobile-line'
  | 'tissue'
  | 'threads'
  | 'entry-points'
  | 'highlight';

/** Overlay layers the user can toggle; 'face', 'threads', 'entry-points' and 'highlight' always draw. */
export const OVERLAY_LAYERS = [
  'regions',
  'muscles',
  'danger-zones',
  'fixation',
  'fixed-mobile-line',
  'tissue',
] as const satisfies readonly SceneLayerId[];

export type OverlayLayerId = (typeof OVERLAY_LAYERS)[number];

export interface SceneLayer {
  readonly id: SceneLayerId;
  readonly items: readonly SceneItem[];
}

export interface Scene {
  readonly bounds: FaceBounds;
  /**
   * True when the tissue overlay is switched on: the key then explains the map's scale, even
   * while no map has been computed yet or nothing gathers.
   */
  readonly tissueShown?: boolean;
  /** Bottom to top. */
  readonly layers: readonly SceneLayer[];
}
