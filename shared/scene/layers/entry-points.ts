import type { EntryPoint, PlanDocument } from '../../plan/types';
import { entryPointCaptions } from '../numbering';
import type { SceneItem, SceneLayer } from '../types';
import { ENTRY_RADIUS_MM } from './threads';

/**
 * Entry points: a ringed circle with the entry's caption (its label, or a free letter: numbering.ts), drawn over the threads.
 * `labelScale` enlarges the caption and its circle together, so the caption stays inside.
 */
/**
 * An entry point's items, kept while the entry point object, its caption, its selection and the
 * label scale stay the same: during a drag the items of everything that did not move keep their
 * identity, so the canvas can tell by identity what to redraw (renderer/canvas/live-split.ts).
 */
const itemCache = new WeakMap<EntryPoint, { readonly key: string; readonly items: readonly SceneItem[] }>();

function entryItems(e: EntryPoint, caption: string, selected: boolean, labelScale: number): readonly SceneItem[] {
  const key = `${caption}|${selected ? 1 : 0}|${labelScale}`;
  const hit = itemCache.get(e);
  if (hit && hit.key === key) return hit.items;
  const items: SceneItem[] = [];
  const radius = ENTRY_RADIUS_MM * labelScale;
  const ref = { kind: 'entry-point', id: e.id } as const;
  if (selected) {
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
    text: caption,
    sizeMm: 2.5 * labelScale,
    align: 'center',
    color: 'entry.text',
    bold: true,
    halo: false,
    ref,
  });
  itemCache.set(e, { key, items });
  return items;
}

export function entryPointsLayer(plan: PlanDocument, selectedEntryIds: ReadonlySet<string>, labelScale = 1): SceneLayer {
  const items: SceneItem[] = [];
  const captions = entryPointCaptions(plan);
  for (const e of plan.entryPoints) items.push(...entryItems(e, captions.get(e.id)!, selectedEntryIds.has(e.id), labelScale));
  return { id: 'entry-points', items };
}
