import { LANDMARKS } from '../atlas/landmarks';
import { MEDIAPIPE_TRIANGLE_LIST, MP, borderLoop, mediapipeVerticesMm, mirrorTwins } from './mediapipe';
import { jawLineY, outlineHalfWidth } from './outline';
import { thinPlateSpline } from './tps';
import { DEPTH_SCALE } from './construction';

/**
 * MediaPipe's canonical face fitted onto the atlas (docs/atlas.md, "The face as a surface"):
 *
 * 1. Similarity. Scale so the outer eye corners are as far apart as the atlas's (90 mm; the model
 *    gives 88.9 mm), put the pupils' midpoint on the atlas origin, and put z = 0 on the coronal
 *    plane through the model's vertex 454/234 (on the face oval in front of the ear, fitted to the
 *    tragus below), so z is height in front of the tragion plane.
 * 2. Thin-plate spline in the frontal plane. Matched pairs: eye corners, pupils, brow head/peak/
 *    tail, alar base, mouth corners, nasion, nose tip, subnasale, stomion, menton and the tragus;
 *    the top of the forehead (vertex 10) keeps its place;
 *    the face oval's side onto the atlas outline at the same height, its lower border onto the
 *    atlas's jaw line at the same x. The forehead border is left free. x and y move; z stays, so
 *    depths keep the model's proportions (only scaled with it).
 * 3. Exact mirror symmetry: each vertex and its twin are averaged (x -> -x), midline x set to 0.
 */
export interface FittedFace {
  /** x y z per vertex, atlas millimetres, z in front of the tragion plane. Index = MediaPipe landmark. */
  readonly vertices: Float64Array;
  readonly triangles: readonly number[];
  readonly twins: Int32Array;
  /** The face oval, in order round the face (patient's right side first at the top). */
  readonly border: readonly number[];
  /** The pairs the spline was fitted to (model point after step 1 -> atlas point), for tests and docs. */
  readonly pairs: readonly { readonly source: readonly [number, number]; readonly target: readonly [number, number]; readonly what: string }[];
}

/** Border vertices (left twins) fitted onto the outline at the same height. */
const SIDE_BORDER = [389, 356, 323, 361, 288, 397] as const;
/** Border vertices (left twins) fitted onto the jaw line at the same x. */
const JAW_BORDER = [365, 379, 378, 400, 377] as const;

const lm = (name: string): readonly [number, number] => {
  const p = LANDMARKS[name];
  if (!p) throw new Error(`no atlas landmark ${name}`);
  return [p.x, p.y];
};

