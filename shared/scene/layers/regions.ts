import { structureName } from '../../atlas/names';
import type { Atlas } from '../../atlas/types';
import type { Locale } from '../../i18n/locale';
import type { SceneItem, SceneLayer } from '../types';
import { polygonCentroid } from './shapes';

/** Treatment regions: light fills with a fine outline and the region's name (in `locale`) at its centre. */
export function regionsLayer(atlas: Atlas, locale: Locale = 'en'): SceneLayer {
  const items: SceneItem[] = [];
  for (const r of atlas.regions) {
    items.push({
      type: 'path',
      points: r.outline,
      closed: true,
      smooth: false,
      style: { fill: 'region.fill', opacity: 0.1 },
      ref: { kind: 'region', id: r.id },
    });
  }
  // Outlines again at full opacity so borders stay readable over the translucent fills.
  for (const r of atlas.regions) {
    items.push({
      type: 'path',
      points: r.outline,
      closed: true,
      smooth: false,
      style: { stroke: 'region.line', strokeWidth: 0.25, opacity: 0.7, dash: [1.2, 0.8] },
    });
  }
  for (const r of atlas.regions) {
    items.push({
      type: 'text',
      at: polygonCentroid(r.outline),
      text: structureName(r.id, locale, r.name),
      sizeMm: 2.6,
      align: 'center',
      color: 'region.label',
      bold: false,
      halo: true,
    });
  }
  return { id: 'regions', items };
}
