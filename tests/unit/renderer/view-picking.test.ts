import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../shared/atlas/canonical';
import { projectScene } from '../../../shared/scene/view-projection';
import { hitTest } from '../../../shared/scene/hit-test';
import { CANONICAL_SURFACE, VIEWS, VIEW_IDS, isVisibleInView } from '../../../shared/surface';
import { pickAtStage, stageOf } from '../../../renderer/canvas/view-picking';
import { MAX_ZOOM, fitBounds, toFace } from '../../../renderer/editor/view-transform';
import { viewBounds } from '../../../shared/scene/view-outline';

/**
 * Picking through the canvas: a frontal point drawn in a view, clicked at the pixel where it is
 * drawn, comes back as the same skin point (within half a pixel on screen), through the same
 * stage transform the canvas uses, in every view and at the fitted and the largest zoom.
 */
describe('pick and project through the canvas transform', () => {
  for (const id of VIEW_IDS) {
    it(`round-trips within 0.5 px in the ${id} view`, () => {
      const b = viewBounds(CANONICAL_ATLAS, id);
      const fitted = fitBounds(b, 800, 600);
      const zoomed = { zoom: MAX_ZOOM, panX: 400 - 30 * MAX_ZOOM, panY: 300 - 20 * MAX_ZOOM };
      let checked = 0;
      for (const transform of [fitted, zoomed]) {
        for (let y = -100; y <= 170; y += 9) {
          for (let x = -85; x <= 85; x += 9) {
            const p = { x: x + 0.37, y: y + 0.23 }; // off the grid nodes, where rays graze edges
            if (!isVisibleInView(CANONICAL_SURFACE, p, VIEWS[id])) continue;
            const stage = stageOf(CANONICAL_ATLAS, id, transform, p);
            const picked = pickAtStage(CANONICAL_ATLAS, id, transform, stage);
            expect(picked, `${id} (${x}, ${y})`).not.toBeNull();
            const back = stageOf(CANONICAL_ATLAS, id, transform, picked!);
            expect(Math.hypot(back.x - stage.x, back.y - stage.y)).toBeLessThan(0.5);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(100);
    });
  }

  it('hidden skin cannot be picked: the pixel where it would be drawn picks the skin in front', () => {
    const view = VIEWS['left-oblique'];
    const transform = fitBounds(viewBounds(CANONICAL_ATLAS, 'left-oblique'), 800, 600);
    let hidden = 0;
    for (let y = -100; y <= 170; y += 5) {
      for (let x = -85; x <= 85; x += 5) {
        const p = { x: x + 0.37, y: y + 0.23 }; // off the grid nodes, where rays graze edges
        if (!CANONICAL_SURFACE.onSurfaceAt(p.x, p.y) || isVisibleInView(CANONICAL_SURFACE, p, view)) continue;
        const picked = pickAtStage(CANONICAL_ATLAS, 'left-oblique', transform, stageOf(CANONICAL_ATLAS, 'left-oblique', transform, p));
        // Nothing, or skin other than the hidden point (isVisibleInView's own 0.3 mm, in 3-D).
        if (picked !== null) {
          const dz = CANONICAL_SURFACE.heightAt(picked.x, picked.y) - CANONICAL_SURFACE.heightAt(p.x, p.y);
          expect(Math.hypot(picked.x - p.x, picked.y - p.y, dz)).toBeGreaterThan(0.3);
        }
        hidden++;
      }
    }
    expect(hidden).toBeGreaterThan(50);
  });

  it('hit testing in a view finds what is drawn there and nothing that is hidden', () => {
    const item = (id: string, x: number, y: number) => ({ type: 'circle' as const, centre: { x, y }, radiusMm: 2, style: {}, ref: { kind: 'entry-point' as const, id } });
    // One entry point on the near cheek, one on the far side of the head behind it.
    const scene = { bounds: CANONICAL_ATLAS.bounds, layers: [{ id: 'entry-points' as const, items: [item('near', 50, 20), item('far', -80, 20)] }] };
    const shown = projectScene(scene, CANONICAL_ATLAS, 'left-profile');
    const transform = fitBounds(viewBounds(CANONICAL_ATLAS, 'left-profile'), 800, 600);
    const at = (x: number, y: number) => hitTest(shown, toFace(transform, stageOf(CANONICAL_ATLAS, 'left-profile', transform, { x, y })), { toleranceMm: 6 / transform.zoom });
    expect(at(50, 20)?.id).toBe('near');
    expect(at(-80, 20)).toBeNull();
  });
});
