import type { Atlas } from '../../atlas/types';
import type { SceneItem, SceneLayer } from '../types';

/**
 * Mimetic muscles: translucent outline plus the action arrow (insertion toward origin), the
 * direction a thread should not fight. Ring muscles get a dashed line: their action is a
 * closing ring, the arrow only marks a representative direction.
 */
export function musclesLayer(atlas: Atlas): SceneLayer {
  const items: SceneItem[] = [];
  for (const m of atlas.muscles) {
    items.push({
      type: 'path',
      points: m.outline,
      closed: true,
      smooth: true,
      style: { stroke: 'muscle.line', strokeWidth: 0.2, fill: 'muscle.fill', opacity: 0.14 },
      ref: { kind: 'muscle', id: m.id },
    });
  }
  for (const m of atlas.muscles) {
    items.push({
      type: 'arrow',
      from: m.action.from,
      to: m.action.to,
      headMm: 2.2,
      style: { stroke: 'muscle.arrow', strokeWidth: 0.45, opacity: 0.75, dash: m.ring ? [1.5, 1] : undefined },
      ref: { kind: 'muscle', id: m.id },
    });
  }
  return { id: 'muscles', items };
}
