import { LANDMARKS } from '../atlas/landmarks';
import type { FacePoint } from '../geometry/types';
import { canonicalBuild } from './canonical';
import type { FaceSurface, Point3 } from './types';

/** An atlas landmark with its frontal position and its point on the skin. */
export interface SurfaceLandmark {
  readonly name: string;
  readonly frontal: FacePoint;
  readonly surface: Point3;
  /** False for landmarks drawn off the modelled skin (none on the canonical surface today). */
  readonly onSurface: boolean;
}

/** Every atlas landmark (by its existing name) lifted onto a surface, sorted by name. */
export function surfaceLandmarks(surface: FaceSurface, landmarks: Readonly<Record<string, FacePoint>> = LANDMARKS): SurfaceLandmark[] {
  return Object.keys(landmarks)
    .sort()
    .map((name) => {
      const p = landmarks[name]!;
      return { name, frontal: { x: p.x, y: p.y }, surface: { x: p.x, y: p.y, z: surface.heightAt(p.x, p.y) }, onSurface: surface.onSurfaceAt(p.x, p.y) };
    });
}

/**
 * Where each of MediaPipe's 468 face-mesh landmarks lies on the canonical face: index k is
 * MediaPipe landmark k. `frontal` is the point to use in a plan; `model` is the fitted vertex
 * itself (equal to the lifted frontal point except for the few vertices the face hides from the
 * front, such as the inside of the lips, which lie behind the skin seen there).
 */
export interface MediapipeLandmark {
  readonly index: number;
  readonly frontal: FacePoint;
  readonly model: Point3;
}

let mediapipe: readonly MediapipeLandmark[] | null = null;

export function mediapipeLandmarks(): readonly MediapipeLandmark[] {
  if (mediapipe === null) {
    const v = canonicalBuild().face.vertices;
    const out: MediapipeLandmark[] = [];
    for (let k = 0; k < v.length / 3; k++) {
      out.push({ index: k, frontal: { x: v[3 * k]!, y: v[3 * k + 1]! }, model: { x: v[3 * k]!, y: v[3 * k + 1]!, z: v[3 * k + 2]! } });
    }
    mediapipe = out;
  }
  return mediapipe;
}
