import { MEDIAPIPE_TRIANGLES, MEDIAPIPE_VERTICES_CM } from './mediapipe-data';

/**
 * MediaPipe's canonical face model (assets/mediapipe/, Apache-2.0) in the atlas's axes:
 * millimetres, +x = subject's left (as in the model), +y DOWN (the model's y is up), +z toward the
 * viewer. Vertex k is MediaPipe face-mesh landmark k, so landmarks detected on a photo map through
 * the same indices.
 */

export const MEDIAPIPE_VERTEX_COUNT = MEDIAPIPE_VERTICES_CM.length / 3;

/** Vertex positions in millimetres, atlas axes (y flipped), not yet fitted to the atlas. */
export function mediapipeVerticesMm(): Float64Array {
  const out = new Float64Array(MEDIAPIPE_VERTICES_CM.length);
  for (let i = 0; i < MEDIAPIPE_VERTEX_COUNT; i++) {
    out[3 * i] = MEDIAPIPE_VERTICES_CM[3 * i]! * 10;
    out[3 * i + 1] = -MEDIAPIPE_VERTICES_CM[3 * i + 1]! * 10;
    out[3 * i + 2] = MEDIAPIPE_VERTICES_CM[3 * i + 2]! * 10;
  }
  return out;
}

export const MEDIAPIPE_TRIANGLE_LIST: readonly number[] = MEDIAPIPE_TRIANGLES;

/**
 * For every vertex, its mirror twin (x -> -x). The model is exactly mirror symmetric: every
 * vertex has a twin at exactly (-x, y, z), and vertices on the midline are their own twin.
 */
export function mirrorTwins(vertices: Float64Array): Int32Array {
  const n = vertices.length / 3;
  const key = (x: number, y: number, z: number): string => `${x.toFixed(4)} ${y.toFixed(4)} ${z.toFixed(4)}`;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(key(vertices[3 * i]!, vertices[3 * i + 1]!, vertices[3 * i + 2]!), i);
  const twins = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const x = vertices[3 * i]!;
    const twin = index.get(key(x === 0 ? 0 : -x, vertices[3 * i + 1]!, vertices[3 * i + 2]!));
    if (twin === undefined) throw new Error(`MediaPipe vertex ${i} has no mirror twin`);
    twins[i] = twin;
  }
  return twins;
}

/**
 * The mesh's open border (the face oval, 36 vertices), as one closed loop in order. The model is
 * a disc: eyes and mouth are closed over, so the only border is the outline of the face.
 */
export function borderLoop(triangles: readonly number[]): number[] {
  const count = new Map<string, number>();
  const edge = (a: number, b: number): string => (a < b ? `${a} ${b}` : `${b} ${a}`);
  for (let t = 0; t < triangles.length; t += 3) {
    for (const [a, b] of [[triangles[t]!, triangles[t + 1]!], [triangles[t + 1]!, triangles[t + 2]!], [triangles[t + 2]!, triangles[t]!]] as const) {
      count.set(edge(a, b), (count.get(edge(a, b)) ?? 0) + 1);
    }
  }
  const next = new Map<number, number[]>();
  for (const [k, c] of count) {
    if (c !== 1) continue;
    const [a, b] = k.split(' ').map(Number) as [number, number];
    next.set(a, [...(next.get(a) ?? []), b]);
    next.set(b, [...(next.get(b) ?? []), a]);
  }
  const start = Math.min(...next.keys());
  const loop = [start];
  let prev = -1;
  let cur = start;
  for (;;) {
    const n = next.get(cur)!.find((v) => v !== prev)!;
    if (n === start) break;
    loop.push(n);
    prev = cur;
    cur = n;
    if (loop.length > next.size) throw new Error('MediaPipe border is not a single loop');
  }
  return loop;
}

/** Named MediaPipe landmark indices the fit and the docs refer to (the patient's left twin). */
export const MP = {
  noseTip: 1,
  subnasale: 2,
  upperLipInner: 13,
  lowerLipInner: 14,
  nasion: 168,
  menton: 152,
  foreheadTop: 10,
  lateralCanthusLeft: 263,
  medialCanthusLeft: 362,
  upperLidLeft: 386,
  lowerLidLeft: 374,
  mouthCornerLeft: 291,
  browTailUpperLeft: 300,
  browTailLowerLeft: 276,
  browPeakUpperLeft: 334,
  browPeakLowerLeft: 282,
  browHeadUpperLeft: 336,
  browHeadLowerLeft: 285,
  alarBaseLeft: 327,
  /** On the face oval in front of the ear: fitted to the tragus. */
  tragusLeft: 454,
} as const;
