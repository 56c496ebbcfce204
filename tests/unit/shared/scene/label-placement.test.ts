import { describe, expect, it } from 'vitest';
import { MIN_TEXT_PX } from '../../../../renderer/canvas/draw-item';
import { MAX_ZOOM, MIN_ZOOM } from '../../../../renderer/editor/view-transform';
import { CANONICAL_ATLAS } from '../../../../shared/atlas/canonical';
import { pointInPolygon } from '../../../../shared/geometry/polyline';
import { LOCALES } from '../../../../shared/i18n/locale';
import { boxesOverlap, placeLabels, textWidthMm, wrapInTwo, type LabelBox } from '../../../../shared/scene/label-placement';
import { REGION_LABEL_MM, regionLabels, regionsLayer } from '../../../../shared/scene/layers/regions';
import { polygonCentroid } from '../../../../shared/scene/layers/shapes';
import type { SceneText } from '../../../../shared/scene/types';

const square = (cx: number, cy: number, half: number) => [
  { x: cx - half, y: cy - half },
  { x: cx + half, y: cy - half },
  { x: cx + half, y: cy + half },
  { x: cx - half, y: cy + half },
];

/**
 * The screen box of each region name the canvas draws at `zoom` (CSS px per mm): the regions
 * layer's own text items, names the canvas skips as too small left out (draw-item.ts).
 */
function screenBoxes(items: readonly SceneText[], zoom: number): { text: string; box: LabelBox }[] {
  return items
    .filter((i) => i.sizeMm * zoom >= MIN_TEXT_PX)
    .map((i) => {
      const halfW = (textWidthMm(i.text, i.sizeMm) / 2) * zoom;
      const halfH = ((i.sizeMm * 1.2) / 2) * zoom;
      return { text: i.text, box: { minX: i.at.x * zoom - halfW, maxX: i.at.x * zoom + halfW, minY: i.at.y * zoom - halfH, maxY: i.at.y * zoom + halfH } };
    });
}

/** The zooms a user reaches: from the widest zoomed-out view to the closest, in the wheel's steps and beyond. */
function zoomLevels(): number[] {
  const out: number[] = [];
  for (let z = MIN_ZOOM; z <= MAX_ZOOM; z *= 1.1) out.push(z);
  return [...out, MAX_ZOOM];
}

describe('region labels on the diagram', () => {
  for (const locale of LOCALES) {
    it(`${locale}: no two region names overlap at any zoom a user reaches`, () => {
      const lines = regionsLayer(CANONICAL_ATLAS, locale).items.filter((i): i is SceneText => i.type === 'text');
      // Every region is named (a wrapped name is two items).
      expect(regionLabels(CANONICAL_ATLAS, locale).reduce((n, l) => n + l.lines.length, 0)).toBe(lines.length);
      expect(regionLabels(CANONICAL_ATLAS, locale)).toHaveLength(CANONICAL_ATLAS.regions.length);
      const clashes: string[] = [];
      let drawnAtSomeZoom = 0;
      for (const zoom of zoomLevels()) {
        const boxes = screenBoxes(lines, zoom);
        drawnAtSomeZoom = Math.max(drawnAtSomeZoom, boxes.length);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            if (boxesOverlap(boxes[i]!.box, boxes[j]!.box)) clashes.push(`${zoom.toFixed(2)}: ${boxes[i]!.text} / ${boxes[j]!.text}`);
          }
        }
      }
      expect(clashes).toEqual([]);
      // The check saw the names: they are drawn once the user zooms in.
      expect(drawnAtSomeZoom).toBe(lines.length);
    });

    it(`${locale}: a name moved from its region's centre stays inside the region`, () => {
      regionLabels(CANONICAL_ATLAS, locale).forEach((label, i) => {
        const region = CANONICAL_ATLAS.regions[i]!;
        const centre = polygonCentroid(region.outline);
        if (label.at.x !== centre.x || label.at.y !== centre.y) expect(pointInPolygon(label.at, region.outline)).toBe(true);
      });
    });
  }

  it('Russian perioral names, which covered each other at their centres, are placed apart; English keeps every name at its centre', () => {
    const ru = regionLabels(CANONICAL_ATLAS, 'ru');
    const index = (id: string) => CANONICAL_ATLAS.regions.findIndex((r) => r.id === id);
    const [right, left] = [ru[index('perioral-right')]!, ru[index('perioral-left')]!];
    expect(boxesOverlap(right.box, left.box)).toBe(false);
    // Centred, the two names would overlap: the placement did the work.
    const centred = (['perioral-right', 'perioral-left'] as const).map((id, k) => {
      const at = polygonCentroid(CANONICAL_ATLAS.regions[index(id)]!.outline);
      const halfW = textWidthMm([right, left][k]!.lines.join(' '), REGION_LABEL_MM) / 2;
      return { minX: at.x - halfW, maxX: at.x + halfW, minY: at.y - 1, maxY: at.y + 1 };
    });
    expect(boxesOverlap(centred[0]!, centred[1]!)).toBe(true);

    regionLabels(CANONICAL_ATLAS, 'en').forEach((label, i) => {
      expect(label.at).toEqual(polygonCentroid(CANONICAL_ATLAS.regions[i]!.outline));
      expect(label.lines).toHaveLength(1);
    });
  });
});

