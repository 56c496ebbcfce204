import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { atlasScene } from '../../../../shared/scene/build-scene';
import { sceneLegend } from '../../../../shared/scene/legend';
import { OVERLAY_LAYERS, type OverlayLayerId } from '../../../../shared/scene/types';
import { isMessageKey } from '../../../../renderer/i18n';

const layersWith = (on: readonly OverlayLayerId[]) =>
  Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, on.includes(l)])) as Record<OverlayLayerId, boolean>;
const overlayRows = (on: readonly OverlayLayerId[]) =>
  sceneLegend(atlasScene(CANONICAL_ATLAS, layersWith(on))).find((s) => s.id === 'overlays')!.rows.map((r) => r.id);

describe('the key to the diagram (shared by the PDF and the screen)', () => {
  it('explains exactly the overlays that are shown', () => {
    expect(overlayRows([])).toEqual([]);
    expect(overlayRows(['fixation', 'fixed-mobile-line'])).toEqual(['fixation', 'ligament', 'fixed-mobile-line']);
    expect(overlayRows(['danger-zones'])).toEqual(['nerve', 'duct', 'artery']);
    expect(overlayRows([...OVERLAY_LAYERS])).toEqual(['regions', 'muscles', 'nerve', 'duct', 'artery', 'fixation', 'ligament', 'fixed-mobile-line', 'tissue-gathering', 'tissue-movement']);
    // The tissue map's scale is explained as soon as the overlay is on, before any map exists.
    expect(overlayRows(['tissue'])).toEqual(['tissue-gathering', 'tissue-movement']);
  });

  it('gives the tissue map its whole fixed scale, one swatch per band, with the bands in the words', () => {
    const row = sceneLegend(atlasScene(CANONICAL_ATLAS, layersWith(['tissue']))).find((s) => s.id === 'overlays')!.rows[0]!;
    expect(row.items.map((i) => (i.type === 'path' ? i.style.fill : null))).toEqual(['tissue.1', 'tissue.2', 'tissue.3', 'tissue.4', 'tissue.5']);
    expect(row.params?.bands).toBe('1–2%, 2–4%, 4–8%, 8–16%, 16%+');
  });

  it('always explains the thread colours and symbols, each row with a swatch', () => {
    const sections = sceneLegend(atlasScene(CANONICAL_ATLAS, layersWith([])));
    expect(sections.map((s) => s.id)).toEqual(['threads', 'symbols', 'overlays']);
    for (const section of sections) for (const row of section.rows) expect(row.items.length, row.id).toBeGreaterThan(0);
    expect(sections[0]!.rows.map((r) => r.id)).toEqual(['severity.ok', 'severity.info', 'severity.warning', 'severity.critical', 'smooth']);
  });

  it('an overlay swatch wears the style its layer draws with', () => {
    const scene = atlasScene(CANONICAL_ATLAS, layersWith(['danger-zones']));
    const artery = sceneLegend(scene).find((s) => s.id === 'overlays')!.rows.find((r) => r.id === 'artery')!;
    const zoneStyle = scene.layers.find((l) => l.id === 'danger-zones')!.items.find((i) => i.type === 'path' && i.closed && i.style.fill === 'danger.artery')!;
    expect(artery.items[0]!.type === 'path' && artery.items[0]!.style).toEqual(zoneStyle.type === 'path' && zoneStyle.style);
  });

  it('every row and section has words on screen', () => {
    for (const section of sceneLegend(atlasScene(CANONICAL_ATLAS, layersWith([...OVERLAY_LAYERS])))) {
      expect(isMessageKey(`legend.section.${section.id}`), section.id).toBe(true);
      for (const row of section.rows) expect(isMessageKey(`legend.${row.id}`), row.id).toBe(true);
    }
  });
});
