import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANONICAL_ATLAS } from '../../../../shared/atlas';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { parsePlanText } from '../../../../shared/plan';
import { buildScene, sceneLayer } from '../../../../shared/scene/build-scene';
import { knowTissueBands, tissueLayer, triangleCount } from '../../../../shared/scene/layers/tissue';
import { tissueBands } from '../../../../shared/scene/tissue-bands';
import { projectScene, tissueMeshInView } from '../../../../shared/scene/view-projection';
import { outlinesOf } from '../../../../shared/scene/triangle-outlines';
import { ARROW_SCALE } from '../../../../shared/scene/tissue-scale';
import type { SceneArrow, SceneTriangles } from '../../../../shared/scene/types';
import { simulatePlan } from '../../../../shared/simulation';
import type { TissueMap } from '../../../../shared/simulation/map';
import { allLayersOff, allLayersOn, analysis, plan, thread, tinyAtlas, tinyCatalogue } from './fixtures';

/** Two triangles side by side: (0,0) (10,0) (0,10) and (10,0) (10,10) (0,10). */
function twoTriangles(gathering: number[], displacement: number[]): TissueMap {
  return { xy: [0, 0, 10, 0, 0, 10, 10, 10], triangles: [0, 1, 2, 1, 3, 2], gathering, displacement, spacingMm: 1 };
}

