import type { Atlas } from '../../atlas/types';
import type { FacePolyline } from '../../geometry/types';
import type { SceneItem, SceneLayer } from '../types';
import type { SceneLabels } from './labels';

/**
 * The line between the fixed lateral face and the mobile face, one per side, with small
 * "fixed" / "mobile" captions on either side of its top end.
 */
export function fixedMobileLineLayer(atlas: Atlas, labels: SceneLabels | undefined): SceneLayer {
  const items: SceneItem[] = [];
  const sides: { line: FacePolyline; lateral: number; side: 'right' | 'left' }[] = [
    { line: atlas.fixedMobileLine.right, lateral: -1, side: 'right' },
    { line: atlas.fixedMobileLine.left, lateral: 1, side: 'left' },
  ];
  for (const { line, lateral, side } of sides) {
    if (line.length < 2) continue;
    items.push({
      type: 'path',
      points: line,
      closed: false,
      smooth: false,
      style: { stroke: 'fixed-mobile-line', strokeWidth: 0.5, dash: [2.5, 1.2], opacity: 0.9 },
      ref: { kind: 'fixed-mobile-line', id: side },
    });
    if (labels) {
      const top = line[0]!.y <= line[line.length - 1]!.y ? line[0]! : line[line.length - 1]!;
      const y = top.y - 2.5;
      // Lateral of the line is the fixed face; medial is the mobile face.
      items.push(
        { type: 'text', at: { x: top.x + lateral * 1.2, y }, text: labels.fixed, sizeMm: 2, align: lateral < 0 ? 'right' : 'left', color: 'fixed-mobile-line', bold: false, halo: true },
        { type: 'text', at: { x: top.x - lateral * 1.2, y }, text: labels.mobile, sizeMm: 2, align: lateral < 0 ? 'left' : 'right', color: 'fixed-mobile-line', bold: false, halo: true },
      );
    }
  }
  return { id: 'fixed-mobile-line', items };
}
