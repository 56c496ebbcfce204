import { describe, expect, it } from 'vitest';
import { generatedPlan } from '../../../../cli/examples/generated';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { tissueLayer } from '../../../../shared/scene/layers/tissue';
import type { Scene, SceneLayer, SceneTriangles } from '../../../../shared/scene/types';
import { projectScene } from '../../../../shared/scene/view-projection';
import type { ViewId } from '../../../../shared/surface/types';
import { simulatePlan } from '../../../../shared/simulation';

/**
 * In an oblique view a tissue map's bands are clipped over its mesh seen in the view
 * (view-projection.ts, meshInView) instead of projecting each clipped corner of the frontal
 * bands. Both must show the same map: per band, the area drawn in the view agrees with the
 * corner-by-corner projection, and so do the arrows.
 */
const map = simulatePlan(generatedPlan(30), CANONICAL_ATLAS, THREAD_CATALOGUE).map;

const area = (item: SceneTriangles): number => {
  let sum = 0;
  for (let k = 0; k + 2 < item.points.length; k += 3) {
    const [a, b, c] = [item.points[k]!, item.points[k + 1]!, item.points[k + 2]!];
    sum += Math.abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
  }
  return sum;
};

const inView = (layer: SceneLayer, view: ViewId): SceneLayer => {
  const scene: Scene = { bounds: CANONICAL_ATLAS.bounds, layers: [layer] };
  return projectScene(scene, CANONICAL_ATLAS, view).layers[0]!;
};

describe('the tissue map in a turned view', () => {
  for (const view of ['left-oblique', 'right-profile'] as const) {
    it(`draws each band over the same area as projecting its corners (${view})`, () => {
      const layer = tissueLayer(map);
      const fromMesh = inView(layer, view);
      // The same items in a layer the projection does not know as a map's: projected corner by corner.
      const byCorner = inView({ id: 'tissue', items: layer.items }, view);
      const bands = (l: SceneLayer) => l.items.filter((i): i is SceneTriangles => i.type === 'triangles');
      expect(bands(fromMesh).map((b) => b.style.fill)).toEqual(bands(byCorner).map((b) => b.style.fill));
      expect(bands(fromMesh).length).toBeGreaterThan(0);
      bands(fromMesh).forEach((band, k) => {
        const expected = area(bands(byCorner)[k]!);
        // Triangles at the edge of what the viewer sees may differ (each is a few mm^2): within 1% here.
        expect(Math.abs(area(band) - expected)).toBeLessThanOrEqual(0.01 * expected + 5);
      });
      expect(fromMesh.items.filter((i) => i.type === 'arrow')).toEqual(byCorner.items.filter((i) => i.type === 'arrow'));
    });
  }

  it('reuses the mesh seen in the view for every new map on it', () => {
    const first = inView(tissueLayer(map), 'left-oblique');
    const again = inView(tissueLayer({ ...map, gathering: Float64Array.from(map.gathering) }), 'left-oblique');
    expect(again).not.toBe(first);
    expect(again.items).toEqual(first.items);
  });
});
