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
    expect(overlayRows([...OVERLAY_LAYERS])).toEqual(['regions', 'muscles', 'nerve', 'duct', 'artery', 'fixation', 'ligament', 'fixed-mobile-line']);
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