export function fitMediaPipe(): FittedFace {
  const raw = mediapipeVerticesMm();
  const n = raw.length / 3;
  const twins = mirrorTwins(raw);
  const triangles = MEDIAPIPE_TRIANGLE_LIST;

  // 1. Similarity.
  const X = (i: number): number => raw[3 * i]!;
  const Y = (i: number): number => raw[3 * i + 1]!;
  const Z = (i: number): number => raw[3 * i + 2]!;
  const canthusX = LANDMARKS['lateral-canthus-left']!.x;
  const scale = (2 * canthusX) / (X(MP.lateralCanthusLeft) - X(twins[MP.lateralCanthusLeft]!));
  const pupilY = (Y(MP.upperLidLeft) + Y(MP.lowerLidLeft)) / 2;
  const tragionZ = Z(MP.tragusLeft);
  const v = new Float64Array(raw.length);
  for (let i = 0; i < n; i++) {
    v[3 * i] = scale * X(i);
    v[3 * i + 1] = scale * (Y(i) - pupilY);
    v[3 * i + 2] = scale * DEPTH_SCALE * (Z(i) - tragionZ);
  }
  const at = (i: number): [number, number] => [v[3 * i]!, v[3 * i + 1]!];
  const mid = (a: number, b: number): [number, number] => [(v[3 * a]! + v[3 * b]!) / 2, (v[3 * a + 1]! + v[3 * b + 1]!) / 2];

  // 2. Pairs, left side and midline; the right side is their mirror.
  const pairs: { source: readonly [number, number]; target: readonly [number, number]; what: string }[] = [];
  const add = (source: readonly [number, number], target: readonly [number, number], what: string, mirror: boolean): void => {
    pairs.push({ source, target, what });
    if (mirror) pairs.push({ source: [-source[0], source[1]], target: [-target[0], target[1]], what: what.replace('-left', '-right') });
  };
  add(at(MP.lateralCanthusLeft), lm('lateral-canthus-left'), 'lateral-canthus-left', true);
  add(at(MP.medialCanthusLeft), lm('medial-canthus-left'), 'medial-canthus-left', true);
  add(mid(MP.upperLidLeft, MP.lowerLidLeft), lm('pupil-left'), 'pupil-left', true);
  add(mid(MP.browHeadUpperLeft, MP.browHeadLowerLeft), lm('brow-head-left'), 'brow-head-left', true);
  add(mid(MP.browPeakUpperLeft, MP.browPeakLowerLeft), lm('brow-peak-left'), 'brow-peak-left', true);
  add(mid(MP.browTailUpperLeft, MP.browTailLowerLeft), lm('brow-tail-left'), 'brow-tail-left', true);
  add(at(MP.alarBaseLeft), lm('alar-base-left'), 'alar-base-left', true);
  add(at(MP.mouthCornerLeft), lm('mouth-corner-left'), 'mouth-corner-left', true);
  add(at(MP.tragusLeft), lm('tragus-left'), 'tragus-left', true);
  for (const i of SIDE_BORDER) add(at(i), [outlineHalfWidth(at(i)[1]), at(i)[1]], `outline-left (vertex ${i})`, true);
  for (const i of JAW_BORDER) add(at(i), [at(i)[0], jawLineY(at(i)[0])], `jaw-line-left (vertex ${i})`, true);
  add(at(MP.nasion), lm('nasion'), 'nasion', false);
  add(at(MP.noseTip), lm('nose-tip'), 'nose-tip', false);
  add(at(MP.subnasale), lm('subnasale'), 'subnasale', false);
  add(mid(MP.upperLipInner, MP.lowerLipInner), lm('stomion'), 'stomion', false);
  add(at(MP.menton), lm('menton'), 'menton', false);
  // The top of the model's forehead keeps its height: the atlas has no landmark there, and
  // without an anchor the spline would carry the lower face's stretch up into the forehead.
  add(at(MP.foreheadTop), at(MP.foreheadTop), 'forehead-top (kept)', false);

  const warp = thinPlateSpline(
    pairs.map((p) => p.source),
    pairs.map((p) => p.target),
  );
  const w = new Float64Array(v.length);
  for (let i = 0; i < n; i++) {
    const [x, y] = warp(v[3 * i]!, v[3 * i + 1]!);
    w[3 * i] = x;
    w[3 * i + 1] = y;
    w[3 * i + 2] = v[3 * i + 2]!;
  }

  // 3. Exact mirror symmetry.
  const out = new Float64Array(w.length);
  for (let i = 0; i < n; i++) {
    const t = twins[i]!;
    if (t === i) {
      out[3 * i] = 0;
      out[3 * i + 1] = w[3 * i + 1]!;
      out[3 * i + 2] = w[3 * i + 2]!;
    } else {
      out[3 * i] = (w[3 * i]! - w[3 * t]!) / 2;
      out[3 * i + 1] = (w[3 * i + 1]! + w[3 * t + 1]!) / 2;
      out[3 * i + 2] = (w[3 * i + 2]! + w[3 * t + 2]!) / 2;
    }
  }
  // Twins computed from the averaged values are exact mirrors; write each pair once more from the
  // left twin so floating-point rounding cannot leave them a hair apart.
  for (let i = 0; i < n; i++) {
    const t = twins[i]!;
    if (t !== i && out[3 * i]! > 0) {
      out[3 * t] = -out[3 * i]!;
      out[3 * t + 1] = out[3 * i + 1]!;
      out[3 * t + 2] = out[3 * i + 2]!;
    }
  }
  return { vertices: out, triangles, twins, border: borderLoop(triangles), pairs };
}
