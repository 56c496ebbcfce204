import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../../shared/scene/build-scene';
import { distanceToItem, hitTest, mayReach } from '../../../../shared/scene/hit-test';
import { generatedPlan } from '../../../../cli/examples/generated';
import { analyze } from '../../../../shared/analysis';
import { CANONICAL_ATLAS } from '../../../../shared/atlas/canonical';
import { THREAD_CATALOGUE } from '../../../../shared/catalogue';
import { OVERLAY_LAYERS, type OverlayLayerId } from '../../../../shared/scene/types';
import { allLayersOn, analysis, plan, thread, tinyAtlas, tinyCatalogue } from './fixtures';

const scene = (selected: string[] = []) =>
  buildScene({
    plan: plan([thread('t1')]),
    atlas: tinyAtlas,
    analysis: analysis([]),
    layers: allLayersOn,
    catalogue: tinyCatalogue,
    selection: { threadIds: selected, entryPointIds: [] },
  });

describe('hitTest', () => {
  it('finds a thread under a point on its path, within tolerance', () => {
    // Midway along the first segment (20,40)->(40,10).
    expect(hitTest(scene(), { x: 30, y: 25 }, { toleranceMm: 1 })).toEqual({ kind: 'thread', id: 't1' });
    expect(hitTest(scene(), { x: 31.5, y: 25 }, { toleranceMm: 1 })).toEqual({ kind: 'thread', id: 't1' });
    expect(hitTest(scene(), { x: 36, y: 25 }, { toleranceMm: 1 })).toBeNull();
  });

  it('prefers the entry point over the thread that starts on it', () => {
    expect(hitTest(scene(), { x: 20.5, y: 40.5 }, { toleranceMm: 1 })).toEqual({ kind: 'entry-point', id: 'e1' });
  });

  it('prefers a path-point handle of a selected thread', () => {
    expect(hitTest(scene(['t1']), { x: 40, y: 10 }, { toleranceMm: 1 })).toEqual({ kind: 'thread-point', id: 't1', index: 1 });
    expect(hitTest(scene(), { x: 40, y: 10 }, { toleranceMm: 1 })).toEqual({ kind: 'thread', id: 't1' });
  });

  it('treats overlays as empty face unless asked for them', () => {
    const inMalar = { x: 44, y: 30 };
    expect(hitTest(scene(), inMalar, { toleranceMm: 0.5 })).toBeNull();
    expect(hitTest(scene(), inMalar, { toleranceMm: 0.5, kinds: ['region'] })).toEqual({ kind: 'region', id: 'malar-left' });
  });
});

describe('distanceToItem', () => {
  it('measures to circles, filled polygons, text boxes and segment pairs', () => {
    expect(distanceToItem({ type: 'circle', centre: { x: 0, y: 0 }, radiusMm: 2, style: {} }, { x: 5, y: 0 })).toBeCloseTo(3);
    const square = [{ x: 0, y: 0 }, { x: 4, y: 0 }, { x: 4, y: 4 }, { x: 0, y: 4 }];
    expect(distanceToItem({ type: 'path', points: square, closed: true, smooth: false, style: { fill: 'region.fill' } }, { x: 2, y: 2 })).toBe(0);
    expect(distanceToItem({ type: 'path', points: square, closed: true, smooth: false, style: {} }, { x: 2, y: 2 })).toBeCloseTo(2);
    const text = { type: 'text', at: { x: 0, y: 0 }, text: 'ab', sizeMm: 2, align: 'center', color: 'label.text', bold: false, halo: false } as const;
    expect(distanceToItem(text, { x: 0.5, y: 0.5 })).toBe(0);
    expect(distanceToItem(text, { x: 0, y: 4 })).toBeCloseTo(3);
    const segs = { type: 'segments', points: [{ x: 0, y: 0 }, { x: 0, y: 10 }, { x: 10, y: 0 }, { x: 10, y: 10 }], style: {} } as const;
    expect(distanceToItem(segs, { x: 6, y: 5 })).toBeCloseTo(4);
  });
});

describe('the ink box hitTest measures only the items inside of', () => {
  // Every kind of item the editor draws: a 20-thread plan with every overlay, handles on every
  // thread and labels (smooth paths, circles, arrows, segments, text).
  const full = buildScene({
    plan: generatedPlan(20),
    atlas: CANONICAL_ATLAS,
    analysis: analyze(generatedPlan(20), CANONICAL_ATLAS, { catalogue: THREAD_CATALOGUE }),
    layers: Object.fromEntries(OVERLAY_LAYERS.map((l) => [l, true])) as Record<OverlayLayerId, boolean>,
    catalogue: THREAD_CATALOGUE,
    handlesOnAllThreads: true,
  });
  const items = full.layers.flatMap((l) => l.items);

  it('never leaves out an item within reach, so the hit is the one every item measured would give', () => {
    let random = 7;
    const next = () => ((random = (random * 48271) % 2147483647) / 2147483647);
    const { minX, minY, maxX, maxY } = full.bounds;
    let reached = 0;
    let passedOver = 0;
    for (let k = 0; k < 400; k++) {
      const p = { x: minX + next() * (maxX - minX), y: minY + next() * (maxY - minY) };
      const tolerance = [0.5, 2, 6][k % 3]!;
      for (const item of items) {
        const within = distanceToItem(item, p) <= tolerance;
        if (within) reached++;
        if (within) expect(mayReach(item, p, tolerance), `${item.type} at ${p.x},${p.y}`).toBe(true);
        else if (!mayReach(item, p, tolerance)) passedOver++;
      }
    }
    expect(reached).toBeGreaterThan(100);
    // And it does pass over most items out of reach (the point of it).
    expect(passedOver).toBeGreaterThan(0.8 * 400 * items.length - reached);
  });
});