describe('the tissue map layer', () => {
  it('fills the contour bands of the gathering, interpolated linearly in each triangle; under 1% and stretched tissue stay empty', () => {
    // Triangle 1 gathers 3% at every corner: all of it in the 2-4% band. Triangle 2 gathers 3% on
    // its edge (10,0)-(0,10) and is stretched by 6% at (10,10): the gathering falls linearly
    // across it, 0.03 - 0.09 s at a fraction s of the way to (10,10). It is >= 2% for s <= 1/9 and
    // >= 1% for s <= 2/9; the part of a triangle within s0 of its base is 1 - (1 - s0)^2 of it.
    const layer = tissueLayer(twoTriangles([0.03, 0.03, 0.03, -0.06], [0, 0, 0, 0, 0, 0, 0, 0]));
    const filled = layer.items.filter((i): i is SceneTriangles => i.type === 'triangles');
    const area = (item: SceneTriangles) => {
      let sum = 0;
      for (let k = 0; k + 2 < item.points.length; k += 3) {
        const [a, b, c] = [item.points[k]!, item.points[k + 1]!, item.points[k + 2]!];
        sum += Math.abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
      }
      return sum;
    };
    const byBand = Object.fromEntries(filled.map((i) => [i.style.fill, area(i)]));
    expect(Object.keys(byBand).sort()).toEqual(['tissue.1', 'tissue.2']);
    expect(byBand['tissue.2']).toBeCloseTo(50 + 50 * (1 - (8 / 9) ** 2), 9);
    expect(byBand['tissue.1']).toBeCloseTo(50 * ((1 - (7 / 9) ** 2) - (1 - (8 / 9) ** 2)), 9);
  });

  it('cuts a clipped piece into a fan of triangles on its corners, and counts each band\'s triangles', () => {
    // Triangle 1 lies wholly in the 2-4% band; the part of triangle 2 in that band is a
    // quadrilateral on the shared edge's two nodes and two points on the 2% line, drawn as two
    // triangles: five corners in all.
    const layer = tissueLayer(twoTriangles([0.03, 0.03, 0.03, -0.06], [0, 0, 0, 0, 0, 0, 0, 0]));
    const band = layer.items.find((i): i is SceneTriangles => i.type === 'triangles' && i.style.fill === 'tissue.2')!;
    expect(band.points.length).toBe(9);
    expect(new Set(band.points.map((p) => `${p.x},${p.y}`)).size).toBe(5);
    expect(triangleCount(band)).toBe(3);
  });

  it('draws the bands built elsewhere for a map (the simulation\'s Worker), as they came through postMessage', () => {
    const map = twoTriangles([0.03, 0.03, 0.03, -0.06], [0, 0, 0, 0, 0, 0, 0, 0]);
    const handed = { ...map };
    knowTissueBands(handed, structuredClone(tissueBands(map)));
    const bands = (m: TissueMap) => tissueLayer(m).items.filter((i): i is SceneTriangles => i.type === 'triangles');
    const byValue = (items: SceneTriangles[]) => items.map((i) => ({ style: i.style, points: i.points.map((p) => ({ ...p })), outlines: outlinesOf(i), count: triangleCount(i) }));
    expect(byValue(bands(handed))).toEqual(byValue(bands(map)));
    // The bands handed over are the ones drawn: another map's bands registered for this one show.
    const other = { ...map };
    knowTissueBands(other, tissueBands({ ...map, gathering: [0.1, 0.1, 0.1, 0.1] }));
    expect(bands(other).map((i) => [i.style.fill, triangleCount(i)])).toEqual([['tissue.4', 2]]);
  });

  it('draws in a turned view the bands handed over for that view and atlas, and builds its own otherwise', () => {
    const map = simulatePlan(plan([]), CANONICAL_ATLAS, THREAD_CATALOGUE).map;
    const view = 'left-oblique';
    const inView = tissueMeshInView(CANONICAL_ATLAS, view, map)!;
    const everywhere = { ...inView, gathering: Array.from(inView.gathering, () => 0.1) };
    const shown = (m: TissueMap) =>
      projectScene({ bounds: CANONICAL_ATLAS.bounds, layers: [tissueLayer(m)] }, CANONICAL_ATLAS, view)
        .layers[0]!.items.filter((i): i is SceneTriangles => i.type === 'triangles')
        .map((i) => [i.style.fill, triangleCount(i)]);
    // An unmoved plan gathers nothing: no bands unless bands handed over say otherwise.
    expect(shown({ ...map })).toEqual([]);
    const handed = { ...map };
    knowTissueBands(handed, tissueBands(everywhere), view, CANONICAL_ATLAS);
    expect(shown(handed)).toEqual([['tissue.4', inView.triangles.length / 3]]);
    // Bands projected on another atlas, or for another view, are not this view's.
    const otherAtlas = { ...map };
    knowTissueBands(otherAtlas, tissueBands(everywhere), view, tinyAtlas);
    const otherView = { ...map };
    knowTissueBands(otherView, tissueBands(everywhere), 'right-oblique', CANONICAL_ATLAS);
    expect([shown(otherAtlas), shown(otherView)]).toEqual([[], []]);
  });

  it('draws where the tissue moves as arrows at the key\'s scale, and no arrow where it barely moves', () => {
    const layer = tissueLayer(twoTriangles([0, 0, 0, 0], [3, -4, 0.1, 0, 0, 0, 0, 0]));
    const arrows = layer.items.filter((i): i is SceneArrow => i.type === 'arrow');
    expect(arrows.map((a) => [a.from, a.to])).toEqual([[{ x: 0, y: 0 }, { x: 3 * ARROW_SCALE, y: -4 * ARROW_SCALE }]]);
  });

  it('is drawn only when the overlay is on and a map is there, and is the same object for the same map', () => {
    const map = twoTriangles([0.05, 0.05, 0.05, 0.05], [1, 1, 1, 1, 1, 1, 1, 1]);
    const input = { plan: plan([thread('t1')]), atlas: tinyAtlas, analysis: analysis([]), catalogue: tinyCatalogue };
    expect(sceneLayer(buildScene({ ...input, layers: allLayersOn, tissue: map }), 'tissue').items.length).toBeGreaterThan(0);
    expect(sceneLayer(buildScene({ ...input, layers: allLayersOff, tissue: map }), 'tissue').items).toEqual([]);
    expect(sceneLayer(buildScene({ ...input, layers: allLayersOn, tissue: null }), 'tissue').items).toEqual([]);
    expect(tissueLayer(map)).toBe(tissueLayer(map));
  });

  it('maps a symmetric plan symmetrically', () => {
    const parsed = parsePlanText(readFileSync(new URL('../../../../assets/examples/good-midface.vlift', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const layer = tissueLayer(simulatePlan(parsed.plan, CANONICAL_ATLAS, THREAD_CATALOGUE).map);
    const key = (x: number, y: number) => `${x.toFixed(3)}|${y.toFixed(3)}`;
    for (const item of layer.items) {
      if (item.type !== 'triangles') continue;
      const corners = new Set(item.points.map((p) => key(p.x, p.y)));
      for (const p of item.points) expect(corners.has(key(-p.x + 0, p.y)), `${item.style.fill} ${key(p.x, p.y)}`).toBe(true);
    }
    const arrows = layer.items.filter((i): i is SceneArrow => i.type === 'arrow');
    expect(arrows.length).toBeGreaterThan(10);
    const tips = new Set(arrows.map((a) => key(a.to.x, a.to.y)));
    for (const a of arrows) expect(tips.has(key(-a.to.x + 0, a.to.y)), key(a.to.x, a.to.y)).toBe(true);
  });
});