describe('placeLabels', () => {
  it('leaves labels that do not collide at their anchors, on one line', () => {
    const placed = placeLabels([
      { text: 'Alpha beta', anchor: { x: 0, y: 0 }, area: square(0, 0, 20), sizeMm: 2 },
      { text: 'Gamma delta', anchor: { x: 60, y: 0 }, area: square(60, 0, 20), sizeMm: 2 },
    ]);
    expect(placed.map((p) => [p.at, p.lines])).toEqual([
      [{ x: 0, y: 0 }, ['Alpha beta']],
      [{ x: 60, y: 0 }, ['Gamma delta']],
    ]);
  });

  it('wraps a label at its anchor before moving it, when two lines clear the neighbour', () => {
    // The neighbour sits to the right: on one line the long name reaches it, on two it does not.
    const placed = placeLabels([
      { text: 'Right', anchor: { x: 12, y: 0 }, area: square(12, 0, 2), sizeMm: 2 },
      { text: 'A rather long name', anchor: { x: 0, y: 0 }, area: square(0, 0, 10), sizeMm: 2 },
    ]);
    expect(placed[1]!.at).toEqual({ x: 0, y: 0 });
    expect(placed[1]!.lines).toEqual(['A rather', 'long name']);
    expect(boxesOverlap(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('moves a label within its area when wrapping is not enough, and never out of it', () => {
    const placed = placeLabels([
      { text: 'Firstname', anchor: { x: 0, y: 0 }, area: square(0, 0, 10), sizeMm: 2 },
      { text: 'Secondname', anchor: { x: 0, y: 1 }, area: square(0, 5, 10), sizeMm: 2 },
    ]);
    expect(boxesOverlap(placed[0]!.box, placed[1]!.box)).toBe(false);
    expect(pointInPolygon(placed[1]!.at, square(0, 5, 10))).toBe(true);
    expect(placed[1]!.at).not.toEqual({ x: 0, y: 1 });
  });

  it('keeps the anchor when its area has no clear place (and says so by overlapping)', () => {
    const tiny = square(0, 0, 0.5);
    const placed = placeLabels([
      { text: 'Big', anchor: { x: 0, y: 0 }, area: tiny, sizeMm: 2 },
      { text: 'Small', anchor: { x: 0, y: 0 }, area: tiny, sizeMm: 2 },
    ]);
    expect(placed[1]!.at).toEqual({ x: 0, y: 0 });
  });

  it('wraps at the space that balances the two lines', () => {
    expect(wrapInTwo('Периоральная область (справа)')).toEqual(['Периоральная', 'область (справа)']);
    expect(wrapInTwo('Брыли')).toEqual(['Брыли']);
  });
});
