/**
 * Coordinate spaces.
 *
 * The canonical face is a schematic frontal view measured in millimetres:
 * - origin on the facial midline at the level of the pupils (the interpupillary line);
 * - +x toward the viewer's right, which is the PATIENT'S LEFT side;
 * - +y downward (toward the chin), so "against gravity" means a negative y component.
 *
 * Stage (screen) pixels are a different space. The brand fields below make the compiler refuse
 * to mix the two (the idea comes from excalidraw's GlobalPoint/LocalPoint). The brands exist
 * only at compile time: at run time both are plain `{ x, y }` objects, which keeps plan files
 * plain JSON.
 */
export interface FacePoint {
  readonly x: number;
  readonly y: number;
  /** compile-time brand: millimetres on the canonical face */
  readonly __space?: 'face-mm';
}

export interface StagePoint {
  readonly x: number;
  readonly y: number;
  /** compile-time brand: CSS pixels on the editor stage */
  readonly __space?: 'stage-px';
}

/** A direction or displacement on the face, millimetres (or unit-less when normalized). */
export interface FaceVector {
  readonly x: number;
  readonly y: number;
  readonly __space?: 'face-mm';
}

/** Angles are degrees unless a name says radians. */
export type Degrees = number;

/** A closed polygon on the face; the last point connects back to the first. */
export type FacePolygon = readonly FacePoint[];

/** An open polyline on the face. */
export type FacePolyline = readonly FacePoint[];

export interface FaceBounds {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}
