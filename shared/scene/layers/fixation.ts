import type { Atlas } from '../../atlas/types';
import type { SceneItem, SceneLayer } from '../types';

/** Where threads may be anchored (fixation zones) and the retaining ligaments. */
export function fixationLayer(atlas: Atlas): SceneLayer {
  const items: SceneItem[] = [];
  for (const f of atlas.fixationZones) {
    items.push({
      type: 'path',
      points: f.outline,
      closed: true,
      smooth: true,
      style: { stroke: 'fixation.line', strokeWidth: 0.35, fill: 'fixation.fill', opacity: 0.35 },
      ref: { kind: 'fixation-zone', id: f.id },
    });
    items.push({
      type: 'path',
      points: f.outline,
      closed: true,
      smooth: true,
      style: { stroke: 'fixation.line', strokeWidth: 0.35, opacity: 0.9 },
    });
  }
  for (const l of atlas.ligaments) {
    items.push({
      type: 'circle',
      centre: l.centre,
      radiusMm: l.radiusMm,
      style: { stroke: 'ligament', strokeWidth: 0.35, fill: 'ligament', opacity: 0.3 },
      ref: { kind: 'ligament', id: l.id },
    });
    // A cross marks the ligament's centre so it reads as a tether point, not just a blob.
    const k = Math.min(1.2, l.radiusMm * 0.5);
    items.push({
      type: 'segments',
      points: [
        { x: l.centre.x - k, y: l.centre.y - k },
        { x: l.centre.x + k, y: l.centre.y + k },
        { x: l.centre.x - k, y: l.centre.y + k },
        { x: l.centre.x + k, y: l.centre.y - k },
      ],
      style: { stroke: 'ligament', strokeWidth: 0.35 },
    });
  }
  return { id: 'fixation', items };
}
