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

/** The fill of a filled part, and how strongly it shows. */
function fillOf(part: FaceStroke['part']): { fill: ColorToken; opacity: number } {
  switch (part) {
    case 'iris':
      return { fill: 'face.iris', opacity: 1 };
    case 'lips':
      return { fill: 'face.lips', opacity: 1 };
    case 'brow':
    case 'hairline':
      return { fill: 'face.hair', opacity: 1 };
    case 'nose':
      // Nostrils: a soft shadow, not a hole.
      return { fill: 'face.feature', opacity: 0.3 };
    default:
      return { fill: 'face.skin', opacity: 1 };
  }
}

function strokeStyle(stroke: FaceStroke): SceneStyle {
  switch (stroke.part) {
    case 'brow':
    case 'hairline':
      return { stroke: 'face.hair', strokeWidth: 0.8 };
    case 'eye':
    case 'iris':
    case 'lips':
    case 'nose':
      return { stroke: 'face.feature', strokeWidth: 0.45 };
    case 'crease':
      return { stroke: 'face.line', strokeWidth: 0.35, opacity: 0.6 };
    default:
      return { stroke: 'face.line', strokeWidth: 0.6 };
  }
}

/**
 * The face drawing, the midline and the side captions. `labelScale` (SceneInput.labelScale)
 * enlarges the "Patient's right/left" captions with the thread numbers, e.g. in the presenter view.
 */
export function faceLayer(atlas: Atlas, labels: SceneLabels | undefined, labelScale = 1): SceneLayer {
  const rank = (s: FaceStroke): number => {
    const i = PART_ORDER.indexOf(s.part);
    return i === -1 ? PART_ORDER.length : i;
  };
  const strokes = [...atlas.drawing].sort((a, b) => rank(a) - rank(b));
  const { minY, maxY, minX, maxX } = atlas.bounds;
  const items: SceneItem[] = [];
  // Skin first: the silhouette the regions tile, when the atlas has one.
  if (atlas.silhouette && atlas.silhouette.length > 2) {
    items.push({ type: 'path', points: atlas.silhouette, closed: true, smooth: true, style: { fill: 'face.skin' } });
  }
  // The midline, faint, under the features, so left/right placement reads at a glance.
  items.push({
    type: 'path',
    points: [{ x: 0, y: minY }, { x: 0, y: maxY }],
    closed: false,
    smooth: false,
    style: { stroke: 'face.line', strokeWidth: 0.25, opacity: 0.35, dash: [3, 2] },
  });

  for (const s of strokes) {
    // Fill and line are separate items so a fill can be translucent under a solid line.
    if (s.filled && s.closed) {
      const { fill, opacity } = fillOf(s.part);
      items.push({ type: 'path', points: s.points, closed: true, smooth: s.smooth, style: { fill, opacity } });
    }
    items.push({ type: 'path', points: s.points, closed: s.closed, smooth: s.smooth, style: strokeStyle(s), ref: { kind: 'face', id: s.id } });
  }

  if (labels) {
    // The patient's right is on the viewer's left (negative x).
    const sizeMm = 3.6 * labelScale;
    const y = minY + 2.4 + sizeMm; // the baseline sits one text height below a fixed margin
    items.push(
      { type: 'text', at: { x: minX + 4, y }, text: labels.patientRight, sizeMm, align: 'left', color: 'label.text', bold: true, halo: true, frame: true },
      { type: 'text', at: { x: maxX - 4, y }, text: labels.patientLeft, sizeMm, align: 'right', color: 'label.text', bold: true, halo: true, frame: true },
    );
  }
  return { id: 'face', items };
}
