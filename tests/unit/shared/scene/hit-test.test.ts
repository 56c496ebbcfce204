import { describe, expect, it } from 'vitest';
import { buildScene } from '../../../../shared/scene/build-scene';
import { distanceToItem, hitTest } from '../../../../shared/scene/hit-test';
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
