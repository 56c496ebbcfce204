import type { Atlas, FaceStroke } from '../../atlas/types';
import type { ColorToken, SceneItem, SceneLayer, SceneStyle } from '../types';
import type { SceneLabels } from './labels';

/**
 * The face drawing from the atlas: skin-filled outline, hair line, brows, eyes, nose, lips,
 * ears and creases, drawn back to front. Static for a given atlas, so the canvas caches it.
 */

/** Back-to-front drawing order; parts not listed draw last. */
const PART_ORDER: readonly FaceStroke['part'][] = [
  'neck', 'ear', 'outline', 'jaw', 'hairline', 'crease', 'nose', 'brow', 'eye', 'iris', 'lips',
];

function strokeStyle(stroke: FaceStroke): SceneStyle {
  const fill: ColorToken | undefined = !stroke.filled
    ? undefined
    : stroke.part === 'iris'
      ? 'face.iris'
      : stroke.part === 'lips'
        ? 'face.lips'
        : stroke.part === 'brow' || stroke.part === 'hairline'
          ? 'face.hair'
          : 'face.skin';
  switch (stroke.part) {
    case 'brow':
    case 'hairline':
      return { stroke: 'face.hair', strokeWidth: 0.8, fill };
    case 'eye':
    case 'iris':
    case 'lips':
    case 'nose':
      return { stroke: 'face.feature', strokeWidth: 0.45, fill };
    case 'crease':
      return { stroke: 'face.line', strokeWidth: 0.35, opacity: 0.6, fill };
    default:
      return { stroke: 'face.line', strokeWidth: 0.6, fill };
  }
}

export function faceLayer(atlas: Atlas, labels: SceneLabels | undefined): SceneLayer {
  const rank = (s: FaceStroke): number => {
    const i = PART_ORDER.indexOf(s.part);
    return i === -1 ? PART_ORDER.length : i;
  };
  const strokes = [...atlas.drawing].sort((a, b) => rank(a) - rank(b));
  const items: SceneItem[] = strokes.map((s) => ({
    type: 'path',
    points: s.points,
    closed: s.closed,
    smooth: s.smooth,
    style: strokeStyle(s),
    ref: { kind: 'face', id: s.id },
  }));

  // The midline, faint, so left/right placement reads at a glance.
  const { minY, maxY, minX, maxX } = atlas.bounds;
  items.unshift({
    type: 'path',
    points: [{ x: 0, y: minY }, { x: 0, y: maxY }],
    closed: false,
    smooth: false,
    style: { stroke: 'face.line', strokeWidth: 0.25, opacity: 0.35, dash: [3, 2] },
  });

  if (labels) {
    // The patient's right is on the viewer's left (negative x).
    const y = minY + 6;
    items.push(
      { type: 'text', at: { x: minX + 4, y }, text: labels.patientRight, sizeMm: 3.6, align: 'left', color: 'label.text', bold: true, halo: true },
      { type: 'text', at: { x: maxX - 4, y }, text: labels.patientLeft, sizeMm: 3.6, align: 'right', color: 'label.text', bold: true, halo: true },
    );
  }
  return { id: 'face', items };
}
