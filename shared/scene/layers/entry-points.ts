import type { PlanDocument } from '../../plan/types';
import { entryPointCaption } from '../numbering';
import type { SceneItem, SceneLayer } from '../types';
import { ENTRY_RADIUS_MM } from './threads';

/**
 * Entry points: a ringed circle with the entry's label (or number), drawn over the threads.
 * `labelScale` enlarges the caption and its circle together, so the caption stays inside.
 */
export function entryPointsLayer(plan: PlanDocument, selectedEntryIds: ReadonlySet<string>, labelScale = 1): SceneLayer {
  const items: SceneItem[] = [];
  const radius = ENTRY_RADIUS_MM * labelScale;
  plan.entryPoints.forEach((e, i) => {
    const ref = { kind: 'entry-point', id: e.id } as const;
    if (selectedEntryIds.has(e.id)) {
      items.push({ type: 'circle', centre: e.position, radiusMm: radius + 1.4, style: { fill: 'highlight', opacity: 0.35 } });
    }
    items.push({
      type: 'circle',
      centre: e.position,
      radiusMm: radius,
      style: { stroke: 'entry.line', strokeWidth: 0.45, fill: 'entry.fill' },
      ref,
    });
    items.push({
      type: 'text',
      at: e.position,
      text: entryPointCaption(e.label, i),
      sizeMm: 2.5 * labelScale,
      align: 'center',
      color: 'entry.text',
      bold: true,
      halo: false,
      ref,
    });
  });
  return { id: 'entry-points', items };
}
