import { structureName } from '../../atlas/names';
import type { Atlas } from '../../atlas/types';
import type { Locale } from '../../i18n/locale';
import { lineCentres, placeLabels, type PlacedLabel } from '../label-placement';
import type { SceneItem, SceneLayer } from '../types';
import { polygonCentroid } from './shapes';

/** Size of the region names on the face, millimetres. */
export const REGION_LABEL_MM = 2.6;

/**
 * Where each region's name (in `locale`) is written: at its centre, or wrapped or moved within
 * the region where it would cover a neighbour's (label-placement.ts).
 */
export function regionLabels(atlas: Atlas, locale: Locale = 'en'): PlacedLabel[] {
  return placeLabels(
    atlas.regions.map((r) => ({ text: structureName(r.id, locale, r.name), anchor: polygonCentroid(r.outline), area: r.outline, sizeMm: REGION_LABEL_MM })),
  );
}

/** Treatment regions: light fills with a fine outline and the region's name (in `locale`), placed apart. */
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
  for (const label of regionLabels(atlas, locale)) {
    lineCentres(label, REGION_LABEL_MM).forEach((at, i) => {
      items.push({ type: 'text', at, text: label.lines[i]!, sizeMm: REGION_LABEL_MM, align: 'center', color: 'region.label', bold: false, halo: true });
    });
  }
  return { id: 'regions', items };
}
