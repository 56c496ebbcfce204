import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { drawItem } from '../../../renderer/canvas/draw-item';
import { PALETTES } from '../../../shared/scene/palette';
import type { SceneTriangles } from '../../../shared/scene/types';

/**
 * A tissue band ('triangles' item) is filled through a Path2D without closePath (fill closes
 * every subpath itself, and Chromium's Path2D closePath is slow) and stroked through one that
 * closes each polygon. Path2D is not in Node: a recorder stands in for it, and the context only
 * notes which path it filled or stroked.
 */
class RecordedPath {
  readonly ops: string[] = [];
  moveTo(x: number, y: number) {
    this.ops.push(`M${x},${y}`);
  }
  lineTo(x: number, y: number) {
    this.ops.push(`L${x},${y}`);
  }
  closePath() {
    this.ops.push('Z');
  }
}

function recordingContext() {
  const painted: { op: 'fill' | 'stroke'; path: RecordedPath }[] = [];
  const ctx = {
    fill: (path: RecordedPath) => painted.push({ op: 'fill', path }),
    stroke: (path: RecordedPath) => painted.push({ op: 'stroke', path }),
    setLineDash: () => undefined,
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, painted };
}

// Two triangles sharing the edge (1,0)-(0,1): one polygon of four corners; a third triangle apart.
const points = [
  { x: 0, y: 0 },
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: 1, y: 0 },
  { x: 1, y: 1 },
  { x: 0, y: 1 },
  { x: 5, y: 5 },
  { x: 6, y: 5 },
  { x: 5, y: 6 },
];
const dc = { palette: PALETTES.light, zoom: 4 };
const outline = ['M0,0', 'L1,0', 'L1,1', 'L0,1', 'M5,5', 'L6,5', 'L5,6'];

describe('drawing a triangles item', () => {
  beforeEach(() => vi.stubGlobal('Path2D', RecordedPath));
  afterEach(() => vi.unstubAllGlobals());

  it('fills the merged polygons as open subpaths', () => {
    const item: SceneTriangles = { type: 'triangles', points, style: { fill: 'tissue.1', opacity: 0.8 } };
    const { ctx, painted } = recordingContext();
    drawItem(ctx, item, dc);
    expect(painted.map((p) => p.op)).toEqual(['fill']);
    expect(painted[0]!.path.ops).toEqual(outline);
  });

  it('strokes them closed, and fills the same corners', () => {
    const item: SceneTriangles = { type: 'triangles', points, style: { fill: 'tissue.1', stroke: 'tissue.arrow', strokeWidth: 0.2 } };
    const { ctx, painted } = recordingContext();
    drawItem(ctx, item, dc);
    expect(painted.map((p) => p.op)).toEqual(['fill', 'stroke']);
    expect(painted[0]!.path.ops).toEqual(outline);
    expect(painted[1]!.path.ops).toEqual(['M0,0', 'L1,0', 'L1,1', 'L0,1', 'Z', 'M5,5', 'L6,5', 'L5,6', 'Z']);
  });

  it('builds each path once per item', () => {
    const item: SceneTriangles = { type: 'triangles', points, style: { fill: 'tissue.1' } };
    const first = recordingContext();
    drawItem(first.ctx, item, dc);
    const again = recordingContext();
    drawItem(again.ctx, item, dc);
    expect(again.painted[0]!.path).toBe(first.painted[0]!.path);
  });
});
